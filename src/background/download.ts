import browser from 'webextension-polyfill';
import { exportRecords, type ExportFormat } from '../core/export';
import { attachmentPaths, recordBaseName } from '../core/export/fileName';
import type { CaptureRecord } from '../core/types';

/**
 * Chrome's service worker has no URL.createObjectURL, so the file travels as a data URL built
 * here from our own export text; Firefox's background page has it and refuses data URLs for downloads.
 */
function downloadUrl(text: string, mime: string): { url: string; revoke: () => void } {
  if (typeof URL.createObjectURL === 'function' && typeof Blob === 'function') {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    return { url, revoke: () => setTimeout(() => URL.revokeObjectURL(url), 60_000) };
  }
  const type = /charset=/i.test(mime) ? mime : `${mime};charset=utf-8`;
  return { url: `data:${type},${encodeURIComponent(text)}`, revoke: () => {} };
}

export async function downloadText(text: string, filename: string, mime: string): Promise<number> {
  const { url, revoke } = downloadUrl(text, mime);
  try {
    return await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
  } finally {
    revoke();
  }
}

/**
 * One record through the shared exporters (same file names and formats as the history page).
 * Data formats only: a citation needs citation-js, loaded with import(), which a service worker
 * may not call; the popup and the history page write citations themselves.
 */
export async function downloadRecords(
  records: CaptureRecord[],
  format: ExportFormat,
  fields?: readonly string[],
): Promise<{ filename: string; downloadId: number }> {
  const file = exportRecords(records, format, { fields });
  const downloadId = await downloadText(file.text, file.fileName, file.mime);
  return { filename: file.fileName, downloadId };
}

const WEB = /^https?:\/\//i;

/**
 * A record's attachments saved into `<downloads>/<date title>/`, one download each (the
 * manifest's `downloads` permission; the browser fetches them with the user's session, as a
 * click on the link would). Only web addresses are fetched: the URLs came from the page. One
 * failed file does not stop the others; the answer counts both.
 */
export async function downloadAttachments(record: CaptureRecord): Promise<{ folder: string; started: number; failed: number }> {
  const paths = attachmentPaths(record);
  let started = 0;
  let failed = 0;
  for (const [i, a] of (record.attachments ?? []).entries()) {
    if (!WEB.test(a.url)) {
      failed++;
      continue;
    }
    try {
      await browser.downloads.download({ url: a.url, filename: paths[i], saveAs: false, conflictAction: 'uniquify' });
      started++;
    } catch {
      failed++;
    }
  }
  return { folder: recordBaseName(record), started, failed };
}
