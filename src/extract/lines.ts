import type { BlockKind } from '../core/types';
import { classHint, type ClassHint } from './classHints';
import { isHiddenByMarkup, SKIPPED_TAGS } from './visibility';

/**
 * The page as the reader sees it: one entry per visual line (a block element or a <br> break),
 * in document order, with the element that holds it and how much of it is link text.
 */
export interface Line {
  text: string;
  /** Innermost block element holding the line. */
  owner: Element;
  kind: BlockKind;
  /** Characters of the line inside <a href>. */
  linkChars: number;
  /** Class/id hint of the nearest ancestor that has one. */
  hint: ClassHint;
  /** The line sits inside an <h1>–<h6> or a title-like element. */
  headingLevel: number;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TBODY',
  'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE',
  'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'FORM', 'CENTER', 'HR', 'ADDRESS', 'CAPTION', 'FIELDSET',
  'DETAILS', 'SUMMARY', 'BODY', 'HTML',
]);

const KIND_OF_TAG: Record<string, BlockKind> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'list-item', DT: 'list-item', DD: 'list-item', FIGCAPTION: 'caption', CAPTION: 'caption',
  BLOCKQUOTE: 'quote', PRE: 'preformatted',
};

/** Whitespace of every width (ideographic space, NBSP) folded to one ASCII space. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Tags inside a table that mean it lays out a page rather than holding data. */
const LAYOUT_INSIDE = new Set(['TABLE', 'P', 'DIV', 'H1', 'H2', 'H3', 'UL', 'OL', 'FORM', 'IFRAME']);

/**
 * A table that holds data rather than page layout: no nested tables or long-text blocks, and at
 * least two rows of two cells. Layout tables are walked like divs so the article inside is found.
 * One bounded walk of the subtree (selector queries are slow in linkedom).
 */
export function isDataTable(table: Element): boolean {
  let multiCellRows = 0;
  const stack: Element[] = Array.from(table.children);
  while (stack.length) {
    const el = stack.pop()!;
    const tag = el.tagName.toUpperCase();
    if (LAYOUT_INSIDE.has(tag)) return false;
    if (tag === 'TR') {
      let cells = 0;
      for (const c of Array.from(el.children)) {
        const t = c.tagName.toUpperCase();
        if (t === 'TD' || t === 'TH') cells++;
      }
      if (cells >= 2) multiCellRows++;
    }
    for (const c of Array.from(el.children)) stack.push(c);
  }
  return multiCellRows >= 2;
}

interface Pending {
  parts: string[];
  linkChars: number;
  owner: Element | null;
}

export interface WalkOptions {
  /** Extra hidden test (computed style in the browser). */
  isHidden?: (el: Element) => boolean;
}

export function collectLines(root: Element, opts: WalkOptions = {}): Line[] {
  const lines: Line[] = [];
  let pending: Pending = { parts: [], linkChars: 0, owner: null };
  const blockStack: Element[] = [];
  const hintStack: ClassHint[] = [];
  let linkDepth = 0;

  const currentHint = (): ClassHint => {
    for (let i = hintStack.length - 1; i >= 0; i--) if (hintStack[i] !== 'none') return hintStack[i];
    return 'none';
  };
  const kindAndLevel = (): [BlockKind, number] => {
    for (let i = blockStack.length - 1; i >= 0; i--) {
      const k = KIND_OF_TAG[blockStack[i].tagName];
      if (k) return [k, k === 'heading' ? Number(blockStack[i].tagName[1]) : 0];
      if (blockStack[i].tagName === 'P') break;
    }
    return ['paragraph', 0];
  };
  const flush = () => {
    if (!pending.owner) return;
    const text = squash(pending.parts.join(''));
    if (text) {
      const [kind, headingLevel] = kindAndLevel();
      lines.push({ text, owner: pending.owner, kind, linkChars: pending.linkChars, hint: currentHint(), headingLevel });
    }
    pending = { parts: [], linkChars: 0, owner: null };
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (!t.trim()) {
        if (pending.parts.length) pending.parts.push(' ');
        return;
      }
      if (!pending.owner) pending.owner = blockStack[blockStack.length - 1] ?? root;
      pending.parts.push(t);
      if (linkDepth) pending.linkChars += t.replace(/\s+/g, '').length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isHiddenByMarkup(el) || (opts.isHidden && opts.isHidden(el))) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'TABLE' && isDataTable(el)) {
      emitTableRows(el, lines, currentHint(), opts);
      return;
    }
    const isLink = tag === 'A' && el.hasAttribute('href');
    if (block) blockStack.push(el);
    hintStack.push(classHint(el));
    if (isLink) linkDepth++;
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (isLink) linkDepth--;
    hintStack.pop();
    if (block) {
      flush();
      blockStack.pop();
    }
  };
  visit(root);
  flush();
  return lines;
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const stack: Element[] = Array.from(table.children).reverse();
  while (stack.length) {
    const el = stack.pop()!;
    if (el.tagName.toUpperCase() === 'TR') rows.push(el);
    else stack.push(...Array.from(el.children).reverse());
  }
  return rows;
}

function linkTextLength(el: Element): number {
  let n = 0;
  const stack: Element[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    if (e.tagName.toUpperCase() === 'A' && e.hasAttribute('href')) n += (e.textContent ?? '').replace(/\s+/g, '').length;
    else stack.push(...Array.from(e.children));
  }
  return n;
}

function emitTableRows(table: Element, lines: Line[], hint: ClassHint, opts: WalkOptions): void {
  for (const row of rowsOf(table)) {
    if (isHiddenByMarkup(row) || (opts.isHidden && opts.isHidden(row))) continue;
    const cells = Array.from(row.children)
      .filter((c) => /^T[DH]$/i.test(c.tagName) && !isHiddenByMarkup(c))
      .map((c) => squash(c.textContent ?? ''))
      .filter(Boolean);
    if (!cells.length) continue;
    lines.push({ text: cells.join(' '), owner: row, kind: 'table', linkChars: linkTextLength(row), hint, headingLevel: 0 });
  }
}
