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

/** What the cleaner did, in the popup's plain words (message keys, localized by the caller). */
export function cleaningReport(record: Pick<CaptureRecord, 'isArticle' | 'notArticleReason' | 'cleaning'>): ReportLine[] {
  const c = record.cleaning;
  const out: ReportLine[] = [];
  if (!record.isArticle) out.push({ key: 'reportNotArticle', subs: [record.notArticleReason ?? ''], warn: true });
  if (c.dateInferred) out.push({ key: 'reportDateInferred', warn: true });
  if (c.pinyinRemoved > 0) out.push({ key: 'reportPinyinRemoved', subs: [String(c.pinyinRemoved)] });
  if (c.printViewRemoved) out.push({ key: 'reportPrintViewRemoved' });
  if (c.duplicatesRemoved > 0) out.push({ key: 'reportDuplicatesRemoved', subs: [String(c.duplicatesRemoved)] });
  if (c.furnitureRemoved > 0) out.push({ key: 'reportFurnitureRemoved', subs: [String(c.furnitureRemoved)] });
  if (c.gluedDateSplit) out.push({ key: 'reportGluedDateSplit' });
  if (c.convertedTo && c.convertedTo !== 'original') out.push({ key: CONVERSION_KEYS[c.convertedTo] });
  return out;
}
