import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { CaptureRecord } from '../../src/core/types';
import { validateRecord } from '../../src/core/validateRecord';
import { captureInPopup, launchExtension, screenshot, serve, type LoadedExtension, type TestServer, lastDownloadId, latestDownload } from './helpers';
import { DISCLOSURE_WITHOUT_WRITTEN_DATE } from './pages';

/**
 * Issue 24, the edit form's last bullet: the disclosure table's facts are edited in the popup
 * like the other fields. The corrected 发文字号, the 成文日期 the page did not print and the issuing
 * organ reach the card, the JSON export (the page's table kept in `extracted.disclosure`) and the
 * citations (RIS: the organ as publisher and author; CSL-JSON: the 发文字号 as number).
 */
let ext: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await serve(null, { '/zcwj/t20240912_218.html': DISCLOSURE_WITHOUT_WRITTEN_DATE });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The popup's export in `format`, read back from disk once the download finished. */
async function exportFromPopup(popup: Page, format: string): Promise<string> {
  await popup.selectOption('[data-action="export-format"]', format);
  const before = await lastDownloadId(ext);
  await popup.click('[data-action="export"]');
  const item = await latestDownload(ext, before, (d) => d.state === 'complete', 150);
  return readFileSync(item.filename, 'utf8');
}

const facts = async (popup: Page) => {
  const keys = await popup.locator('.card .disclosure dd').evaluateAll((dds) => dds.map((d) => d.getAttribute('data-disclosure')));
  const labels = await popup.locator('.card .disclosure dt').allTextContents();
  const values = await popup.locator('.card .disclosure dd').evaluateAll((dds) => dds.map((d) => d.firstChild?.textContent ?? ''));
  return Object.fromEntries(keys.map((k, i) => [k, `${labels[i]}：${values[i]}`]));
};

test('the disclosure facts are edited in the popup and reach the card, the JSON and the citations; what the page said stays in the record', async () => {
  const { popup } = await captureInPopup(ext, server.url('/zcwj/t20240912_218.html'));
  expect(await popup.getAttribute('body', 'data-state')).toBe('captured');
  const id = (await popup.getAttribute('.card', 'data-record-id'))!;
  expect(await facts(popup)).toMatchObject({ docNo: '发文字号：示农发〔2024〕8号', issuer: '发布机构：示例县农业农村局' });

  await popup.click('[data-action="edit"]');
  // The facts the page printed, and an empty row for the common one it did not, labelled in the UI language.
  expect(await popup.inputValue('input[name="disclosure.docNo"]')).toBe('示农发〔2024〕8号');
  expect(await popup.inputValue('input[name="disclosure.writtenAt"]')).toBe('');
  expect(await popup.textContent('label[for="edit-disclosure-writtenAt"]')).toContain('成文日期');
  expect(await popup.inputValue('input[name="disclosure.topic"]')).toBe('农业、林业、水利');

  // A date this extension cannot read is refused in the UI language, and nothing is sent.
  await popup.fill('input[name="disclosure.writtenAt"]', '九月上旬');
  await popup.click('[data-action="save"]');
  await popup.waitForSelector('.editor [role="alert"]:not(:empty)');
  expect(await popup.textContent('.editor [role="alert"]')).toMatch(/[\u4e00-\u9fff]/);

  await popup.fill('input[name="disclosure.docNo"]', '示农发〔2024〕9号');
  await popup.fill('input[name="disclosure.writtenAt"]', '2024年9月10日');
  // The refusal was about the text it refused: gone once the user edits.
  expect(await popup.textContent('.editor [role="alert"]')).toBe('');
  await popup.fill('input[name="disclosure.issuer"]', '示例县农业农村局 示例县发展和改革局');
  await screenshot(popup, 'popup-disclosure-edit.png', { docs: true });
  await popup.click('[data-action="save"]');
  await popup.waitForSelector('.card .disclosure .corrected');
  expect(await facts(popup)).toMatchObject({
    docNo: '发文字号：示农发〔2024〕9号',
    writtenAt: '成文日期：2024年9月10日',
    issuer: '发布机构：示例县农业农村局 示例县发展和改革局',
    indexNo: '索引号：000000-2024-00218',
  });
  expect(await popup.locator('.card .disclosure dd[data-disclosure="docNo"] .corrected').count()).toBe(1);
  expect(await popup.locator('.card .disclosure dd[data-disclosure="indexNo"] .corrected').count()).toBe(0);
  await screenshot(popup, 'popup-disclosure-corrected.png', { docs: true });

  const json = JSON.parse(await exportFromPopup(popup, 'json')) as CaptureRecord;
  expect(json.id).toBe(id);
  expect(json.disclosure).toMatchObject({
    docNo: { label: '发文字号', value: '示农发〔2024〕9号' },
    writtenAt: { label: '成文日期', value: '2024年9月10日', date: '2024-09-10' },
    issuer: { label: '发布机构', value: '示例县农业农村局 示例县发展和改革局' },
  });
  const page = (json.extracted as { disclosure: CaptureRecord['disclosure'] }).disclosure;
  expect(page?.docNo?.value).toBe('示农发〔2024〕8号');
  expect(page?.writtenAt).toBeUndefined();
  expect(json.corrections?.disclosure).toEqual(json.disclosure);
  expect(validateRecord(json).ok).toBe(true);

  const ris = await exportFromPopup(popup, 'ris');
  expect(ris).toMatch(/^PB {2}- 示例县农业农村局 示例县发展和改革局$/m);
  expect(ris).toMatch(/^AU {2}- 示例县农业农村局 示例县发展和改革局$/m);
  expect(ris).toMatch(/^DA {2}- 2024\/9\/12\/$/m);
  const [item] = JSON.parse(await exportFromPopup(popup, 'csl-json')) as { number?: string; publisher?: string }[];
  expect(item).toMatchObject({ number: '示农发〔2024〕9号', publisher: '示例县农业农村局 示例县发展和改革局' });
});
