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

/**
 * A capture's corrections carried to a new capture of the same page (`to`): the lines put back
 * are named by index into the earlier capture's removed lines, so each is found again among the
 * new capture's by its text and kind; a line the new capture did not remove is dropped.
 */
export function carriedCorrections(from: Pick<CaptureRecord, 'cleaning' | 'corrections'>, to: Pick<CaptureRecord, 'cleaning'>): Record<string, unknown> {
  const { [RESTORED_FIELD]: _restored, ...rest } = from.corrections ?? {};
  const put = restoredIndices(from);
  if (!put.length) return rest;
  const before = from.cleaning.removed ?? [];
  const now = to.cleaning.removed ?? [];
  const used = new Set<number>();
  const mapped: number[] = [];
  for (const i of put) {
    const j = now.findIndex((line, k) => !used.has(k) && line.text === before[i].text && line.kind === before[i].kind);
    if (j < 0) continue;
    used.add(j);
    mapped.push(j);
  }
  return mapped.length ? { ...rest, [RESTORED_FIELD]: mapped.sort((a, b) => a - b) } : rest;
}
