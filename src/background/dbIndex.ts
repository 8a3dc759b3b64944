import type { CaptureRecord } from '../core/types';

/**
 * A small row kept beside each capture (table `captureIndex`, same transaction) with what the
 * history page filters on. Searching 10,000 captures by reading whole records (body, meeting,
 * documents) took over a second in Chromium; these rows are a fraction of that to read.
 */
export interface CaptureIndexRow {
  id: string;
  capturedAt: string;
  site: string;
  /** Lower-cased title, deck, source, editor, authors, site, URL, corrections and body. */
  text: string;
}

/** What the site filter groups by: the page's own site name, else its host. */
export function siteOf(record: Pick<CaptureRecord, 'siteName' | 'url'>): string {
  if (record.siteName) return record.siteName;
  if (record.url) {
    try {
      return new URL(record.url).host || '(unknown)';
    } catch {
      /* not a URL: fall through */
    }
  }
  return '(unknown)';
}

export function searchableText(r: CaptureRecord): string {
  const corrected = Object.values(r.corrections ?? {}).filter((v): v is string => typeof v === 'string');
  return [r.title, ...r.deck, r.source, r.editor, ...r.authors.map((a) => a.name), r.siteName, r.url, ...corrected, ...r.body.map((b) => b.text)]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

export function indexRowOf(r: CaptureRecord): CaptureIndexRow {
  return { id: r.id, capturedAt: r.capturedAt, site: siteOf(r), text: searchableText(r) };
}
