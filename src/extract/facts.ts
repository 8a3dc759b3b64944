import type { Author } from '../core/types';
import { isSourceName } from '../core/fieldShapes';
import { breadcrumbColumns } from '../core/headline';
import {
  alternation,
  AUTHOR_LABELS,
  COUNTER_LABELS,
  DATE_NOUNS,
  EDITOR_LABELS,
  isCompanionLinkLine,
  PUBLISH_DATE_LABELS,
  SOURCE_LABELS,
  UPDATE_DATE_LABELS,
} from '../core/vocabulary';
import { findDates, type DateParts } from './dateText';
import { isNoticeLine, visibleLength } from './density';
import { OUTLET_NAME, readInfoLine, type InfoFields } from './pageInfoLine';
import type { Line } from './lines';
import type { MetaFacts } from './meta';
import type { Region } from './region';
import { END_OF_ARTICLE, type BodySplit } from './bodyLines';
import { domReadsFor } from './domReads';
import { compact, trimmedParts } from './pieces';

export interface Facts {
  date: DateParts | null;
  source: string | null;
  editor: string | null;
  authors: Author[];
  provenance: Record<string, string>;
}

/** How far around the article the info line may sit. */
const BEFORE_WINDOW = 14;
const AFTER_WINDOW = 14;
/** Lines under the headline always read for the info line. */
const UNDER_HEADLINE = 3;
/** Closing lines of the body read for an editor credit printed inside the last paragraph. */
const BODY_TAIL = 8;

interface Scanned {
  line: Line;
  fields: InfoFields;
}

// Loops rather than array callbacks in this file: a closure made on every call loses its
// optimised code at each garbage collection (V8 keeps it only while a closure lives), so the
// first extraction after one ran these per-line tests interpreted.

/**
 * The info fields of each line up to `maxChars`. A legal notice's lines give none: a notice
 * quotes the labels it rules on (凡本网注明“来源：XXX”的作品…). A line that merely links to the
 * notice (版权声明 来源：某某商报 时间：…) is read as any other.
 */
function scan(lines: Line[], maxChars = 200): Scanned[] {
  const out: Scanned[] = [];
  for (const line of lines) if (line.chars <= maxChars && !isNoticeLine(line)) out.push({ line, fields: readInfoLine(line.text) });
  return out;
}

function firstSource(xs: Scanned[]): string | null {
  for (const x of xs) if (x.fields.source) return x.fields.source;
  return null;
}

/** Patterns of the rules below, compiled once (DEVELOPERS.md: no regex literal inside a function). */
const BRACKETED_CREDIT = new RegExp(`^\\s*[【\\[(（]\\s*${alternation(EDITOR_LABELS)}`);
const WIDE_SPACES = /[\s\u3000\u00a0]+/g;
const SOURCE_LABEL = new RegExp(`^${alternation(SOURCE_LABELS)}\\s*[：:]?\\s*`);
const COLON_OR_NUMBERS = /[：:]|\d{2}[-/.:]\d{2}/;
const CLOCK_TIMES = /\d{1,2}:\d{2}(?::\d{2})?/g;
const CLOCK_TIME = /\d{1,2}:\d{2}/;
const SPACES = /\s+/g;
const NAME_SEPARATORS = /[\s|｜·•/【】\[\]()（）]+/;

/** Staff codes printed after names: letters then digits ending the name ("张三 AB123", "李四_XY4567"). */
const STAFF_CODE = /[\s_]*[A-Za-z]{1,4}\d{2,}$/;
const BRACKETS_AROUND = /^[【\[(（]+|[】\])）]+$/g;
export function stripStaffCode(name: string): string {
  return name.replace(STAFF_CODE, '').replace(BRACKETS_AROUND, '').trim();
}

function strongestEditor(xs: Scanned[]): string | null {
  let best: InfoFields | null = null;
  for (const x of xs) {
    if (x.fields.editor && (!best || (x.fields.editorRank ?? 99) < (best.editorRank ?? 99))) best = x.fields;
  }
  return best?.editor ?? null;
}

/** A line that carries a date as a byline does, not a parenthetical note or a sentence. */
const PARENTHESISED = /^[（(].*[）)]$/;
function isBareDateLine(text: string): boolean {
  const t = text.trim();
  if (visibleLength(t) > 80) return false;
  return !PARENTHESISED.test(t);
}

function joinedShortLines(xs: Line[]): DateParts | null {
  for (let i = 0; i + 1 < xs.length; i++) {
    const parts: string[] = [];
    for (let j = i; j < Math.min(i + 3, xs.length) && xs[j].chars <= 12; j++) parts.push(xs[j].text.trim());
    if (parts.length < 2) continue;
    const d = findDates(parts.join(' '))[0];
    if (d && d.hour != null) return d;
  }
  return null;
}

function unique(xs: Line[]): Line[] {
  return Array.from(new Set(xs));
}

function sameMinute(a: DateParts, b: DateParts): boolean {
  return sameDay(a, b) && a.hour != null && a.hour === b.hour && a.minute === b.minute;
}

function sameDay(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * Publish time, source and credits, read from the info lines around the article first (what the
 * reader sees), then from the head's meta tags; a visible day without a time borrows the time
 * from a meta tag that names the same day.
 */
export function pickFacts(lines: Line[], region: Region, titleIndex: number, body: BodySplit, meta: MetaFacts): Facts {
  const provenance: Record<string, string> = {};
  const top = body.first >= 0 ? body.first : region.start;
  const bottom = body.last >= 0 ? body.last + 1 : region.end;
  const lo = titleIndex >= 0 && titleIndex < top ? titleIndex + 1 : top - BEFORE_WINDOW;
  // The slot right under the headline is where the info line sits, however far below it the
  // body starts (a video player or a gallery between them pushes the body down).
  const underHeadline = titleIndex >= 0 && titleIndex < top ? lines.slice(titleIndex + 1, Math.min(top, titleIndex + 1 + UNDER_HEADLINE)) : [];
  const beforeLines = unique([...underHeadline, ...lines.slice(Math.max(0, lo, top - 30), top), ...body.infoBefore]);
  // Two copies of the headline can hide the info line between them, and blogs print a post's
  // time above its title: look a little higher too. Above a single headline a day without a time
  // is the masthead's clock (2026年12月7日 星期一), not the article's date.
  const wideFrom = Math.max(0, top - 8);
  const copy = earlierCopy(lines, titleIndex, wideFrom);
  const wideLines = lines.slice(copy ?? wideFrom, Math.max(0, lo));
  // Credit lines inside the article container count, and so do the lines just below it.
  const afterEnd = Math.min(bottom + 60, Math.max(bottom, region.end) + AFTER_WINDOW);
  const afterLines = unique([...body.infoAfter, ...lines.slice(bottom, afterEnd)]);
  const before = scan(beforeLines);
  const wide = copy === undefined ? withTime(scan(wideLines)) : scan(wideLines);
  const after = scan(afterLines);
  // The dates under a related-news label are the listed items'; credits there still count (some
  // sites print the editor below the list).
  const related = relatedLabelBelow(lines, bottom, afterEnd);
  const afterForDate = related < afterEnd ? withoutLines(after, new Set(lines.slice(related, afterEnd))) : after;

  // Date: a labelled date wins over a bare one; above the body wins over below it.
  const seen = dateFrom(before, 'info-line') ?? dateFrom(wide, 'info-line') ?? dateFrom(afterForDate, 'info-line-below');
  let date: DateParts | null = seen ? seen.date : null;
  if (seen) provenance.publishedAt = seen.from;
  const metaDates: Array<{ parts: DateParts; from: string }> = [];
  for (const d of meta.dates) {
    const parts = findDates(d.value)[0];
    if (parts) metaDates.push({ parts, from: d.from });
  }
  if (seen && seen.from.startsWith('info-line-below') && metaDates.length && !metaDates.some(isOnDay, seen.date)) {
    // Below the body a date the page's declarations contradict is a related item's or a comment's.
    date = metaDates[0].parts;
    provenance.publishedAt = metaDates[0].from;
  }
  const visible = date;
  if (visible && visible.hour == null) {
    const withTime = metaDates.find(hasTimeOnDay, visible);
    if (withTime) {
      date = withTime.parts;
      provenance.publishedAt = withTime.from;
    }
  }
  if (!date && metaDates.length) {
    date = metaDates[0].parts;
    provenance.publishedAt = metaDates[0].from;
  }
  // Whether the page's declarations back the visible date: the core grades its confidence by it.
  if (date && seen && metaDates.length) provenance['publishedAt.check'] = metaDates.some(isOnDay, date) ? 'declared-same-day' : 'declared-other-day';

  // Source: the labelled value nearest the article, then a source-classed element, then meta.
  let source = firstSource(before) ?? firstSource(after);
  if (source) provenance.source = 'info-line';
  // Unlabelled candidates may be the column's name, which the breadcrumb shows; that is no source.
  const columns = breadcrumbSegments(lines.slice(Math.max(0, lo - 20), top));
  if (!source) {
    source = unlabelledSource(sourceElementText(beforeLines), columns);
    if (source) provenance.source = 'source-element';
  }
  if (!source) {
    source = unlabelledSource(outletNear(beforeLines), columns);
    if (source) provenance.source = 'info-line-unlabelled';
  }
  if (!source && meta.source && isSourceName(meta.source)) {
    source = meta.source;
    provenance.source = meta.provenance.source ?? 'meta';
  }
  if (source && meta.source && provenance.source && !provenance.source.startsWith('meta')) {
    provenance['source.check'] = compact(meta.source) === compact(source) ? 'declared-same' : 'declared-other';
  }

  // Editor: usually the closing credit line, sometimes in the info line above.
  // A credit can also close the last paragraph itself ("…（编辑：X）"), so the tail is read too.
  const tail = scan(lines.slice(Math.max(top, bottom - BODY_TAIL), bottom), 40);
  let editor = strongestEditor(after) ?? strongestEditor(before) ?? strongestEditor(bracketedCredits(tail));
  if (editor) provenance.editor = 'info-line';
  else if (meta.editor) {
    editor = meta.editor;
    provenance.editor = 'meta:editor';
  }
  if (editor) editor = stripStaffCode(editor) || null;

  const authors: Author[] = [];
  for (const x of [...before, ...after]) {
    for (const a of x.fields.authors) {
      if (!hasName(authors, a.name)) authors.push(a);
    }
  }
  return { date, source, editor, authors, provenance };
}

/**
 * The date of the first info line among `xs` that has one with its label, else of the first
 * bare date line, else a date split over short lines; with where it came from.
 */
function dateFrom(xs: Scanned[], where: string): { date: DateParts; from: string } | null {
  let labelled: Scanned | null = null;
  let bare: Scanned | null = null;
  for (const x of xs) {
    if (!x.fields.date || datesALink(x)) continue;
    if (!labelled && x.fields.dateLabelled) labelled = x;
    if (!bare && isBareDateLine(x.line.text)) bare = x;
    if (labelled) break;
  }
  const hit = labelled ?? bare;
  if (!hit) {
    // A date split over short lines (2019 / 09/07 / 19:02) reads whole once joined.
    const joined = joinedShortLines(xs.map(lineOf));
    return joined ? { date: joined, from: `${where}-joined` } : null;
  }
  let found = hit.fields.date!;
  if (found.second == null) {
    // The same minute printed twice (desktop and mobile headers): keep the copy with seconds.
    for (const x of xs) {
      const d = x.fields.date;
      if (d && d.second != null && sameMinute(d, found)) {
        found = d;
        break;
      }
    }
  }
  return { date: found, from: labelled ? `${where}-labelled` : where };
}

/**
 * A date printed beside a companion link is the linked item's (关联稿件：《…》政策解读 2022-11-03).
 * (Link share alone does not tell: outlets print their own date as a link to the day's archive.)
 */
function datesALink(x: Scanned): boolean {
  return isCompanionLinkLine(x.line.text);
}

/** An unlabelled candidate for the source, unless it is a column's name (the breadcrumb shows it) or no name at all. */
function unlabelledSource(candidate: string | null, columns: ReadonlySet<string>): string | null {
  return candidate && !columns.has(candidate) && isSourceName(candidate) ? candidate : null;
}

function withTime(xs: Scanned[]): Scanned[] {
  const out: Scanned[] = [];
  for (const x of xs) if (x.fields.date?.hour != null || x.fields.dateLabelled) out.push(x);
  return out;
}

/** The index of an earlier line from `from` on that repeats the headline at `titleIndex`, if any. */
function earlierCopy(lines: Line[], titleIndex: number, from: number): number | undefined {
  if (titleIndex < 0 || titleIndex >= lines.length) return undefined;
  const headline = lines[titleIndex];
  const text = compact(headline.text);
  for (let i = from; i < titleIndex; i++) if (lines[i].chars === headline.chars && compact(lines[i].text) === text) return i;
  return undefined;
}

function lineOf(x: Scanned): Line {
  return x.line;
}

/**
 * Where a related-news or recommendation label opens a list below the body, or `end`: the
 * dates under it are the listed items', not the article's.
 */
function relatedLabelBelow(lines: Line[], from: number, end: number): number {
  for (let i = from; i < end && i < lines.length; i++) {
    const line = lines[i];
    if (line.chars <= 12 && END_OF_ARTICLE.test(compact(line.text))) return i;
  }
  return end;
}

function withoutLines(xs: Scanned[], cut: Set<Line>): Scanned[] {
  const out: Scanned[] = [];
  for (const x of xs) if (!cut.has(x.line)) out.push(x);
  return out;
}

/** `some` callback with the date read below the body as `this`: a declared date on that day. */
function isOnDay(this: DateParts, d: { parts: DateParts }): boolean {
  return sameDay(d.parts, this);
}

/** `find` callback with the visible day as `this`: a meta date on that day that has a time. */
function hasTimeOnDay(this: DateParts, d: { parts: DateParts }): boolean {
  return d.parts.hour != null && sameDay(d.parts, this);
}

function bracketedCredits(xs: Scanned[]): Scanned[] {
  const out: Scanned[] = [];
  for (const x of xs) if (isBracketedCredit(x.line.text)) out.push(x);
  return out;
}

function hasName(authors: Author[], name: string): boolean {
  for (const b of authors) if (b.name === name) return true;
  return false;
}

/** 【编辑：X】 or (责编 X) at the start of a short line: a credit, not a sentence mentioning editing. */
function isBracketedCredit(text: string): boolean {
  return BRACKETED_CREDIT.test(text);
}

/** The segments of breadcrumb lines (首页 > 资讯 > 栏目 > 正文). */
function breadcrumbSegments(lines: Line[]): Set<string> {
  return breadcrumbColumns(lines.map(lineText));
}

function lineText(l: Line): string {
  return l.text;
}

const SOURCE_CLASS = /(?:^|[\s_-])(?:source|from|laiyuan|ly)(?:$|[\s_-])|source/i;

/** The element and its first descendants, breadth first; enough for a byline's spans. */
function nearDescendants(root: Element, limit: number): Element[] {
  const out: Element[] = [root];
  // Sibling links, not Array.from(children): a <br>-separated page gives thousands of lines the
  // same owner with thousands of children, and copying them per line was quadratic (fuzz).
  for (let i = 0; i < out.length && out.length < limit; i++) {
    for (let c = out[i].firstElementChild; c && out.length < limit; c = c.nextElementSibling) out.push(c);
  }
  return out;
}

/** An element classed as the source (`<span class="source">参考消息</span>`) without a label. */
function sourceElementText(lines: Line[]): string | null {
  const seen = new Set<Element>();
  for (const line of lines) {
    if (seen.has(line.owner)) continue;
    seen.add(line.owner);
    const candidates = nearDescendants(line.owner, 40);
    for (const el of candidates) {
      const r = domReadsFor(el);
      const cls = `${r.className(el)} ${r.id(el)}`;
      if (!SOURCE_CLASS.test(cls)) continue;
      const text = r.textContent(el).replace(WIDE_SPACES, ' ').trim();
      // A date-and-source element ("2019年09月09日 20:52 某某财经") keeps what the date leaves.
      const value = withoutDates(text).replace(SOURCE_LABEL, '').trim();
      if (value && visibleLength(value) <= 20 && !COLON_OR_NUMBERS.test(value)) return value;
    }
  }
  return null;
}

/** The text with its dates and clock times taken out. */
function withoutDates(text: string): string {
  let rest = text;
  for (const d of findDates(text).reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
  return rest.replace(CLOCK_TIMES, ' ').replace(SPACES, ' ').trim();
}

/** Pieces of an info line that are not a name: labels, counters, badges. */
const NOT_NAME =
  /^(?:原创|原創|发布于|發佈於|發布於|来自.*|來自.*|举报|舉報|分享|收藏|关注|關注|评论|評論|[\d.,:：+万萬]+|(?:下载|下載|打开|打開|关注|關注|订阅|訂閱|进入|進入|登录|登錄|安装|安裝).*)$/;
/** A name tagged with how the page got it: 某某[整理], 某某（转载）. */
const TAGGED_NAME = /([^\s\d|｜·•/【】[\]()（）][^\s|｜·•/【】[\]()（）]{1,13})\s*[[【(（](?:整理|编译|編譯|转载|轉載|综合|綜合)[\]】)）]/;
/** How many lines from a dated line an unlabelled outlet may stand alone. */
const OUTLET_REACH = 2;

/** The outlet printed beside the date without a label (中国网 2019-11-25, 2016年05月25日10:10 新浪财经). */
export function outletNear(lines: Line[]): string | null {
  const dated: boolean[] = [];
  for (const l of lines) dated.push(findDates(l.text).length > 0 || CLOCK_TIME.test(l.text));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.chars > 60) continue;
    // On the date line, or alone on a short line beside it (a row of share buttons further off
    // also holds outlet-like names).
    if (!dated[i] && (line.chars > 14 || !nearDated(dated, i))) continue;
    const rest = withoutDates(line.text);
    if (dated[i]) {
      const tagged = TAGGED_NAME.exec(rest);
      if (tagged && !NOT_NAME.test(tagged[1])) return tagged[1];
    }
    const tokens = trimmedParts(rest.split(NAME_SEPARATORS)).map(beforeGluedLabel);
    let names = 0;
    let lone: string | null = null;
    let original = false;
    for (const t of tokens) {
      if (NOT_NAME.test(t)) {
        if (ORIGINAL_BADGE.test(t)) original = true;
        continue;
      }
      if (OUTLET_NAME.test(t)) return t;
      names++;
      lone = t;
    }
    // The date line under a headline that holds one name besides the date and time prints the
    // outlet (2019年11月25日 18:57 参考消息), whatever its name ends with. Two or three Han
    // characters may be the writer's name instead, and a longer line is more than an info line.
    // Beside a 原创 badge the name is the account that wrote the post, not an outlet.
    if (dated[i] && names === 1 && lone && !original && line.chars <= LONE_OUTLET_LINE_MAX && isLoneOutlet(lone)) return lone;
  }
  return null;
}

/** Labels a name may be glued to on a date line (新京报作者：新京报). */
const GLUED_LABELS: readonly string[] = [...AUTHOR_LABELS, ...EDITOR_LABELS, ...SOURCE_LABELS];

/**
 * The piece before a label glued to it (新京报作者：新京报 → 新京报): the label and its value are
 * the labelled reading's; the name before it is the date line's own.
 */
function beforeGluedLabel(token: string): string {
  for (const label of GLUED_LABELS) {
    const at = token.indexOf(label);
    if (at > 0 && (token[at + label.length] === '：' || token[at + label.length] === ':')) return token.slice(0, at);
  }
  return token;
}

/** Longest date line whose single name is read as its outlet. */
const LONE_OUTLET_LINE_MAX = 40;
const ORIGINAL_BADGE = /^(?:原创|原創)$/;
/** Four to fourteen letters, a hyphen allowed inside (新浪财经-自媒体综合). */
const LONE_OUTLET = /^[\u4e00-\u9fa5A-Za-z·](?:[\u4e00-\u9fa5A-Za-z·]|[-－](?=[\u4e00-\u9fa5A-Za-z])){2,12}[\u4e00-\u9fa5A-Za-z·]$/;

/** Labels printed without their colon (更新时间 2012年12月10日): the line's other piece, not a name. */
const INFO_LABEL_WORDS: ReadonlySet<string> = new Set<string>([
  ...PUBLISH_DATE_LABELS,
  ...UPDATE_DATE_LABELS,
  ...SOURCE_LABELS,
  ...EDITOR_LABELS,
  ...AUTHOR_LABELS,
  ...COUNTER_LABELS,
]);

function isLoneOutlet(name: string): boolean {
  return LONE_OUTLET.test(name) && !INFO_LABEL_WORDS.has(name) && !endsWithDateNoun(name);
}

function endsWithDateNoun(name: string): boolean {
  for (const noun of DATE_NOUNS) if (name.endsWith(noun)) return true;
  return false;
}

/** A dated line within OUTLET_REACH lines of line `i`. */
function nearDated(dated: boolean[], i: number): boolean {
  for (let j = Math.max(0, i - OUTLET_REACH); j <= i + OUTLET_REACH && j < dated.length; j++) if (dated[j]) return true;
  return false;
}
