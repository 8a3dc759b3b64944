import type { Line, TitleChoice } from './lineShape';
import { domReadsFor } from './domReads';
import { disclosedTitleAt } from '../core/disclosure';
import { breadcrumbColumns, headlineOfDocumentTitle } from '../core/headline';
import { compact } from './pieces';
import { isBreadcrumb, isInfoLine } from './bodyLines';
import { readInfoLine } from './pageInfoLine';
import { dateLineAfter, findDates } from './dateText';
import { isNoticeHeading, TITLE_SEPARATOR } from '../core/vocabulary';

/** The headline part of a document title (shared with the text reader: src/core/headline.ts). */
export function stripSiteSuffix(docTitle: string): string {
  return headlineOfDocumentTitle(docTitle);
}

const TITLE_CLASS = /title|headline|biaoti|bt\b|tit\b/i;
const NOT_HEADLINE_CLASS = /sub|small|side|list|hot|related/i;

// The per-line tests below are plain loops over the head's one or two titles rather than
// `refs.some((r) => …)`: a closure made on every call loses its optimised code at each garbage
// collection (V8 keeps it only while a closure lives), so after one the loop ran interpreted.

/** Whether a head title starts with `t` (a top heading that opens it). */
function refStartingWith(refs: string[], t: string): boolean {
  for (const r of refs) if (r.startsWith(t)) return true;
  return false;
}

/** The first head title that contains `t`. */
function refContaining(refs: string[], t: string): string | undefined {
  for (const r of refs) if (r.includes(t)) return r;
  return undefined;
}

/** A head title that a visible line holds with at most a short badge around it. */
function headInside(stripped: HeadTitle[], t: string): string | undefined {
  for (const r of stripped) if (r.compact.length >= 6 && t.includes(r.compact) && t.length - r.compact.length <= 6) return r.raw;
  return undefined;
}

interface HeadTitle {
  raw: string;
  compact: string;
}

function linesText(lines: Line[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to && i < lines.length; i++) out.push(lines[i].text);
  return out;
}

function titleLikeness(line: Line): number {
  if (line.headingLevel === 1) return 1.5;
  const r = domReadsFor(line.owner);
  const cls = `${r.className(line.owner)} ${r.id(line.owner)}`;
  if (TITLE_CLASS.test(cls) && !NOT_HEADLINE_CLASS.test(cls)) return 1;
  if (line.headingLevel === 2) return 1;
  if (line.headingLevel > 2) return 0.5;
  return 0;
}

export function chooseTitle(lines: Line[], bodyStart: number, metaTitle: string | null, docTitle: string | null): TitleChoice {
  const rawRefs = [metaTitle, docTitle].filter((s): s is string => !!s && !!s.trim());
  const refs = rawRefs.map(compact);
  // The head's titles without their site names, each compacted, once rather than per line.
  const stripped: HeadTitle[] = [];
  for (const raw of rawRefs) {
    const cut = stripSiteSuffix(raw);
    stripped.push({ raw: cut, compact: compact(cut) });
  }
  let best: { text: string; index: number; count: number; score: number } | null = null;
  // Headlines sit above the body or at its top; a long way above them is the site header.
  const from = Math.max(0, bodyStart - 80);
  const to = Math.min(lines.length, bodyStart + 5);
  for (let i = from; i < to; i++) {
    const line = lines[i];
    // A line's chars is the length of its compacted text: paragraphs are passed over uncopied.
    if (line.chars < 4 || line.chars > 120) continue;
    let t = compact(line.text);
    let text = line.text;
    let count = 1;
    // Link text is navigation, unless it is the head's title or a top heading that opens it (a
    // blog headline linking to its own permalink).
    const leadsHead = line.headingLevel >= 1 && line.headingLevel <= 2 && refStartingWith(refs, t);
    if (line.linkChars > t.length / 2 && !refs.includes(t) && !leadsHead) continue;
    // A headline broken over several lines: join the following lines while the head agrees.
    for (let j = i + 1; j < Math.min(i + 4, lines.length); j++) {
      const joined = t + compact(lines[j].text);
      if (refContaining(refs, joined) === undefined) break;
      t = joined;
      text = `${text}${lines[j].text}`;
      count++;
    }
    let score = 0;
    const exact = refs.includes(t);
    const within = refContaining(refs, t);
    // Only a short badge may surround the head's title; a long line merely mentioning it is not it.
    const around = headInside(stripped, t);
    if (exact) score += 6;
    else if (within) score += 4 + (4 * t.length) / within.length;
    else if (around) {
      // The visible line has a badge glued to the headline (原创, 置顶): keep the head's text.
      score += 2;
      text = around.trim();
    }
    if (score === 0) continue;
    score += titleLikeness(line);
    // Nearer the body is better when two copies (sticky header and headline) exist.
    score += i / Math.max(1, to);
    if (!best || score > best.score) best = { text, index: i, count, score };
  }
  if (best) return { title: best.text, lineIndex: best.index, lineCount: best.count, from: 'visible-heading' };
  // Nothing visible agrees with the head: take the strongest heading just above the body, unless
  // it names a column of the site (通知公告 over a side list, also in the breadcrumb or the head's
  // title), which a page prints in headings of its own.
  let heading: { index: number; score: number } | null = null;
  const columns = breadcrumbColumns(linesText(lines, from, bodyStart + 40));
  for (const raw of rawRefs) for (const part of raw.split(TITLE_SEPARATOR)) if (part.trim() && compact(part) !== stripped[0]?.compact) columns.add(part.trim());
  const near = Math.max(from, bodyStart - 12);
  for (let i = from; i < Math.min(lines.length, bodyStart + 2); i++) {
    const line = lines[i];
    // Far above the body (share bars, a player between) only the page's <h1> over its own date line.
    if (i < near && (line.headingLevel !== 1 || dateLineAfter(lines, i, 2) < 0)) continue;
    const n = line.chars;
    const like = titleLikeness(line);
    // The info line under a headline is often styled with it (class="title-meta", an <h6>): a
    // line of labels or one that opens with the date is never the headline.
    if (!like || n < 4 || n > 80 || line.linkChars > n / 2 || isColumnName(columns, line.text.trim()) || isDateline(line.text, n)) continue;
    // The headline is printed right above the info line that dates the page: a heading there
    // outranks a styled one elsewhere (a dialog's title, a box's heading).
    const score = like + i / 100 + (infoLineBelow(lines, i) ? 1 : 0);
    if (!heading || score > heading.score) heading = { index: i, score };
  }
  // The disclosure table names the document (标题：…, or 名称：… among its other rows): the page's
  // own statement of the headline, before any unconfirmed heading.
  const tableText = linesText(lines, from, to);
  for (let k = 0; k < tableText.length; k++) {
    const stated = disclosedTitleAt(tableText, k);
    if (stated) return { title: stated, lineIndex: from + k, lineCount: 1, from: 'disclosure-table' };
  }
  if (heading) return { title: lines[heading.index].text, lineIndex: heading.index, lineCount: 1, from: 'heading' };
  // No heading, and the head's titles name no line of the page (a site's or a column's title):
  // the headline is the line the page prints above its info line.
  const above = aboveInfoLine(lines, Math.max(from, bodyStart - 12), Math.min(lines.length, bodyStart + 5), columns);
  if (above >= 0) return { title: lines[above].text, lineIndex: above, lineCount: 1, from: 'above-info-line' };
  if (metaTitle) return { title: stripSiteSuffix(metaTitle), lineIndex: -1, lineCount: 0, from: 'meta' };
  if (docTitle) return { title: stripSiteSuffix(docTitle), lineIndex: -1, lineCount: 0, from: 'document-title' };
  return { title: null, lineIndex: -1, lineCount: 0, from: 'none' };
}

/** Longest name of a site's column (国务院公报, 新型冠状病毒肺炎疫情防控); a longer crumb is a page's own headline. */
const COLUMN_NAME_MAX = 16;

/**
 * A column of the site named by the breadcrumb. A trail may end with the page's own headline
 * (首页 > 时政新闻 > 某地开展…): a crumb longer than a column's name is the headline, not a column.
 */
function isColumnName(columns: ReadonlySet<string>, text: string): boolean {
  return text.length <= COLUMN_NAME_MAX && columns.has(text);
}

/**
 * An info line (labels: 来源：…, 发布时间：…) or an unlabelled one that opens with the full date
 * (2019年09月11日 某某传媒 时政新闻 1665): the line under a headline, not the headline. A headline
 * may open with a month (2024年4月全国CPI…), not with a day's date.
 */
function isDateline(text: string, n: number): boolean {
  if (isInfoLine(text, n)) return true;
  const first = findDates(text)[0];
  return first !== undefined && first.index <= 1;
}

/**
 * A line of labels that dates the page or names its source (发布时间：2024-06-10, 来源：新华社),
 * as the text reader's headline rule reads the line under a headline.
 */
function isHeaderInfoLine(line: Line): boolean {
  if (line.chars > 160 || line.linkChars * 2 > line.chars) return false;
  const info = readInfoLine(line.text);
  return info.labels > 0 && (info.date !== undefined || info.source !== undefined);
}

/** One of the two lines after line `i` is the page's info line. */
function infoLineBelow(lines: Line[], i: number): boolean {
  for (let k = i + 1; k <= i + 2 && k < lines.length; k++) if (isHeaderInfoLine(lines[k])) return true;
  return false;
}

/** What a headline line does not end with: a sentence's stop or a label's colon. */
const NOT_HEADLINE_END = /[。:：]$/;

/**
 * The headline of a page that marks none (no heading, and no head title that a line agrees with):
 * the line printed right above the info line that dates the page or names its source (the
 * convention of news and government templates alike, and the text reader's rule in
 * src/core/cleaner/findHeadline.ts). The line must read as a headline: unlinked, short, not a
 * label or a sentence, not a column's name, the breadcrumb or a notice's heading. -1 when no
 * such info line stands near the body's top.
 */
function aboveInfoLine(lines: Line[], from: number, to: number, columns: ReadonlySet<string>): number {
  for (let i = from + 1; i < to; i++) {
    if (!isHeaderInfoLine(lines[i])) continue;
    for (let k = i - 1; k >= from && k >= i - 3; k--) {
      const above = lines[k];
      const text = above.text.trim();
      if (above.chars === 0) continue;
      if (above.chars < 4 || above.chars > 80 || above.linkChars * 2 > above.chars || NOT_HEADLINE_END.test(text)) break;
      if (isColumnName(columns, text) || isBreadcrumb(text) || isDateline(text, above.chars) || isNoticeHeading(text)) break;
      return k;
    }
  }
  return -1;
}
