import type { Block } from './types';
import { hanCount, textKey } from './text';

/** A block that already carries its key and Han count (the cleaner's lines) is not measured again. */
type Measured = Block & { key?: string; han?: number };
const hanOf = (b: Measured) => b.han ?? hanCount(b.text);
const keyOf = (b: Measured) => b.key ?? textKey(b.text);

/** A repeat is dropped only inside a run of at least this many consecutive repeated blocks… */
export const MIN_REPEAT_RUN = 2;
/** …holding at least this much Han text: a copied article, not a repeated label pair. */
export const MIN_REPEAT_HAN = 60;

/**
 * A copy of the article on the same page (a print view, a mobile view, paragraphs rendered
 * twice in a row) is kept once, at its first position. Repeats are dropped only in runs of
 * consecutive repeated prose blocks: a single repeated caption or line ("XX供图", "成人票原价：30元")
 * is part of the article and stays. Only blocks with some Han prose are compared.
 */
export function dedupeBlocks<B extends Block>(
  blocks: B[],
  seen: Set<string> = new Set(),
): {
  blocks: B[];
  removed: number;
  /** Length of the longest run of consecutive repeats: a whole printed copy shows as a long run. */
  longestRun: number;
} {
  const han = blocks.map(hanOf);
  const keys = blocks.map((b, i) => (han[i] >= 6 ? keyOf(b) : ''));
  const repeat = new Array<boolean>(blocks.length).fill(false);
  for (let i = 0; i < blocks.length; i++) {
    if (keys[i] && seen.has(keys[i])) repeat[i] = true;
    else if (keys[i]) seen.add(keys[i]);
  }
  const out: B[] = [];
  let removed = 0;
  let longestRun = 0;
  for (let i = 0; i < blocks.length;) {
    if (!repeat[i]) {
      out.push(blocks[i++]);
      continue;
    }
    let j = i;
    while (j < blocks.length && repeat[j]) j++;
    const run = j - i;
    let runHan = 0;
    for (let k = i; k < j; k++) runHan += han[k];
    if (run >= MIN_REPEAT_RUN && runHan >= MIN_REPEAT_HAN) {
      removed += run;
      longestRun = Math.max(longestRun, run);
    } else {
      out.push(...blocks.slice(i, j));
    }
    i = j;
  }
  return { blocks: out, removed, longestRun };
}
