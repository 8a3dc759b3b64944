import browser from 'webextension-polyfill';
import { importRecords, type ExportFormat } from '../src/core/export';
import { exportRecordsAsync } from '../src/citations/exportCitations';
import type { CaptureRecord } from '../src/core/types';
import { deleteCaptures, getCaptures, importCaptures } from '../src/background/db';
import { downloadText } from '../src/background/download';
import { deleteSnapshots } from '../src/background/snapshots';
import { callBackground } from '../src/messaging/client';
import type { CaptureReply } from '../src/messaging/protocol';

/** What the history page does with stored captures; the page itself only wires these to buttons. */

export async function exportSelected(ids: readonly string[], format: ExportFormat, fields?: readonly string[]): Promise<{ fileName: string; count: number }> {
  const records = await getCaptures(ids);
  const file = await exportRecordsAsync(records, format, { fields });
  await downloadText(file.text, file.fileName, file.mime);
  return { fileName: file.fileName, count: records.length };
}

export async function copySelected(ids: readonly string[], format: ExportFormat, fields?: readonly string[]): Promise<number> {
  const records = await getCaptures(ids);
  await navigator.clipboard.writeText((await exportRecordsAsync(records, format, { fields })).text);
  return records.length;
}

/** A snapshot belongs to its record: it goes with it, or it would stay behind, unreachable, using quota. */
export async function deleteSelected(ids: readonly string[]): Promise<void> {
  await deleteCaptures([...ids]);
  await deleteSnapshots([...ids]);
}

export async function importFile(file: File) {
  const parsed = await importRecords(await file.text(), file.name);
  const stored = await importCaptures(parsed.records);
  return { ...stored, errors: [...parsed.errors, ...stored.rejected] };
}

/**
 * Opens the original page in a background tab and captures it again through the background
 * (the same path as the popup), then closes that tab. The new capture is stored beside the old
 * one; the caller offers "replace".
 */
export async function recapture(record: CaptureRecord): Promise<CaptureReply> {
  const tab = await browser.tabs.create({ url: record.url!, active: false });
  if (tab.id === undefined) throw new Error('no tab');
  try {
    await settled(tab.id, 15_000);
    return await callBackground({ type: 'capture', tabId: tab.id });
  } finally {
    // The tab was opened in the background only to be read; "open original" is the way to see it.
    await browser.tabs.remove(tab.id).catch(() => undefined);
  }
}

/**
 * Polls rather than listening to tabs.onUpdated: a listener added after tabs.create can miss a
 * fast page's "complete". The background still captures a slow page when this gives up.
 */
async function settled(tabId: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab || tab.status === 'complete') return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function openOriginal(record: CaptureRecord): Promise<void> {
  await browser.tabs.create({ url: record.url!, active: true });
}
