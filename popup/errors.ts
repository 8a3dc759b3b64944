import type { ErrorCode } from '../src/messaging/errors';
import { CaptureError } from '../src/messaging/errors';

const KEYS: Record<ErrorCode, string> = {
  'restricted-page': 'errorRestricted',
  'page-loading': 'errorLoading',
  'no-tab': 'errorNoTab',
  'not-found': 'errorNotFound',
  cancelled: 'errorCancelled',
  'storage-full': 'errorStorageFull',
  'bad-request': 'errorInternal',
  'forbidden-sender': 'errorInternal',
  'injection-failed': 'errorInjection',
  internal: 'errorInternal',
  'page-too-large': 'errorPageTooLarge',
};

/** Codes whose message has a second line telling the user what to do. */
const HINTS = new Set(['errorRestricted', 'errorLoading', 'errorInjection', 'errorInternal', 'errorStorageFull', 'errorPageTooLarge']);

/** A headline and a hint in the user's language, plus the technical detail for whoever reports a bug. */
export function describeError(e: unknown): { key: string; hintKey: string | null; detail: string } {
  const key = e instanceof CaptureError ? KEYS[e.code] : 'errorInternal';
  const detail = e instanceof Error ? e.message : String(e);
  return { key, hintKey: HINTS.has(key) ? `${key}Hint` : null, detail };
}
