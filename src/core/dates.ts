/**
 * Chinese and ISO publish dates → `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss+08:00`.
 *
 * A small parser of our own rather than chrono-node: chrono resolves month-day phrases forward
 * (12月6日 against 2022-01-29 became 2022-12-06) and emits times in the machine's zone, while
 * every page here states China time. The output always carries +08:00.
 */

import { AFTERNOON_WORDS, alternation, applyMeridiem, MORNING_WORDS } from './vocabulary';

export type DatePrecision = 'day' | 'minute' | 'second';
export interface IsoDate {
  iso: string;
  precision: DatePrecision;
}

const CHINA_OFFSET_MIN = 8 * 60;
/** A month-day later than the reference by more than this is last year's (news looks back). */
const FORWARD_WINDOW_DAYS = 62;
/** A month-day earlier than the reference by more than this is next year's (a notice looking ahead). */
const BACKWARD_WINDOW_DAYS = 300;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Years a page date may carry, for both readers: web pages before 1980 do not exist, and a
 * four-digit number outside these years is an id, a phone number or a count, not a date.
 */
export const FIRST_YEAR = 1980;
export const LAST_YEAR = 2100;

function validDay(y: number, m: number, d: number): boolean {
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validTime(h: number, mi: number, s: number): boolean {
  return h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 && s < 61;
}

function format(y: number, m: number, d: number, time: [number, number, number] | null, precision: DatePrecision): IsoDate {
  const day = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (!time) return { iso: day, precision: 'day' };
  const [h, mi, s] = time;
  return { iso: `${day}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`, precision };
}

/** Full-width digits and punctuation folded so one set of patterns serves every page. */
function fold(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u3000\s]+/g, ' ')
    .trim();
}

const ISO_ZONED = /(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})(?![\d:])/i;
// Y-M-D with -, /, . or 年月日 separators, then an optional time (18:59[:00] or 15时22分[00秒]).
const YMD = new RegExp(
  `(?<!\\d)(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]?|[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d))(?:\\s*(?:星期.|周.|週.))?(?:\\s*[T ]?\\s*(${alternation([...AFTERNOON_WORDS, ...MORNING_WORDS])})?\\s*(\\d{1,2})\\s*(?::|时|時|點|点)\\s*(\\d{1,2})?\\s*(?:分)?(?:\\s*(?::)\\s*(\\d{1,2})|\\s*(\\d{1,2})\\s*秒)?)?`,
);
const MONTH_DAY = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/;

function zonedToChina(y: number, m: number, d: number, h: number, mi: number, s: number, zone: string): IsoDate | null {
  if (!validDay(y, m, d) || !validTime(h, mi, s)) return null;
  let offsetMin = 0;
  if (zone.toUpperCase() !== 'Z') {
    const z = /([+-])(\d{2}):?(\d{2})/.exec(zone);
    if (!z) return null;
    offsetMin = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
  }
  const utcMs = Date.UTC(y, m - 1, d, h, mi, s) - offsetMin * 60_000;
  const local = new Date(utcMs + CHINA_OFFSET_MIN * 60_000);
  return format(
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate(),
    [local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()],
    'second',
  );
}

function referenceDay(reference: Date | string | undefined): { y: number; m: number; d: number } | null {
  if (reference == null) return null;
  if (typeof reference === 'string') {
    const parsed = parseAbsolute(fold(reference));
    if (!parsed) return null;
    const [y, m, d] = parsed.iso.slice(0, 10).split('-').map(Number);
    return { y, m, d };
  }
  if (Number.isNaN(reference.getTime())) return null;
  // The reference is an instant: read its calendar day in China time.
  const local = new Date(reference.getTime() + CHINA_OFFSET_MIN * 60_000);
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() };
}

function parseAbsolute(text: string): IsoDate | null {
  const z = ISO_ZONED.exec(text);
  if (z) {
    const r = zonedToChina(+z[1], +z[2], +z[3], +z[4], +z[5], z[6] ? +z[6] : 0, z[7]);
    if (r) return r;
  }
  const re = new RegExp(YMD.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const y = +m[1];
    const mo = +(m[2] ?? m[4]);
    const d = +(m[3] ?? m[5]);
    if (!validDay(y, mo, d)) continue;
    if (m[7] === undefined) return format(y, mo, d, null, 'day');
    const h = applyMeridiem(+m[7], m[6]);
    const mi = m[8] !== undefined ? +m[8] : 0;
    const secRaw = m[9] ?? m[10];
    const s = secRaw !== undefined ? +secRaw : 0;
    if (!validTime(h, mi, s)) return format(y, mo, d, null, 'day');
    return format(y, mo, d, [h, mi, s], secRaw !== undefined ? 'second' : 'minute');
  }
  return null;
}

/**
 * The first date in `raw`. Year-less month-day phrases (1月28日下午) take their year from
 * `reference`, rolling back a year when the phrase would lie well after the reference.
 * Month-day phrases resolve to a day only; their time of day is not kept.
 */
export function toIsoDate(raw: string, opts: { reference?: Date | string } = {}): IsoDate | null {
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const text = fold(raw);
  const absolute = parseAbsolute(text);
  if (absolute) return absolute;
  const md = MONTH_DAY.exec(text);
  if (!md) return null;
  const ref = referenceDay(opts.reference);
  if (!ref) return null;
  return resolveMonthDay(+md[1], +md[2], ref);
}

function resolveMonthDay(m: number, d: number, ref: { y: number; m: number; d: number }): IsoDate | null {
  const refMs = Date.UTC(ref.y, ref.m - 1, ref.d);
  let y = ref.y;
  const dayMs = 86_400_000;
  const candidate = (year: number) => Date.UTC(year, m - 1, d);
  if (candidate(y) - refMs > FORWARD_WINDOW_DAYS * dayMs) y -= 1;
  else if (refMs - candidate(y) > BACKWARD_WINDOW_DAYS * dayMs) y += 1;
  if (!validDay(y, m, d)) return null;
  return format(y, m, d, null, 'day');
}

/** Every full (year-bearing) date in a text, in order; used to infer a date the page never labels. */
export function findFullDates(raw: string): IsoDate[] {
  const text = fold(raw);
  const out: IsoDate[] = [];
  const re = new RegExp(YMD.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const one = parseAbsolute(m[0]);
    if (one) out.push(one);
  }
  return out;
}

const ISO_AS_STORED = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A date as a person types it in the edit form (2024年6月3日, 2024/6/3, 2024-06-03 10:00, or the
 * stored ISO form) → the stored form, or null when this parser does not read it. The same
 * grammar as page dates; a year is required, since there is no page date to take one from.
 */
export function readUserDate(raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  if (!text) return null;
  if (ISO_AS_STORED.test(text) && !Number.isNaN(Date.parse(text))) return text;
  return parseAbsolute(fold(text))?.iso ?? null;
}
