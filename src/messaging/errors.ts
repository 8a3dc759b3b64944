import type { CaptureRecord } from '../core/types';
import { checkRecord } from '../core/export/recordSchema';

/**
 * Errors cross the message boundary as plain data and are rebuilt at the caller, so a failure
 * in the page or the service worker shows in the popup as a message instead of a silent timeout.
 */
export const ERROR_CODES = [
  'restricted-page', // chrome://, the web store, the browser's own pages: no extension may script them
  'page-loading', // the tab has not finished loading its document
  'no-tab',
  'not-found',
  'cancelled', // the user pressed Esc in the element picker
  'storage-full', // quota exceeded: the record was built but not stored; it travels with the error
  'bad-request',
  'forbidden-sender',
  'injection-failed',
  'internal',
  'page-too-large', // extraction did not finish within its deadline (a huge page); the page was left as it was
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class CaptureError extends Error {
  readonly code: ErrorCode;
  /** A record that was built but could not be stored ('storage-full'), so it can still be exported. */
  readonly unsaved?: CaptureRecord;
  constructor(code: ErrorCode, message: string, opts: { unsaved?: CaptureRecord; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'CaptureError';
    this.code = code;
    if (opts.unsaved) this.unsaved = opts.unsaved;
  }
}

export interface WireError {
  code: ErrorCode;
  message: string;
  unsaved?: unknown;
}

export function toWireError(e: unknown): WireError {
  if (e instanceof CaptureError) {
    return e.unsaved ? { code: e.code, message: e.message, unsaved: e.unsaved } : { code: e.code, message: e.message };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: message || 'unknown error' };
}

/**
 * The receiving end checks what came with the error: only a 'storage-full' error carries a record,
 * and only one that passes the record schema is handed on (the export offered from it must be valid).
 */
export function fromWireError(w: WireError): CaptureError {
  const code = (ERROR_CODES as readonly string[]).includes(w.code) ? w.code : 'internal';
  const checked = code === 'storage-full' && w.unsaved !== undefined ? checkRecord(w.unsaved) : null;
  return new CaptureError(code, w.message, checked?.ok ? { unsaved: checked.record } : {});
}
