import type { PageInput } from '../core/types';
import { extractPageSliced } from '../extract/extractPage';
import { CaptureError } from '../messaging/errors';

/** A page larger than this is not read as a further page of an article. */
const MAX_PAGE_BYTES = 5_000_000;

/**
 * Another page of this site (an article's next page), read by the page itself: a same-origin
 * request needs no host permission, and the page's session (cookies) is the one the reader saw.
 * The fetched document is parsed inert (no script runs, nothing loads) and read without layout:
 * nothing in it is rendered. Its bytes are decoded in the page's own encoding (a GBK site's next
 * page is GBK too) unless the response names its own.
 */
export async function readOtherPage(url: string): Promise<PageInput> {
  const target = new URL(url);
  if (target.origin !== location.origin) throw new CaptureError('bad-request', 'only pages of the same site are read');
  const res = await fetch(target.href, { credentials: 'same-origin' });
  if (!res.ok) throw new CaptureError('not-found', `the page answered ${res.status}`);
  const bytes = await res.arrayBuffer();
  if (bytes.byteLength > MAX_PAGE_BYTES) throw new CaptureError('page-too-large', 'the next page is too large');
  const charset = /charset=([^;]+)/i.exec(res.headers.get('content-type') ?? '')?.[1]?.trim() || document.characterSet;
  let text: string;
  try {
    text = new TextDecoder(charset).decode(bytes);
  } catch {
    text = new TextDecoder(document.characterSet).decode(bytes);
  }
  const doc = new DOMParser().parseFromString(text, 'text/html');
  return extractPageSliced(doc, res.url || target.href, { computedStyle: false });
}
