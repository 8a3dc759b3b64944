import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRecord } from '../../src/core/validateRecord';
import { ROOT, captureInPopup, screenshot, launchExtension, serve, type LoadedExtension, type TestServer, type DownloadInfo } from './helpers';

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

async function waitForDownload(ext: LoadedExtension, id: number): Promise<DownloadInfo> {
  for (let i = 0; i < 100; i++) {
    const [item] = (await ext.sw(async (downloadId: number) => chrome.downloads.search({ id: downloadId }), id)) as DownloadInfo[];
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
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const tx = db.transaction('captures').objectStore('captures').get(recordId);
    return new Promise((res) => {
      tx.onsuccess = () => res(tx.result?.title ?? null);
    });
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

/**
 * Issue 4: the CLI and the extension are one pipeline. The same saved page, captured in Chromium
 * through the popup and run through the CLI (`npm run capture`, linkedom in Node), must give the
 * same record. Only `capturedAt` is left out: it is the clock at capture time. Everything else is
 * compared, `id` included (it derives from URL and content hash, so it must agree too), as are
 * `provenance` (which rule found each fact) and the cleaning counts: a difference in any of them
 * means the browser's DOM and linkedom led the extraction to different places.
 */
test('the CLI and the extension give the same record for the same page', async () => {
  // Its own URL: a repeat of the URL captured above would be stored under a "keep both" id.
  const url = server.url('/sample-meeting.html?same-as-cli=1');
  const { popup, page } = await captureInPopup(ext, url);
  expect(await popup.getAttribute('body', 'data-state')).toBe('captured');
  const id = await popup.getAttribute('.card', 'data-record-id');
  const fromExtension = (await ext.sw(async (recordId: string) => {
    const open = indexedDB.open('gov-news-capture');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const req = db.transaction('captures').objectStore('captures').get(recordId);
    return new Promise((res) => {
      req.onsuccess = () => res(req.result);
    });
  }, id)) as Record<string, unknown>;
  await popup.close();
  await page.close();

  // As `npm run capture` runs it: the launcher and its bundle of the CLI.
  const out = execFileSync(process.execPath, ['scripts/capture.mjs', 'samples/sample-meeting.html', '--url', url], { cwd: ROOT, encoding: 'utf8' });
  const fromCli = JSON.parse(out) as Record<string, unknown>;

  for (const r of [fromExtension, fromCli]) expect(validateRecord(r).ok).toBe(true);
  // The CLI's record also says which file it read (origin); the rest must be the same.
  expect(fromCli.origin).toEqual({ path: 'samples/sample-meeting.html' });
  const { capturedAt: _a, ...ext1 } = fromExtension;
  const { capturedAt: _b, origin: _o, ...cli1 } = fromCli;
  // Field by field first, so a failure names the field rather than dumping two whole records.
  const fields = [...new Set([...Object.keys(ext1), ...Object.keys(cli1)])].sort();
  const differing = fields.filter((f) => JSON.stringify(ext1[f]) !== JSON.stringify(cli1[f]));
  expect(differing).toEqual([]);
  expect(ext1).toEqual(cli1);
  expect(fromCli.title).toBe('江川市召开防汛抗旱工作会议');
});
