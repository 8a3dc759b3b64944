import { MAX_REMOVED_LINES, MAX_REMOVED_TEXT, type RemovedLine } from '../types';
import type { TextLine } from './textLines';

/**
 * A removed line and where it stood, until the body is final: `input` in the input's text blocks
 * (what extraction reports), `body` in the body before repeated copies are dropped, `tail` after
 * the article's end. None of them: a spot unknown.
 */
export interface PendingRemoved {
  text: string;
  kind: string;
  input?: number;
  body?: number;
  tail?: boolean;
}

/** Where a removed line stood (see `PendingRemoved`). */
export type RemovedSpot = Omit<PendingRemoved, 'text' | 'kind'>;

/** Keeps a removed line with its kind and spot, up to the record's cap. */
export function keepRemoved(out: PendingRemoved[], text: string, kind: string, where: RemovedSpot): void {
  if (out.length < MAX_REMOVED_LINES && text) out.push({ text: text.length > MAX_REMOVED_TEXT ? text.slice(0, MAX_REMOVED_TEXT) : text, kind, ...where });
}

/** How many of the sorted numbers are below `x`. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each removed line with `at`, the number of final body blocks above the spot it stood in.
 * `body` is the body before repeated copies were dropped, `kept` the lines of it that stay.
 */
export function placeRemoved(pending: readonly PendingRemoved[], body: readonly TextLine[], kept: ReadonlySet<TextLine>): RemovedLine[] {
  // keptBefore[k]: final blocks among the first k body lines (repeated copies are not final).
  const keptBefore = new Array<number>(body.length + 1).fill(0);
  for (let k = 0; k < body.length; k++) keptBefore[k + 1] = keptBefore[k] + (kept.has(body[k]) ? 1 : 0);
  const froms: number[] = [];
  for (const l of body) if (kept.has(l)) froms.push(l.from);
  froms.sort((a, b) => a - b);
  const total = keptBefore[body.length];
  return pending.map((p) => {
    const at = p.tail
      ? total
      : p.body !== undefined
        ? keptBefore[Math.min(p.body, body.length)]
        : p.input !== undefined
          ? countBelow(froms, p.input)
          : undefined;
    return at === undefined ? { text: p.text, kind: p.kind } : { text: p.text, kind: p.kind, at };
  });
}
