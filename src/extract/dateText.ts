/**
 * Finds a calendar date (and time, when given) inside a line of page text, in the forms that
 * Chinese sites print: 2024-05-15 08:58:52, 2024年5月15日 08:58, 2024/05/15, 2024.05.15,
 * a glued 2005.08.2605:39, the split 2024 05/09 22:27:02, and 下午2:05 twelve-hour times.
 * Only the pieces are read here; turning them into a record date is the core's job.
 */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
  second: number | null;
  /** Offset printed with the time (Z, +08:00), when there is one. */
  offset: string | null;
  /** Where the match starts and ends in the line. */
  index: number;
  length: number;
}

import { FIRST_YEAR, LAST_YEAR } from '../core/dates';
import { AFTERNOON_WORDS, alternation, applyMeridiem, MORNING_WORDS } from '../core/vocabulary';

const TWO_DIGITS = /\d\d/;
const THREE_LETTERS = /[A-Za-z]{3}/;
const DIGIT = /\d/;
const SHORT_YEAR_SHAPE = /\d{2}-\d{2}-\d{2}/;
const ZULU = /^z$/i;
const NUMERIC_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

const MERIDIEM = alternation([...AFTERNOON_WORDS, ...MORNING_WORDS]);
const DATE_RE = new RegExp(
  `(\\d{4})\\s*(?:[-/.年]|\\s(?=\\d{1,2}\\s*\\/))\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?:\\s*日)?(?:(?:\\s*[T ]?\\s*)(?:(?:星期|週|周)[一二三四五六日天])?\\s*(${MERIDIEM})?\\s*(\\d{1,2})\\s*[:：时時]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?`,
  'gi',
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** English dates as blog platforms print them: Dec 28 Sat 2013 00:28, 28 Dec 2013 00:28. */
const ENGLISH_DATE_RE =
  /\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/i;

function findEnglishDate(text: string): DateParts | null {
  // The pattern needs a month's name: without one it need not run, nor be compiled, at all.
  const lower = text.toLowerCase();
  if (!MONTHS.some((month) => lower.includes(month))) return null;
  const m = ENGLISH_DATE_RE.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? m[4]).slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2] ?? m[3]);
  const year = Number(m[5]);
  if (year < FIRST_YEAR || year > LAST_YEAR || day < 1 || day > 31) return null;
  const hour = m[6] != null ? Number(m[6]) : null;
  return {
    year,
    month,
    day,
    hour,
    minute: hour == null ? null : Number(m[7]),
    second: hour == null || m[8] == null ? null : Number(m[8]),
    offset: null,
    index: m.index,
    length: m[0].length,
  };
}

/**
 * A two-digit year is read only with a clock time after the day (18-03-08 23:16, glued
 * 18-03-0823:16), the way some platforms print a post's time; a bare 18-03-08 stays unread.
 */
const SHORT_YEAR_RE = /(?<![\d.\-/])(\d{2})-(\d{2})-(\d{2})\s*(\d{2}):(\d{2})(?::(\d{2}))?(?![\d:])/g;

function findShortYearDates(text: string): DateParts[] {
  const out: DateParts[] = [];
  SHORT_YEAR_RE.lastIndex = 0;
  for (let m = SHORT_YEAR_RE.exec(text); m; m = SHORT_YEAR_RE.exec(text)) {
    const [year, month, day, hour, minute] = [2000 + Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
    const second = m[6] != null ? Number(m[6]) : null;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || (second ?? 0) > 59) continue;
    out.push({ year, month, day, hour, minute, second, offset: null, index: m.index, length: m[0].length });
  }
  return out;
}

export function findDates(text: string): DateParts[] {
  const out: DateParts[] = [];
  // Every form needs two digits in a row (a four-digit year, or 18-03-08): most lines have none.
  if (!TWO_DIGITS.test(text)) return out;
  if (THREE_LETTERS.test(text)) {
    const en = findEnglishDate(text);
    if (en) out.push(en);
  }
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) continue;
    // A four-digit year right after another digit is part of a longer number (an id or phone).
    if (m.index > 0 && DIGIT.test(text[m.index - 1])) continue;
    let hour = m[5] != null ? Number(m[5]) : null;
    const minute = m[6] != null ? Number(m[6]) : null;
    const second = m[7] != null ? Number(m[7]) : null;
    if (hour != null) hour = applyMeridiem(hour, m[4]);
    if (hour != null && (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)) {
      hour = null;
    }
    out.push({
      year,
      month,
      day,
      hour,
      minute: hour == null ? null : minute,
      second: hour == null ? null : second,
      offset: hour == null ? null : normaliseOffset(m[8]),
      index: m.index,
      length: m[0].length,
    });
  }
  if (!out.length && SHORT_YEAR_SHAPE.test(text)) out.push(...findShortYearDates(text));
  return out.sort(byIndex);
}

function byIndex(a: DateParts, b: DateParts): number {
  return a.index - b.index;
}

function normaliseOffset(raw: string | undefined): string | null {
  if (!raw) return null;
  if (ZULU.test(raw)) return '+00:00';
  const m = NUMERIC_OFFSET.exec(raw);
  return m ? `${m[1]}${m[2]}:${m[3]}` : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Writes the parts as an ISO 8601 string: a day alone stays `YYYY-MM-DD`; a time without a
 * printed offset is taken as China Standard Time (+08:00), the zone these sites publish in.
 */
export function formatDateParts(p: DateParts): string {
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour == null) return day;
  return `${day}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${p.offset ?? '+08:00'}`;
}

/** Longest line read as a date line (2023-06-01 00:48, 更新时间 2012年12月10日), not a sentence with a date. */
const DATE_LINE_MAX = 60;

/** The first short line holding a date among the `reach` lines after line `i`, or -1. */
export function dateLineAfter(lines: readonly { text: string; chars: number }[], i: number, reach: number): number {
  for (let k = i + 1; k <= i + reach && k < lines.length; k++) if (lines[k].chars <= DATE_LINE_MAX && findDates(lines[k].text).length) return k;
  return -1;
}
