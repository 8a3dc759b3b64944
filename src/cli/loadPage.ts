import { readFileSync, existsSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { pageInputFromText } from '../core/textCapture';
import type { PageInput } from '../core/types';
import { extractPage } from '../extract/extractPage';
import { decodeBytes } from './decode';

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
  const startsAtHtml = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*|<\?xml[^>]*>\s*)*<html[\s>]/i.test(html);
  return startsAtHtml ? html : `<!DOCTYPE html><html>${html}</html>`;
}

export function loadPage(file: string, url: string | null): PageInput {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (bytes.length === 0) throw new InputError(`${file} is empty`);
  const { text } = decodeBytes(bytes);
  if (!text.trim()) throw new InputError(`${file} has no text`);
  const pageUrl = url ?? urlBeside(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.txt') return pageInputFromText(text, pageUrl);
  const { document } = parseHTML(ensureHtmlElement(text));
  return extractPage(document as unknown as Document, pageUrl);
}
