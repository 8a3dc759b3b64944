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
  'bad-request',
  'forbidden-sender',
  'injection-failed',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class CaptureError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'CaptureError';
    this.code = code;
  }
}

export interface WireError {
  code: ErrorCode;
  message: string;
}

export function toWireError(e: unknown): WireError {
  if (e instanceof CaptureError) return { code: e.code, message: e.message };
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: message || 'unknown error' };
}

export function fromWireError(w: WireError): CaptureError {
  const code = (ERROR_CODES as readonly string[]).includes(w.code) ? w.code : 'internal';
  return new CaptureError(code, w.message);
}
