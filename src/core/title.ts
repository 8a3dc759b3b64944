import { squash } from './text';

// A site or column name appended to a headline: "…_中国宁波网", "… - 新华网", "…|XX市人民政府".
const SITE_WORD = /网|網|政府|门户|門戶|频道|頻道|新闻|新聞|在线|在線|日报|日報|晚报|晚報|官网|官網|客户端|客戶端|电视台|電視台|广播|廣播|中心|首页|首頁|平台|\.com|\.cn/iu;
const SUFFIX = /\s*(?:[_|｜]|\s[-–—]\s|--)\s*([^_|｜]{1,30})$/u;

/** The article's own headline: site and column suffixes removed, whitespace folded. */
export function cleanTitle(raw: string | null | undefined, siteName?: string | null): string | null {
  if (!raw) return null;
  let t = squash(raw);
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
