/**
 * `--format`: records in one of the export formats instead of JSON. JSON keeps the batch's own
 * sinks (a file per input, JSONL lines); Markdown and CSL-JSON are a file per input under --out;
 * CSV, RIS, BibTeX and JSONL are made to hold many records and go in one file, `captures.<ext>`,
 * the file a spreadsheet or a reference manager is given. Without --out, stdout gets the chosen
 * format, all records in one text.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export';
import { exportRecordsAsync } from '../citations/exportCitations';
import { FORMAT_EXTENSION } from '../core/export/fileName';
import type { CaptureRecord } from '../core/types';

export const CLI_FORMATS: readonly ExportFormat[] = EXPORT_FORMATS;
const PER_INPUT: ReadonlySet<ExportFormat> = new Set<ExportFormat>(['json', 'markdown', 'csl-json']);

export function isCliFormat(s: string): s is ExportFormat {
  return (CLI_FORMATS as readonly string[]).includes(s);
}

/** Records written in a non-JSON format: each as it comes (a file per input), or together at the end. */
export class FormatSink {
  private readonly held: { name: string; record: CaptureRecord }[] = [];
  constructor(
    private readonly format: ExportFormat,
    private readonly dir: string | null,
  ) {
    if (dir) mkdirSync(dir, { recursive: true });
  }

  async write(name: string, json: string): Promise<void> {
    const record = JSON.parse(json) as CaptureRecord;
    if (this.dir && PER_INPUT.has(this.format)) {
      const file = join(this.dir, `${name}.${FORMAT_EXTENSION[this.format]}`);
      writeWhole(file, (await exportRecordsAsync([record], this.format)).text);
    } else this.held.push({ name, record });
  }

  /** The held records in input-name order (workers finish in any order), as one text. */
  async close(): Promise<void> {
    if (!this.held.length) return;
    this.held.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const records = this.held.map((h) => h.record);
    const text = (await exportRecordsAsync(records, this.format)).text;
    if (this.dir) writeWhole(join(this.dir, `captures.${FORMAT_EXTENSION[this.format]}`), text);
    else process.stdout.write(text);
  }
}

function writeWhole(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.part`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
