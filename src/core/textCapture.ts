import type { Block, PageInput } from './types';

/**
 * A `.txt` capture is the page's visible text, one block per line (as in ../shared/seeds).
 * Every non-empty line becomes a paragraph block; the core's line rules decide what is body.
 */
export function pageInputFromText(text: string, url: string | null = null): PageInput {
  const blocks: Block[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\u3000]+$/u, '').replace(/^[\s\u3000]+/u, ''))
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line, kind: 'paragraph' as const }));
  return { url, format: 'text', documentTitle: null, hints: {}, blocks };
}
