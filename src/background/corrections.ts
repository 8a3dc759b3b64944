import type { CaptureRecord, Person } from '../core/types';
import { CaptureError } from '../messaging/errors';
import type { CorrectableField } from '../messaging/protocol';

/**
 * A user's corrections are kept beside the extracted values (record.corrections), never over
 * them: the extracted value is evidence of what the page said, the correction is the user's
 * reading. A correction equal to the extracted value is dropped; an empty string clears a field.
 */
export function applyCorrections(record: CaptureRecord, patch: Partial<Record<CorrectableField, unknown>>): CaptureRecord {
  const corrections: Record<string, unknown> = { ...(record.corrections ?? {}) };
  for (const [field, raw] of Object.entries(patch) as [CorrectableField, unknown][]) {
    const value = normalise(field, raw, record);
    if (value === undefined || sameValue(value, extractedValue(record, field))) delete corrections[field];
    else corrections[field] = value;
  }
  const next: CaptureRecord = { ...record };
  if (Object.keys(corrections).length) next.corrections = corrections;
  else delete next.corrections;
  return next;
}

export function extractedValue(record: Omit<CaptureRecord, 'body'>, field: CorrectableField): unknown {
  switch (field) {
    case 'meeting.host':
      return record.meeting?.host ?? null;
    case 'meeting.speakers':
      return record.meeting?.speakers ?? [];
    case 'meeting.attendees':
      return record.meeting?.attendees ?? [];
    case 'body.restored':
      // As extracted, no removed line is in the body.
      return [];
    default:
      return record[field];
  }
}

/** The value the user sees: the correction if there is one, else what was extracted. */
export function effectiveValue(record: Omit<CaptureRecord, 'body'>, field: CorrectableField): unknown {
  const c = record.corrections;
  return c && field in c ? c[field] : extractedValue(record, field);
}

const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function normalise(field: CorrectableField, raw: unknown, record: CaptureRecord): unknown {
  switch (field) {
    case 'title':
    case 'source':
    case 'editor': {
      if (raw === null) return null;
      if (typeof raw !== 'string') throw new CaptureError('bad-request', `${field} must be text`);
      const s = raw.replace(/\s+/g, ' ').trim();
      return s || null;
    }
    case 'publishedAt': {
      if (raw === null || raw === '') return null;
      if (typeof raw !== 'string' || !DATE.test(raw.trim())) {
        throw new CaptureError('bad-request', 'the date must look like 2024-03-05 or 2024-03-05T09:30+08:00');
      }
      return raw.trim();
    }
    case 'authors':
      return asList(raw, (x) => {
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
      return asList(raw, toPerson);
    case 'body.restored': {
      const count = record.cleaning.removed?.length ?? 0;
      const indices = asList(raw, (x) => (Number.isInteger(x) && (x as number) >= 0 && (x as number) < count ? (x as number) : null));
      if (indices.length !== (raw as unknown[]).length) throw new CaptureError('bad-request', 'a restored line must be one of the removed lines');
      return [...new Set(indices)].sort((a, b) => a - b);
    }
  }
}

function toPerson(x: unknown): Person | null {
  if (typeof x === 'string') return x.trim() ? { name: x.trim(), titles: [] } : null;
  if (x && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string') {
    const name = (x as { name: string }).name.trim();
    const titles = (x as { titles?: unknown }).titles;
    return name ? { name, titles: Array.isArray(titles) ? titles.filter((t): t is string => typeof t === 'string') : [] } : null;
  }
  return null;
}

function asList<T>(raw: unknown, item: (x: unknown) => T | null): T[] {
  if (!Array.isArray(raw)) throw new CaptureError('bad-request', 'expected a list');
  return raw.map(item).filter((x): x is T => x !== null);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
