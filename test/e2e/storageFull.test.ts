import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { validateRecord } from '../../src/core/validateRecord';
import { extensionUrl, launchExtension, screenshot, serve, tabIdOf, type LoadedExtension, type TestServer, latestDownload } from './helpers';

/**
 * Issue 6, storage full: "gives a clear error and the record can still be exported". The quota is
 * real, not a test hook: the browser (DevTools protocol) is told the extension's origin may hold
 * less than one byte, so the capture's IndexedDB write fails with the browser's own
 * QuotaExceededError, as on a full disk. Its own browser: Chromium caches an origin's remaining
 * space for a while after writes, so the override must come before this profile writes anything.
 */
let ext: LoadedExtension;
let server: TestServer;
let cdp: CDPSession;
let origin: string;

const ARTICLE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>县政府召开安全生产会议</title></head><body>
<div class="article"><h1>县政府召开安全生产会议</h1><p>发布时间：2024-06-03 10:00 来源：示例县政府办</p>
${'<p>会议强调，要压紧压实安全生产责任，深入开展隐患排查整治，坚决防范遏制重特大事故发生。</p>'.repeat(40)}
</div></body></html>`;

beforeAll(async () => {
  server = await serve(null, { '/article.html': ARTICLE });
  ext = await launchExtension();
  origin = `chrome-extension://${ext.extensionId}`;
  cdp = await ext.context.newCDPSession(await ext.context.newPage());
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
});

afterAll(async () => {
  await cdp?.send('Storage.overrideQuotaForOrigin', { origin }).catch(() => undefined);
  await ext?.close();
  await server?.close();
});

function storedCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const open = indexedDB.open('gov-news-capture');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    if (!db.objectStoreNames.contains('captures')) return 0;
    const req = db.transaction('captures').objectStore('captures').count();
    const n: number = await new Promise((res) => {
      req.onsuccess = () => res(req.result);
    });
    db.close();
    return n;
  });
}

test('storage full: a clear message, and the unsaved record still exports as valid JSON', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/article.html'));
  const tabId = await tabIdOf(ext, page);
  const popup = await ext.context.newPage();
  // The toolbar popup's width; the height only bounds the picture (a full-page shot grows past it).
  await popup.setViewportSize({ width: 400, height: 280 });
  await popup.goto(extensionUrl(ext, `popup/popup.html?tabId=${tabId}`));
  await popup.waitForSelector('body[data-state="captured"], body[data-state="not-article"], body[data-state="not-saved"], body[data-state="error"]', {
    timeout: 20_000,
  });
  expect(await popup.getAttribute('body', 'data-state')).toBe('error');
  expect(await popup.getAttribute('[role="alert"]', 'data-error')).toBe('errorStorageFull');
  expect(await popup.textContent('.error-title')).toBe('存储空间已满，本次采集未能保存');
  expect(await popup.textContent('.error-hint')).toContain('导出 JSON');
  expect(await storedCount(popup)).toBe(0);

  await popup.click('[data-action="export"]');
  await popup.waitForSelector('.action-note:has-text(".json")');
  expect(await popup.textContent('.action-note')).toMatch(/2024-06-03[ _]县政府召开安全生产会议\.json/);
  const item = await latestDownload(ext, -1);
  expect(item.state).toBe('complete');
  const exported = JSON.parse(readFileSync(item.filename, 'utf8'));
  const v = validateRecord(exported);
  expect(v.ok ? [] : v.errors).toEqual([]);
  expect(exported.title).toBe('县政府召开安全生产会议');
  expect(exported.url).toBe(page.url());
  // Still nothing stored: the download came from the record the error carried.
  expect(await storedCount(popup)).toBe(0);

  await popup.click('[data-action="copy"]');
  await popup.waitForSelector('.action-note:has-text("剪贴板")');
  await screenshot(popup, 'popup-storage-full.png', { docs: true });
});
