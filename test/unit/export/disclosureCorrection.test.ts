import Papa from 'papaparse';
import { applyCorrections } from '../../../src/core/corrections';
import { exportRecords, importRecords } from '../../../src/core/export';
import { toCsl } from '../../../src/core/export/citation';
import { recordsToCitation } from '../../../src/citations/exportCitations';
import type { CaptureRecord } from '../../../src/core/types';
import { sampleRecord } from './sampleRecord';

/** The user corrected the 发文字号 and the issuing organ and set the 成文日期 (issue 24). */
function corrected(): { page: CaptureRecord; record: CaptureRecord } {
  const page = sampleRecord({ authors: [] });
  const table = Object.fromEntries(Object.entries(page.disclosure!).map(([k, f]) => [k, f.value]));
  const record = applyCorrections(page, { disclosure: { ...table, docNo: '示政办发〔2024〕13号', issuer: '示例市农业农村局', writtenAt: '2024年3月11日' } });
  return { page, record };
}

describe('a corrected disclosure table reaches every export', () => {
  test("JSON: the table at the top level, the page's in `extracted.disclosure`; it imports back whole", async () => {
    const { page, record } = corrected();
    const json = JSON.parse(exportRecords([record], 'json').text) as CaptureRecord;
    expect(json.disclosure?.docNo?.value).toBe('示政办发〔2024〕13号');
    expect(json.disclosure?.writtenAt).toEqual({ label: '成文日期', value: '2024年3月11日', date: '2024-03-11' });
    expect((json.extracted as { disclosure: unknown }).disclosure).toEqual(page.disclosure);
    const back = await importRecords(JSON.stringify(json), 'x.json');
    expect(back.errors).toEqual([]);
    expect(back.records[0].disclosure).toEqual(record.disclosure);
    expect(back.records[0].extracted).toEqual(record.extracted);
  });

  test("CSV: the `disclosure` column holds the user's table, `extracted` the page's", async () => {
    const { page, record } = corrected();
    const text = exportRecords([record], 'csv').text;
    const row = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data[0];
    expect(JSON.parse(row.disclosure).docNo.value).toBe('示政办发〔2024〕13号');
    expect(JSON.parse(row.extracted).disclosure.docNo.value).toBe(page.disclosure!.docNo!.value);
    expect((await importRecords(text, 'x.csv')).records[0].disclosure).toEqual(record.disclosure);
  });

  test('Markdown: 文件信息 lists the corrected facts, not the page’s', () => {
    const md = exportRecords([corrected().record], 'markdown').text;
    const section = /## 文件信息\n([\s\S]*?)\n\n/.exec(md)![1];
    expect(section).toContain('- 发文字号：示政办发〔2024〕13号');
    expect(section).toContain('- 成文日期：2024年3月11日');
    expect(section).toContain('- 发布机构：示例市农业农村局');
    expect(md).not.toContain('示政办发〔2024〕12号');
  });

  test('citations: number is the corrected 发文字号, publisher and author the corrected organ (RIS too)', async () => {
    const { record } = corrected();
    expect(toCsl(record)).toMatchObject({ number: '示政办发〔2024〕13号', publisher: '示例市农业农村局', author: [{ literal: '示例市农业农村局' }] });
    // RIS's ELEC has no tag for the number (docs/storage-and-exports.md): the organ is its publisher and author.
    const ris = await recordsToCitation([record], 'ris');
    expect(ris).toMatch(/^PB {2}- 示例市农业农村局$/m);
    expect(ris).toMatch(/^AU {2}- 示例市农业农村局$/m);
    expect(ris).not.toContain('示例市人民政府办公室');
    expect(JSON.parse(await recordsToCitation([record], 'csl-json'))).toMatchObject([{ number: '示政办发〔2024〕13号' }]);
  });
});
