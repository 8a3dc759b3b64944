import { applyCorrections as applyCore, CorrectionError, currentValue, type CorrectableField } from '../core/corrections';
import type { CaptureRecord } from '../core/types';
import { CaptureError } from '../messaging/errors';

export { extractedValue } from '../core/corrections';

/** The core rule (src/core/corrections.ts), with a refused value answered as a bad request. */
export function applyCorrections(record: CaptureRecord, patch: Partial<Record<CorrectableField, unknown>>): CaptureRecord {
  try {
    return applyCore(record, patch);
  } catch (err) {
    if (err instanceof CorrectionError) throw new CaptureError('bad-request', err.message);
    throw err;
  }
}

/** The value the user sees: the record's field, which holds the correction when there is one. */
export const effectiveValue = currentValue;
