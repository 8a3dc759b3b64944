import { Cite } from '@citation-js/core';
import { dateParts, personName, toCsl } from '../../../src/core/export/citation';
import { exportRecordsAsync, recordsToCitation } from '../../../src/citations/exportCitations';
import { sampleRecord } from './sampleRecord';

/** What the library reads back, without its bookkeeping. */
async function readBack(text: string): Promise<Record<string, unknown>> {
  const [item] = new Cite(text).data;
  const { _graph, ...rest } = item;
  return rest;
}

describe('a record as a citation', () => {
  test('an issuing organ is an institution (one literal name); people keep family and given apart', () => {
    const organ = sampleRecord({ authors: [] });
    expect(toCsl(organ).author).toEqual([{ literal: '示例市人民政府办公室' }]);
    expect(personName('张三')).toEqual({ family: '张', given: '三' });
    expect(personName('欧阳小明')).toEqual({ family: '欧阳', given: '小明' });
    expect(personName('扎西次仁')).toEqual({ literal: '扎西次仁' });
    expect(personName('Li Wei')).toEqual({ literal: 'Li Wei' });
  });

  test('dates keep their precision: a day is not given a time', () => {
    expect(dateParts('2024-03-14')).toEqual({ 'date-parts': [[2024, 3, 14]] });
    expect(dateParts('2024-03-14T18:59:00+08:00')).toEqual({ 'date-parts': [[2024, 3, 14]] });
    expect(dateParts('2024-03')).toEqual({ 'date-parts': [[2024, 3]] });
    expect(dateParts(null)).toBeUndefined();
  });

  test('the item: URL, access date, publisher and container, the 发文字号 as number', () => {
    const item = toCsl(sampleRecord());
    expect(item).toMatchObject({
      type: 'webpage',
      title: '市政府召开常务会议', // the user's correction wins
      URL: 'http://127.0.0.1/news/2024/0315/article.html',
      accessed: { 'date-parts': [[2024, 3, 15]] },
      issued: { 'date-parts': [[2024, 3, 14]] },
      publisher: '示例市人民政府办公室',
      'container-title': '示例市人民政府',
      number: '示政办发〔2024〕12号',
      language: 'zh-CN',
    });
  });
});

describe('each citation export reads back through citation-js with every field it carries', () => {
  const record = sampleRecord();
  const people = record.authors.map((a) => personName(a.name));

  test('CSL-JSON: every field', async () => {
    const text = await recordsToCitation([record], 'csl-json');
    const back = JSON.parse(text)[0];
    expect(back).toEqual(JSON.parse(JSON.stringify(toCsl(record))));
    expect(await readBack(text)).toMatchObject(toCsl(record));
  });

  test('RIS: title, authors, day, access day, URL, publisher, language, abstract', async () => {
    const item = toCsl(record);
    const back = await readBack(await recordsToCitation([record], 'ris'));
    expect(back).toMatchObject({
      type: 'webpage',
      title: item.title,
      author: people,
      issued: item.issued,
      accessed: item.accessed,
      URL: item.URL,
      publisher: item.publisher,
      language: 'zh-CN',
      abstract: item.abstract,
    });
  });

  test('BibTeX (biblatex): key, title, authors, day, access day, URL, organization, site, language', async () => {
    const item = toCsl(record);
    const text = await recordsToCitation([record], 'bibtex');
    expect(text).toMatch(/^@online\{a1b2c3d4e5f60718,/);
    const back = await readBack(text);
    expect(back).toMatchObject({
      'citation-key': record.id,
      type: 'webpage',
      title: item.title,
      author: people,
      issued: item.issued,
      accessed: item.accessed,
      URL: item.URL,
      publisher: item.publisher,
      'container-title': item['container-title'],
      language: 'zh-CN',
    });
  });

  test('an institution stays one name through every format', async () => {
    const organ = sampleRecord({ authors: [] });
    for (const format of ['ris', 'bibtex', 'csl-json'] as const) {
      const back = await readBack(await recordsToCitation([organ], format));
      const [name] = back.author as { family?: string; literal?: string }[];
      expect([format, name.literal ?? name.family]).toEqual([format, '示例市人民政府办公室']);
    }
  });

  test('file names and types', async () => {
    expect((await exportRecordsAsync([record], 'ris')).fileName).toBe('2024-03-14 市政府召开常务会议.ris');
    expect((await exportRecordsAsync([record], 'bibtex')).fileName).toMatch(/\.bib$/);
    expect((await exportRecordsAsync([record, record], 'csl-json')).fileName).toMatch(/^captures_.*_2\.csl\.json$/);
  });
});
