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
  const { document } = parseHTML(text);
  return extractPage(document as unknown as Document, pageUrl);
}
