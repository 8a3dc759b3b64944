import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRecord } from '../../src/core/validateRecord';
import { ROOT, captureInPopup, screenshot, launchExtension, serve, type LoadedExtension, type TestServer } from './helpers';

/**
 * Issue 2 end to end: a government-style page served from 127.0.0.1, captured through the popup's
 * own code path, shown in the popup, exported through the downloads API and read back from disk.
 */
let ext: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await serve(join(ROOT, 'samples'));
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

interface DownloadInfo { filename: string; state: string; mime: string; error?: string }

async function waitForDownload(ext: LoadedExtension, id: number): Promise<DownloadInfo> {
  for (let i = 0; i < 100; i++) {
    const [item] = await ext.sw(async (downloadId: number) => chrome.downloads.search({ id: downloadId }), id) as DownloadInfo[];
    if (item && item.state !== 'in_progress') return item;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`download ${id} did not finish`);
}

test('toolbar popup captures the sample page, shows it, and exports schema-valid JSON', async () => {
  const { popup } = await captureInPopup(ext, server.url('/sample-meeting.html'));
  expect(await popup.getAttribute('body', 'data-state')).toBe('captured');
  expect(await popup.textContent('.card .title')).toContain('江川市召开防汛抗旱工作会议');
  expect(await popup.textContent('.card [data-field="publishedAt"]')).toContain('2024-05-16 18:30');
  expect(await popup.textContent('.card [data-field="source"]')).toContain('江川日报');
  expect(await popup.locator('.summary li').count()).toBeGreaterThan(0);

  // The record was stored before the popup got it.
  const id = await popup.getAttribute('.card', 'data-record-id');
  const stored = await ext.sw(async (recordId: string) => {
    const open = indexedDB.open('gov-news-capture');
    const db: IDBDatabase = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
    const tx = db.transaction('captures').objectStore('captures').get(recordId);
    return new Promise((res) => { tx.onsuccess = () => res(tx.result?.title ?? null); });
  }, id);
  expect(stored).toBe('江川市召开防汛抗旱工作会议');

  await popup.click('[data-action="export"]');
  await popup.waitForSelector('.action-note:has-text(".json")');
  const [latest] = (await ext.sw(async () => chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 }))) as { id: number }[];
  const item = await waitForDownload(ext, latest.id);
  expect(item.state).toBe('complete');
  // Playwright stores downloads under generated names; the name we asked for is what the popup reports.
  expect(await popup.textContent('.action-note')).toMatch(/2024-05-16[ _]江川市召开防汛抗旱工作会议\.json/);
  const exported = JSON.parse(readFileSync(item.filename, 'utf8'));
  const check = validateRecord(exported);
  if (!check.ok) throw new Error(`export does not match the schema: ${check.errors.join('; ')}`);
  expect(exported.title).toBe('江川市召开防汛抗旱工作会议');
  expect(exported.url).toBe(server.url('/sample-meeting.html'));
  expect(exported.id).toBe(id);

  // "Copy JSON" puts the same record on the clipboard.
  await popup.click('[data-action="copy"]');
  await popup.waitForSelector('.action-note:has-text("剪贴板")');
  // Read it back from a web page allowed to (extension origins cannot be granted clipboard-read).
  await ext.context.grantPermissions(['clipboard-read'], { origin: server.origin });
  const reader = await ext.context.newPage();
  await reader.goto(server.url('/sample-meeting.html'));
  await reader.bringToFront();
  const copied = JSON.parse(await reader.evaluate(() => navigator.clipboard.readText()));
  await reader.close();
  expect(copied.id).toBe(id);
  expect(validateRecord(copied).ok).toBe(true);

  // The README shows the popup as the test saw it.
  expect(existsSync(await screenshot(popup, 'popup.png', { docs: true }))).toBe(true);
});
