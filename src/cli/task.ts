/**
 * One input of a batch, captured: the unit of work a pool worker runs, and what a one-process run
 * calls directly. It answers with the record already serialised, so a worker hands back one string
 * rather than a record to be copied field by field between threads.
 */
import { buildRecord } from '../core/buildRecord';
import type { CaptureRecord, OutputScript } from '../core/types';
import { InputError, loadPage, pageFromBytes } from './loadPage';
import { loadPages } from './pages';

export interface CaptureTask {
  /** The input's identity in the batch: a path, or a WARC path and a record's offset. */
  key: string;
  /** The file read, or the WARC file the record came from. */
  path: string;
  /** The record's offset in the WARC file. */
  offset?: number;
  /** A WARC record's HTTP payload; a file is read by the worker itself. */
  bytes?: Uint8Array;
  headerCharset?: string | null;
  url: string | null;
  /** When the page was captured (a WARC record's date); now when absent. */
  capturedAt?: string | null;
  script: OutputScript;
  summary?: number;
  pretty: boolean;
  /** Follow the pager of an article split over pages to the files beside it (--follow-pages). */
  followPages?: boolean;
}

export type CaptureResult = { key: string; ok: true; json: string; isArticle: boolean; reason: string | null } | { key: string; ok: false; error: string };

export async function captureTask(task: CaptureTask): Promise<CaptureResult> {
  const name = task.offset === undefined ? task.path : `${task.path} (record at byte ${task.offset})`;
  try {
    const input = task.bytes
      ? pageFromBytes(task.bytes, { name, url: task.url, text: false, headerCharset: task.headerCharset ?? null })
      : task.followPages
        ? loadPages(task.path, task.url)
        : loadPage(task.path, task.url);
    const now = task.capturedAt ? new Date(task.capturedAt) : undefined;
    const record: CaptureRecord = await buildRecord(input, {
      outputScript: task.script,
      ...(task.summary ? { summarySentences: task.summary } : {}),
      ...(now && !Number.isNaN(now.getTime()) ? { now } : {}),
    });
    record.origin = task.offset === undefined ? { path: task.path } : { path: task.path, offset: task.offset };
    const json = task.pretty ? JSON.stringify(record, null, 2) + '\n' : JSON.stringify(record) + '\n';
    return { key: task.key, ok: true, json, isArticle: record.isArticle, reason: record.notArticleReason };
  } catch (e) {
    const error = e instanceof InputError ? e.message : `${name}: ${(e as Error).message ?? String(e)}`;
    return { key: task.key, ok: false, error };
  }
}
