import type { CaptureRecord } from '../types';

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'markdown' | 'ris' | 'csl-json' | 'bibtex';

export const FORMAT_EXTENSION: Record<ExportFormat, string> = {
  json: 'json',
  jsonl: 'jsonl',
  csv: 'csv',
  markdown: 'md',
  ris: 'ris',
  'csl-json': 'csl.json',
  bibtex: 'bib',
};
export const FORMAT_MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  jsonl: 'application/x-ndjson',
  csv: 'text/csv',
  markdown: 'text/markdown',
  ris: 'application/x-research-info-systems',
  'csl-json': 'application/vnd.citationstyles.csl+json',
  bibtex: 'application/x-bibtex',
};

/** Titles are cut to this many characters so a name stays readable in a file manager. */
const MAX_TITLE_CHARS = 60;
/** Most file systems cap a name at 255 bytes; CJK takes 3 bytes a character in UTF-8. */
const MAX_NAME_BYTES = 200;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/**
 * Makes page text safe as a file name on Windows, macOS and Linux and for the downloads API:
 * no path separators or reserved punctuation, no control, bidi-override or zero-width
 * characters (which can disguise an extension), no leading dots. Chinese is kept.
 */
export function safeFileNamePart(text: string, maxChars = MAX_TITLE_CHARS): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s._~-]+/u, '')
    .replace(/[\s.]+$/u, '');
  let out = [...cleaned].slice(0, maxChars).join('');
  while (out && utf8Length(out) > MAX_NAME_BYTES - 40) out = [...out].slice(0, -1).join('');
  return out.replace(/[. ]+$/, '');
}

function dayOf(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4}-\d{2}-\d{2})/.exec(iso) : null;
  return m ? m[1] : null;
}

/** `2024-03-14 标题`: one record's name, for its export file and its attachments' folder. */
export function recordBaseName(r: CaptureRecord, now: Date = new Date()): string {
  // The fields hold the user's correction (src/core/corrections.ts); a record stored the older
  // way holds it in `corrections` only.
  const fixed = r.corrections ?? {};
  const pick = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  const day = dayOf(pick(fixed.publishedAt)) ?? dayOf(r.publishedAt) ?? dayOf(r.capturedAt) ?? dayOf(now.toISOString());
  const title = safeFileNamePart(pick(fixed.title) ?? r.title ?? '') || safeFileNamePart(r.id, 24) || 'capture';
  return `${day} ${title}`;
}

/**
 * Where each attachment is saved: `<record name>/<name as printed>`, the file's kind added when
 * the name does not end with it (a 附件 printed as 申报书 saved as 申报书.docx).
 */
export function attachmentPaths(r: CaptureRecord, now: Date = new Date()): string[] {
  const folder = recordBaseName(r, now);
  return (r.attachments ?? []).map((a, i) => {
    const name = safeFileNamePart(a.name, 80) || `${i + 1}`;
    const ext = a.type !== 'file' && !name.toLowerCase().endsWith(`.${a.type}`) ? `.${a.type}` : '';
    return `${folder}/${name}${ext}`;
  });
}

/**
 * `2024-03-14 市政府召开常务会议.json` for one record (the popup's single-record export uses the
 * same shape) (the article's date, else the capture day);
 * `captures_2024-03-15_12.jsonl` for many (export day and count).
 */
export function exportFileName(records: readonly CaptureRecord[], format: ExportFormat, now: Date = new Date()): string {
  const ext = FORMAT_EXTENSION[format];
  if (records.length === 1) {
    return `${recordBaseName(records[0], now)}.${ext}`;
  }
  return `captures_${dayOf(now.toISOString())}_${records.length}.${ext}`;
}
