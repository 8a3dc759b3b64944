import type { CaptureRecord } from '../core/types';
import { bodyWithRestored } from '../core/restore';

/**
 * A small row kept beside each capture (table `captureIndex`, same transaction) with what the
 * history page filters on. Searching 10,000 captures by reading whole records (body, meeting,
 * documents) took over a second in Chromium; these rows are a fraction of that to read.
 */
export interface CaptureIndexRow {
  id: string;
  capturedAt: string;
  site: string;
  /**
   * Lower-cased title, deck, source, editor, authors, site, URL, extracted values a correction
   * replaced, tags, note and body, cut at
   * SEARCH_TEXT_MAX characters.
   */
  text: string;
  /**
   * The publication day as the page states it (`YYYY-MM-DD`, the page's own calendar), '' when
   * unknown: the history page filters by it. Rows written before layout 5 lack it.
   */
  publishedDay?: string;
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

/**
 * Search reads this many characters of a capture: the fields first, then the body. Real articles
 * stay far below it (a long government report is some tens of thousands of characters), so search
 * is complete for them; a huge page (a 10 MB page gave 2.3 M characters) is searched over its
 * beginning, and its row stays small instead of holding a second lower-cased copy of the body.
 */
export const SEARCH_TEXT_MAX = 200_000;

export function searchableText(r: CaptureRecord): string {
  // The fields hold the user's corrections; what the page said before them is found too.
  const extracted = Object.values(r.extracted ?? {}).filter((v): v is string => typeof v === 'string');
  const parts = [r.title, ...r.deck, r.source, r.editor, ...r.authors.map((a) => a.name), r.siteName, r.url, ...extracted, ...(r.tags ?? []), r.note].filter(
    (p): p is string => Boolean(p),
  );
  let length = parts.reduce((n, p) => n + p.length + 1, 0);
  // Blocks past the limit are not even joined: joining them is most of the cost on a huge page.
  // The body as the user reads it: with the removed lines they put back.
  for (const b of bodyWithRestored(r)) {
    if (length >= SEARCH_TEXT_MAX) break;
    if (!b.text) continue;
    parts.push(b.text);
    length += b.text.length + 1;
  }
  return parts.join('\n').slice(0, SEARCH_TEXT_MAX).toLowerCase();
}

export function indexRowOf(r: CaptureRecord): CaptureIndexRow {
  return { id: r.id, capturedAt: r.capturedAt, site: siteOf(r), text: searchableText(r), publishedDay: r.publishedAt?.slice(0, 10) ?? '' };
}
