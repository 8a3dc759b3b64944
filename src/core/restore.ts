import type { Block, CaptureRecord } from './types';

/**
 * Lines the user put back into the body. The correction keeps the indices (into
 * `cleaning.removed`) of the lines put back, beside the extracted body, like every correction:
 * the record still says what the cleaning removed, and the body the user reads and exports is
 * `bodyWithRestored`.
 */
export const RESTORED_FIELD = 'body.restored';

type Restorable = Pick<CaptureRecord, 'body' | 'cleaning' | 'corrections'>;

/** The valid, sorted, distinct indices of removed lines put back (nothing else survives). */
export function restoredIndices(record: Pick<CaptureRecord, 'cleaning' | 'corrections'>): number[] {
  const raw = record.corrections?.[RESTORED_FIELD];
  const count = record.cleaning.removed?.length ?? 0;
  if (!Array.isArray(raw)) return [];
  const ok = raw.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < count);
  return [...new Set(ok)].sort((a, b) => a - b);
}

/** The list after putting line `index` back (`put`) or taking it out again. */
export function withRestored(current: readonly number[], index: number, put: boolean): number[] {
  const set = new Set(current);
  if (put) set.add(index);
  else set.delete(index);
  return [...set].sort((a, b) => a - b);
}

/**
 * The body with the lines put back, each at the spot it stood in (`at`: body blocks above it; a
 * line whose spot is unknown goes at the end), as paragraphs; lines of one spot keep their order.
 */
export function bodyWithRestored(record: Restorable): Block[] {
  const indices = restoredIndices(record);
  if (!indices.length) return record.body;
  const removed = record.cleaning.removed ?? [];
  const end = record.body.length;
  const put = indices
    .map((i) => ({ line: removed[i], i }))
    .map(({ line, i }) => ({ text: line.text, at: Math.min(line.at ?? end, end), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const out: Block[] = [];
  let k = 0;
  for (let b = 0; b <= end; b++) {
    for (; k < put.length && put[k].at === b; k++) out.push({ text: put[k].text, kind: 'paragraph' });
    if (b < end) out.push(record.body[b]);
  }
  return out;
}
