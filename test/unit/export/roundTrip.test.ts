import { applyCorrections } from '../../../src/core/corrections';
import { exportRecords, importRecords, recordToJson, recordsToCsv, recordsToJsonl, CSV_COLUMNS } from '../../../src/core/export';
import { validateRecord } from '../../../src/core/validateRecord';
import type { CaptureRecord } from '../../../src/core/types';
import { sampleRecord } from './sampleRecord';

/** Text that has broken naive exporters: separators, quotes, line breaks, formulas, bidi, zero-width. */
const NASTY = '=HYPERLINK("http://x")\r\n"引号",逗号\t制表\u2028行分隔\u202e反向\u200b零宽 <script>alert(1)</script>';

function records(): CaptureRecord[] {
  return [
    sampleRecord(),
    sampleRecord({
      id: 'b2',
      title: NASTY,
      source: "'以撇号开头",
      editor: '-减号开头',
      siteName: null,
      url: null,
      canonicalUrl: null,
      publishedAt: '2024-03-14',
      deck: [],
      authors: [],
      body: [
        { text: NASTY, kind: 'paragraph' },
        { text: '+86 010 1234', kind: 'list-item' },
      ],
      meeting: null,
      documents: [],
      corrections: undefined,
      provenance: undefined,
      confidence: undefined,
      isArticle: false,
      notArticleReason: 'list page',
    }),
    sampleRecord({ id: 'c3', title: null, body: [], summary: [], extractor: { name: 'gov-news-capture', version: '0.1.0', input: 'text' } }),
  ];
}

/** JSON drops `undefined` properties; the stored record and the re-imported one compare after that. */
const plain = (r: CaptureRecord) => JSON.parse(JSON.stringify(r)) as CaptureRecord;

function expectValid(rs: CaptureRecord[]) {
  for (const r of rs) {
    const v = validateRecord(r);
    expect(v.ok ? [] : v.errors).toEqual([]);
  }
}

describe('exports that carry the whole record read back equal and valid', () => {
  test('the fixtures themselves are schema-valid', () => expectValid(records()));

  test('JSON (one record)', async () => {
    const r = records()[0];
    const back = await importRecords(recordToJson(r), 'x.json');
    expect(back.errors).toEqual([]);
    expect(back.format).toBe('json');
    expect(back.records).toEqual([plain(r)]);
    expectValid(back.records);
  });

  test('JSON (array of many)', async () => {
    const file = exportRecords(records(), 'json');
    const back = await importRecords(file.text, file.fileName);
    expect(back.errors).toEqual([]);
    expect(back.records).toEqual(records().map(plain));
  });

  test('JSONL', async () => {
    const text = recordsToJsonl(records());
    expect(text.split('\n').filter(Boolean)).toHaveLength(3);
    const back = await importRecords(text);
    expect(back.format).toBe('jsonl');
    expect(back.errors).toEqual([]);
    expect(back.records).toEqual(records().map(plain));
    expectValid(back.records);
  });

  test('CSV', async () => {
    const text = recordsToCsv(records());
    const back = await importRecords(text, 'captures.csv');
    expect(back.errors).toEqual([]);
    expect(back.records).toEqual(records().map(plain));
    expectValid(back.records);
  });

  test('CSV neutralises formula cells for spreadsheets but restores them on import', () => {
    const text = recordsToCsv(records());
    expect(text.startsWith('\ufeff"id","capturedAt"')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")`);
    expect(text).toContain(`"''以撇号开头"`);
    expect(text).toContain(`"'-减号开头"`);
    expect(text).not.toMatch(/(^|,)"=/m);
    expect(CSV_COLUMNS.map((c) => c.name)).toEqual(expect.arrayContaining(Object.keys(sampleRecord())));
  });

  test('CSV import finds columns by header, in any order', async () => {
    const { default: Papa } = await import('papaparse');
    const original = Papa.parse<string[]>(recordsToCsv([sampleRecord()]).slice(1), { skipEmptyLines: true }).data;
    const reversed = original.map((row) => [...row].reverse());
    const back = await importRecords(Papa.unparse(reversed), 'x.csv');
    expect(back.errors).toEqual([]);
    expect(back.records).toEqual([plain(sampleRecord())]);
  });
});

describe('import reports what it cannot read and keeps the rest', () => {
  test('bad lines, bad records and records from the future', async () => {
    const good = JSON.stringify(sampleRecord());
    const broken = JSON.stringify({ ...sampleRecord({ id: 'x' }), authors: [{ name: '', role: 'reporter' }] });
    const future = JSON.stringify({ ...sampleRecord({ id: 'y' }), schemaVersion: 7 });
    const back = await importRecords([good, '{not json', broken, future, ''].join('\n'), 'a.jsonl');
    expect(back.records.map((r) => r.id)).toEqual([sampleRecord().id]);
    expect(back.errors).toHaveLength(3);
    expect(back.errors[0]).toMatch(/^line 2: not valid JSON/);
    expect(back.errors[1]).toMatch(/^line 3: .*authors/);
    expect(back.errors[2]).toMatch(/^line 4: .*newer/);
  });

  test('a file that is not JSON at all gives one clear error', async () => {
    const back = await importRecords('[1, 2', 'x.json');
    expect(back.records).toEqual([]);
    expect(back.errors[0]).toMatch(/^cannot read as JSON/);
  });

  test('an old record (plain-string body, no hash) is upgraded and gets its hash', async () => {
    const back = await importRecords(JSON.stringify({ id: 'old', capturedAt: '2020-05-01T00:00:00Z', title: '旧记录', body: ['甲', '乙'] }));
    expect(back.errors).toEqual([]);
    expect(back.records[0].body).toEqual([
      { text: '甲', kind: 'paragraph' },
      { text: '乙', kind: 'paragraph' },
    ]);
    expect(back.records[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
    expectValid(back.records);
  });
});

describe('export settings narrow CSV and Markdown', () => {
  test('CSV keeps id plus the chosen fields, and body brings its readable column', async () => {
    const text = recordsToCsv([sampleRecord()], ['title', 'body']);
    const header = text.slice(1).split('\r\n')[0];
    expect(header).toBe('"id","title","bodyText","body","tags","note"');
  });

  test('Markdown leaves out unchosen sections', () => {
    const file = exportRecords([sampleRecord()], 'markdown', { fields: ['title', 'source'] });
    expect(file.text).toContain('- 来源：示例日报');
    expect(file.text).not.toContain('## 正文');
    expect(file.text).not.toContain('- 责任编辑');
    expect(file.mime).toBe('text/markdown;charset=utf-8');
  });

  test('JSON ignores fields: it always carries the whole record', () => {
    const file = exportRecords([sampleRecord()], 'json', { fields: ['title'] });
    expect(JSON.parse(file.text)).toEqual(plain(sampleRecord()));
  });
});

describe('one rule for corrections in every export', () => {
  const corrected = () => applyCorrections(sampleRecord({ corrections: undefined, extracted: undefined }), { source: '示例电视台', publishedAt: '2024-03-13' });

  test('JSON top level and CSV columns hold the corrected value; the extracted one is kept beside it', async () => {
    const json = JSON.parse(exportRecords([corrected()], 'json').text) as CaptureRecord;
    expect([json.source, json.publishedAt]).toEqual(['示例电视台', '2024-03-13']);
    expect(json.extracted).toEqual({ source: '示例日报', publishedAt: '2024-03-14T18:59:00+08:00' });
    const [row] = (await import('papaparse')).default.parse<Record<string, string>>(recordsToCsv([corrected()]).slice(1), { header: true }).data;
    expect([row.source, row.publishedAt]).toEqual(['示例电视台', '2024-03-13']);
    expect(JSON.parse(row.extracted)).toEqual({ source: '示例日报', publishedAt: '2024-03-14T18:59:00+08:00' });
    const back = await importRecords(recordsToCsv([corrected()]), 'x.csv');
    expect(back.records).toEqual([plain(corrected())]);
  });

  test('a file exported before the rule (correction only in `corrections`) imports settled', async () => {
    const old = sampleRecord({ corrections: { source: '示例电视台' }, extracted: undefined });
    const back = await importRecords(recordToJson(old), 'x.json');
    expect(back.records[0].source).toBe('示例电视台');
    expect(back.records[0].extracted).toEqual({ source: '示例日报' });
  });

  test('tags and note go out and come back in every whole-record format', async () => {
    const r = sampleRecord({ tags: ['防汛', '=公式'], note: '第一行\n"第二行", 逗号' });
    for (const format of ['json', 'jsonl', 'csv'] as const) {
      const file = exportRecords([r], format);
      const back = await importRecords(file.text, file.fileName);
      expect([format, back.records[0].tags, back.records[0].note]).toEqual([format, r.tags, r.note]);
    }
  });

  test("an article read over several pages keeps its pages' addresses in every whole-record format", async () => {
    const pages = ['http://www.example.gov.cn/xw/a.html', 'http://www.example.gov.cn/xw/a_2.html', 'http://www.example.gov.cn/xw/a_3.html'];
    const r = sampleRecord({ pages });
    expectValid([r]);
    for (const format of ['json', 'jsonl', 'csv'] as const) {
      const file = exportRecords([r], format);
      const back = await importRecords(file.text, file.fileName);
      expect([format, back.records[0].pages]).toEqual([format, pages]);
    }
    const one = await importRecords(exportRecords([sampleRecord()], 'csv').text, 'x.csv');
    expect('pages' in one.records[0]).toBe(false);
  });

  test('import cleans tags and note a hand-edited file got wrong', async () => {
    const back = await importRecords(JSON.stringify({ ...sampleRecord(), tags: [' 防汛 ', '防汛', '', 3], note: '   ' }), 'x.json');
    expect(back.errors).toEqual([]);
    expect(back.records[0].tags).toEqual(['防汛']);
    expect(back.records[0].note).toBeUndefined();
  });
});
