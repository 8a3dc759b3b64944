import { toIsoDate, type IsoDate } from './dates';
import { cleanPersonName, creditedNames, splitNames } from './names';
import { isSourceName } from './fieldShapes';
import { squash } from './text';
import {
  alternation,
  standaloneAlternation,
  COUNTER_LABELS,
  DATE_NOUNS,
  EDITOR_LABELS,
  OTHER_DATE_WORDS,
  PUBLISH_DATE_LABELS,
  SOURCE_LABELS,
  UPDATE_DATE_LABELS,
} from './vocabulary';

/**
 * The info line under a headline: publish time, source, editor, author, view counters
 * ("2021-01-13 18:59:00 稿源: XX网", "发布时间:2022年01月29日", "来源: XX"). It may be glued
 * to the first paragraph ("最后更新: 2020-02-05 20:42:28市…"): `rest` is that paragraph.
 */
export interface InfoLine {
  date: IsoDate | null;
  source: string | null;
  editor: string | null;
  author: string | null;
  /** Text glued after the info (the first body paragraph), or null. */
  rest: string | null;
}

// Label patterns come from the shared vocabulary (src/core/vocabulary.ts); this reader adds its
// context rules. An update label dates a line too: a text capture's info line is read by the first
// date it holds, whatever its label.
const DATE_LABEL = new RegExp(`${standaloneAlternation([...PUBLISH_DATE_LABELS, ...UPDATE_DATE_LABELS, '发布', '發布'])}\\s*[:：]?`, 'u');
/**
 * Other dates of an info block: when a document was written, issued, takes or loses effect, or
 * a deadline. Field = the label and the date after it.
 */
const OTHER_DATE_LABEL = `${alternation(OTHER_DATE_WORDS)}${alternation(DATE_NOUNS)}`;
const OTHER_DATE = new RegExp(OTHER_DATE_LABEL, 'u');
const OTHER_DATE_FIELD = new RegExp(`${OTHER_DATE_LABEL}\\s*[:：]?\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*[日号號]?`, 'gu');
// 图片来源 credits a photo, not the article.
export const SOURCE_LABEL = new RegExp(`(?<![图圖]片)${alternation(SOURCE_LABELS)}\\s*[:：]`, 'u');
// A colon or a space after the label: "责任编辑：X", "（编辑 X）".
export const EDITOR_LABEL = new RegExp(`${alternation(EDITOR_LABELS)}(?:\\s*[:：]|\\s+(?=\\S))`, 'u');
const AUTHOR_LABEL = /(?:作者|撰稿|撰文)\s*[:：]/u;
const OTHER_LABEL = new RegExp(`${alternation(COUNTER_LABELS)}\\s*[:：]?\\s*\\d*`, 'gu');
// Where one labelled value ends: the next label, a wide gap, or a date.
const VALUE_END = new RegExp(
  `\\s{2,}|\\s*(?:${alternation([
    ...SOURCE_LABELS,
    ...EDITOR_LABELS,
    '作者',
    '撰稿',
    ...PUBLISH_DATE_LABELS,
    ...UPDATE_DATE_LABELS,
    ...COUNTER_LABELS,
    '纠错',
    '糾錯',
    '审核',
    '審核',
    '校对',
    '校對',
    '字体',
    '字體',
    '字号',
    '字號',
    '打印',
  ])}|【|\\[|\\||｜)|\\s*\\d{4}\\s*[-/.年]`,
  'u',
);

function valueAfter(line: string, label: RegExp): string | null {
  const m = label.exec(line);
  if (!m) return null;
  const after = line.slice((m.index ?? 0) + m[0].length).replace(/^\s+/, '');
  const end = VALUE_END.exec(after);
  const value = squash(end ? after.slice(0, end.index) : after);
  return value || null;
}

/** The editor's name from an editor credit, without a staff code after it or a next label glued on ("编辑: 张三纠错:…"). */
export function editorFrom(line: string): string | null {
  const raw = valueAfter(squash(line), EDITOR_LABEL);
  if (!raw) return null;
  if (/^[A-Za-z][A-Za-z .'-]*$/.test(raw)) return creditedNames(raw);
  const names = splitNames(raw);
  if (names.length) return creditedNames(names.join('、'));
  const one = cleanPersonName(raw);
  return one && one.length <= 12 ? one : null;
}

export function sourceFrom(line: string): string | null {
  return cleanSource(valueAfter(squash(line), SOURCE_LABEL));
}

/** A stated origin without its label, brackets or a "综合" (compiled from) prefix. */
export function cleanSource(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const v = squash(raw)
    .replace(SOURCE_LABEL, '')
    .replace(/^[\s:：(（【[]+|[\s:：,，。)）】\]]+$/gu, '')
    .replace(/^(?:综合|綜合)(?=\S{2,})/u, '');
  return isSourceName(v) ? v : null;
}

/**
 * Parses a line as an info line, or returns null when it is something else. A date alone
 * counts (a bare "2020年01月26日 15时22分" under a headline); a long line counts only when
 * it starts with a labelled date, which is then split off from the paragraph glued to it.
 */
export function parseInfoLine(raw: string): InfoLine | null {
  const line = squash(raw);
  if (!line) return null;
  // Glued: "最后更新: 2020-02-05 20:42:28市…" — a labelled date, then prose.
  if (line.length > 60) {
    const datePat = '(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?';
    const timePat = '\\s*\\d{1,2}\\s*[:时時]\\s*\\d{1,2}(?:\\s*[:分]\\s*\\d{1,2}\\s*秒?)?分?';
    // With a label the time is optional; without one only a full timestamp counts, since a body
    // paragraph may well open with a day ("2021年1月13日，市委召开…").
    const glued =
      new RegExp(`^${DATE_LABEL.source}\\s*${datePat}(?:${timePat})?)\\s*`, 'u').exec(line) ??
      new RegExp(`^${datePat}${timePat})\\s*(?=\\p{Script=Han})`, 'u').exec(line);
    if (!glued) return null;
    const gluedDate = toIsoDate(glued[1]);
    if (!gluedDate) return null;
    return { date: gluedDate, source: null, editor: null, author: null, rest: line.slice(glued[0].length).trim() || null };
  }
  // The day a document was written or takes effect is not when the page was published.
  const other = OTHER_DATE.test(line);
  const dated = other ? line.replace(OTHER_DATE_FIELD, ' ') : line;
  const dateLabel = DATE_LABEL.exec(dated);
  const date = toIsoDate(dated);
  const source = sourceFrom(line);
  const editor = EDITOR_LABEL.test(line) ? editorFrom(line) : null;
  const author = AUTHOR_LABEL.test(line) ? cleanPersonName(valueAfter(line, AUTHOR_LABEL) ?? '') || null : null;
  if (!date && !source && !editor && !author) return other ? { date: null, source: null, editor: null, author: null, rest: null } : null;
  if (!source && !editor && !author && !dateLabel) {
    // A date with no label counts only when the line is little more than the date.
    const rest = line
      .replace(/\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?/u, '')
      .replace(/\d{1,2}\s*[:时時點点]\s*\d{0,2}\s*(?:[:分]\s*\d{0,2}\s*秒?)?/u, '')
      .replace(/星期.|周.|週./u, '')
      .replace(OTHER_LABEL, '')
      .replace(/[\s\p{P}]/gu, '');
    if (rest.length > 4) return null;
  }
  return { date, source, editor, author, rest: null };
}
