import { disclosedTitleAt, isDisclosureRow } from '../disclosure';
import { furnitureKind, furnitureKindOfSquashed } from '../furniture';
import { breadcrumbColumns, cleanTitle } from '../headline';
import { parseInfoLine } from '../infoLineFields';
import { isCreditLine } from '../names';
import { hanCount, textKey } from '../text';
import type { PageInput } from '../types';
import type { Reading } from './reading';
import { opensDocument, type CleanerPage, type TextLine } from './textLines';

/** The site's own name, as a web site (…门户网站, …官网) rather than an office. */
const WEBSITE_NAME = /(?:门户网站|門戶網站|网站|網站|官网|官網|门户网|門戶網)$/u;
/** The owner a footer credits (版权所有：某某县教育局, 主办单位：…): the site's name, not a headline. */
const SITE_OWNER = /(?:版权所有|版權所有|主办单位|主辦單位|主办|主辦)\s*[:：]?\s*(\p{Script=Han}{2,24})/gu;
/** The headline is looked for among a text capture's first lines only. */
const HEADLINE_REACH = 60;

function siteOwners(lines: readonly TextLine[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) {
    if (l.text.length > 160) continue;
    for (const m of l.text.matchAll(SITE_OWNER)) out.add(m[1]);
  }
  return out;
}

function isTitleCandidate(text: string, extra: readonly string[], owners: ReadonlySet<string>): boolean {
  // A line ending in a colon introduces what follows (各区人民政府，市各委办局：), a label.
  if (text.length > 100 || hanCount(text) < 5 || /[。:：]$/.test(text)) return false;
  // The site's name in its masthead: the footer credits the same owner, or it names a web site.
  if (owners.has(text) || WEBSITE_NAME.test(text)) return false;
  if (isDisclosureRow(text)) return false;
  if (furnitureKind(text, extra) || parseInfoLine(text) || isCreditLine(text)) return false;
  return true;
}

/** A menu row ("首页 新闻中心 政务公开 互动"): three or more short words split by spaces. */
function isMenuRow(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 3 && words.every((w) => w.length <= 5);
}

/**
 * The headline of a text capture, as a line index (-1: none): the candidate line(s) directly
 * above the first info line that dates the page; of a run of candidates there (a site name or
 * 引题 above the headline, a 副题 below it) the longest. With no info line, the first candidate.
 */
export function findHeadline(page: CleanerPage, texts: readonly string[] = page.lines.map((l) => l.text)): number {
  const { lines, notice, extra } = page;
  const owners = siteOwners(lines);
  let first = -1;
  let run: number[] = [];
  let disclosureAbove = false;
  const longest = () => run.reduce((best, k) => (lines[k].text.length > lines[best].text.length ? k : best), run[0]);
  for (let i = 0; i < lines.length && i < HEADLINE_REACH; i++) {
    const t = lines[i].text;
    if (notice[i] || furnitureKind(t, extra)) continue;
    if (disclosedTitleAt(texts, i)) return i;
    if (isDisclosureRow(t)) {
      // The table sits between the site's header and the document: the headline follows it.
      disclosureAbove = true;
      run = [];
      continue;
    }
    const info = parseInfoLine(t);
    if (info && (info.date || info.source)) {
      if (run.length) return longest();
      continue;
    }
    // The addressees open the document: the headline is among the lines above them.
    if (opensDocument(lines, i)) {
      if (run.length) return longest();
      break;
    }
    // The headline is above the body: once prose starts, stop looking.
    if (t.length > 100 || (lines[i].han >= 15 && /。/.test(t))) break;
    if (isTitleCandidate(t, extra, owners) && !isMenuRow(t)) {
      if (first < 0) first = i;
      run.push(i);
    } else {
      run = [];
    }
  }
  return disclosureAbove && run.length ? longest() : first;
}

/** Where the headline stage leaves the capture. */
export interface Headline {
  /** The line after the headline (0 when a text capture has none, or for extracted blocks). */
  next: number;
  /** Keys of the headline's texts: a copy of it further down is not body. */
  titleKeys: Set<string>;
}

/**
 * Stage 1, the headline. In a text capture it is found among the lines (`findHeadline`) and what
 * stands above it is the page's header, out of the body; a disclosure table there gives its
 * facts. Extracted blocks come with the page reader's headline (`hints.title`).
 */
export function readHeadline(page: CleanerPage, input: PageInput, reading: Reading): Headline {
  const { lines, extra } = page;
  const out = reading.out;
  const hints = input.hints;
  let next = 0;
  const titleKeys = new Set<string>();
  if (page.wholePage) {
    const texts = lines.map((l) => l.text);
    const t = findHeadline(page, texts);
    if (t >= 0) {
      // A column label before the headline (权威发布 | …) goes when the breadcrumb above names it.
      const columns = breadcrumbColumns(lines.slice(0, t).map((l) => l.text));
      const disclosed = disclosedTitleAt(texts, t);
      out.title = cleanTitle(disclosed ?? lines[t].text, null, columns);
      if (disclosed) out.provenance.title = 'disclosure-table';
      // A disclosure table above the headline holds the page's publish date (发布日期).
      for (let k = 0; k < t; k++) {
        if (!isDisclosureRow(lines[k].text)) continue;
        const info = parseInfoLine(lines[k].text);
        if (info) reading.takeInfo(info, 'disclosure-table');
      }
      titleKeys.add(lines[t].key);
      out.furnitureRemoved += t;
      for (let k = 0; k < t; k++) {
        const above = lines[k].text;
        reading.drop(above, isDisclosureRow(above) ? 'disclosure-row' : (furnitureKindOfSquashed(above, extra) ?? 'page-header'));
      }
      next = t + 1;
    }
  } else {
    out.title = cleanTitle(hints.title ?? input.documentTitle ?? null, hints.siteName);
    if (hints.title) titleKeys.add(textKey(hints.title));
  }
  if (out.title) titleKeys.add(textKey(out.title));
  if (input.documentTitle) titleKeys.add(textKey(input.documentTitle));
  return { next, titleKeys };
}
