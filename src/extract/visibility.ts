/**
 * Whether an element is hidden from the reader. Works on any DOM: inline styles and hidden
 * attributes everywhere (linkedom, jsdom, saved pages), computed style only when the caller
 * asks for it, because forcing style resolution on every node would cost more than extraction.
 */

import { domReadsFor, type DomReads } from './domReads';

/** Elements whose text is never article text. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'BUTTON',
  'INPUT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'VIDEO',
  'AUDIO',
  'MAP',
]);

export const HIDDEN_STYLE = /(?:^|;)\s*display\s*:\s*none\b/i;

export function isHiddenByMarkup(el: Element, r: DomReads = domReadsFor(el)): boolean {
  return r.hasAttributes(el) && isHiddenByAttributes(el, r);
}

/** The markup test for an element known to carry attributes: a hidden flag or inline display:none. */
export function isHiddenByAttributes(el: Element, r: DomReads): boolean {
  if (r.hasAttribute(el, 'hidden')) return true;
  const style = r.getAttribute(el, 'style');
  return style !== null && HIDDEN_STYLE.test(style);
}

const CSS_VISIBILITY = { checkVisibilityCSS: true };

/**
 * Whether the DOM lays pages out (a browser's, which has `checkVisibility`): there computed style
 * can be asked and lookups by tag name or id are native; linkedom and jsdom do neither.
 */
export function hasLayout(doc: Document): boolean {
  const root = doc.documentElement as (Element & { checkVisibility?: unknown }) | null;
  return !!root && typeof root.checkVisibility === 'function';
}

/**
 * Browser check after layout. `checkVisibility` answers from the layout that the page already
 * has; where it is missing we fall back to getComputedStyle on the element itself.
 */
export function isHiddenByStyle(el: Element): boolean {
  const check = domReadsFor(el).checkVisibility;
  if (check) return !check(el, CSS_VISIBILITY);
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  if (view.getComputedStyle(el).visibility === 'hidden') return true;
  // display:none is not inherited in computed style: an ancestor's hides the element too.
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (view.getComputedStyle(e).display === 'none') return true;
  }
  return false;
}
