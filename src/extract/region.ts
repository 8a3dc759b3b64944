import { regionWeight } from './density';
import type { Line } from './lineShape';
import { addLine, containerScore, newTally, type Tally } from './tally';
import { domReadsFor, type DomReads } from './domReads';

export interface Region {
  root: Element;
  score: number;
  /** Index range [start, end) of the region's lines in the page's line list. */
  start: number;
  end: number;
}

/**
 * The article container: the element whose lines sum to the highest weight. Prose lines add,
 * link lists and labels subtract, so the winner is the smallest element holding the prose, and
 * the outer wrappers lose by the navigation they add.
 */
export function findRegion(lines: Line[], fallback: Element): Region {
  const tallies = new Map<Element, Tally>();
  const r = domReadsFor(fallback);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const w = regionWeight(line, i > 0 ? lines[i - 1] : undefined);
    if (!w) continue;
    for (let el: Element | null = line.owner; el; el = r.parentElement(el)) {
      let t = tallies.get(el);
      if (!t) tallies.set(el, (t = newTally()));
      addLine(t, w, line);
    }
  }
  let root = fallback;
  let best = -Infinity;
  for (const [el, t] of tallies) {
    const s = containerScore(t);
    if (s > best) {
      best = s;
      root = el;
    }
  }
  const span = lineSpan(lines, root);
  return { root, score: best, start: span?.start ?? 0, end: span?.end ?? 0 };
}

/** The first and past-the-last index of the lines inside `root`; null when none is. */
export function lineSpan(lines: readonly Line[], root: Element): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  const r = domReadsFor(root);
  for (let i = 0; i < lines.length; i++) {
    if (isInside(lines[i].owner, root, r)) {
      if (start < 0) start = i;
      end = i + 1;
    }
  }
  return start < 0 ? null : { start, end };
}

/** Ancestor walk: `contains` walks the whole subtree in some DOMs (linkedom). */
export function isInside(el: Element, root: Element, r: DomReads = domReadsFor(root)): boolean {
  for (let e: Element | null = el; e; e = r.parentElement(e)) if (e === root) return true;
  return false;
}
