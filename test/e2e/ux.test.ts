import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { importRecords } from '../../src/core/export';
import type { CaptureRecord } from '../../src/core/types';
import { validateRecord } from '../../src/core/validateRecord';
import { captureInPopup, extensionUrl, launchExtension, serve, type LoadedExtension, type TestServer, lastDownloadId, latestDownload } from './helpers';
import { EMPTY_PAGE, LIST_PAGE, LONG_TITLE_MEETING, SECOND_ARTICLE } from './pages';

/**
 * Issue 24, "what the researcher sees is what they get", in real Chromium: an edit reaches every
 * export, tags and a note go out and come back, non-articles are stored only when asked, the
 * history filters by publication date, capture-all leaves captured tabs alone and names tabs,
 * and every page speaks the UI language.
 */
let ext: LoadedExtension;
let server: TestServer;

const LONG_TITLE = '示例市召开城市更新和老旧小区改造工作推进会议暨年度重点项目集中调度会议';

beforeAll(async () => {
  server = await serve(null, {
    '/meeting.html': LONG_TITLE_MEETING,
    '/second.html': SECOND_ARTICLE,
    '/empty.html': EMPTY_PAGE,
    '/list.html': LIST_PAGE,
  });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function downloadedText(after: number): Promise<{ name: string; text: string }> {
  const item = await latestDownload(ext, after, (d) => d.state === 'complete');
  return { name: item.filename, text: readFileSync(item.filename, 'utf8') };
}

async function stored(page: Page, id: string): Promise<CaptureRecord | null> {
  return page.evaluate(async (recordId) => (await chrome.runtime.sendMessage({ type: 'getCapture', id: recordId })).value, id);
}

async function openHistory(): Promise<Page> {
  const history = await ext.context.newPage();
  await history.goto(extensionUrl(ext, 'history/history.html'));
  await history.waitForSelector('body[data-sites="true"]');
  return history;
}

async function exportFrom(history: Page, id: string, format: string): Promise<{ name: string; text: string }> {
  await history.check(`li[data-id="${id}"] input[type="checkbox"]`);
  await history.selectOption('#format', format);
  const before = await lastDownloadId(ext);
  await history.click('#export');
  const file = await downloadedText(before);
  await history.uncheck(`li[data-id="${id}"] input[type="checkbox"]`);
  return file;
}

let correctedId = '';

test('an edit reaches the card, history and every export; the extracted value stays in the record', async () => {
  const { popup } = await captureInPopup(ext, server.url('/meeting.html'));
  correctedId = (await popup.getAttribute('.card', 'data-record-id'))!;
  await popup.click('[data-action="edit"]');
  // The long headline is in a text area, whole.
  expect(await popup.inputValue('textarea[name="title"]')).toBe(LONG_TITLE);
  await popup.fill('textarea[name="title"]', '示例市召开城市更新工作推进会议\n部署年度重点项目');
  await popup.fill('input[name="publishedAt"]', '2024年6月3日');
  await popup.fill('input[name="source"]', '示例市人民政府办公室');
  // Speakers and attendees are edited with their titles.
  expect(await popup.inputValue('textarea[name="meeting.speakers"]')).toContain('周若川（副市长）');
  await popup.fill('textarea[name="meeting.speakers"]', '周若川（副市长、市政府党组成员）');
  await popup.fill('input[name="tags"]', '城市更新，待核实');
  await popup.fill('textarea[name="note"]', '与6月1日的通知对照。\n第二段待核实。');
  await popup.click('[data-action="save"]');
  await popup.waitForSelector('.card .corrected');
  expect(await popup.textContent('.card .title')).toContain('示例市召开城市更新工作推进会议 部署年度重点项目');
  expect(await popup.textContent('.card [data-field="publishedAt"]')).toContain('2024-06-03');
  expect(await popup.textContent('.card .meeting')).toContain('周若川（副市长、市政府党组成员）');

  const record = (await stored(popup, correctedId))!;
  expect([record.title, record.publishedAt, record.source]).toEqual(['示例市召开城市更新工作推进会议 部署年度重点项目', '2024-06-03', '示例市人民政府办公室']);
  expect(record.extracted).toMatchObject({ title: LONG_TITLE, publishedAt: '2024-06-05T09:00:00+08:00', source: '示例市融媒体中心' });
  expect(record.meeting?.speakers).toEqual([{ name: '周若川', titles: ['副市长', '市政府党组成员'] }]);

  const history = await openHistory();
  expect(await history.textContent(`li[data-id="${correctedId}"] .title`)).toContain('部署年度重点项目');
  expect(await history.locator(`li[data-id="${correctedId}"] .tags li`).allTextContents()).toEqual(['城市更新', '待核实']);

  const json = JSON.parse((await exportFrom(history, correctedId, 'json')).text) as CaptureRecord;
  expect([json.title, json.publishedAt, json.source, json.tags, json.note]).toEqual([
    record.title,
    '2024-06-03',
    '示例市人民政府办公室',
    ['城市更新', '待核实'],
    '与6月1日的通知对照。\n第二段待核实。',
  ]);
  expect(json.extracted).toEqual(record.extracted);
  expect(validateRecord(json).ok).toBe(true);

  const csv = Papa.parse<Record<string, string>>((await exportFrom(history, correctedId, 'csv')).text.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data[0];
  expect([csv.title, csv.publishedAt, csv.source]).toEqual([record.title, '2024-06-03', '示例市人民政府办公室']);
  expect(JSON.parse(csv.extracted).source).toBe('示例市融媒体中心');
  expect(JSON.parse(csv.tags)).toEqual(['城市更新', '待核实']);

  const md = (await exportFrom(history, correctedId, 'markdown')).text;
  const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(md)![1]) as Record<string, unknown>;
  expect(front).toMatchObject({
    title: record.title,
    date: '2024-06-03',
    source: '示例市人民政府办公室',
    url: server.url('/meeting.html'),
    tags: ['城市更新', '待核实'],
  });
  expect(String(front.captured)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  expect(md).not.toContain('\\+');
  expect(md).not.toContain('示例市融媒体中心');
  expect(md).toContain('周若川');

  // The JSON file imports back whole: corrections, extracted values, tags and note.
  const back = await importRecords(JSON.stringify(json), 'x.json');
  expect(back.errors).toEqual([]);
  expect(back.records[0]).toEqual(json);

  // Tags and note are edited on the history row too, and found by search.
  await history.click(`li[data-id="${correctedId}"] [data-action="annotate"]`);
  await history.fill(`li[data-id="${correctedId}"] input[name="tags"]`, '城市更新，已核实');
  await history.fill(`li[data-id="${correctedId}"] textarea[name="note"]`, '已与通知原文核对。');
  await history.click(`li[data-id="${correctedId}"] [data-action="save-annotations"]`);
  await history.waitForSelector(`li[data-id="${correctedId}"] .tags li:has-text("已核实")`);
  expect(await history.textContent(`li[data-id="${correctedId}"] .note`)).toBe('已与通知原文核对。');
  expect((await stored(history, correctedId))?.tags).toEqual(['城市更新', '已核实']);
  await history.fill('#q', '原文核对');
  await history.waitForFunction((id) => [...document.querySelectorAll('#list li.item')].map((li) => li.getAttribute('data-id')).join() === id, correctedId);
  await history.close();
});

test('the edit form refuses a date it cannot read, in the UI language, and keeps the form', async () => {
  const { popup } = await captureInPopup(ext, server.url('/second.html'));
  await popup.click('[data-action="edit"]');
  await popup.fill('input[name="publishedAt"]', '下周三');
  await popup.click('[data-action="save"]');
  await popup.waitForSelector('.editor [role="alert"]:not(:empty)');
  const message = (await popup.textContent('.editor [role="alert"]')) ?? '';
  expect(message).toMatch(/无法识别这个日期/);
  expect(message).not.toMatch(/must|date must/i);
  await popup.fill('input[name="publishedAt"]', '2024/6/6 16:40');
  await popup.click('[data-action="save"]');
  await popup.waitForSelector('.card');
  expect(await popup.textContent('.card [data-field="publishedAt"]')).toContain('2024-06-06 16:40');
  await popup.close();
});

test('an empty page and a list page are not stored unless asked; the reason is in the UI language', async () => {
  const history = await openHistory();
  const rowsBefore = await history.locator('#list li.item').count();
  for (const path of ['/empty.html', '/list.html']) {
    const { popup } = await captureInPopup(ext, server.url(path));
    expect(await popup.getAttribute('body', 'data-state')).toBe('not-saved');
    const reason = (await popup.locator('.report li.warn').first().textContent()) ?? '';
    expect(reason).toMatch(/不是文章|不是一篇文章/);
    expect(reason).not.toMatch(/[A-Za-z]{3}/);
    expect(await stored(popup, (await popup.getAttribute('.card', 'data-record-id'))!)).toBeNull();
    // No date is taken from a list's items.
    expect(await popup.textContent('.card [data-field="publishedAt"]')).not.toMatch(/2024-02/);
    await popup.close();
  }
  await history.reload();
  await history.waitForSelector('body[data-sites="true"]');
  expect(await history.locator('#list li.item').count()).toBe(rowsBefore);

  const { popup } = await captureInPopup(ext, server.url('/list.html'));
  await popup.click('[data-action="save-anyway"]');
  await popup.waitForSelector('body[data-state="not-article"]', { timeout: 20_000 });
  expect(await stored(popup, (await popup.getAttribute('.card', 'data-record-id'))!)).not.toBeNull();
  await popup.close();
  await history.close();
});

test('history filters by publication date by default, by capture date when asked', async () => {
  const history = await openHistory();
  expect(await history.inputValue('#date-field')).toBe('published');
  // The corrected record was published (as corrected) on 3 June; it was captured today.
  await history.fill('#from', '2024-06-03');
  await history.fill('#to', '2024-06-03');
  await history.dispatchEvent('#to', 'change');
  await history.waitForFunction((id) => [...document.querySelectorAll('#list li.item')].map((li) => li.getAttribute('data-id')).join() === id, correctedId);
  await history.selectOption('#date-field', 'captured');
  await history.waitForFunction(() => document.querySelectorAll('#list li.item').length === 0);
  await history.close();
});

test('capture all tabs: captured addresses are left alone unless asked, tabs are named, a blank tab says so', async () => {
  const history = await openHistory();
  const opened: Page[] = [];
  for (const path of ['/meeting.html', '/second.html']) {
    const p = await ext.context.newPage();
    await p.goto(server.url(path));
    opened.push(p);
  }
  const blank = await ext.context.newPage();
  opened.push(blank);
  // "/second.html" was captured by the edit-form test: make it new again by deleting its rows.
  const secondIds = await history.evaluate(async (url) => {
    const open = indexedDB.open('gov-news-capture');
    const db: IDBDatabase = await new Promise((res) => {
      open.onsuccess = () => res(open.result);
    });
    const req = db.transaction('captures').objectStore('captures').index('url').getAllKeys(url);
    return new Promise<string[]>((res) => {
      req.onsuccess = () => res(req.result as string[]);
    });
  }, server.url('/second.html'));
  for (const id of secondIds) await history.evaluate(async (recordId) => chrome.runtime.sendMessage({ type: 'discard', id: recordId }), id);
  await history.reload();
  await history.waitForSelector('body[data-sites="true"]');
  await history.check('#select-all');
  await history.waitForSelector('#selected:not(:empty)');

  const run = async () => {
    await history.bringToFront();
    await history.click('#capture-all');
    await history.waitForSelector('#capture-all:not([disabled])', { timeout: 60_000 });
    return history.$$eval('#batch-list li', (lis) => lis.map((li) => ({ status: li.getAttribute('data-status'), text: li.textContent ?? '' })));
  };
  const rows = await run();
  expect(rows.find((r) => r.text.includes('部署年度重点项目') || r.text.includes('城市更新'))?.status).toBe('already');
  expect(rows.find((r) => r.text.includes('示例县部署夏季防汛工作'))?.status).toBe('saved');
  // The test build reads only 127.0.0.1, so the browser hides the blank tab's address and title as
  // it would a site not granted: the tab is named by its place, and the reason names both cases.
  // The blank tab was opened last: it is the window's last tab.
  const blankPosition = await history.evaluate(async () => (await chrome.tabs.query({ currentWindow: true })).length);
  const blankRow = rows.find((r) => r.text.startsWith(`第 ${blankPosition} 个标签页`));
  expect(blankRow?.status).toBe('skipped');
  expect(blankRow?.text).toContain('也可能是空白页或浏览器页面');
  // No tab is named by a raw id.
  expect(rows.every((r) => !/#\d+|\d{6,}/.test(r.text))).toBe(true);
  // The rows that arrived are not selected, so "select all" no longer claims they are.
  expect(await history.isChecked('#select-all')).toBe(false);

  await history.check('#include-captured');
  const again = await run();
  expect(again.find((r) => r.text.includes('城市更新'))?.status).toBe('duplicate');
  await history.uncheck('#include-captured');
  for (const p of opened) await p.close();
  await history.close();
});

describe('every string in the UI language', () => {
  for (const [lang, expected] of [
    ['en', { history: 'Capture history', published: 'Publication date', reason: /^Not an article/ }],
    ['zh-TW', { history: '採集紀錄', published: '發布時間', reason: /^不是文章|不是一篇文章/ }],
  ] as const) {
    test(lang, async () => {
      const other = await launchExtension({ lang });
      try {
        const history = await other.context.newPage();
        await history.goto(extensionUrl(other, 'history/history.html'));
        await history.waitForSelector('body[data-ready="true"]');
        expect(await history.title()).toBe(expected.history);
        if (lang === 'zh-TW') expect(await history.textContent('body')).not.toMatch(/擷取|采集/);
        const options = await other.context.newPage();
        await options.goto(extensionUrl(other, 'options/options.html'));
        await options.waitForSelector('#exportFields input');
        const labels = await options.locator('#exportFields label').allTextContents();
        expect(labels).toContain(expected.published);
        expect(labels.some((l) => /publishedAt|capturedAt|isArticle/.test(l))).toBe(false);
        expect(await options.title()).not.toBe('政务新闻采集 · 设置');
        const { popup } = await captureInPopup(other, server.url('/empty.html'));
        expect(await popup.locator('.report li.warn').first().textContent()).toMatch(expected.reason);
        expect(await popup.title()).not.toBe(lang === 'en' ? '政务新闻采集' : '');
      } finally {
        await other.close();
      }
    });
  }
});
