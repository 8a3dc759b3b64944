/**
 * A raw copy of the page as the user saw it (serialized live DOM, after the page's own scripts
 * ran), kept beside the record when the user asks for it. Reading markup is harmless; it is never
 * put back into any of our pages. Very large pages are refused rather than cut, since a partial
 * snapshot would mislead.
 */
export const MAX_SNAPSHOT_CHARS = 5_000_000;

export function serializePage(doc: Document): { html: string; truncated: false } | { html: null; truncated: true } {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  const html = doctype + doc.documentElement.outerHTML;
  return html.length > MAX_SNAPSHOT_CHARS ? { html: null, truncated: true } : { html, truncated: false };
}
