import type { CaptureRecord } from '../types';
import { recordsToCsv } from './csv';
import { exportFileName, FORMAT_MIME, type ExportFormat } from './fileName';
import { recordsToJson, recordsToJsonl } from './json';
import { recordsToMarkdown } from './markdown';
import { CITATION_FORMATS, recordsToCitation, type CitationFormat } from './citation';

export type { ExportFormat } from './fileName';
export { exportFileName, safeFileNamePart, FORMAT_MIME } from './fileName';
export { recordToJson, recordsToJson, recordsToJsonl } from './json';
export { recordsToCsv, csvToObjects, CSV_COLUMNS } from './csv';
export { recordToMarkdown, recordsToMarkdown, escapeMarkdown } from './markdown';
export { importRecords, detectImportFormat } from './importRecords';
export { checkRecord } from './recordSchema';
export { upgradeRecord } from './upgradeRecord';
export { exportFieldsOption } from './fields';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'csv', 'markdown', 'ris', 'csl-json', 'bibtex'];
export { CITATION_FORMATS, toCsl, type CitationFormat } from './citation';

export interface ExportFile {
  fileName: string;
  mime: string;
  text: string;
}

export interface ExportOptions {
  /** Fields for CSV and Markdown (settings' export fields); JSON and JSONL always keep all. */
  fields?: readonly string[];
  now?: Date;
}

function isCitation(format: ExportFormat): format is CitationFormat {
  return (CITATION_FORMATS as readonly string[]).includes(format);
}

/**
 * exportRecords for every format: the citation formats load citation-js on first use, so
 * extension pages call this one; the data formats are answered at once.
 */
export async function exportRecordsAsync(records: readonly CaptureRecord[], format: ExportFormat, opts: ExportOptions = {}): Promise<ExportFile> {
  if (!isCitation(format)) return exportRecords(records, format, opts);
  const text = await recordsToCitation(records, format);
  return { fileName: exportFileName(records, format, opts.now), mime: `${FORMAT_MIME[format]};charset=utf-8`, text };
}

/** Everything a download or a clipboard copy needs, from the selected records and a data format (not a citation: exportRecordsAsync). */
export function exportRecords(records: readonly CaptureRecord[], format: ExportFormat, opts: ExportOptions = {}): ExportFile {
  if (isCitation(format)) throw new Error(`${format} is written by exportRecordsAsync`);
  const text =
    format === 'json'
      ? recordsToJson(records)
      : format === 'jsonl'
        ? recordsToJsonl(records)
        : format === 'csv'
          ? recordsToCsv(records, opts.fields)
          : recordsToMarkdown(records, opts.fields);
  return { fileName: exportFileName(records, format, opts.now), mime: `${FORMAT_MIME[format]};charset=utf-8`, text };
}
