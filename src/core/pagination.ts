import type { PageInput, PageLink } from './types';
import { alternation, NEXT_PAGE_LABELS } from './vocabulary';

/**
 * An article split over pages (第1页 2 3 下一页): which link leads to the next page, and the
 * pages' inputs joined into one. Pure: the page reader sends its links (`PageInput.links`), the
 * extension and the CLI fetch the pages, these rules decide.
 */

/** Pages followed at most: a pager that links back to itself under another address must end. */
export const MAX_PAGES = 20;

const NEXT = new RegExp(`^[\\s<«‹\\[【]*${alternation(NEXT_PAGE_LABELS)}[\\s>»›\\]】]*$`);
/** A pager's numbered link: 2, [3], 第2页 / 第2頁. */
const NUMBERED = /^[\s[【]*(?:第\s*)?(\d{1,3})(?:\s*[页頁])?[\s\]】]*$/;

function sameSite(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.host === b.host;
}

function parse(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/** The address without its fragment: #top and the page itself are one page. */
function pageKey(u: URL): string {
  return u.href.replace(/#.*$/, '');
}

/**
 * The next page of the article `url`, or null: a same-site 下一页 link first, else the
 * lowest-numbered same-site pager link not yet read (`seen`). Another site's link is never
 * followed (a pager does not leave its site), and neither is a page already read, so a pager
 * whose 下一页 on the last page points back to the first ends there.
 */
export function nextPageUrl(links: readonly PageLink[] | undefined, url: string | null, seen: ReadonlySet<string> = new Set()): string | null {
  const here = url ? parse(url) : null;
  if (!here || !links?.length) return null;
  const read = new Set(
    [...seen]
      .map((s) => parse(s))
      .filter((u): u is URL => !!u)
      .map(pageKey),
  );
  read.add(pageKey(here));
  let numbered: { n: number; href: string } | null = null;
  for (const link of links) {
    const to = parse(link.url);
    if (!to || !sameSite(to, here) || read.has(pageKey(to))) continue;
    const text = link.text.trim();
    if (NEXT.test(text)) return pageKey(to);
    const m = NUMBERED.exec(text);
    // A link numbered 1 leads back to the first page, whatever its address.
    if (m && Number(m[1]) > 1 && (!numbered || Number(m[1]) < numbered.n)) numbered = { n: Number(m[1]), href: pageKey(to) };
  }
  return numbered?.href ?? null;
}

/**
 * The pages of one article as one input: the first page's facts (title, date, source, the
 * disclosure table), every page's body in the order read, every page's links (an attachment list
 * may stand under the last page), the editor line of the last page, and `pages`, the addresses read. Lines that only a later page
 * repeats at its top (the deck, a lead photo's caption the template prints again) stay: the
 * core's duplicate cleaning is the one rule for repeated lines.
 */
export function joinPages(pages: readonly PageInput[], urls: readonly string[]): PageInput {
  const [first, ...more] = pages;
  if (!more.length) return first;
  const blocks = [...first.blocks];
  const links = [...(first.links ?? [])];
  for (const p of more) {
    for (const b of p.blocks) blocks.push(b);
    for (const l of p.links ?? []) links.push(l);
  }
  // The editor's line (责任编辑) closes the article: on the last page, when that page prints one.
  const lastAfter = more[more.length - 1].context?.after ?? [];
  const context =
    first.context || lastAfter.length ? { before: first.context?.before ?? [], after: lastAfter.length ? lastAfter : (first.context?.after ?? []) } : undefined;
  const last = more[more.length - 1];
  // So is the editor the last page's reader found, when the first page names none.
  const hints =
    !first.hints.editor && last.hints.editor
      ? {
          ...first.hints,
          editor: last.hints.editor,
          provenance: { ...first.hints.provenance, ...(last.hints.provenance?.editor ? { editor: last.hints.provenance.editor } : {}) },
        }
      : first.hints;
  return { ...first, hints, blocks, links, ...(context ? { context } : {}), pages: [...urls] };
}
