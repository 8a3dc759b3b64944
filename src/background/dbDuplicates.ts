import type { CaptureRecord } from '../core/types';
import type { CaptureStore } from './db';

export type DuplicateChoice = 'keep-both' | 'replace';

/**
 * Record ids derive from URL and content hash, so a second capture of an unchanged page has the
 * same id as the first: "keep both" needs a distinct id, made from the capture time so it sorts
 * and stays stable if the same choice is saved twice. `existing` is the newest same-URL-and-text
 * capture (findDuplicateMatch prefers those), which may itself carry a suffix from an earlier
 * "keep both" while the plain id is still taken by the first capture: that needs a suffix too.
 */
export function asSeparateCapture(record: CaptureRecord, existing: CaptureRecord): CaptureRecord {
  if (record.id !== existing.id && !existing.id.startsWith(`${record.id}-`)) return record;
  const stamp = record.capturedAt.replace(/[^0-9]/g, '').slice(0, 17);
  return { ...record, id: `${record.id}-${stamp}` };
}

/** Saves a capture after the user answered the "captured before" question. */
export async function saveDuplicateChoice(
  store: Pick<CaptureStore, 'saveCapture' | 'replaceCapture'>,
  record: CaptureRecord,
  existing: CaptureRecord,
  choice: DuplicateChoice,
): Promise<CaptureRecord> {
  if (choice === 'replace') {
    await store.replaceCapture(existing.id, record);
    return record;
  }
  const separate = asSeparateCapture(record, existing);
  await store.saveCapture(separate);
  return separate;
}
