import { readFileSync } from 'node:fs';
import { importRecords } from '../../src/core/export';
import {
  captureInPopup,
  extensionUrl,
  launchExtension,
  screenshot,
  serve,
  type LoadedExtension,
  type TestServer,
  lastDownloadId,
  type DownloadInfo,
} from './helpers';
import { DISCLOSURE_PAGE, NOTICE_WITH_ATTACHMENTS } from './pages';

/**
 * Issue 21: a 通知 with three attachments, captured through the popup, its attachments saved
 * through the downloads API and read back from disk; a disclosure page's facts in the card; the
 * citation exports of the popup's menu; and the records' new fields through export and import.
 */
let ext: LoadedExtension;
let server: TestServer;

const FILES: Record<string, { body: string; type: string }> = {
  '/notice/files/P020240402311.pdf': { body: '%PDF-1.4 申报指南（测试文件）', type: 'application/pdf' },
  '/notice/files/P020240402312.docx': { body: 'PK docx 申报书（测试文件）', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  '/download': { body: 'PK xlsx 推荐汇总表（测试文件）', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};

beforeAll(async () => {
  server = await serve(null, { '/notice/t20240402_900.html': NOTICE_WITH_ATTACHMENTS, '/xxgk/t20240506_1.html': DISCLOSURE_PAGE, ...FILES });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The downloads started since `after` (a download id), each once it has finished. */
async function finishedDownloads(after: number, count: number): Promise<DownloadInfo[]> {
  for (let i = 0; i < 150; i++) {
    const items = ((await ext.sw(async () => chrome.downloads.search({}))) as DownloadInfo[]).filter((d) => d.id > after);
    if (items.length >= count && items.every((d) => d.state !== 'in_progress')) return items.sort((a, b) => a.id - b.id);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${count} downloads did not finish`);
}

test('a 通知 with three attachments: listed in the card, saved by 下载附件 into a folder named after the record', async () => {
  const { popup } = await captureInPopup(ext, server.url('/notice/t20240402_900.html'));
  expect(await popup.getAttribute('body', 'data-state')).toBe('captured');
  const names = await popup.locator('.attachments li a').allTextContents();
  expect(names).toEqual(['1.2024年度青年人才计划申报指南.pdf', '2.青年人才计划申报书', '3.推荐汇总表.xlsx']);
  expect(await popup.locator('.attachments li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('docx')]));
  expect(await popup.locator('.related li a').allTextContents()).toEqual(['一图读懂2024年度青年人才计划', '答记者问：青年人才计划申报有哪些新变化']);
  // The footer's file is the site's, not the notice's.
  expect(await popup.textContent('.attachments')).not.toContain('广告服务');

  const before = await lastDownloadId(ext);
  await popup.click('[data-action="download-attachments"]');
  await popup.waitForSelector('.action-note:has-text("2024-04-02 关于开展2024年度青年人才计划申报工作的通知")');
  expect(await popup.textContent('.action-note')).toContain('3');
  const items = await finishedDownloads(before, 3);
  expect(items.map((d) => d.state)).toEqual(['complete', 'complete', 'complete']);
  expect(items.map((d) => new URL(d.url).pathname)).toEqual(['/notice/files/P020240402311.pdf', '/notice/files/P020240402312.docx', '/download']);
  // On disk, each file as the server sent it (Playwright keeps downloads under generated names;
  // the folder and name we asked for are in the popup's note above).
  for (const d of items) expect(readFileSync(d.filename, 'utf8')).toBe(FILES[new URL(d.url).pathname].body);
  await screenshot(popup, 'popup-attachments.png', { docs: true });
});

test('the popup exports the record as RIS, and JSON export and import keep every new field', async () => {
  const { popup } = await captureInPopup(ext, server.url('/notice/t20240402_900.html?again=1'));
  await popup.selectOption('[data-action="export-format"]', 'ris');
  const before = await lastDownloadId(ext);
  await popup.click('[data-action="export"]');
  await popup.waitForSelector('.action-note:has-text(".ris")');
  const [ris] = await finishedDownloads(before, 1);
  const text = readFileSync(ris.filename, 'utf8');
  expect(text).toMatch(/^TY {2}- ELEC$/m);
  expect(text).toMatch(/^TI {2}- 关于开展2024年度青年人才计划申报工作的通知$/m);
  expect(text).toMatch(/^DA {2}- 2024\/4\/2\/$/m);
  expect(text).toContain(`UR  - ${server.url('/notice/t20240402_900.html?again=1')}`);

  await popup.selectOption('[data-action="export-format"]', 'json');
  const beforeJson = await lastDownloadId(ext);
  await popup.click('[data-action="export"]');
  await popup.waitForSelector('.action-note:has-text(".json")');
  const [json] = await finishedDownloads(beforeJson, 1);
  const back = await importRecords(readFileSync(json.filename, 'utf8'), 'x.json');
  expect(back.errors).toEqual([]);
  expect(back.records[0].attachments?.map((a) => a.type)).toEqual(['pdf', 'docx', 'xlsx']);
  expect(back.records[0].related).toHaveLength(2);
});

test('a disclosure page: the facts under their printed labels in the card', async () => {
  const { popup } = await captureInPopup(ext, server.url('/xxgk/t20240506_1.html'));
  expect(await popup.getAttribute('body', 'data-state')).toBe('captured');
  const labels = await popup.locator('.disclosure dt').allTextContents();
  const values = await popup.locator('.disclosure dd').allTextContents();
  const facts = Object.fromEntries(labels.map((l, i) => [l, values[i]]));
  expect(facts).toMatchObject({
    '索 引 号': '11330000MB0000000X/2024-00031',
    发布机构: '示例市人民政府办公室',
    发文字号: '示政办发〔2024〕12号',
    成文日期: '2024年05月02日',
    发布日期: '2024-05-06',
    主题分类: '政务公开',
    '有 效 性': '有效',
    '主 题 词': '数字政府',
  });
  await screenshot(popup, 'popup-disclosure.png', { docs: true });
});

test('the history page exports the captures as CSL-JSON and BibTeX', async () => {
  const history = await ext.context.newPage();
  await history.goto(extensionUrl(ext, 'history/history.html'));
  await history.waitForSelector('li[data-id]');
  await history.check('#select-all');
  const texts: Record<string, string> = {};
  for (const format of ['csl-json', 'bibtex'] as const) {
    const before = await lastDownloadId(ext);
    await history.selectOption('#format', format);
    await history.click('#export');
    const [item] = await finishedDownloads(before, 1);
    expect(item.state).toBe('complete');
    texts[format] = readFileSync(item.filename, 'utf8');
  }
  const items = JSON.parse(texts['csl-json']) as { title: string; number?: string; author?: { literal?: string }[] }[];
  const disclosure = items.find((i) => i.number);
  expect(disclosure).toMatchObject({ number: '示政办发〔2024〕12号', author: [{ literal: '示例市人民政府办公室' }] });
  expect(items.map((i) => i.title)).toContain('关于开展2024年度青年人才计划申报工作的通知');
  expect(texts.bibtex).toMatch(/^@online\{/m);
  expect(texts.bibtex).toContain('title = {示例市人民政府办公室关于印发数字政府建设实施方案的通知}');
  await history.close();
});
