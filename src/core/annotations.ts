import type { CaptureRecord } from './types';

/**
 * The user's tags and note on a capture. Tags are trimmed, inner whitespace folded, kept in
 * the order given, each once; an empty note is no note. Both are optional in a record (records
 * made before them, or by the command line, have none).
 */

export const MAX_TAGS = 50;
export const MAX_TAG_CHARS = 100;
export const MAX_NOTE_CHARS = 20_000;

export function cleanTags(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  for (const x of raw) {
    if (typeof x !== 'string') continue;
    const tag = x.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_CHARS);
    if (tag && !out.includes(tag)) out.push(tag);
    if (out.length >= MAX_TAGS) break;
  }
  return out;
}

/** "政策, 防汛，应急 ; 会议" → tags: people type commas of either width, or semicolons. */
export function parseTagList(text: string): string[] {
  return cleanTags(text.split(/[,，;；、\n]/));
}

export function cleanNote(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const note = raw.replace(/\r\n?/g, '\n').trim().slice(0, MAX_NOTE_CHARS);
  return note || undefined;
}

type Annotated = Pick<CaptureRecord, 'tags' | 'note'>;

/** The record with these tags and note; an empty list or note leaves the field out. */
export function withAnnotations<R extends Annotated>(record: R, tags: unknown, note: unknown): R {
  const next = { ...record };
  const t = cleanTags(tags);
  const n = cleanNote(note);
  if (t.length) next.tags = t;
  else delete next.tags;
  if (n) next.note = n;
  else delete next.note;
  return next;
}

/** A new capture of an unchanged page keeps the tags and note the user gave the earlier one. */
export function carryAnnotations<R extends Annotated>(record: R, earlier: Annotated): R {
  if (record.tags?.length || record.note) return record;
  if (!earlier.tags?.length && !earlier.note) return record;
  return withAnnotations(record, earlier.tags, earlier.note);
}
