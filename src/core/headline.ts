import { squash } from './text';
import { SITE_NAME_END, TITLE_SEPARATOR } from './vocabulary';

/**
 * Headlines and the names printed around them, for both readers: a document title carries the
 * site's and the column's names (`标题_栏目_站名`, `栏目--标题`, `权威发布 | 标题`), a
 * visible headline sometimes a site suffix or a column label.
 */

// A site or column name appended to a headline: "…_某某网", "… - 某某网", "…|某某市人民政府".
const SUFFIX = /\s*(?:[_|｜]|\s[-–—]\s|--)\s*([^_|｜]{1,30})$/u;
// A column label before a headline: "权威发布 | 市政府召开…".
const PREFIX = /^([^_|｜]{1,12}?)\s*[|｜]\s*(?=\S)/u;
const SHORT_LABEL = 6;
const MIN_HEADLINE = 4;

/**
 * A part of a title that names a site or a column: it ends the way site names end (…网,
 * …人民政府, …频道), holds the site's declared name, or is a short label. A headline that merely
 * mentions a government (市政府召开常务会议) does not end like a site name.
 */
export function isSiteOrColumnName(part: string, siteName?: string | null): boolean {
  const p = part.trim();
  return (!!siteName && p.includes(siteName)) || SITE_NAME_END.test(p) || p.length <= SHORT_LABEL;
}

/**
 * A tag in brackets before a headline that names the item's media form, not its subject:
 * "[视频]…", "【组图】…", "(图文)…". Broadcast transcripts and news apps print it on every item,
 * so it is no part of the headline. A column or topic tag ("【到群众中去】…") is printed by the
 * outlet as part of the headline and stays.
 */
const MEDIA_TAG =
  /^\s*[[［【〔(（]\s*(?:视频|視頻|微视频|微視頻|短视频|短視頻|图文|圖文|组图|組圖|图片|圖片|图集|圖集|音频|音頻|直播|动画|動畫|动图|動圖)\s*[\]］】〕)）]\s*/u;

/**
 * The article's own headline from a headline as printed: a media tag ([视频]) and site and column suffixes removed,
 * whitespace folded, and a leading column label removed when the page names that column
 * (`columns`: its breadcrumb's segments). A leading label the page does not confirm stays
 * (新华视界｜… is the headline as the outlet titles it).
 */
export function cleanTitle(raw: string | null | undefined, siteName?: string | null, columns?: ReadonlySet<string>): string | null {
  if (!raw) return null;
  let t = squash(raw);
  const tag = MEDIA_TAG.exec(t);
  if (tag && t.length > tag[0].length + 1) t = t.slice(tag[0].length);
  for (let i = 0; i < 3; i++) {
    const m = SUFFIX.exec(t);
    if (!m) break;
    const head = t.slice(0, m.index).trim();
    if (!isSiteOrColumnName(m[1], siteName) || head.length < MIN_HEADLINE) break;
    t = head;
  }
  const prefix = PREFIX.exec(t);
  if (prefix && columns?.has(prefix[1].trim()) && t.length - prefix[0].length >= MIN_HEADLINE) t = t.slice(prefix[0].length);
  return t || null;
}

/**
 * The headline part of a document title (`<title>`, og:title): of its parts, the longest that
 * is not a site or column name; the longest part when every one looks like a name.
 */
export function headlineOfDocumentTitle(raw: string, siteName?: string | null): string {
  const parts: string[] = [];
  for (const piece of raw.split(TITLE_SEPARATOR)) {
    const p = piece.trim();
    if (p) parts.push(p);
  }
  if (parts.length <= 1) return raw.trim();
  let best = '';
  let bestAny = '';
  for (const p of parts) {
    if (p.length > bestAny.length) bestAny = p;
    if (!isSiteOrColumnName(p, siteName) && p.length > best.length) best = p;
  }
  return best || bestAny;
}

const CRUMB_SEPARATOR = /[>»→＞›]/u;
const CRUMB_SPLIT = /\s*(?:>>?|»|→|＞|›)\s*/u;
const LOCATION_LABEL = /^.{0,8}?(?:位置|位址)\s*[:：]\s*/u;
const MAX_CRUMB_LINE = 60;

/**
 * The segments of breadcrumb lines (当前位置：首页 > 新闻中心 > 权威发布): the site's column
 * names, which a headline may carry as a label and an unlabelled outlet may repeat.
 */
export function breadcrumbColumns(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    if (text.length > MAX_CRUMB_LINE || !CRUMB_SEPARATOR.test(text)) continue;
    const pieces = text.replace(LOCATION_LABEL, '').split(CRUMB_SPLIT);
    const parts: string[] = [];
    for (const piece of pieces) {
      const p = piece.trim();
      if (p) parts.push(p);
    }
    if (parts.length >= 2) for (const p of parts) out.add(p);
  }
  return out;
}
