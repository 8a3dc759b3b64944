import type { Block, PageInput } from '../core/types';
import { CaptureError } from './errors';

/**
 * A page's body crosses from the page to the service worker in parts. Extension messages are
 * serialized in one piece on the page's main thread: a 10 MB page's 2.3 M characters took one
 * task of 100–300 ms there (and messages have a size ceiling). In parts of this many characters,
 * each part is its own message, so its own short task.
 */
export const PART_CHARS = 200_000;

/**
 * A page input whose blocks may come in parts: `blocks` holds the first part and `rest`, when
 * present, says how many parts there are and the token to ask for them.
 */
export interface PageHead extends PageInput {
  rest?: { token: string; parts: number };
}

/** Longest block text a message may carry (the receiver's schema enforces it). */
export const MAX_BLOCK_TEXT = 200_000;

/** Most text one part may hold: a part is either within PART_CHARS or a single block. */
export const MAX_PART_CHARS = Math.max(PART_CHARS, MAX_BLOCK_TEXT);

/**
 * More parts than this are refused. 100 parts hold 20 M characters, nine times the body of a
 * 10 MB page; the bound keeps what a hostile page can make the service worker hold.
 */
export const MAX_PARTS = 100;

export function textLength(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

/**
 * Groups blocks into parts of at most `maxChars` characters of text, in order, never splitting a
 * block (a block longer than that travels alone). Always at least one part, which may be empty.
 */
export function splitIntoParts(blocks: readonly Block[], maxChars = PART_CHARS): Block[][] {
  const parts: Block[][] = [];
  let current: Block[] = [];
  let chars = 0;
  for (const b of blocks) {
    if (current.length && chars + b.text.length > maxChars) {
      parts.push(current);
      current = [];
      chars = 0;
    }
    current.push(b);
    chars += b.text.length;
  }
  parts.push(current);
  return parts;
}

/** Sentence ends a too-long block is preferably cut after. */
const CUT_AFTER = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);

/**
 * Blocks longer than `max` characters (a page whose whole text sits in one element without
 * paragraph breaks) cut into consecutive blocks of the same kind, each ending at the last sentence
 * end that fits, else at `max`, never inside a surrogate pair. Every character is kept; other
 * blocks pass through as they are.
 */
export function fitBlockLength(blocks: readonly Block[], max = MAX_BLOCK_TEXT): Block[] {
  if (blocks.every((b) => b.text.length <= max)) return blocks as Block[];
  const out: Block[] = [];
  for (const b of blocks) {
    let text = b.text;
    while (text.length > max) {
      let cut = max;
      // A sentence end in the second half of the window; a cut mid-sentence is the fallback.
      for (let i = max; i > max / 2; i--) {
        if (CUT_AFTER.has(text[i - 1])) {
          cut = i;
          break;
        }
      }
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
      out.push({ text: text.slice(0, cut), kind: b.kind });
      text = text.slice(cut);
    }
    out.push({ text, kind: b.kind });
  }
  return out;
}

/**
 * The content script's side: answers an extraction with its first part and holds the others until
 * the background asks for them, for the latest extraction only. The token ties a request for a
 * part to the extraction it belongs to, so a part of an older reading is never mixed in.
 */
export class PartsOnOffer {
  private offered: { token: string; parts: Block[][]; left: Set<number> } | null = null;
  private readings = 0;

  head(input: PageInput, partChars = PART_CHARS): PageHead {
    const parts = splitIntoParts(fitBlockLength(input.blocks), partChars);
    if (parts.length > MAX_PARTS) {
      this.offered = null;
      throw new CaptureError('page-too-large', `page too large: its text would take ${parts.length} messages, more than ${MAX_PARTS}`);
    }
    if (parts.length === 1) {
      this.offered = null;
      return { ...input, blocks: parts[0] };
    }
    const token = `${Date.now().toString(36)}.${++this.readings}`;
    this.offered = { token, parts, left: new Set(parts.keys()) };
    this.offered.left.delete(0);
    return { ...input, blocks: parts[0], rest: { token, parts: parts.length } };
  }

  /**
   * Part `index` (1 and up), in any order (the background asks for all at once); each is handed
   * out once, and the parts are let go when the last one has been.
   */
  part(token: string, index: number): Block[] {
    const o = this.offered;
    if (!o || o.token !== token || !o.left.has(index)) {
      throw new CaptureError('not-found', 'that part of the page is no longer held: the page was read again meanwhile');
    }
    o.left.delete(index);
    if (!o.left.size) this.offered = null;
    return o.parts[index];
  }
}
