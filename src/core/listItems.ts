import type { PageLink } from './types';

/**
 * The articles a list page (政务要闻, 通知公告, a search result) links to, read from the links the
 * page reader sends for a page judged not to be an article (`PageInput.listLinks`). Pure: the
 * content script only collects links with their lines.
 */
export interface ListItem {
  title: string;
  url: string;
  /** The item's date as the list prints it (2024-05-18, 05-18, 2024年5月18日), or null. */
  date: string | null;
}

/** Items offered at most: a list page shows tens, a hostile one thousands. */
export const MAX_LIST_ITEMS = 100;

/** A date as lists print them beside an item: with a year, or month and day alone. */
const ITEM_DATE = /(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?/;
const HAN = /[\u3400-\u9fff]/g;
const WEB = /^https?:\/\//i;
/**
 * An item's title holds words: four Han characters at least (通知公告 titles run far longer). A
 * pager's links (下一页, 2, 尾页) and a channel's (首页, 政务公开) have fewer.
 */
const MIN_TITLE_HAN = 4;
/** Fewer dated links than this are not a list: a page's masthead may print one or two dates. */
const MIN_ITEMS = 3;

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** The page address without its fragment. */
function withoutFragment(url: string): string {
  return url.replace(/#.*$/, '');
}

/**
 * A list's items are the links that stand in a line printing a date beside them (the date is not
 * part of the title) and whose text is a title: words, not a pager's number or a channel's two
 * characters. Links are kept in page order, each address once; the page's own address and
 * non-web links are left out. When fewer than three links are dated, the page is not read as a
 * list (a channel's index of undated titles is not offered: nothing tells its articles from its
 * navigation).
 */
export function readListItems(links: readonly PageLink[] | undefined, pageUrl: string | null): ListItem[] {
  const own = pageUrl ? withoutFragment(pageUrl) : null;
  const seen = new Set<string>();
  const items: ListItem[] = [];
  for (const link of links ?? []) {
    if (items.length >= MAX_LIST_ITEMS) break;
    const url = withoutFragment(link.url);
    const title = link.text.trim();
    if (!WEB.test(url) || url === own || seen.has(url) || hanCount(title) < MIN_TITLE_HAN) continue;
    // The date beside the title: in the rest of the line, not inside the title (《2024年工作要点》).
    const line = link.line ?? '';
    const rest = line.includes(title) ? line.replace(title, ' ') : line;
    const m = ITEM_DATE.exec(rest);
    if (!m) continue;
    seen.add(url);
    items.push({ title, url, date: m[0].trim() });
  }
  return items.length >= MIN_ITEMS ? items : [];
}
