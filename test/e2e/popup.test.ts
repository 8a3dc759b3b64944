import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, captureInPopup, screenshot, launchExtension, openPopup, serve, tabIdOf, type LoadedExtension, type TestServer, storedRecord } from './helpers';
import { LIST_PAGE, LONG_WORDS, MEETING_MANY_DIRECTIVES, TRADITIONAL_PAGE } from './pages';

/** Issue 5, popup half: the card, the cleaner's report, edits, the region picker and clear errors. */
let ext: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await serve(join(ROOT, 'samples'), {
    '/meeting.html': MEETING_MANY_DIRECTIVES,
    '/long.html': LONG_WORDS,
    '/list.html': LIST_PAGE,
    '/traditional.html': TRADITIONAL_PAGE,
    // Half a page, then nothing for a long while: the document stays "loading".
    '/slow.html': { body: MEETING_MANY_DIRECTIVES, delayMs: 30_000 },
  });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function noHorizontalOverflow(popup: Page): Promise<void> {
  const { scroll, client } = await popup.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  const wide = await popup.evaluate(
    () => Array.from(document.querySelectorAll('body *')).filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length,
  );
  expect(wide).toBe(0);
}

test('summary card: meeting with host and numbered directives; a long list folds', async () => {
  const { popup } = await captureInPopup(ext, server.url('/meeting.html'));
  expect(await popup.getAttribute('body', 'data-state')).toBe('captured');
  await popup.waitForSelector('.meeting');
  expect(await popup.textContent('.meeting')).toContain('陶若谷');
  const directives = popup.locator('.meeting .directives li');
  expect(await directives.count()).toBe(7);
  // Past the fold the rest is hidden until opened.
  expect(await popup.locator('.meeting details').count()).toBeGreaterThan(0);
  expect(await directives.nth(6).isVisible()).toBe(false);
  await popup.click('.meeting details summary');
  expect(await directives.nth(6).isVisible()).toBe(true);
  await noHorizontalOverflow(popup);
  await screenshot(popup, 'popup-meeting.png', { docs: true });
});

test('nothing overflows at popup width, even with unbreakable strings', async () => {
  const { popup } = await captureInPopup(ext, server.url('/long.html'));
  await noHorizontalOverflow(popup);
});

test('edit before saving: the record shows the correction, the extracted value is kept beside it', async () => {
  const { popup } = await captureInPopup(ext, server.url('/sample-meeting.html'));
  const id = (await popup.getAttribute('.card', 'data-record-id'))!;
  await popup.click('[data-action="edit"]');
  await popup.fill('textarea[name="title"]', '江川市部署防汛抗旱工作');
  await popup.fill('input[name="source"]', '江川市人民政府网');
  await popup.fill('input[name="tags"]', '防汛，待核实');
  await popup.fill('textarea[name="note"]', '与市防指通知对照。');
  await popup.click('[data-action="save"]');
  await popup.waitForSelector('.card .corrected');
  expect(await popup.textContent('.card .title')).toContain('江川市部署防汛抗旱工作');
  expect(await popup.locator('.card .tags li').allTextContents()).toEqual(['防汛', '待核实']);
  const record = await storedRecord(popup, id);
  expect(record.title).toBe('江川市部署防汛抗旱工作');
  expect(record.source).toBe('江川市人民政府网');
  expect(record.extracted).toEqual({ title: '江川市召开防汛抗旱工作会议', source: '江川日报' });
  expect(record.corrections).toEqual({ title: '江川市部署防汛抗旱工作', source: '江川市人民政府网' });
  expect([record.tags, record.note]).toEqual([['防汛', '待核实'], '与市防指通知对照。']);
  await screenshot(popup, 'popup-corrected.png', { docs: true });
});

test('wrong part of the page: the region is outlined, a picked block is captured instead, Esc cancels', async () => {
  const { page, popup } = await captureInPopup(ext, server.url('/meeting.html'));
  await popup.click('[data-action="wrong-part"]');
  const overlay = page.locator('[data-gov-news-capture-overlay]');
  await overlay.waitFor({ state: 'attached' });
  const box = (await overlay.boundingBox())!;
  expect(box.width > 100 && box.height > 50).toBe(true);
  // The box is around the article column, not the whole page: the side column stays outside it.
  const side = (await page.locator('#side-block').boundingBox())!;
  expect(side.x).toBeGreaterThan(box.x + box.width);
  await screenshot(page, 'page-outline.png', { docs: true, fullPage: false });

  // Esc leaves the capture as it was.
  await popup.click('[data-action="pick"]');
  await popup.waitForSelector('body[aria-busy="true"]');
  await page.mouse.move(50, 50);
  await page.keyboard.press('Escape');
  await popup.waitForSelector('body[aria-busy="false"]');
  expect(await popup.textContent('#status')).toMatch(/取消|cancel/i);

  // Pick the side block: the new record's body comes from it, the page facts stay.
  await popup.click('[data-action="pick"]');
  await popup.waitForSelector('body[aria-busy="true"]');
  const target = page.locator('#side-block p').first();
  await target.hover();
  await target.click();
  await popup.waitForSelector('body[aria-busy="false"]');
  const id = (await popup.getAttribute('.card', 'data-record-id'))!;
  const record = await storedRecord(popup, id);
  const body = record.body.map((b: { text: string }) => b.text).join('\n');
  expect(body).toContain('新增公共停车泊位');
  expect(body).not.toContain('安全生产');
  // The picker left nothing behind in the page and the click did not reach the page.
  expect(await page.locator('[data-gov-news-capture-overlay]').count()).toBe(0);
  expect(page.url()).toBe(server.url('/meeting.html'));
});

test('the same page captured twice: both kept, and the earlier one can be replaced', async () => {
  const first = await captureInPopup(ext, server.url('/long.html'));
  const firstId = (await first.popup.getAttribute('.card', 'data-record-id'))!;
  const second = await captureInPopup(ext, server.url('/long.html'));
  const secondId = (await second.popup.getAttribute('.card', 'data-record-id'))!;
  expect(secondId).not.toBe(firstId);
  expect(await storedRecord(second.popup, firstId)).not.toBeNull();
  await second.popup.click('.banner [data-action="replace"]');
  await second.popup.waitForSelector('.banner:not(:has(button))');
  expect(await storedRecord(second.popup, firstId)).toBeNull();
  expect(await storedRecord(second.popup, secondId)).not.toBeNull();
});

test("the cleaner's report says what was done, in plain words", async () => {
  await ext.sw(async () => chrome.storage.sync.set({ outputScript: 'simplified' }));
  try {
    const { popup } = await captureInPopup(ext, server.url('/traditional.html'));
    expect(await popup.textContent('.report')).toContain('已转换为简体');
    expect(await popup.textContent('.card .title')).toContain('示例市举行防灾演练');
  } finally {
    await ext.sw(async () => chrome.storage.sync.remove('outputScript'));
  }
});

test('a page that is not an article says why, in the UI language, and is stored only when asked', async () => {
  const { popup } = await captureInPopup(ext, server.url('/list.html'));
  expect(await popup.getAttribute('body', 'data-state')).toBe('not-saved');
  const reason = (await popup.locator('.report li.warn').first().textContent()) ?? '';
  expect(reason).toMatch(/^不是文章：/);
  expect(reason).not.toMatch(/[A-Za-z]{3}/);
  expect(await popup.textContent('#status')).toContain('未保存');
  const id = (await popup.getAttribute('.card', 'data-record-id'))!;
  expect(await storedRecord(popup, id)).toBeNull();
  await popup.click('[data-action="save-anyway"]');
  await popup.waitForSelector('body[data-state="not-article"]', { timeout: 20_000 });
  expect(await storedRecord(popup, (await popup.getAttribute('.card', 'data-record-id'))!)).not.toBeNull();
});

test('browser pages give a clear error', async () => {
  const page = await ext.context.newPage();
  await page.goto('chrome://version');
  const tabId = await ext.sw(async () => (await chrome.tabs.query({})).find((t) => !t.url || t.url.startsWith('chrome://version'))?.id ?? -1);
  expect(tabId).toBeGreaterThan(0);
  const popup = await openPopup(ext, tabId);
  await popup.waitForSelector('body[data-state="error"]');
  expect(await popup.getAttribute('.error', 'data-error')).toBe('errorRestricted');
  await screenshot(popup, 'popup-restricted.png', { docs: true });
  await page.close();
});

test('a page still loading gives a clear error', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/slow.html'), { waitUntil: 'commit' });
  const tabId = await tabIdOf(ext, page);
  const popup = await openPopup(ext, tabId);
  await popup.waitForSelector('body[data-state="error"]', { timeout: 20_000 });
  expect(await popup.getAttribute('.error', 'data-error')).toBe('errorLoading');
  await page.close();
});
