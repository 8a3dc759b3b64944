import { resolve } from 'node:path';
import { captureInPopup, extensionUrl, launchExtension, screenshot, serve, type LoadedExtension, type TestServer } from './helpers';

/**
 * Issue 21, bullets 1 and 4: a list page of ten articles (with a next-page link) whose ticked
 * articles are captured from the popup in background tabs, with progress in the popup and the
 * history page; and an article over three pages read as one record, from the card's button and
 * with the option to always do it. Pages: test/fixtures/paged/ (written for these tests).
 */
const PAGED = resolve(__dirname, '../fixtures/paged');
let ext: LoadedExtension;
let server: TestServer;

/** The article each list item links to (invented text). */
const article = (n: number) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例文章${n}_示例市人民政府</title></head>
<body><div class="nav"><a href="/">首页</a></div><div class="article"><h1>示例市第${n}篇政务要闻的标题</h1>
<div class="info">发布时间：2024-06-${String(11 - n).padStart(2, '0')} 10:00　来源：示例市融媒体中心</div>
<div class="content"><p>这是第${n}篇示例文章的第一段，介绍了示例市近期推进重点工作的有关情况和下一步安排。</p>
<p>第二段说明了各相关部门的分工，要求按时完成各项任务，确保工作取得实效。</p></div></div></body></html>`;

beforeAll(async () => {
  const routes: Record<string, string> = {};
  for (let n = 1; n <= 10; n++) routes[`/articles/item-${n}.html`] = article(n);
  server = await serve(PAGED, routes);
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const storedUrls = () =>
  ext.sw(async () => {
    const open = indexedDB.open('gov-news-capture');
    const db: IDBDatabase = await new Promise((ok, ko) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => ko(open.error);
    });
    const tx = db.transaction('captures');
    const all: { url: string; pages?: string[] }[] = await new Promise((ok) => {
      const r = tx.objectStore('captures').getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return all.map((r) => r.url);
  }) as Promise<string[]>;

test('a list page: its ten articles with dates, three ticked are captured in background tabs, with a result per page in the popup and the history page', async () => {
  // One article captured before: the list marks it.
  const before = await captureInPopup(ext, server.url('/articles/item-2.html'));
  expect(await before.popup.getAttribute('body', 'data-state')).toBe('captured');
  await before.popup.close();
  await before.page.close();

  const { popup, page } = await captureInPopup(ext, server.url('/news-list.html'));
  expect(await popup.getAttribute('body', 'data-state')).toBe('not-saved');
  await popup.waitForSelector('[data-list-items]');
  const rows = popup.locator('.list-items li');
  expect(await rows.count()).toBe(10);
  expect(await rows.nth(0).locator('.list-title').textContent()).toBe('示例市召开全市防汛抗旱工作会议');
  expect(await rows.nth(0).locator('.list-date').textContent()).toBe('2024-06-10');
  expect(await popup.locator('.list-items li[data-captured="true"]').count()).toBe(1);
  expect(await rows.nth(1).locator('.list-captured').textContent()).toBe('已采集');
  // The pager's links (下一页, 2, 3) are not articles.
  expect(await popup.locator('.list-title', { hasText: '下一页' }).count()).toBe(0);

  // Select all, then untick all but three: the first, third and fourth.
  await popup.check('[data-action="list-select-all"]');
  expect(await popup.locator('.list-items input:checked').count()).toBe(10);
  await popup.uncheck('[data-action="list-select-all"]');
  for (const i of [0, 2, 3]) await rows.nth(i).locator('input').check();
  const tabsBefore = await ext.sw(async () => (await chrome.tabs.query({})).length);
  await popup.click('[data-action="capture-selected"]');
  await popup.waitForSelector('[data-list-progress][data-running="false"]', { timeout: 60_000 });
  const states = await popup.locator('.list-outcomes li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-status')));
  expect(states).toEqual(['saved', 'saved', 'saved']);
  expect(await popup.locator('.list-outcomes li .list-title').allTextContents()).toEqual([
    '示例市第1篇政务要闻的标题',
    '示例市第3篇政务要闻的标题',
    '示例市第4篇政务要闻的标题',
  ]);
  await screenshot(popup, 'popup-list-capture.png', { docs: true });
  // The background tabs were closed after.
  expect(await ext.sw(async () => (await chrome.tabs.query({})).length)).toBe(tabsBefore);
  const urls = await storedUrls();
  for (const n of [1, 2, 3, 4]) expect(urls).toContain(server.url(`/articles/item-${n}.html`));
  expect(urls).not.toContain(server.url('/articles/item-5.html'));
  expect(urls).not.toContain(server.url('/news-list.html'));

  // The history page shows the same job's results, and the pages saved.
  const history = await ext.context.newPage();
  await history.goto(extensionUrl(ext, 'history/history.html'));
  await history.waitForSelector('#list-job:not([hidden]) .list-outcomes li[data-status="saved"]');
  expect(await history.locator('#list-job .list-outcomes li').count()).toBe(3);
  expect(await history.locator('#list li', { hasText: '示例市第3篇政务要闻的标题' }).count()).toBe(1);
  await screenshot(history, 'history-list-capture.png', { docs: true });
  await history.close();
  await popup.close();
  await page.close();
});

test('a list capture can be cancelled: the pages not yet read are skipped', async () => {
  const { popup, page } = await captureInPopup(ext, server.url('/news-list.html'));
  await popup.waitForSelector('[data-list-items]');
  await popup.check('[data-action="list-select-all"]');
  await popup.click('[data-action="capture-selected"]');
  await popup.click('[data-action="cancel-list"]');
  await popup.waitForSelector('[data-list-progress][data-running="false"]', { timeout: 60_000 });
  const states = await popup.locator('.list-outcomes li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-status')));
  expect(states).toHaveLength(10);
  expect(states.filter((s) => s === 'skipped').length).toBeGreaterThanOrEqual(8);
  await popup.close();
  await page.close();
});

test('an article over three pages: the card offers to read them all, and the record joins them in order', async () => {
  const { popup, page } = await captureInPopup(ext, server.url('/flood-meeting.html'));
  expect(await popup.getAttribute('body', 'data-state')).toBe('captured');
  await popup.waitForSelector('[data-action="follow-pages"]');
  expect(await popup.locator('[data-field="pages"]').count()).toBe(0);
  await popup.click('[data-action="follow-pages"]');
  await popup.waitForSelector('[data-field="pages"]', { timeout: 30_000 });
  expect(await popup.locator('[data-field="pages"]').textContent()).toBe('共 3 页，已合并');
  expect(await popup.locator('[data-action="follow-pages"]').count()).toBe(0);
  // The joined record replaced the first page's capture made a moment before: one record of the article.
  expect(await popup.locator('.banner').count()).toBe(0);
  expect((await storedUrls()).filter((u) => u === server.url('/flood-meeting.html'))).toHaveLength(1);
  await screenshot(popup, 'popup-pages.png', { docs: true });
  const id = await popup.getAttribute('.card', 'data-record-id');
  const record = (await ext.sw(async (rid: string) => {
    const open = indexedDB.open('gov-news-capture');
    const db: IDBDatabase = await new Promise((ok) => {
      open.onsuccess = () => ok(open.result);
    });
    const r = await new Promise<any>((ok) => {
      const q = db.transaction('captures').objectStore('captures').get(rid);
      q.onsuccess = () => ok(q.result);
    });
    db.close();
    return r;
  }, id)) as { pages: string[]; body: { text: string }[]; editor: string | null };
  expect(record.pages).toEqual(['/flood-meeting.html', '/flood-meeting_2.html', '/flood-meeting_3.html'].map((p) => server.url(p)));
  expect(record.body.map((b) => b.text.slice(0, 6))).toEqual(['6月3日上午', '会议指出，今', '会议要求，要', '要加强监测预', '要落实防汛物', '会议强调，各']);
  expect(record.editor).toBe('林晓');
  await popup.close();
  await page.close();
});

test('with the option on, every capture of a paged article reads all its pages', async () => {
  const options = await ext.context.newPage();
  await options.goto(extensionUrl(ext, 'options/options.html'));
  await options.check('input[name="followPages"]');
  for (let i = 0; i < 50 && !(await ext.sw(async () => (await chrome.storage.sync.get('followPages')).followPages)); i++)
    await new Promise((r) => setTimeout(r, 100));
  expect(await ext.sw(async () => (await chrome.storage.sync.get('followPages')).followPages)).toBe(true);
  await options.close();
  const { popup, page } = await captureInPopup(ext, server.url('/flood-meeting_2.html'));
  // Read from its second page: the pager leads on to the third (the first is behind it, not followed).
  expect(await popup.locator('[data-field="pages"]').textContent()).toBe('共 2 页，已合并');
  expect(await popup.locator('[data-action="follow-pages"]').count()).toBe(0);
  await ext.sw(async () => chrome.storage.sync.remove('followPages'));
  await popup.close();
  await page.close();
});
