import type { Page } from 'playwright-core';
import { captureInPopup, screenshot, extensionUrl, launchExtension, serve, type LoadedExtension, type TestServer } from './helpers';
import { MEETING_MANY_DIRECTIVES } from './pages';

/** Options page: edits reach storage.sync validated, and the next capture uses them without a reload. */
let ext: LoadedExtension;
let server: TestServer;
let options: Page;

beforeAll(async () => {
  server = await serve(null, { '/meeting.html': MEETING_MANY_DIRECTIVES });
  ext = await launchExtension();
  options = await ext.context.newPage();
  await options.goto(extensionUrl(ext, 'options/options.html'));
  await options.waitForSelector('body[data-ready="true"]');
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const syncSettings = () => ext.sw(async () => chrome.storage.sync.get(null)) as Promise<Record<string, any>>;

async function waitForSetting(key: string, predicate: (v: any) => boolean): Promise<any> {
  for (let i = 0; i < 50; i++) {
    const all = await syncSettings();
    if (predicate(all[key])) return all[key];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`setting ${key} never reached the expected value: ${JSON.stringify((await syncSettings())[key])}`);
}

test('the options page shows the defaults in the UI language', async () => {
  expect(await options.inputValue('select[name="outputScript"]')).toBe('original');
  expect(await options.inputValue('input[name="summarySentences"]')).toBe('3');
  expect(await options.isChecked('input[name="contextMenu"]')).toBe(true);
  expect(await options.textContent('h1')).toContain('设置');
  expect(await options.textContent('#shortcut')).toMatch(/Alt\+Shift\+S/);
});

test('script, summary length and a site rule apply to the next capture', async () => {
  await options.selectOption('select[name="outputScript"]', 'traditional-tw');
  await options.fill('input[name="summarySentences"]', '4');
  await options.press('input[name="summarySentences"]', 'Tab');
  await options.click('#addRule');
  await options.fill('#siteRules tbody tr:last-child .rule-domain', '127.0.0.1');
  await options.fill('#siteRules tbody tr:last-child .rule-drop', '.drop-me, .editor');
  await options.press('#siteRules tbody tr:last-child .rule-drop', 'Tab');
  await waitForSetting('outputScript', (v) => v === 'traditional-tw');
  await waitForSetting('summarySentences', (v) => v === 4);
  const rules = await waitForSetting('siteRules', (v) => Array.isArray(v) && v.length === 1 && v[0].dropSelectors.length === 2);
  expect(rules[0]).toEqual({ domain: '127.0.0.1', bodySelector: '', dropSelectors: ['.drop-me', '.editor'] });
  await screenshot(options, 'options.png', { docs: true });

  const { popup } = await captureInPopup(ext, server.url('/meeting.html'));
  const id = (await popup.getAttribute('.card', 'data-record-id'))!;
  const record = await popup.evaluate(async (rid) => (await chrome.runtime.sendMessage({ type: 'getCapture', id: rid })).value, id);
  expect(record.script.output).toBe('traditional-tw');
  expect(record.summary.length).toBeLessThanOrEqual(4);
  const body = record.body.map((b: { text: string }) => b.text).join('\n');
  expect(body).not.toContain('扫一扫');
  expect(body).toContain('安全生產');
});

test('an invalid selector is flagged and not saved', async () => {
  const before = (await syncSettings()).siteRules;
  await options.fill('#siteRules tbody tr:last-child .rule-body', 'div[[');
  await options.press('#siteRules tbody tr:last-child .rule-body', 'Tab');
  expect(await options.evaluate(() => (document.querySelector('#siteRules tbody tr:last-child .rule-body') as HTMLInputElement).validationMessage)).not.toBe(
    '',
  );
  await new Promise((r) => setTimeout(r, 300));
  expect((await syncSettings()).siteRules).toEqual(before);
});

test('switching the context menu off and on is picked up by the background at once', async () => {
  const shown = () => ext.sw(() => (globalThis as any).__e2e.contextMenuShown()) as Promise<boolean>;
  expect(await shown()).toBe(true);
  await options.uncheck('input[name="contextMenu"]');
  await waitForSetting('contextMenu', (v) => v === false);
  for (let i = 0; i < 20 && (await shown()); i++) await new Promise((r) => setTimeout(r, 100));
  expect(await shown()).toBe(false);
  await options.check('input[name="contextMenu"]');
  for (let i = 0; i < 20 && !(await shown()); i++) await new Promise((r) => setTimeout(r, 100));
  expect(await shown()).toBe(true);
});

test('"keep a snapshot" stores the serialized page beside the record', async () => {
  await options.check('input[name="keepSnapshot"]');
  await waitForSetting('keepSnapshot', (v) => v === true);
  const { popup } = await captureInPopup(ext, server.url('/meeting.html'));
  expect(await popup.textContent('#status')).toContain('快照');
  const id = (await popup.getAttribute('.card', 'data-record-id'))!;
  const html = await ext.sw(async (recordId: string) => {
    const req = indexedDB.open('gov-news-capture-snapshots');
    const db: IDBDatabase = await new Promise((res, rej) => {
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    const get = db.transaction('snapshots').objectStore('snapshots').get(recordId);
    return new Promise<string | null>((res) => {
      get.onsuccess = () => res(get.result?.html ?? null);
    });
  }, id);
  expect(html).toMatch(/^<!DOCTYPE html>/i);
  expect(html).toContain('县长信箱回复选登');
});

test('restore defaults', async () => {
  await options.click('#reset');
  await waitForSetting('outputScript', (v) => v === undefined);
  expect(await options.inputValue('select[name="outputScript"]')).toBe('original');
  expect(await options.locator('#siteRules tbody tr').count()).toBe(0);
});
