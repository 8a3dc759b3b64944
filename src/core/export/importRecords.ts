import type { CaptureRecord } from '../types';
import { sha256Hex } from '../hash';
import { csvToObjects } from './csv';
import { checkRecord } from './recordSchema';
import { contentHashInput, needsContentHash, upgradeRecord } from './upgradeRecord';

export type ImportFormat = 'json' | 'jsonl' | 'csv';

export interface ImportResult {
  records: CaptureRecord[];
  /** One line per item that could not be imported, with where it was. */
  errors: string[];
  format: ImportFormat;
}

/** By file extension when known, else by the first non-blank character. */
export function detectImportFormat(text: string, fileName?: string): ImportFormat {
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'csv') return 'csv';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  const body = text.replace(/^\ufeff/, '').trimStart();
  if (body.startsWith('[')) return 'json';
  if (body.startsWith('{')) {
    // A pretty-printed single record spans lines; JSONL has one complete object per line.
    const firstLine = body.split('\n', 1)[0].trim();
    try {
      JSON.parse(firstLine);
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  return 'csv';
}

function parseItems(text: string, format: ImportFormat, errors: string[]): { item: unknown; where: string }[] {
  const clean = text.replace(/^\ufeff/, '');
  if (format === 'csv') return csvToObjects(clean).map((item, i) => ({ item, where: `row ${i + 1}` }));
  if (format === 'json') {
    const value: unknown = JSON.parse(clean);
    return (Array.isArray(value) ? (value as unknown[]) : [value]).map((item, i) => ({ item, where: `item ${i + 1}` }));
  }
  const items: { item: unknown; where: string }[] = [];
  clean.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      items.push({ item: JSON.parse(line), where: `line ${i + 1}` });
    } catch {
      errors.push(`line ${i + 1}: not valid JSON`);
    }
  });
  return items;
}

/**
 * Reads an export (JSON record or array, JSONL, CSV) back into records: older schema versions
 * are upgraded, a missing content hash is recomputed, and each record is checked against the
 * schema. Bad items are reported and skipped; the good ones still import.
 */
export async function importRecords(text: string, fileName?: string): Promise<ImportResult> {
  const format = detectImportFormat(text, fileName);
  const errors: string[] = [];
  let items: { item: unknown; where: string }[];
  try {
    items = parseItems(text, format, errors);
  } catch (err) {
    return { records: [], errors: [`cannot read as ${format.toUpperCase()}: ${(err as Error).message}`], format };
  }
  const records: CaptureRecord[] = [];
  for (const { item, where } of items) {
    const up = upgradeRecord(item);
    if (!up.ok) {
      errors.push(`${where}: ${up.error}`);
      continue;
    }
    const record = up.record;
    if (needsContentHash(record)) record.contentHash = await sha256Hex(contentHashInput(record));
    const checked = checkRecord(record);
    if (checked.ok) records.push(record);
    else errors.push(`${where}: ${checked.errors.slice(0, 3).join('; ')}`);
  }
  return { records, errors, format };
}
