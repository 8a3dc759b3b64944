import { readUserDate } from './dates';
import { DisclosureCorrectionError, readDisclosureCorrection } from './disclosureCorrection';
import { RESTORED_FIELD, restoredIndices } from './restore';
import type { Author, CaptureRecord, Disclosure, Meeting, Person } from './types';

/**
 * One rule for a user's corrections: the record's own fields hold what the user sees (the
 * corrected value), so every export, the card, history and search show it without knowing about
 * corrections; `extracted` keeps what extraction read for each corrected field (the evidence of
 * what the page said) and `corrections` what the user set. A correction equal to the extracted
 * value is dropped and the extracted value comes back; an empty text clears a field.
 *
 * `body.restored` is the body's correction: the removed lines (indices into `cleaning.removed`)
 * the user put back. Its extracted value is always none put back, and the body the user reads
 * and every reading export shows is `bodyWithRestored` (src/core/restore.ts). The lines are not
 * written into `body` itself: `body` is then the extracted body, which is also what each removed
 * line's spot (`at`) counts in, so a line can be taken out again and `extracted` need not hold a
 * second copy of the body.
 */

export const CORRECTABLE_FIELDS = [
  'title',
  'publishedAt',
  'source',
  'editor',
  'authors',
  'meeting.host',
  'meeting.speakers',
  'meeting.attendees',
  // Removed lines put back into the body: indices into cleaning.removed (src/core/restore.ts).
  'body.restored',
  // The disclosure table's facts, the whole table as the user sets it (src/core/disclosureCorrection.ts).
  'disclosure',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** Why a correction was refused; the pages show it in the UI language. */
export type CorrectionProblem = 'bad-date' | 'not-text' | 'not-list' | 'not-removed' | 'unknown-key' | 'too-long';

export class CorrectionError extends Error {
  override readonly name = 'CorrectionError';
  constructor(
    readonly problem: CorrectionProblem,
    readonly field: CorrectableField,
  ) {
    super(`${field}: ${PROBLEM_TEXT[problem]}`);
  }
}

const PROBLEM_TEXT: Record<CorrectionProblem, string> = {
  'bad-date': 'not a date this extension reads (2024-03-05, 2024年3月5日, 2024/3/5 09:30)',
  'not-text': 'must be text',
  'not-list': 'expected a list',
  'not-removed': 'a restored line must be one of the removed lines',
  'unknown-key': 'not a fact of a disclosure table',
  'too-long': 'longer than a table cell',
};

type Correctable = Pick<CaptureRecord, 'title' | 'publishedAt' | 'source' | 'editor' | 'authors' | 'meeting' | 'corrections' | 'extracted' | 'cleaning'> &
  Partial<Pick<CaptureRecord, 'disclosure' | 'script'>>;

/** The value the record holds now (corrected when the user corrected it). */
export function currentValue(record: Correctable, field: CorrectableField): unknown {
  switch (field) {
    case RESTORED_FIELD:
      return restoredIndices(record);
    case 'meeting.host':
      return record.meeting?.host ?? null;
    case 'meeting.speakers':
      return record.meeting?.speakers ?? [];
    case 'meeting.attendees':
      return record.meeting?.attendees ?? [];
    case 'disclosure':
      return record.disclosure ?? null;
    default:
      return record[field];
  }
}

/** What extraction read, whether or not the user corrected it since. */
export function extractedValue(record: Correctable, field: CorrectableField): unknown {
  // As extracted, no removed line is in the body.
  if (field === RESTORED_FIELD) return [];
  const x = record.extracted;
  return x && field in x ? x[field] : currentValue(record, field);
}

const EMPTY_MEETING: Meeting = { date: null, host: null, speakers: [], attendees: [], directives: [], statements: [] };

function withValue<R extends Correctable>(record: R, field: CorrectableField, value: unknown): R {
  // No meeting is made up to hold an empty list or no host.
  const empty = value === null || (Array.isArray(value) && !value.length);
  if (field.startsWith('meeting.') && !record.meeting && empty) return record;
  switch (field) {
    case RESTORED_FIELD:
      // Held by `corrections` alone; `body` stays the extracted body (see the module comment).
      return record;
    case 'meeting.host':
      return { ...record, meeting: { ...(record.meeting ?? EMPTY_MEETING), host: value as Person | null } };
    case 'meeting.speakers':
      return { ...record, meeting: { ...(record.meeting ?? EMPTY_MEETING), speakers: value as Person[] } };
    case 'meeting.attendees':
      return { ...record, meeting: { ...(record.meeting ?? EMPTY_MEETING), attendees: value as Person[] } };
    case 'authors':
      return { ...record, authors: value as Author[] };
    case 'disclosure':
      return { ...record, disclosure: value as Disclosure | null };
    default:
      return { ...record, [field]: value as string | null };
  }
}

const isField = (f: string): f is CorrectableField => (CORRECTABLE_FIELDS as readonly string[]).includes(f);

/**
 * Records stored or exported before this rule kept the extracted value in the field and the
 * correction only in `corrections`: move each correction into its field and the extracted value
 * into `extracted`. A record already in this form comes back unchanged (the same object).
 */
export function settleCorrections<R extends Correctable>(record: R): R {
  const c = record.corrections;
  if (!c) return record;
  let next = record;
  for (const [field, value] of Object.entries(c)) {
    if (!isField(field) || field === RESTORED_FIELD || (next.extracted && field in next.extracted)) continue;
    const extracted = { ...(next.extracted ?? {}), [field]: currentValue(next, field) };
    next = { ...withValue(next, field, value), extracted };
  }
  return next;
}

/** Applies the user's patch: see the module comment for where each value goes. */
export function applyCorrections<R extends Correctable>(record: R, patch: Partial<Record<CorrectableField, unknown>>): R {
  let next = settleCorrections(record);
  const corrections: Record<string, unknown> = { ...(next.corrections ?? {}) };
  const extracted: Record<string, unknown> = { ...(next.extracted ?? {}) };
  for (const [field, raw] of Object.entries(patch) as [CorrectableField, unknown][]) {
    if (!isField(field)) continue;
    const value = normalise(field, raw, next);
    const original = extractedValue(next, field);
    if (value === undefined || sameValue(value, original)) {
      delete corrections[field];
      delete extracted[field];
      next = withValue(next, field, original);
    } else {
      corrections[field] = value;
      // The body's extracted value is the record's `body` itself.
      if (field !== RESTORED_FIELD) extracted[field] = original;
      next = withValue(next, field, value);
    }
  }
  next = { ...next };
  if (Object.keys(corrections).length) next.corrections = corrections;
  else delete next.corrections;
  if (Object.keys(extracted).length) next.extracted = extracted;
  else delete next.extracted;
  return next;
}

function normalise(field: CorrectableField, raw: unknown, record: Correctable): unknown {
  switch (field) {
    case RESTORED_FIELD: {
      const count = record.cleaning.removed?.length ?? 0;
      const indices = asList(field, raw, (x) => (Number.isInteger(x) && (x as number) >= 0 && (x as number) < count ? (x as number) : null));
      if (indices.length !== (raw as unknown[]).length) throw new CorrectionError('not-removed', field);
      return [...new Set(indices)].sort((a, b) => a - b);
    }
    case 'title': {
      // A headline may run to two or three lines; its line breaks are layout, not meaning.
      if (raw === null) return null;
      if (typeof raw !== 'string') throw new CorrectionError('not-text', field);
      return raw.replace(/\s+/g, ' ').trim() || null;
    }
    case 'source':
    case 'editor': {
      if (raw === null) return null;
      if (typeof raw !== 'string') throw new CorrectionError('not-text', field);
      return raw.replace(/\s+/g, ' ').trim() || null;
    }
    case 'publishedAt': {
      if (raw === null || raw === '') return null;
      if (typeof raw !== 'string') throw new CorrectionError('bad-date', field);
      const iso = readUserDate(raw);
      if (!iso) throw new CorrectionError('bad-date', field);
      return iso;
    }
    case 'authors':
      return asList(field, raw, (x) => {
        if (typeof x === 'string') return x.trim() ? { name: x.trim(), role: 'author' } : null;
        if (x && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string') {
          const name = (x as { name: string }).name.trim();
          const role = (x as { role?: unknown }).role;
          return name ? { name, role: typeof role === 'string' ? role : 'author' } : null;
        }
        return null;
      });
    case 'meeting.host': {
      if (raw === null || raw === '') return null;
      return toPerson(raw) ?? null;
    }
    case 'meeting.speakers':
    case 'meeting.attendees':
      return asList(field, raw, toPerson);
    case 'disclosure':
      try {
        return readDisclosureCorrection(raw, record.disclosure, extractedValue(record, field) as Disclosure | null, record.script);
      } catch (err) {
        if (err instanceof DisclosureCorrectionError) throw new CorrectionError(err.problem, field);
        throw err;
      }
  }
}

function toPerson(x: unknown): Person | null {
  if (typeof x === 'string') return x.trim() ? { name: x.trim(), titles: [] } : null;
  if (x && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string') {
    const name = (x as { name: string }).name.trim();
    const titles = (x as { titles?: unknown }).titles;
    const list = Array.isArray(titles)
      ? titles
          .filter((t): t is string => typeof t === 'string')
          .map((t) => t.trim())
          .filter(Boolean)
      : [];
    return name ? { name, titles: list } : null;
  }
  return null;
}

function asList<T>(field: CorrectableField, raw: unknown, item: (x: unknown) => T | null): T[] {
  if (!Array.isArray(raw)) throw new CorrectionError('not-list', field);
  return raw.map(item).filter((x): x is T => x !== null);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
