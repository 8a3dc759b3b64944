/**
 * `--follow-pages`: an article saved as several files (page.html, page_2.html, page_3.html) read
 * as one record. The pager's links are followed to files beside the input, so a saved article
 * is read offline; which link is the next page, and how pages join, are the core's rules
 * (src/core/pagination.ts).
 */
import { existsSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { joinPages, MAX_PAGES, nextPageUrl } from '../core/pagination';
import type { PageInput } from '../core/types';
import { loadPage, urlBeside } from './loadPage';

/**
 * The saved file a page address stands for: its path relative to the first page's address,
 * taken from the first file's folder. Only files beside the input or below it are read (a link
 * climbing out of the folder, or carrying a query a file name cannot hold, is not followed).
 */
export function fileBeside(next: string, firstUrl: string, firstFile: string): string | null {
  let to: URL;
  let from: URL;
  try {
    to = new URL(next);
    from = new URL(firstUrl);
  } catch {
    return null;
  }
  if (to.search) return null;
  const rel = posix.relative(posix.dirname(decodeURIComponent(from.pathname)), decodeURIComponent(to.pathname));
  if (!rel || rel.startsWith('..') || posix.isAbsolute(rel)) return null;
  return join(dirname(firstFile), ...rel.split('/'));
}

/**
 * The input's page and the pages its pager leads to, joined. Without an address (no --url, no
 * `.url` file beside it) the file's own address resolves the links; the record then keeps no
 * address, as without this option, and `pages` lists the files' addresses.
 */
export function loadPages(file: string, url: string | null): PageInput {
  const pageUrl = url ?? urlBeside(file);
  const base = pageUrl ?? pathToFileURL(resolve(file)).href;
  const inputs = [loadPage(file, base)];
  const urls = [base];
  if (inputs[0].format !== 'html' || inputs[0].hints.isArticle === false) return pageUrl ? inputs[0] : { ...inputs[0], url: null };
  while (inputs.length < MAX_PAGES) {
    const next = nextPageUrl(inputs[inputs.length - 1].links, urls[urls.length - 1], new Set(urls));
    const path = next ? fileBeside(next, base, file) : null;
    if (!next || !path || !existsSync(path)) break;
    inputs.push(loadPage(path, next));
    urls.push(next);
  }
  const joined = joinPages(inputs, urls);
  return pageUrl ? joined : { ...joined, url: null };
}
