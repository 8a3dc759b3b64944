import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureInPopup, launchExtension, screenshot, serve, type LoadedExtension, type TestServer, storedRecord } from './helpers';
import { MARKUP_AS_TEXT, PHOTO_CAPTION } from './pages';

/** Issue 24, content half: nothing silently lost (removed lines on the card, put back) and figures. */
let ext: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  // Two of the fixture pages we wrote for the cleaning rules, served as a site would.
  const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'pages', name, 'page.html'), 'utf8');
  server = await serve(null, {
    '/markup.html': MARKUP_AS_TEXT,
    '/photo.html': PHOTO_CAPTION,
    '/notice.html': fixture('notice-addressees-duty-notes-signature'),
    '/deck.html': fixture('county-feature-four-line-deck-photos'),
  });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('text that names tags stays in the body; a removed line is listed with its kind and can be put back', async () => {
  const { popup } = await captureInPopup(ext, server.url('/markup.html'));
  expect(await popup.getAttribute('body', 'data-state')).toBe('captured');
  const id = (await popup.getAttribute('.card', 'data-record-id'))!;
  const before = await storedRecord(popup, id);
  const body = before.body.map((b: { text: string }) => b.text);
  expect(body).toContain('规范要求，页面中不得通过<script>标签加载来源不明的外部脚本');
  expect(body).toContain('<img>标签须写明替代文字');
  expect(body).not.toContain('扫一扫在手机打开当前页');

  // Folded until asked for.
  const line = popup.locator('details.removed li[data-kind="share-prompt"]');
  expect(await line.isVisible()).toBe(false);
  await popup.click('details.removed summary');
  expect(await line.locator('.removed-text').textContent()).toBe('扫一扫在手机打开当前页');
  expect(await line.locator('.removed-kind').textContent()).toBe('分享与扫码提示');
  await line.locator('button[data-action="put-back"]').click();
  await popup.waitForSelector('details.removed[open] li.restored[data-kind="share-prompt"]');
  const after = await storedRecord(popup, id);
  const index = after.cleaning.removed.findIndex((r: { kind: string }) => r.kind === 'share-prompt');
  expect(after.corrections).toEqual({ 'body.restored': [index] });
  // The extracted body stays as it was: the correction sits beside it.
  expect(after.body).toEqual(before.body);
  await screenshot(popup, 'popup-removed-lines.png', { docs: true });

  await popup.locator('details.removed li.restored button[data-action="take-out"]').click();
  await popup.waitForSelector('details.removed[open] li[data-kind="share-prompt"]:not(.restored)');
  expect((await storedRecord(popup, id)).corrections).toBeUndefined();
});

test('a photo and its 图为… caption become a figure; the spaced byline gives reporter and photographer', async () => {
  const { popup } = await captureInPopup(ext, server.url('/photo.html'));
  const id = (await popup.getAttribute('.card', 'data-record-id'))!;
  const record = await storedRecord(popup, id);
  expect(record.figures).toEqual([
    { src: server.url('/images/jc01.jpg'), alt: '检查组查看排水泵站', caption: '图为检查组在示例路地下通道查看排水泵站运行情况。' },
  ]);
  expect(record.body.map((b: { text: string }) => b.text).join('\n')).not.toContain('图为');
  expect(record.authors).toEqual([
    { name: '林晓岚', role: 'reporter' },
    { name: '周默', role: 'photographer' },
  ]);
  expect(await popup.textContent('.card .figures')).toContain('图为检查组在示例路地下通道查看排水泵站运行情况。');
  expect(await popup.textContent('.card .summary')).not.toContain('图为');
});

test('the summary on the card quotes content sentences only: no addressees, responsibility notes or signature', async () => {
  const { popup } = await captureInPopup(ext, server.url('/notice.html'));
  const id = (await popup.getAttribute('.card', 'data-record-id'))!;
  const record = await storedRecord(popup, id);
  expect(record.summary.length).toBeGreaterThan(0);
  const summary = (await popup.textContent('.card .summary'))!;
  for (const line of ['各区（市）人民政府，市政府各部门', '责任单位', '2024年6月5日']) expect(summary).not.toContain(line);
  // The signature stays in the body, where the notice prints it; it is no sentence of the summary.
  expect(record.summary.some((s: string) => s.trim() === '示例市安全生产委员会办公室')).toBe(false);
  expect(record.body.map((b: { text: string }) => b.text)).toContain('示例市安全生产委员会办公室');
});

test('a four-line deck under the headline fills the deck, on the card and in the record, and none of it is body or summary', async () => {
  const { popup } = await captureInPopup(ext, server.url('/deck.html'));
  const id = (await popup.getAttribute('.card', 'data-record-id'))!;
  const record = await storedRecord(popup, id);
  const deck = ['——新建高标准农田十二万亩', '——完成灌溉渠系改造三百公里', '——带动农户增收超过八千万元', '——建成数字农田监测平台一个'];
  expect(record.deck).toEqual(deck);
  const body = record.body.map((b: { text: string }) => b.text).join('\n');
  for (const line of deck) expect(body).not.toContain(line);
  expect(record.summary.join('')).not.toContain('——');
  expect(await popup.textContent('.card')).toContain('新建高标准农田十二万亩');
});
