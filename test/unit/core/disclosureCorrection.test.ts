import { DEFAULT_DISCLOSURE_LABELS, DISCLOSURE_KEYS, DisclosureCorrectionError, readDisclosureCorrection } from '../../../src/core/disclosureCorrection';
import { readDisclosure } from '../../../src/core/disclosureFacts';
import type { Disclosure } from '../../../src/core/types';
import { DISCLOSURE_FIELD_LABELS } from '../../../src/core/vocabulary';

/** A table as the page reader leaves it: printed labels, page order, ISO days for the dates. */
const PAGE: Disclosure = {
  indexNo: { label: '索 引 号', value: '000000-2024-00031' },
  issuer: { label: '发布机构', value: '示例市人民政府办公室' },
  writtenAt: { label: '成文日期', value: '2024年05月02日', date: '2024-05-02' },
  docNo: { label: '发文字号', value: '示政办发〔2024〕12号' },
};

const problem = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DisclosureCorrectionError ? `${e.problem} ${e.key}` : String(e);
  }
  return 'accepted';
};

describe('a disclosure correction is validated', () => {
  test('every fact the page reader keeps may be corrected, and no other', () => {
    const read = Object.keys(DISCLOSURE_FIELD_LABELS).filter((k) => k !== 'other');
    expect([...DISCLOSURE_KEYS].sort()).toEqual(read.sort());
  });

  test('known facts only: any other key is refused', () => {
    expect(problem(() => readDisclosureCorrection({ docNo: '示政办发〔2024〕13号', signer: '某某' }, PAGE, PAGE))).toBe('unknown-key signer');
    expect(problem(() => readDisclosureCorrection({ toString: 'x' }, PAGE, PAGE))).toBe('unknown-key toString');
  });

  test('values are text, one short line: a list, a number or a paragraph is refused', () => {
    expect(problem(() => readDisclosureCorrection({ docNo: ['a'] }, PAGE, PAGE))).toBe('not-text docNo');
    expect(problem(() => readDisclosureCorrection({ docNo: 12 }, PAGE, PAGE))).toBe('not-text docNo');
    expect(problem(() => readDisclosureCorrection(['docNo'], PAGE, PAGE))).toBe('not-text disclosure');
    expect(problem(() => readDisclosureCorrection({ issuer: '某'.repeat(201) }, PAGE, PAGE))).toBe('too-long issuer');
    expect(readDisclosureCorrection({ issuer: '  示例市\n人民政府  ' }, null, null)).toEqual({ issuer: { label: '发布机构', value: '示例市 人民政府' } });
  });

  test('the two dates are read as people write them and keep their ISO day; other text is refused', () => {
    const table = readDisclosureCorrection({ writtenAt: '2024年6月3日', publishedAt: '2024/6/5 10:00' }, null, null);
    expect(table).toEqual({
      writtenAt: { label: '成文日期', value: '2024年6月3日', date: '2024-06-03' },
      publishedAt: { label: '发布日期', value: '2024/6/5 10:00', date: '2024-06-05' },
    });
    expect(problem(() => readDisclosureCorrection({ writtenAt: '六月初' }, PAGE, PAGE))).toBe('bad-date writtenAt');
    // A fact that is not a date is not read as one.
    expect(readDisclosureCorrection({ docNo: '2024年6月3日' }, null, null)).toEqual({ docNo: { label: '发文字号', value: '2024年6月3日' } });
  });

  test("a value left as the page printed it keeps the page's fact whole, however long or undated", () => {
    const odd: Disclosure = { ...PAGE, writtenAt: { label: '成文日期', value: '2024年5月' }, topic: { label: '主题分类', value: '类'.repeat(300) } };
    const table = readDisclosureCorrection(
      { ...Object.fromEntries(Object.entries(odd).map(([k, f]) => [k, f.value])), docNo: '示政办发〔2024〕13号' },
      odd,
      odd,
    );
    expect(table?.writtenAt).toBe(odd.writtenAt);
    expect(table?.topic).toBe(odd.topic);
    expect(table?.docNo).toEqual({ label: '发文字号', value: '示政办发〔2024〕13号' });
  });

  test("the whole table: a key left out or emptied is no fact; the page's order stays, new facts follow", () => {
    const table = readDisclosureCorrection(
      { docNo: '示政办发〔2024〕13号', indexNo: '', issuer: null, validity: '有效', writtenAt: PAGE.writtenAt!.value },
      PAGE,
      PAGE,
    );
    expect(Object.keys(table!)).toEqual(['writtenAt', 'docNo', 'validity']);
    expect(table!.indexNo).toBeUndefined();
    expect(readDisclosureCorrection({ docNo: ' ' }, PAGE, PAGE)).toBeNull();
    expect(readDisclosureCorrection(null, PAGE, PAGE)).toBeNull();
  });

  test('a fact the page did not print takes a label in the record script, one the page reader reads', () => {
    const traditional = readDisclosureCorrection({ docNo: '示政辦發〔2024〕13號' }, null, null, { detected: 'traditional', output: 'original' });
    expect(traditional?.docNo?.label).toBe('發文字號');
    expect(readDisclosureCorrection({ docNo: 'x' }, null, null, { detected: 'traditional', output: 'simplified' })?.docNo?.label).toBe('发文字号');
    for (const script of ['simplified', 'traditional'] as const) {
      for (const key of DISCLOSURE_KEYS) expect(DISCLOSURE_FIELD_LABELS[key] as readonly string[]).toContain(DEFAULT_DISCLOSURE_LABELS[script][key]);
    }
    // The Markdown's 文件信息 lines read back as the same table.
    const table = readDisclosureCorrection({ docNo: '示政办发〔2024〕13号', writtenAt: '2024年6月3日' }, null, null)!;
    expect(readDisclosure(Object.values(table).map((f) => `${f.label}：${f.value}`))).toEqual(table);
  });
});
