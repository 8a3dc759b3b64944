import { AUTHOR_LABELS, COUNTER_LABELS, EDITOR_LABELS, isNotASource, PUBLISH_DATE_LABELS, SOURCE_LABELS } from './vocabulary';

/**
 * The shape of a value before it is believed, whatever signal offered it: a template's broken
 * slot, a counter beside an empty label or a bare label fill the same places as real values.
 * A check that refuses a value lets the next candidate speak (or leaves the field empty, which
 * is better than a wrong value a researcher might cite).
 */

// Markup that leaked into text: a tag, an attribute (size="20"), an entity, script syntax.
const MARKUP = /[<>{}\\]|=\s*["'\d]|&[a-z]+;|&#\d+;|^\s*(?:size|class|style|href|src|width|height|color|face|align|font)\b/i;
// A label and a value (访问量：199), or a label's colon left over: a name has no colon.
const COLON = /[:：]/;
const SENTENCE = /[，。；！？!?]/;
const FULL_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}/;
// Digits, punctuation and spaces only (a counter's value, a page number).
const NO_LETTERS = /^[\d\s\p{P}\p{S}]*$/u;
const LABELS = new Set<string>([...SOURCE_LABELS, ...EDITOR_LABELS, ...AUTHOR_LABELS, ...PUBLISH_DATE_LABELS]);
const MAX_SOURCE = 30;

/*
 * Most values are plain names: Han characters, no digit, no markup sign. The tests below let such
 * a value through without running the patterns above, which a capture would otherwise compile to
 * native code on its first call for values they never match.
 */
const MARKUP_SIGNS = ['<', '>', '{', '}', '\\', '=', '&'];

function isAsciiLetter(code: number): boolean {
  const c = code | 32;
  return c >= 97 && c <= 122;
}

/** MARKUP needs one of its signs, or an attribute word at the start. */
function mayBeMarkup(v: string): boolean {
  return isAsciiLetter(v.charCodeAt(0)) || MARKUP_SIGNS.some((sign) => v.includes(sign));
}

/** FULL_DATE needs a digit. */
function holdsDigit(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A character NO_LETTERS refuses for certain: a Han character of the main block or an ASCII letter. */
function holdsCommonLetter(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || isAsciiLetter(c)) return true;
  }
  return false;
}

/** Why `value` cannot be a stated origin (an outlet's or organisation's name), or null when it can. */
export function sourceShapeProblem(value: string): string | null {
  const v = value.trim();
  if (!v) return 'empty';
  if (mayBeMarkup(v) && MARKUP.test(v)) return 'markup';
  if (holdsDigit(v) && FULL_DATE.test(v)) return 'date';
  if (COUNTER_LABELS.some((label) => v.startsWith(label)) || (!holdsCommonLetter(v) && NO_LETTERS.test(v))) return 'counter';
  if (isNotASource(v) || LABELS.has(v)) return 'label';
  if (COLON.test(v)) return 'label';
  if (SENTENCE.test(v)) return 'sentence';
  if (v.length > MAX_SOURCE) return 'too long';
  return null;
}

export function isSourceName(value: string | null | undefined): value is string {
  return typeof value === 'string' && sourceShapeProblem(value) === null;
}

/** A day later than this after the capture is no publish date (a page's clock, an event ahead). */
const FUTURE_SLACK_MS = 36 * 3_600_000;

/** Whether an ISO publish date lies after the capture (with a day and a half for zones and clocks). */
export function isAfterCapture(iso: string, capturedAt: Date): boolean {
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00+08:00` : iso);
  return Number.isFinite(t) && t > capturedAt.getTime() + FUTURE_SLACK_MS;
}
