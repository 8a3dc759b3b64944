import { linkDensity } from './density';
import type { Line } from './lineShape';

/**
 * An element's weight as a container, built line by line in document order. Link lines that
 * follow the last other line inside it (a 相关新闻 list, share links, a pager printed under the
 * article in the article's own element) are what comes after the article: they count against
 * the element only when it holds no prose at all (a menu), or when another line follows them.
 */
export interface Tally {
  /** The weight of the lines up to the last one that is not a link line. */
  score: number;
  /** The weight of the link lines after it. */
  pending: number;
  /** A line inside weighs positive. */
  positive: boolean;
  /** A line inside is not a trailing link line candidate (prose, a label, an info line). */
  committed: boolean;
}

export function newTally(): Tally {
  return { score: 0, pending: 0, positive: false, committed: false };
}

/** Adds a line of weight `w` (not 0) after the lines `t` holds. */
export function addLine(t: Tally, w: number, line: Line): void {
  if (w < 0 && linkDensity(line) > 0.5) {
    t.pending += w;
    return;
  }
  t.score += t.pending + w;
  t.pending = 0;
  t.committed = true;
  if (w > 0) t.positive = true;
}

/** Appends a closed child's lines (in order, after the lines `up` holds so far). */
export function mergeTally(up: Tally, child: Tally): void {
  if (!child.committed) {
    up.pending += child.pending;
    return;
  }
  up.score += up.pending + child.score;
  up.pending = child.pending;
  up.committed = true;
  if (child.positive) up.positive = true;
}

export function containerScore(t: Tally): number {
  return t.positive ? t.score : t.score + t.pending;
}
