import type { CaptureRecord } from '../types';
import { recordsToCsv } from './csv';
import { exportFileName, FORMAT_MIME, type ExportFormat } from './fileName';
import { recordsToJson, recordsToJsonl } from './json';
import { recordsToMarkdown } from './markdown';
import { CITATION_FORMATS } from './citation';

export type { ExportFormat } from './fileName';
export { recordToJson, recordsToJsonl } from './json';
export { recordsToCsv, CSV_COLUMNS } from './csv';
export { importRecords } from './importRecords';
export { exportFieldsOption } from './fields';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'csv', 'markdown', 'ris', 'csl-json', 'bibtex'];

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

/** Everything a download or a clipboard copy needs, from the selected records and a data format (a citation: exportRecordsAsync in src/citations). */
export function exportRecords(records: readonly CaptureRecord[], format: ExportFormat, opts: ExportOptions = {}): ExportFile {
  if ((CITATION_FORMATS as readonly string[]).includes(format)) throw new Error(`${format} is written by exportRecordsAsync (src/citations)`);
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
