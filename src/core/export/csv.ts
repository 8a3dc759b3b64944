import Papa from 'papaparse';
import { bodyWithRestored } from '../restore';
import type { CaptureRecord } from '../types';

/**
 * CSV columns, in order. Scalars are plain cells; arrays and objects are JSON strings so a
 * spreadsheet shows them and an import restores them exactly. `bodyText` is for reading only
 * (paragraphs joined by blank lines) and is ignored on import, where `body` is authoritative.
 * A nullable text field that is empty reads back as null. Cells that a spreadsheet would run as
 * a formula (= + - @ tab CR) or that begin with an apostrophe get one leading apostrophe, which
 * the import removes again: page text is untrusted.
 */
type ColumnKind = 'text' | 'nullable-text' | 'optional-text' | 'bool' | 'int' | 'json' | 'optional-json' | 'reading-only';
export const CSV_COLUMNS: readonly { name: string; kind: ColumnKind }[] = [
  { name: 'id', kind: 'text' },
  { name: 'capturedAt', kind: 'text' },
  { name: 'url', kind: 'nullable-text' },
  { name: 'canonicalUrl', kind: 'nullable-text' },
  { name: 'siteName', kind: 'nullable-text' },
  { name: 'title', kind: 'nullable-text' },
  { name: 'publishedAt', kind: 'nullable-text' },
  { name: 'source', kind: 'nullable-text' },
  { name: 'editor', kind: 'nullable-text' },
  { name: 'isArticle', kind: 'bool' },
  { name: 'notArticleReason', kind: 'nullable-text' },
  { name: 'deck', kind: 'json' },
  { name: 'authors', kind: 'json' },
  { name: 'summary', kind: 'json' },
  { name: 'keywords', kind: 'json' },
  { name: 'bodyText', kind: 'reading-only' },
  { name: 'body', kind: 'json' },
  { name: 'meeting', kind: 'json' },
  { name: 'documents', kind: 'json' },
  { name: 'script', kind: 'json' },
  { name: 'cleaning', kind: 'json' },
  { name: 'extractor', kind: 'json' },
  { name: 'contentHash', kind: 'text' },
  { name: 'schemaVersion', kind: 'int' },
  { name: 'corrections', kind: 'optional-json' },
  { name: 'provenance', kind: 'optional-json' },
  { name: 'confidence', kind: 'optional-json' },
  { name: 'extracted', kind: 'optional-json' },
  { name: 'tags', kind: 'optional-json' },
  { name: 'note', kind: 'optional-text' },
  { name: 'attachments', kind: 'optional-json' },
  { name: 'related', kind: 'optional-json' },
  { name: 'disclosure', kind: 'optional-json' },
  { name: 'figures', kind: 'optional-json' },
  { name: 'pages', kind: 'optional-json' },
];

/** The user's own tags and note are never narrowed away: no export setting ever offered to drop them. */
const USER_COLUMNS = ['tags', 'note'];

const FORMULA_START = /^[=+\-@\t\r']/;
const escapeCell = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);
const unescapeCell = (s: string) => (s.startsWith("'") ? s.slice(1) : s);

function cellFor(record: CaptureRecord, name: string, kind: ColumnKind): string {
  const value = (record as unknown as Record<string, unknown>)[name];
  switch (kind) {
    case 'text':
    case 'nullable-text':
    case 'optional-text':
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a text column's field holds a string
      return value == null ? '' : escapeCell(String(value));
    case 'bool':
    case 'int':
      return String(value);
    case 'json':
      return JSON.stringify(value ?? null);
    case 'optional-json':
      return value === undefined ? '' : JSON.stringify(value);
    case 'reading-only':
      // For reading: the body with the lines the user put back; the exact `body` column stays as extracted.
      return escapeCell(
        bodyWithRestored(record)
          .map((b) => b.text)
          .join('\n\n'),
      );
  }
}

/**
 * UTF-8 BOM first so spreadsheet programs read the Chinese text as UTF-8; CRLF rows (RFC 4180).
 * `fields` (from the export settings) narrows the columns; `id` always stays so rows can be
 * matched back, and so do the user's tags and note; choosing `body` keeps both its readable and its exact column. Without
 * `fields` every column is written and the file round-trips the whole record.
 */
export function recordsToCsv(records: readonly CaptureRecord[], fields?: readonly string[]): string {
  const wanted = fields ? new Set(['id', ...USER_COLUMNS, ...fields, ...(fields.includes('body') ? ['bodyText'] : [])]) : null;
  const columns = wanted ? CSV_COLUMNS.filter((c) => wanted.has(c.name)) : CSV_COLUMNS;
  // Every cell quoted, quotes doubled (RFC 4180): nothing else needs escaping, and writing it
  // directly is several times faster than a general-purpose unparser on large exports.
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const lines = [columns.map((c) => quote(c.name)).join(',')];
  for (const r of records) lines.push(columns.map((c) => quote(cellFor(r, c.name, c.kind))).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * Reads a CSV written by recordsToCsv back into plain objects (not yet checked: the importer
 * upgrades and validates them). Columns are found by header, so a spreadsheet that reordered or
 * added columns still imports. Throws on a cell that should hold JSON and does not.
 */
export function csvToObjects(text: string): Record<string, unknown>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  const out: Record<string, unknown>[] = [];
  parsed.data.forEach((row, i) => {
    const obj: Record<string, unknown> = {};
    for (const { name, kind } of CSV_COLUMNS) {
      if (!(name in row) || kind === 'reading-only') continue;
      const cell = row[name] ?? '';
      try {
        if (kind === 'text') obj[name] = unescapeCell(cell);
        else if (kind === 'nullable-text') obj[name] = cell === '' ? null : unescapeCell(cell);
        else if (kind === 'optional-text') {
          if (cell !== '') obj[name] = unescapeCell(cell);
        } else if (kind === 'bool') obj[name] = cell === 'true' ? true : cell === 'false' ? false : cell;
        else if (kind === 'int') obj[name] = cell === '' ? undefined : Number(cell);
        else if (kind === 'optional-json') {
          if (cell !== '') obj[name] = JSON.parse(cell);
        } else obj[name] = JSON.parse(cell);
      } catch {
        throw new Error(`CSV row ${i + 1}: column ${name} is not valid JSON`);
      }
    }
    out.push(obj);
  });
  return out;
}
