import { readFileSync, existsSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { pageInputFromText } from '../core/textCapture';
import type { PageInput } from '../core/types';
import { extractPage } from '../extract/extractPage';
import { decodeBytes, looksBinary } from './decode';

export class InputError extends Error {}

/** A `<basename>.url` file beside a saved page gives the page's address. */
export function urlBeside(file: string): string | null {
  const urlFile = file.replace(/\.[^./]+$/, '') + '.url';
  if (!existsSync(urlFile)) return null;
  const text = readFileSync(urlFile, 'utf8');
  // Accept a bare URL or a Windows internet shortcut (URL=...).
  const m = /^URL=(.+)$/m.exec(text) ?? /(https?:\/\/\S+)/.exec(text);
  return m ? m[1].trim() : text.trim() || null;
}

/**
 * Prepares markup for linkedom the way a browser would read it. linkedom builds a document only
 * under an <html> element, so a saved page that starts at <head> (some "save page" tools drop the
 * wrapper) gets one; and it stops at the first </html> or </body>, which templates that include
 * a header fragment print mid-page, while browsers ignore those tags and keep reading.
 */
export function ensureHtmlElement(raw: string): string {
  const html = raw.replace(/<\/(?:html|body)\s*>/gi, '');
  return startsAtHtml(html) ? html : `<!DOCTYPE html><html>${html}</html>`;
}

/**
 * Whether the markup opens with `<html>` after any BOM, comments, doctype and XML declaration.
 * Read step by step, not by one pattern: a pattern that repeats comments of any length, on a
 * page that opens with an IE conditional comment and has no `<html>`, backtracks through every
 * later comment of the page (15 s on a 77 kB page).
 */
export function startsAtHtml(html: string): boolean {
  let i = html.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < html.length && /\s/.test(html[i])) i++;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = end + 3;
    } else if (/^<(?:!doctype|\?xml)/i.test(html.slice(i, i + 9))) {
      const end = html.indexOf('>', i);
      if (end < 0) return false;
      i = end + 1;
    } else {
      return /^<html[\s>]/i.test(html.slice(i, i + 6));
    }
  }
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Browsers lower-case the attribute names of HTML elements as they parse (`<A HREF>` has an
 * `href`, `<META NAME>` a `name`); linkedom keeps them as written, so old upper-case markup would
 * lose its links, classes, inline styles, hidden flags and meta names in the CLI alone. They are
 * renamed after parsing; of two spellings of one name the first wins, as in a browser. SVG and
 * MathML keep their mixed-case names (`viewBox`), as in a browser.
 */
export function lowerCaseAttributeNames(doc: Document): void {
  // Walked element to element rather than through querySelectorAll('*'): linkedom answers that
  // by matching a selector against every node, a third of this function's time.
  const later: Element[] = [];
  for (let el: Element | null = doc.documentElement; el;) {
    if (el.namespaceURI === HTML_NS && el.hasAttributes()) lowerCaseNamesOf(el);
    const first: Element | null = el.firstElementChild;
    if (first) {
      const next: Element | null = el.nextElementSibling;
      if (next) later.push(next);
      el = first;
    } else el = el.nextElementSibling ?? later.pop() ?? null;
  }
}

function lowerCaseNamesOf(el: Element): void {
  const names = el.getAttributeNames();
  if (names.every((n) => n === n.toLowerCase())) return;
  // Rebuilt in source order, so the first spelling is the one kept.
  const pairs = names.map((n) => [n.toLowerCase(), el.getAttribute(n) ?? ''] as const);
  for (const n of names) el.removeAttribute(n);
  for (const [name, value] of pairs) if (!el.hasAttribute(name)) el.setAttribute(name, value);
}

/** A saved page's markup as a browser-like Document (linkedom). */
export function parsePage(html: string): Document {
  const markup = ensureHtmlElement(html);
  const doc = parseHTML(markup).document;
  // The walk over every element costs about as much as a tenth of the parse; a scan of the
  // markup's characters, a twentieth of the walk, says when no name needs it (half the corpus).
  if (mayHaveUpperCaseAttributeName(markup)) lowerCaseAttributeNames(doc);
  return doc;
}

const GT = 0x3e;
const EQ = 0x3d;
const SLASH = 0x2f;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/**
 * False only when no start tag of the markup can hold an attribute name with a letter that
 * lower-casing changes: inside each tag (from `<` and a letter, past its name, to the first
 * unquoted `>`), no character outside a quoted value is an upper-case ASCII letter or non-ASCII.
 * Conservative by construction: no `<` of the markup is skipped unread (a quoted value holding
 * one gives up and answers true), so text that merely looks like markup (a script, a comment)
 * can only add a "true", never hide a tag.
 */
export function mayHaveUpperCaseAttributeName(html: string): boolean {
  const n = html.length;
  let i = html.indexOf('<');
  while (i >= 0) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c < 0x61 || c > 0x7a) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let j = i + 2;
    while (j < n) {
      const d = html.charCodeAt(j);
      if (isSpace(d) || d === SLASH || d === GT) break;
      j++;
    }
    let lastSign = 0;
    for (; j < n; j++) {
      const d = html.charCodeAt(j);
      if (d === GT) break;
      if (d === 0x22 || d === 0x27) {
        if (lastSign === EQ) {
          const close = html.indexOf(d === 0x22 ? '"' : "'", j + 1);
          if (close < 0 || html.lastIndexOf('<', close) > j) return true;
          j = close;
          lastSign = d;
          continue;
        }
      } else if ((d >= 0x41 && d <= 0x5a) || d >= 0x80) return true;
      if (!isSpace(d)) lastSign = d;
    }
    i = html.indexOf('<', j);
  }
  return false;
}

export function loadPage(file: string, url: string | null): PageInput {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return pageFromBytes(bytes, { name: file, url: url ?? urlBeside(file), text: extname(file).toLowerCase() === '.txt' });
}

export interface BytesSource {
  /** For messages: the file, or the WARC record. */
  name: string;
  url: string | null;
  /** Page text (.txt) rather than markup. */
  text: boolean;
  /** The charset of the HTTP Content-Type header, when the page came with one (a WARC record). */
  headerCharset?: string | null;
}

/** A saved page's bytes, decoded as a browser would, as the core's input. */
export function pageFromBytes(bytes: Uint8Array, from: BytesSource): PageInput {
  if (bytes.length === 0) throw new InputError(`${from.name} is empty`);
  // A PDF or image saved under a page's name would otherwise become a record of garbage text.
  const binary = looksBinary(bytes);
  if (binary) throw new InputError(`${from.name} is not a web page: ${binary}`);
  const { text } = decodeBytes(bytes, { headerCharset: from.headerCharset ?? null });
  if (!text.trim()) throw new InputError(`${from.name} has no text`);
  if (from.text) return pageInputFromText(text, from.url);
  return extractPage(parsePage(text), from.url);
}
