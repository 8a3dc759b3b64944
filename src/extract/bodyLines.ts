import { isDisclosureRow } from '../core/disclosure';
import { alternation, COMMENT_SECTION_LABELS, LOCATION_LABELS, LOCATION_LABEL_SOURCE, mayOpenWith, RELATED_LABELS } from '../core/vocabulary';
import { isProseLine, linkDensity, visibleLength } from './density';
import { findDates } from './dateText';
import { readInfoLine } from './pageInfoLine';
import { compact } from './pieces';
import type { Line } from './lines';
import type { RemovedLine } from '../core/types';
import type { Region } from './region';
import type { TitleChoice } from './lineShape';

export interface BodySplit {
  kept: Line[];
  /** Info lines (来源, 发布时间, 作者) at or above the top of the body. */
  infoBefore: Line[];
  /** Credit lines (责任编辑, 编辑) below the body. */
  infoAfter: Line[];
  /** Page line indices of the first and last kept line (-1 when none). */
  first: number;
  last: number;
  /**
   * The region's lines left out of the body, each with the kind of line its rule named (the
   * headline and deck, which are fields of their own, are not listed). At most MAX_DROPPED.
   */
  dropped: RemovedLine[];
  /** Page line index of the related or comments heading at which the article was seen to end, or -1. */
  endLabel: number;
}

/** Region lines listed in `dropped`; past the article's end, only its first MAX_DROPPED_TAIL. */
const MAX_DROPPED = 100;
const MAX_DROPPED_TAIL = 20;

/** `at`: how many body lines were kept above it, so the core can say where it stood. */
function dropLine(out: RemovedLine[], line: Line, kind: string, at: number): void {
  if (out.length < MAX_DROPPED) out.push({ text: line.text, kind, at });
}

/** Longer than any control line (40), breadcrumb (60) or end-of-article label the tests accept. */
const SHORT_LINE = 60;

/** Page controls printed inside article containers (font size, print, close, share, paging). */
const CONTROL_LINE =
  /^[【\[(（]?\s*(?:打印|关闭|关闭窗口|打印本页|收藏|分享|分享到|字号|字体|返回顶部|返回|上一篇|下一篇|扫一扫|扫描二维码|大|中|小)[\s:：】\])）|｜]*/;

/** A line of control words only, given compacted (see compact). */
function isControlLine(t: string): boolean {
  if (t.length > 40) return false;
  let rest = t;
  // A line made only of control words (【打印】【关闭】, 字号：大中小) is furniture.
  for (let guard = 0; guard < 12 && rest; guard++) {
    const m = CONTROL_LINE.exec(rest);
    if (!m || !m[0]) break;
    rest = rest.slice(m[0].length);
  }
  return rest.length === 0;
}

/**
 * Labels that open the recommendation, related-links or comments block after an article (the
 * vocabulary's, in both scripts), on a line's compacted text; a comments heading may carry its
 * count (热门评论7条).
 */
export const END_OF_ARTICLE = new RegExp(`^[【\\[]?(?:${alternation([...RELATED_LABELS, ...COMMENT_SECTION_LABELS])})[】\\]]?(?:[（(]?\\d+条?[)）]?)?[：:]?$`);
/** A comments heading among them: readers comment below an article, never above it. */
const COMMENTS_HEADING = new RegExp(`^[【\\[]?(?:${alternation(COMMENT_SECTION_LABELS)})`);

/** 您的位置：首页 > 新闻 > 正文, and bare `首页 > 栏目` trails. */
export function isBreadcrumb(text: string): boolean {
  return isCompactBreadcrumb(compact(text));
}

const LOCATION_LABEL = new RegExp(`^(?:${LOCATION_LABEL_SOURCE}|位置)[：:]`);
const mayOpenWithLocationLabel = mayOpenWith([...LOCATION_LABELS, '位置']);
const HOME_TRAIL = /^首页\s*[>›»→/\-－]/;
const CLAUSE_PUNCT = /[，。]/;

function isCompactBreadcrumb(t: string): boolean {
  if (t.length > 60) return false;
  if (mayOpenWithLocationLabel(t) && LOCATION_LABEL.test(t)) return true;
  return HOME_TRAIL.test(t) && !CLAUSE_PUNCT.test(t);
}

/**
 * A short line whose labels (来源, 编辑, 发布时间) say it describes the article. `n` is its
 * visible length, for a caller that has it counted already (a line's `chars`).
 */
export function isInfoLine(text: string, n = visibleLength(text)): boolean {
  if (n > 160) return false;
  const f = readInfoLine(text);
  if (f.labels === 0) return false;
  return n <= 80 || f.labels >= 2;
}

/**
 * The run of table rows (one data table, or tables in a row) from line `i`, up to `end`, and
 * whether most of its rows read as info or 政府信息公开 rows (发布时间, 来源, 索引号, 发布机构,
 * 发布日期): then it is the page's metadata table when prose follows it, not its article.
 */
export function tableRun(lines: Line[], i: number, end: number): { end: number; infoRows: boolean } {
  let j = i;
  let info = 0;
  for (; j < end && lines[j].kind === 'table'; j++) {
    const t = lines[j].text;
    if (isDisclosureRow(t) || isInfoLine(t, lines[j].chars)) info++;
  }
  return { end: j, infoRows: info * 2 >= j - i };
}

/**
 * Which rows of the data tables in [start, end) are the page's metadata rather than its article:
 * a table of info rows (tableRun) with prose below it; without prose below, it is what the page
 * has to say. Any other data table in the article (a 行政处罚信息公开表, a 中标结果 table) is
 * article, its rows kept whole even where one reads like an info line (作出处罚决定的日期：…).
 * `proseAfter[k]` is the prose below line start + k.
 */
function metadataRows(lines: Line[], start: number, end: number, proseAfter: number[]): boolean[] {
  const meta = new Array<boolean>(end - start).fill(false);
  for (let i = start; i < end;) {
    if (lines[i].kind !== 'table') {
      i++;
      continue;
    }
    const run = tableRun(lines, i, end);
    if (run.infoRows && proseAfter[run.end - start] > 0) meta.fill(true, i - start, run.end - start);
    i = run.end;
  }
  return meta;
}

export function bodyLines(lines: Line[], region: Region, title: TitleChoice, deck: number[] = [], userChosen = false): BodySplit {
  const deckAt = new Set(deck);
  const titleEnd = title.lineIndex + Math.max(1, title.lineCount);
  const kept: Line[] = [];
  /** The page line index of each kept line. */
  const keptAt: number[] = [];
  const infoBefore: Line[] = [];
  const infoAfter: Line[] = [];
  const dropped: RemovedLine[] = [];
  const titleText = title.title ? compact(title.title) : null;
  let negChars = 0;
  let allChars = 0;
  for (let i = region.start; i < region.end; i++) {
    const n = lines[i].chars;
    allChars += n;
    if (lines[i].hint === 'negative') negChars += n;
  }
  // When the whole region is marked as furniture by its class names, the names are wrong.
  const dropNegative = negChars < allChars / 2;
  let seenProse = false;
  let keptProse = 0;
  const proseAfter = new Array<number>(region.end - region.start + 1).fill(0);
  for (let i = region.end - 1; i >= region.start; i--) {
    const l = lines[i];
    proseAfter[i - region.start] = proseAfter[i - region.start + 1] + (isProseLine(l) ? l.chars : 0);
  }
  const metadata = metadataRows(lines, region.start, region.end, proseAfter);
  let first = -1;
  let last = -1;
  let endLabel = -1;
  for (let i = region.start; i < region.end; i++) {
    const line = lines[i];
    // A line's compacted text is as long as its counted characters (`chars`): the labels,
    // controls and breadcrumbs tested below are short, so a long paragraph is not copied for them.
    const short = line.chars <= SHORT_LINE ? compact(line.text) : null;
    const isTitle = !!titleText && line.chars === titleText.length && (short ?? compact(line.text)) === titleText;
    if ((i >= title.lineIndex && i < titleEnd) || deckAt.has(i) || isTitle) continue;
    // A "related / recommended" label ends the article when more prose lies above it than
    // below (a label above the article, as some pages print, is only skipped); a comments
    // heading ends it once any prose is kept, however long the thread under it.
    if (!userChosen && short !== null && END_OF_ARTICLE.test(short)) {
      dropLine(dropped, line, 'related-list', kept.length);
      if (keptProse >= proseAfter[i - region.start] || (keptProse > 0 && COMMENTS_HEADING.test(short))) {
        for (let k = i + 1; k < region.end && k <= i + MAX_DROPPED_TAIL; k++) dropLine(dropped, lines[k], 'after-article', kept.length);
        endLabel = i;
        break;
      }
      continue;
    }
    if (linkDensity(line) > 0.5) {
      dropLine(dropped, line, 'link-list', kept.length);
      continue;
    }
    // The page's own class names mark the element as furniture (share, related, comment boxes).
    if (dropNegative && line.hint === 'negative') {
      dropLine(dropped, line, 'furniture-class', kept.length);
      continue;
    }
    if (short !== null && isControlLine(short)) {
      dropLine(dropped, line, 'page-tools', kept.length);
      continue;
    }
    if (short !== null && isCompactBreadcrumb(short)) {
      dropLine(dropped, line, 'breadcrumb', kept.length);
      continue;
    }
    // Inside the container, what precedes the headline is page furniture, not article; so is
    // a table there (the 政府信息公开 header table) whatever its rows say, and so is prose above
    // a headline the head's title agrees with (a box in a column printed before the article):
    // an article lies under its headline. Above a heading nothing vouches for, prose stays.
    if (title.lineIndex > i && (title.from === 'visible-heading' || !isProseLine(line) || line.kind === 'table')) {
      if (line.kind === 'table') infoBefore.push(line);
      dropLine(dropped, line, line.kind === 'table' ? 'info-table' : 'above-headline', kept.length);
      continue;
    }
    if (line.kind === 'table') {
      if (metadata[i - region.start]) {
        (seenProse ? infoAfter : infoBefore).push(line);
        dropLine(dropped, line, 'info-table', kept.length);
        continue;
      }
    } else if (isInfoLine(line.text, line.chars)) {
      (seenProse ? infoAfter : infoBefore).push(line);
      dropLine(dropped, line, 'info-line', kept.length);
      continue;
    }
    // Above the first sentence, a short line with a date is the byline (账号名 2019-09-09 16:01);
    // a table row with a date (作出处罚决定的日期：…) is one of the article's facts.
    if (!seenProse && line.kind !== 'table' && line.chars <= 60 && findDates(line.text).length) {
      infoBefore.push(line);
      dropLine(dropped, line, 'info-line', kept.length);
      continue;
    }
    // Above the first sentence, a short label without punctuation (an account or outlet name,
    // 播报文章) belongs to the byline area.
    if (!seenProse && line.chars <= 16 && line.punct === 0 && line.kind === 'paragraph') {
      infoBefore.push(line);
      dropLine(dropped, line, 'byline', kept.length);
      continue;
    }
    if (isProseLine(line)) {
      seenProse = true;
      keptProse += line.chars;
    }
    if (first < 0) first = i;
    last = i;
    kept.push(line);
    keptAt.push(i);
  }
  const copy = repeatedCopy(kept);
  if (copy > 0) {
    for (let k = copy; k < kept.length && k < copy + MAX_DROPPED_TAIL; k++) dropLine(dropped, kept[k], 'repeated-copy', k);
    kept.length = copy;
    last = keptAt[copy - 1];
  }
  return { kept, infoBefore, infoAfter, first, last, dropped, endLabel };
}

/**
 * Where a second copy of the kept lines starts, or -1: from some line on, the lines repeat the
 * body's first lines one for one, as a print view does (a container the stylesheet hides,
 * `display:none` outside @media print, which a reader without style still meets: the CLI, or
 * a browser when the copy shares the article's container). The copy may stop short of the
 * original; it must hold a sentence or two lines, so a caption that recurs is not a copy.
 */
function repeatedCopy(kept: Line[]): number {
  const n = kept.length;
  if (n < 2) return -1;
  const head = kept[0];
  for (let j = Math.ceil(n / 2); j < n; j++) {
    if (kept[j].text !== head.text) continue;
    let m = 1;
    while (j + m < n && kept[j + m].text === kept[m].text) m++;
    if (j + m === n && (m >= 2 || isProseLine(head))) return j;
  }
  return -1;
}
