import type { CaptureRecord } from '../types';

/** One record, pretty-printed; `schemaVersion` travels inside the record. */
export function recordToJson(record: CaptureRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Several records as a JSON array (what "JSON" means when more than one is selected). */
export function recordsToJson(records: readonly CaptureRecord[]): string {
  return records.length === 1 ? recordToJson(records[0]) : `${JSON.stringify(records, null, 2)}\n`;
}

/**
 * One record per line: JSON.stringify escapes newlines inside strings. Readers must split on
 * \n only; U+2028/2029 stay raw in the text and are not line breaks here.
 */
export function recordsToJsonl(records: readonly CaptureRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
}
