import { squash } from './text';

// A site or column name appended to a headline: "…_中国宁波网", "… - 新华网", "…|XX市人民政府".
const SITE_WORD = /网|網|政府|门户|門戶|频道|頻道|新闻|新聞|在线|在線|日报|日報|晚报|晚報|官网|官網|客户端|客戶端|电视台|電視台|广播|廣播|中心|首页|首頁|平台|\.com|\.cn/iu;
const SUFFIX = /\s*(?:[_|｜]|\s[-–—]\s|--)\s*([^_|｜]{1,30})$/u;

/**
 * A tag in brackets before a headline that names the item's media form, not its subject:
 * "[视频]…", "【组图】…", "(图文)…". Broadcast transcripts and news apps print it on every item,
 * so it is no part of the headline. A column or topic tag ("【到群众中去】…") is printed by the
 * outlet as part of the headline and stays.
 */
const MEDIA_TAG =
  /^\s*[[［【〔(（]\s*(?:视频|視頻|微视频|微視頻|短视频|短視頻|图文|圖文|组图|組圖|图片|圖片|图集|圖集|音频|音頻|直播|动画|動畫|动图|動圖)\s*[\]］】〕)）]\s*/u;

/** The article's own headline: media tag, site and column suffixes removed, whitespace folded. */
export function cleanTitle(raw: string | null | undefined, siteName?: string | null): string | null {
  if (!raw) return null;
  let t = squash(raw);
  const tag = MEDIA_TAG.exec(t);
  if (tag && t.length > tag[0].length + 1) t = t.slice(tag[0].length);
  for (let i = 0; i < 3; i++) {
    const m = SUFFIX.exec(t);
    if (!m) break;
    const suffix = m[1].trim();
    const isSite = (siteName && suffix.includes(siteName)) || SITE_WORD.test(suffix) || suffix.length <= 6;
    const head = t.slice(0, m.index).trim();
    if (!isSite || head.length < 4) break;
    t = head;
  }
  return t || null;
}
