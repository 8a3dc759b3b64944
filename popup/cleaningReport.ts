import type { CaptureRecord } from '../src/core/types';

export interface ReportLine {
  key: string;
  subs?: string[];
  /** A warning is shown more prominently than a note of routine cleaning. */
  warn?: boolean;
}

const CONVERSION_KEYS = {
  simplified: 'reportConvertedSimplified',
  'traditional-tw': 'reportConvertedTw',
  'traditional-hk': 'reportConvertedHk',
} as const;

/**
 * Why extraction judged a page not an article, as a message key: extraction states its reason in
 * English for logs and the command line; the pages show it in the UI language. A reason this
 * build does not know (an older record) gets the general sentence, never the English text.
 */
export function notArticleReason(reason: string | null): ReportLine {
  const r = reason ?? '';
  const list = /^list page: (\d+) items/.exec(r);
  if (list) return { key: 'reasonList', subs: [list[1]], warn: true };
  if (/^(?:no text found|empty document)/.test(r)) return { key: 'reasonNoText', warn: true };
  if (r.startsWith('search results page')) return { key: 'reasonSearch', warn: true };
  if (r.startsWith('index page')) return { key: 'reasonIndex', warn: true };
  return { key: 'reasonGeneric', warn: true };
}

/** What the cleaner did, in the popup's plain words (message keys, localized by the caller). */
export function cleaningReport(record: Pick<CaptureRecord, 'isArticle' | 'notArticleReason' | 'cleaning'>): ReportLine[] {
  const c = record.cleaning;
  const out: ReportLine[] = [];
  if (!record.isArticle) out.push(notArticleReason(record.notArticleReason));
  if (c.dateInferred) out.push({ key: 'reportDateInferred', warn: true });
  if (c.pinyinRemoved > 0) out.push({ key: 'reportPinyinRemoved', subs: [String(c.pinyinRemoved)] });
  if (c.printViewRemoved) out.push({ key: 'reportPrintViewRemoved' });
  if (c.duplicatesRemoved > 0) out.push({ key: 'reportDuplicatesRemoved', subs: [String(c.duplicatesRemoved)] });
  if (c.furnitureRemoved > 0) out.push({ key: 'reportFurnitureRemoved', subs: [String(c.furnitureRemoved)] });
  if (c.gluedDateSplit) out.push({ key: 'reportGluedDateSplit' });
  if (c.convertedTo && c.convertedTo !== 'original') out.push({ key: CONVERSION_KEYS[c.convertedTo] });
  return out;
}
