import { isDisclosureRow } from '../core/disclosure';
import { ATTACHMENT_FILE_TYPES, ATTACHMENT_LABELS, COMPANION_LINK_LABELS, mayOpenWith } from '../core/vocabulary';
import type { PageLink } from '../core/types';
import { squash, type Line } from './lines';
import { isInside, type Region } from './region';

/** Lines below the article read for its lists (附件, 相关解读): a list sits right under the body, the footer further down. */
const BELOW = 25;
/** A line without links this short is a list's label (附件：, 相关解读); a longer one is prose and ends the list. */
const LABEL_MAX = 20;
/** Links read at most: a hostile page's region may hold thousands. */
const MAX_LINKS = 200;
/** A list page's links read at most: its navigation may come to a hundred before the items. */
const MAX_LIST_LINKS = 400;
/** A line this short after a list link may be the item's date. */
const ITEM_DATE_LINE_MAX = 25;
const HAS_DIGIT = /\d/;
const LABEL_ONLY = /[:：]\s*$/;

const QUERY_OR_FRAGMENT = /[?#]/;
const ZERO_WIDTH_SPACE = '\u200b';
/** A list label (附件, 相关解读…) may open the text: the core's patterns decide (src/core/links.ts). */
const mayOpenWithListLabel = mayOpenWith([...ATTACHMENT_LABELS, ...COMPANION_LINK_LABELS]);

/** Whether a name or a link's path ends in a file kind a document is attached as (.pdf, .docx…). */
function endsLikeAFile(s: string): boolean {
  const dot = s.lastIndexOf('.');
  return dot >= 0 && s.length - dot <= 6 && ATTACHMENT_FILE_TYPES.has(s.slice(dot + 1).toLowerCase());
}

/**
 * Whether a link could be an attachment or a related document by the core's rules
 * (src/core/links.ts): under a list label, on a line or with a text that opens with one, or
 * leading to a file by its path or its printed name. The rest (most links of a page: to other
 * pages, tags, authors) are left here, before their address is resolved and their record made:
 * they were most of what reading links cost a capture.
 */
function mayMatter(href: string, text: string, labelOpensList: boolean, lineOpensList: boolean): boolean {
  if (labelOpensList || lineOpensList || mayOpenWithListLabel(text) || endsLikeAFile(text.trim())) return true;
  const end = href.search(QUERY_OR_FRAGMENT);
  const path = (end < 0 ? href : href.slice(0, end)).trim();
  // An address of only a query or a fragment resolves to the page's own path: let the core judge it.
  if (!path || path.includes('%')) return true;
  return endsLikeAFile(path);
}

/**
 * The links in the article region and the lines just below it, each with the label line that heads
 * its list. Only collects: which are attachments or related documents is the core's rule
 * (src/core/links.ts), so the content script stays small. `base` resolves relative links; links
 * that cannot be made absolute are left out.
 */
export function readLinks(lines: readonly Line[], region: Region, base: string | null): PageLink[] {
  const out: PageLink[] = [];
  let label: Line | null = null;
  // The element holding a label and its list: a link outside it (the footer's) is not in the list.
  let scope: Element | null = null;
  // An element's links are read once, though several of its lines (a list's items, text between links) come up.
  const read = new Set<Element>();
  const end = Math.min(lines.length, region.end + BELOW);
  for (let i = region.start; i < end && out.length < MAX_LINKS; i++) {
    const line = lines[i];
    if (!line.linkChars) {
      label = line.text.length <= LABEL_MAX ? line : null;
      scope = null;
      continue;
    }
    if (label && !scope) scope = commonAncestor(label.owner, line.owner);
    else if (scope && !isInside(line.owner, scope)) label = scope = null;
    if (read.has(line.owner)) continue;
    read.add(line.owner);
    const anchors = line.owner.getElementsByTagName('a');
    const lineOpensList = mayOpenWithListLabel(line.text);
    const labelOpensList = label !== null && mayOpenWithListLabel(label.text);
    for (let k = 0; k < anchors.length && out.length < MAX_LINKS; k++) {
      const href = anchors[k].getAttribute('href');
      if (!href) continue;
      // The tests read the text's opening and its end past any spaces, which squashing leaves as
      // they are, so only the links kept are squashed (but for a zero-width space, which is no
      // space to the tests and one to squash).
      const raw = anchors[k].textContent ?? '';
      if (!mayMatter(href, raw.includes(ZERO_WIDTH_SPACE) ? squash(raw) : raw, labelOpensList, lineOpensList)) continue;
      const url = absolute(href, base);
      if (!url) continue;
      const text = squash(raw);
      out.push({ text, url, line: line.text === text ? null : line.text.slice(0, 300), label: label ? label.text : null, inArticle: i < region.end });
    }
  }
  return out;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let e: Element | null = a.parentElement; e; e = e.parentElement) if (isInside(b, e)) return e;
  return null;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * Every link of a page judged not to be an article, with the line it stands in: a list's items
 * print their date beside the title. Which links are the list's articles is the core's rule
 * (src/core/listItems.ts).
 */
export function readListLinks(lines: readonly Line[], base: string | null): PageLink[] {
  const out: PageLink[] = [];
  const read = new Set<Element>();
  for (let i = 0; i < lines.length && out.length < MAX_LIST_LINKS; i++) {
    const line = lines[i];
    if (!line.linkChars || read.has(line.owner)) continue;
    read.add(line.owner);
    // An item's date may stand on a line of its own under the title (<h3><a>…</a></h3><div>2024-06-10</div>).
    const after = i + 1 < lines.length && !lines[i + 1].linkChars && lines[i + 1].chars <= ITEM_DATE_LINE_MAX ? `\n${lines[i + 1].text}` : '';
    const text = line.text.slice(0, 300) + after;
    // An item prints its date beside it (src/core/listItems.ts): a line without a digit holds
    // none, and its links (most of a page's navigation) are not resolved.
    if (!HAS_DIGIT.test(text)) continue;
    const anchors = line.owner.getElementsByTagName('a');
    for (let k = 0; k < anchors.length && out.length < MAX_LIST_LINKS; k++) {
      const url = absolute(anchors[k].getAttribute('href'), base);
      if (url) out.push({ text: squash(anchors[k].textContent ?? ''), url, line: text, label: null, inArticle: false });
    }
  }
  return out;
}

/** A short label：value line beside a row (发布日期 is a row's label only beside the others). */
const PAIR_LINE = /^[^:：]{2,8}[:：]/;
const PAIR_LINE_MAX = 80;

/**
 * The disclosure table's rows anywhere on the page (it may stand above the headline, outside the
 * article), with a short label：value line next to a row and a label cell's lone line joined
 * with the value line after it. Which facts they state is the core's reading (disclosureFacts.ts).
 */
export function disclosureRows(lines: readonly Line[]): string[] {
  const out: string[] = [];
  let last = -2;
  // Each line's row test is made once: it is carried to the next turn as `row`.
  let nextRow = lines.length > 0 && isDisclosureRow(lines[0].text);
  for (let i = 0; i < lines.length && out.length < 40; i++) {
    const t = lines[i].text;
    const row = nextRow;
    nextRow = i + 1 < lines.length && isDisclosureRow(lines[i + 1].text);
    const pairBeside = t.length <= PAIR_LINE_MAX && (i - last <= 1 || nextRow) && PAIR_LINE.test(t);
    if (!row && !pairBeside) continue;
    if (LABEL_ONLY.test(t) && i + 1 < lines.length) {
      out.push(`${t} ${lines[++i].text}`);
      nextRow = i + 1 < lines.length && isDisclosureRow(lines[i + 1].text);
    } else out.push(t);
    if (row) last = i;
  }
  return out;
}
