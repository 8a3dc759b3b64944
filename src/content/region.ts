import type { Block } from '../core/types';

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Finds the element that holds the captured blocks, to outline it in the page: the deepest
 * common ancestor of the elements whose text matches the first and last blocks. Extraction
 * returns text, not nodes, so the region is recovered from the text.
 */
export function locateRegion(doc: Document, blocks: readonly Block[]): Element | null {
  const texts = blocks.map((b) => squash(b.text)).filter((t) => t.length >= 4);
  if (!texts.length || !doc.body) return null;
  const first = findElementWithText(doc.body, texts[0]);
  const last = findElementWithText(doc.body, texts[texts.length - 1]);
  if (!first || !last) return first ?? last;
  return commonAncestor(first, last);
}

/** The deepest element whose text contains the needle (a prefix is enough for long blocks). */
function findElementWithText(root: Element, needle: string): Element | null {
  const probe = needle.slice(0, 40);
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const head = probe.slice(0, 8);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const own = squash(n.nodeValue ?? '');
    // Only text nodes that could start the block are worth climbing from.
    if (!own || !(own.includes(head) || head.startsWith(own.slice(0, 8)))) continue;
    let el = n.parentElement;
    while (el && el !== root) {
      if (squash(el.textContent ?? '').includes(probe)) return el;
      if (squash(el.textContent ?? '').length > probe.length * 50) break;
      el = el.parentElement;
    }
  }
  return null;
}

function commonAncestor(a: Element, b: Element): Element {
  for (let x: Element | null = a; x; x = x.parentElement) if (x.contains(b)) return x;
  return a.ownerDocument.body;
}
