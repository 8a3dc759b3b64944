import { isInfoLine, tableRun } from './bodyLines';
import { isProseLine, linkDensity } from './density';
import { domReadsFor, type DomReads } from './domReads';
import type { Line } from './lines';
import { findRegion, isInside, type Region } from './region';
import { compact } from './pieces';
import { dateLineAfter } from './dateText';
import { stripSiteSuffix } from './pageHeadline';
import type { TitleChoice } from './lineShape';

/**
 * The body sought from the headline down. The region search weighs prose; a page whose article
 * is a table (a 行政处罚信息公开表, a 中标结果 table: rows of 文号, 当事人, 违法事实, 依据,
 * 决定…) has short rows that weigh little, so the search picks what lies around the table (the
 * note under it, the info line above it) and the table is lost. A data table right under the
 * headline that is not the page's metadata (the 政府信息公开 table of 索引号, 发布机构,
 * 发布日期…) is the article: the region then runs from the table to the end of the element that
 * holds it, and takes in the chosen region too where it lies inside that element or right after
 * it (the notice paragraph under the table).
 */
export function tableUnderHeadline(lines: Line[], region: Region, title: TitleChoice): Region {
  if (title.lineIndex < 0) return region;
  const titleEnd = title.lineIndex + Math.max(1, title.lineCount);
  const runStart = firstTableRowUnder(lines, titleEnd);
  if (runStart < 0) return region;
  let runEnd = runStart;
  let chars = 0;
  let linkChars = 0;
  for (; runEnd < lines.length && lines[runEnd].kind === 'table'; runEnd++) {
    chars += lines[runEnd].chars;
    linkChars += lines[runEnd].linkChars;
  }
  // A table of one row is a line, a table of links is a list, a table of info rows is metadata.
  // The cheap tests first: reading each row as an info line is what costs, on a long layout table.
  if (runEnd - runStart < MIN_ROWS || linkChars * 2 > chars) return region;
  if (region.start <= runStart && region.end >= runEnd) return region;
  if (tableRun(lines, runStart, runEnd).infoRows) return region;
  const r = domReadsFor(lines[runStart].owner);
  const table = closestTable(lines[runStart].owner, r);
  if (!table) return region;
  const holder = r.parentElement(table) ?? table;
  let end = runEnd;
  // Only as far as it takes to tell the table's own element from a page wrapper.
  const limit = Math.min(lines.length, runEnd + MAX_LINES_AFTER_TABLE + 1);
  while (end < limit && isInside(lines[end].owner, holder, r)) end++;
  // An element that goes on far past the table holds more than the article (a page wrapper).
  let root = holder;
  if (end - runEnd > MAX_LINES_AFTER_TABLE) {
    root = table;
    end = runEnd;
  }
  if (region.start >= runEnd && region.start <= end + NEAR_LINES && region.end > end) {
    // The chosen region follows the table directly: the same article goes on below it.
    root = commonAncestor(root, region.root, r);
    end = region.end;
  }
  return { root, score: region.score, start: runStart, end };
}

/** Rows a table needs to be read as the article. */
const MIN_ROWS = 2;
/** Lines between the headline and the table: the info line, page tools, a deck. */
const UNDER_HEADLINE_LINES = 8;
/** Lines of the table's element after the table (a note, a signature, the page tools). */
const MAX_LINES_AFTER_TABLE = 30;
/** How far below the table's element the chosen region may start and still continue it. */
const NEAR_LINES = 2;

/** The first row of a data table under the headline, with nothing but info and tool lines between; -1 if none. */
function firstTableRowUnder(lines: Line[], from: number): number {
  const to = Math.min(lines.length, from + UNDER_HEADLINE_LINES);
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.kind === 'table') return i;
    // Prose first: the article is the prose, and a table below it is part of it or not.
    if (isProseLine(l) && linkDensity(l) <= 0.5 && !isInfoLine(l.text, l.chars)) return -1;
  }
  return -1;
}

const TABLE = 'table';

function closestTable(el: Element, r: DomReads): Element | null {
  for (let e: Element | null = el; e; e = r.parentElement(e)) if (r.localName(e) === TABLE) return e;
  return null;
}

function commonAncestor(a: Element, b: Element, r: DomReads): Element {
  for (let e: Element | null = a; e; e = r.parentElement(e)) if (isInside(b, e, r)) return e;
  return a;
}

/**
 * The headline's line when the page prints the head's title (the meta title or the document
 * title without its site suffix) as a line of its own, not a link; -1 when it does not. The
 * headline is chosen near the container the region search found; when that container lies far
 * from the headline (a long box in a left column before the article), this finds the headline
 * anywhere on the page, so the body is sought from it down. One pass that compares each line's
 * length with the titles' before reading its text: no second walk of the page.
 */
export function printedHeadline(lines: Line[], metaTitle: string | null, docTitle: string | null): number {
  const refs: string[] = [];
  for (const t of [metaTitle, docTitle]) {
    if (!t) continue;
    const c = compact(stripSiteSuffix(t));
    if (c.length >= MIN_HEADLINE && !refs.includes(c)) refs.push(c);
  }
  if (!refs.length) return -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.linkChars * 2 > l.chars) continue;
    for (const ref of refs) if (l.chars === ref.length && compact(l.text) === ref) return i;
  }
  return -1;
}

/** Shortest title worth looking for on the page (shorter ones match menu entries). */
const MIN_HEADLINE = 6;

/**
 * An article does not lie above its own headline: when the chosen region ends before the
 * visible headline (a long box in a column printed before the article), the region is the best
 * container among the lines below the headline. Rare, so the search over those lines is paid
 * only then.
 */
export function regionBelowHeadline(lines: Line[], region: Region, title: TitleChoice, fallback: Element): Region {
  if (title.from !== 'visible-heading' || title.lineIndex < region.end) return region;
  const from = title.lineIndex + Math.max(1, title.lineCount);
  const below = findRegion(lines.slice(from), fallback);
  if (below.end <= below.start || below.score <= 0) return region;
  return { root: below.root, score: below.score, start: below.start + from, end: below.end + from };
}

/** Lines under a heading within which the next article's own date line stands. */
const NEXT_ARTICLE_DATE_REACH = 5;
/** Shortest next headline (a heading's control words, 播报文章, are shorter). */
const NEXT_HEADLINE_MIN = 8;

/**
 * A page that runs on into the next article (an endless feed, "recommended for you" printed as
 * whole articles) repeats the headline's shape: another heading of the same level, with its own
 * date line under it. The article is what lies between the two headlines: a region that runs on
 * past the next one ends there, and one that starts past it (a longer article below outweighs a
 * short one) is sought between them.
 */
export function regionBeforeNextArticle(lines: Line[], region: Region, title: TitleChoice, fallback: Element): Region {
  if (title.from !== 'visible-heading' || title.lineIndex < 0) return region;
  const level = lines[title.lineIndex].headingLevel;
  const from = title.lineIndex + Math.max(1, title.lineCount);
  if (level < 1 || region.end <= from) return region;
  // The article's own date line and the lines of its headline's element come first.
  const own = dateLineAfter(lines, title.lineIndex, NEXT_ARTICLE_DATE_REACH);
  if (own < 0) return region;
  let next = -1;
  for (let k = own + 1; k < region.end; k++) {
    const l = lines[k];
    if (
      l.headingLevel >= 1 &&
      l.headingLevel <= level &&
      l.chars >= NEXT_HEADLINE_MIN &&
      l.linkChars * 2 <= l.chars &&
      dateLineAfter(lines, k, NEXT_ARTICLE_DATE_REACH) >= 0
    ) {
      next = k;
      break;
    }
  }
  if (next < 0) return region;
  // The region takes in the next article too: it ends where that one begins.
  if (region.start < next) return { root: region.root, score: region.score, start: region.start, end: next };
  const between = findRegion(lines.slice(from, next), fallback);
  if (between.end <= between.start || between.score <= 0) return region;
  return { root: between.root, score: between.score, start: between.start + from, end: between.end + from };
}
