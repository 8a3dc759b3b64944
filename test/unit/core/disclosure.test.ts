import fc from 'fast-check';
import { disclosedTitle, disclosedTitleAt, isDisclosureRow, isDocumentNumber, spacedAnyOf } from '../../../src/core/disclosure';
import { DISCLOSURE_FIELD_LABELS } from '../../../src/core/vocabulary';

test('rows of an information-disclosure table are recognised by their labels', () => {
  expect(isDisclosureRow('索引号：11320000014000000X/2024-00123 主题分类：城乡建设')).toBe(true);
  expect(isDisclosureRow('索 引 号：000014349/2024-00012')).toBe(true);
  expect(isDisclosureRow('发文机关：某某市人民政府办公室 成文日期：2024年05月10日')).toBe(true);
  expect(isDisclosureRow('發文字號：某政辦發〔2024〕12號')).toBe(true);
  // An ordinary info line and a paragraph are not rows.
  expect(isDisclosureRow('发布日期：2024-05-15 来源：某某日报')).toBe(false);
  expect(isDisclosureRow('原标题：某某会议召开')).toBe(false);
  expect(isDisclosureRow('会议指出，索引号要规范编制。')).toBe(false);
});

test('a row label is read with the spaces a template sets between its characters, and only at the start', () => {
  expect(isDisclosureRow('名　　称：某某市博物馆')).toBe(true);
  expect(isDisclosureRow('有 效 性 ： 有效')).toBe(true);
  expect(isDisclosureRow(' 索引号：000014349/2024-00012')).toBe(false);
  expect(isDisclosureRow('索引号码：000014349')).toBe(false);
  expect(isDisclosureRow('索引号')).toBe(false);
});

test('the row test agrees with the pattern it replaced: the label, spaced or not, then a colon', () => {
  const labels = Object.entries(DISCLOSURE_FIELD_LABELS).flatMap(([key, words]) => (key === 'publishedAt' ? [] : words));
  const pattern = new RegExp(`^${spacedAnyOf(labels)}\\s*[:：]`, 'u');
  // A line opens with spaces or not, then a label (or a cut of one) with spaces inside, a colon or not, and other text.
  const space = fc.constantFrom('', ' ', '  ', '\u3000', '\u00a0', '\t');
  const word = fc.oneof(
    fc.constantFrom(...labels),
    fc.constantFrom(...labels).map((w) => w.slice(0, -1)),
    fc.constantFrom('码', '日期', '发布日期'),
  );
  const spacedWord = fc.tuple(word, fc.array(space, { minLength: 5, maxLength: 5 })).map(([w, gaps]) => [...w].map((c, i) => c + gaps[i]).join(''));
  const line = fc.tuple(
    space,
    spacedWord,
    fc.constantFrom('', '码', '日期'),
    space,
    fc.constantFrom('', ':', '：'),
    fc.constantFrom('', '2024-00012', '名称：某某'),
  );
  fc.assert(
    fc.property(line, (parts) => {
      const text = parts.join('');
      expect(isDisclosureRow(text)).toBe(pattern.test(text));
    }),
    { numRuns: 3000 },
  );
});

test('a 标题 row states the headline', () => {
  expect(disclosedTitle('标题：某某市人民政府办公室关于做好2024年防汛工作的通知')).toBe('某某市人民政府办公室关于做好2024年防汛工作的通知');
  expect(disclosedTitle('文件名称：关于印发某某办法的通知')).toBe('关于印发某某办法的通知');
  expect(disclosedTitle('名称：某某市博物馆')).toBeNull();
  expect(disclosedTitle('标题：')).toBeNull();
  expect(disclosedTitle('原标题：某某会议召开')).toBeNull();
});

test('a document number standing alone', () => {
  expect(isDocumentNumber('某政办发〔2024〕12号')).toBe(true);
  expect(isDocumentNumber('国发[2023]第5号')).toBe(true);
  expect(isDocumentNumber('根据某政办发〔2024〕12号文件精神')).toBe(false);
  expect(isDocumentNumber('2024年5月10日')).toBe(false);
});

describe('a 名称 row states the headline only inside the disclosure table', () => {
  test('with other rows of the table around it', () => {
    const rows = [
      '索引号：113300/2021-00318 发布机构：某区人民政府办公室',
      '主题分类：城乡建设 成文日期：2021-09-10',
      '名　　称：某区人民政府办公室关于印发垃圾分类工作实施方案的通知',
      '文　　号：某府办发〔2021〕27号 发布日期：2021-09-14',
    ];
    expect(disclosedTitleAt(rows, 2)).toBe('某区人民政府办公室关于印发垃圾分类工作实施方案的通知');
  });
  test('alone, it labels a company or a venue', () => {
    expect(disclosedTitleAt(['中标结果如下：', '名称：某某建设工程有限公司', '地址：某某市某某路1号'], 1)).toBeNull();
  });
});
