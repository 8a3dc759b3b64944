import type { Page } from 'playwright-core';
import { validateRecord } from '../../src/core/validateRecord';
import { extensionUrl, launchExtension, serve, type LoadedExtension, type TestServer } from './helpers';

/**
 * Issue 6, "nothing lost": the service worker is stopped in the middle of a capture. No
 * half-written record may remain, and the same capture can be retried and lands whole.
 * (Storage full is in storageFull.test.ts.)
 */
let ext: LoadedExtension;
let server: TestServer;
let extPage: Page;

const SLOW_MS = 6000;
const ARTICLE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>县政府召开安全生产会议</title></head><body>
<div class="article"><h1>县政府召开安全生产会议</h1><p>发布时间：2024-06-03 10:00 来源：示例县政府办</p>
${'<p>会议强调，要压紧压实安全生产责任，深入开展隐患排查整治，坚决防范遏制重特大事故发生。</p>'.repeat(40)}
</div></body></html>`;

beforeAll(async () => {
  server = await serve(null, { '/slow.html': { body: ARTICLE, delayMs: SLOW_MS }, '/fast.html': ARTICLE });
  ext = await launchExtension();
  extPage = await ext.context.newPage();
  await extPage.goto(extensionUrl(ext, 'history/history.html'));
  await extPage.waitForSelector('body[data-ready="true"]');
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/**
 * The tab id, asked through an extension page: the helpers ask the service worker, and the
 * worker handle they hold goes stale once this test has stopped the worker.
 */
async function tabOf(page: Page): Promise<number> {
  // Right after a navigation commits, the tab may still report the URL only as pendingUrl: ask again briefly.
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = await extPage.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u || t.pendingUrl === u)?.id ?? null, page.url());
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab for ${page.url()}`);
}

/** Every stored row for a URL, read straight from IndexedDB in an extension page. */
function rowsFor(url: string): Promise<unknown[]> {
  return extPage.evaluate(async (u) => {
    const open = indexedDB.open('gov-news-capture');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const req = db.transaction('captures').objectStore('captures').getAll();
    const all: { url: string | null }[] = await new Promise((res) => {
      req.onsuccess = () => res(req.result);
    });
    db.close();
    return all.filter((r) => r.url === u);
  }, url);
}

test('a service worker stopped mid-capture leaves no half record, and the retry stores it whole', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/slow.html'), { waitUntil: 'commit' });
  const tabId = await tabOf(page);

  // The capture starts and waits in the worker for the still-loading page ...
  const firstTry = extPage.evaluate(
    (id) =>
      chrome.runtime.sendMessage({ type: 'capture', tabId: id }).then(
        (reply) => ({ reply }),
        (error: Error) => ({ error: String(error?.message ?? error) }),
      ),
    tabId,
  );
  await new Promise((r) => setTimeout(r, 800));
  // ... and the worker is stopped under it, as the browser does to idle or crashed workers.
  const cdp = await ext.context.newCDPSession(extPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const outcome = await firstTry;
  expect(outcome).not.toHaveProperty('reply.ok', true);
  expect(await rowsFor(page.url())).toEqual([]);

  // Retry once the page has loaded: the worker starts again and the record lands whole.
  await page.waitForLoadState('load', { timeout: SLOW_MS + 5000 });
  const retry = await extPage.evaluate((id) => chrome.runtime.sendMessage({ type: 'capture', tabId: id }), tabId);
  expect(retry).toHaveProperty('ok', true);
  const rows = await rowsFor(page.url());
  expect(rows).toHaveLength(1);
  const v = validateRecord(rows[0]);
  expect(v.ok ? [] : v.errors).toEqual([]);
  expect((rows[0] as { title: string }).title).toBe('县政府召开安全生产会议');
});

test('stopped at any point of a capture, the worker leaves either nothing or one whole record', async () => {
  const cdp = await ext.context.newCDPSession(extPage);
  await cdp.send('ServiceWorker.enable');
  const outcomes: string[] = [];
  // Offsets spread over a capture's life: injection, extraction, building, hashing, the write.
  for (const [i, offset] of [0, 10, 25, 50, 75, 100, 150, 200, 300, 450].entries()) {
    const page = await ext.context.newPage();
    await page.goto(server.url(`/fast.html?n=${i}`));
    const tabId = await tabOf(page);
    const attempt = extPage.evaluate(
      (id) =>
        chrome.runtime.sendMessage({ type: 'capture', tabId: id }).then(
          (reply: { ok?: boolean }) => (reply?.ok ? 'stored' : 'failed'),
          () => 'interrupted',
        ),
      tabId,
    );
    await new Promise((r) => setTimeout(r, offset));
    await cdp.send('ServiceWorker.stopAllWorkers');
    outcomes.push(await attempt);
    const rows = await rowsFor(page.url());
    expect(rows.length).toBeLessThanOrEqual(1);
    // A capture that answered "stored" really is stored: it was written before the answer.
    if (outcomes[outcomes.length - 1] === 'stored') expect(rows).toHaveLength(1);
    for (const row of rows) {
      const v = validateRecord(row);
      expect(v.ok ? [] : v.errors).toEqual([]);
    }
    // Whatever happened, a retry stores the capture whole.
    if (rows.length === 0) {
      await extPage.evaluate((id) => chrome.runtime.sendMessage({ type: 'capture', tabId: id }), tabId);
      expect(await rowsFor(page.url())).toHaveLength(1);
    }
    await page.close();
  }
  // The run must have interrupted some captures, or it proved nothing.
  expect(outcomes).toContain('interrupted');
});
