import { applyCorrections, effectiveValue, extractedValue } from '../../../src/background/corrections';
import type { Disclosure } from '../../../src/core/types';
import { settleCorrections } from '../../../src/core/corrections';
import { sampleRecord } from './recordFixture';

describe('corrections', () => {
  test('the field holds the correction; the extracted value stays in `extracted`', () => {
    const r = applyCorrections(sampleRecord(), { title: '  示例市召开防汛会议 ', source: '示例电视台' });
    expect(r.title).toBe('示例市召开防汛会议');
    expect(r.source).toBe('示例电视台');
    expect(r.corrections).toEqual({ title: '示例市召开防汛会议', source: '示例电视台' });
    expect(r.extracted).toEqual({ title: '示例市召开工作会议', source: '示例日报' });
    expect(extractedValue(r, 'title')).toBe('示例市召开工作会议');
    expect(effectiveValue(r, 'title')).toBe('示例市召开防汛会议');
    expect(effectiveValue(r, 'editor')).toBe('张三');
  });

  test('a second correction of a field keeps the first extracted value', () => {
    const twice = applyCorrections(applyCorrections(sampleRecord(), { source: '甲报' }), { source: '乙报' });
    expect(twice.source).toBe('乙报');
    expect(twice.extracted).toEqual({ source: '示例日报' });
  });

  test('a multi-line title is one title: its line breaks are layout', () => {
    expect(applyCorrections(sampleRecord(), { title: '关于做好\n2024年防汛工作的通知' }).title).toBe('关于做好 2024年防汛工作的通知');
  });

  test('correcting back to the extracted value removes the correction', () => {
    const once = applyCorrections(sampleRecord(), { source: '别的报' });
    const back = applyCorrections(once, { source: '示例日报' });
    expect(back.corrections).toBeUndefined();
    expect(back.extracted).toBeUndefined();
    expect(back.source).toBe('示例日报');
  });

  test('an empty text clears the field (null), distinct from the extracted value', () => {
    const r = applyCorrections(sampleRecord(), { editor: '   ' });
    expect(r.corrections).toEqual({ editor: null });
    expect(effectiveValue(r, 'editor')).toBeNull();
  });

  test('dates as people write them are read by the page-date parser', () => {
    const date = (s: string) => applyCorrections(sampleRecord(), { publishedAt: s }).publishedAt;
    expect(date('2024-05-15')).toBe('2024-05-15');
    expect(date('2024年6月3日')).toBe('2024-06-03');
    expect(date('2024/6/3')).toBe('2024-06-03');
    expect(date('2024-06-03 10:00')).toBe('2024-06-03T10:00:00+08:00');
    expect(date('2024-03-05T09:30+08:00')).toBe('2024-03-05T09:30+08:00');
    // No year: there is no page date to take one from.
    expect(() => applyCorrections(sampleRecord(), { publishedAt: '5月15日' })).toThrow(/date/);
    expect(() => applyCorrections(sampleRecord(), { publishedAt: '下周' })).toThrow(/date/);
  });

  test('names: people lists and host accept names and keep structure', () => {
    const r = applyCorrections(sampleRecord(), {
      'meeting.attendees': [{ name: '赵六', titles: ['秘书长'] }, '钱七', ''],
      'meeting.host': '孙八',
      authors: ['李四', { name: '周九', role: 'photographer' }],
    });
    expect(r.corrections?.['meeting.attendees']).toEqual([
      { name: '赵六', titles: ['秘书长'] },
      { name: '钱七', titles: [] },
    ]);
    expect(r.corrections?.['meeting.host']).toEqual({ name: '孙八', titles: [] });
    expect(r.corrections?.authors).toEqual([
      { name: '李四', role: 'author' },
      { name: '周九', role: 'photographer' },
    ]);
    expect(r.meeting?.host?.name).toBe('孙八');
    expect(r.meeting?.attendees).toEqual([
      { name: '赵六', titles: ['秘书长'] },
      { name: '钱七', titles: [] },
    ]);
    expect((r.extracted?.['meeting.host'] as { name: string }).name).toBe('王五');
    expect(r.meeting?.directives).toEqual(['压实责任', '排查隐患']);
  });

  test('a non-list for a list field is refused', () => {
    expect(() => applyCorrections(sampleRecord(), { 'meeting.speakers': 'x' })).toThrow(/list/);
  });

  test('a record corrected the older way (correction only in `corrections`) is settled', () => {
    const old = sampleRecord({ corrections: { title: '更正标题', 'meeting.host': { name: '孙八', titles: [] } } });
    const r = settleCorrections(old);
    expect(r.title).toBe('更正标题');
    expect(r.meeting?.host).toEqual({ name: '孙八', titles: [] });
    expect(r.extracted).toEqual({ title: '示例市召开工作会议', 'meeting.host': { name: '王五', titles: ['副市长'] } });
    expect(settleCorrections(r)).toBe(r);
  });

  test('no meeting is made up for an empty correction', () => {
    const r = applyCorrections(sampleRecord({ meeting: null }), { 'meeting.speakers': [] });
    expect(r.meeting).toBeNull();
  });
});

describe('putting removed lines back goes through the corrections', () => {
  const withRemoved = () => {
    const r = sampleRecord();
    return {
      ...r,
      cleaning: {
        ...r.cleaning,
        removed: [
          { text: '网页中不得使用<script>标签', kind: 'stray-markup', at: 1 },
          { text: '扫一扫', kind: 'share-prompt', at: 0 },
        ],
      },
    };
  };
  test('the indices put back are kept sorted and distinct; none left removes the correction', () => {
    const r = applyCorrections(withRemoved(), { 'body.restored': [1, 0, 1] });
    expect(r.corrections).toEqual({ 'body.restored': [0, 1] });
    expect(effectiveValue(r, 'body.restored')).toEqual([0, 1]);
    expect(applyCorrections(r, { 'body.restored': [] }).corrections).toBeUndefined();
  });
  test('the body keeps the extracted value: nothing goes to `extracted`, and other corrections work beside it', () => {
    const before = withRemoved();
    const r = applyCorrections(applyCorrections(before, { title: '更正后的标题' }), { 'body.restored': [1] });
    expect(r.body).toEqual(before.body);
    expect(r.title).toBe('更正后的标题');
    expect(r.corrections).toEqual({ title: '更正后的标题', 'body.restored': [1] });
    expect(r.extracted).toEqual({ title: '示例市召开工作会议' });
    expect(extractedValue(r, 'body.restored')).toEqual([]);
    // Settling a record stored the older way leaves the body's correction where it is.
    expect(settleCorrections(r)).toBe(r);
    const old = { ...before, corrections: { title: '更正后的标题', 'body.restored': [0] } };
    const settled = settleCorrections(old);
    expect(settled.extracted).toEqual({ title: '示例市召开工作会议' });
    expect(settled.corrections).toEqual(old.corrections);
    expect(settled.body).toEqual(before.body);
    // Taking the line out again leaves only the title's correction.
    const out = applyCorrections(r, { 'body.restored': [] });
    expect(out.corrections).toEqual({ title: '更正后的标题' });
    expect(out.extracted).toEqual({ title: '示例市召开工作会议' });
  });
  test('only lines the record removed can be put back', () => {
    expect(() => applyCorrections(withRemoved(), { 'body.restored': [2] })).toThrow(/removed lines/);
    expect(() => applyCorrections(withRemoved(), { 'body.restored': ['0'] })).toThrow(/removed lines/);
    expect(() => applyCorrections(withRemoved(), { 'body.restored': 0 })).toThrow(/list/);
  });
});

describe('the disclosure facts go through the corrections rule', () => {
  const PAGE: Disclosure = {
    issuer: { label: '发布机构', value: '示例市人民政府办公室' },
    docNo: { label: '发文字号', value: '示政办发〔2024〕12号' },
    publishedAt: { label: '发布日期', value: '2024-05-06', date: '2024-05-06' },
  };
  const record = () => sampleRecord({ disclosure: PAGE });
  const table = (over: Record<string, string>) => ({ ...Object.fromEntries(Object.entries(PAGE).map(([k, f]) => [k, f.value])), ...over });

  test("the field holds the user's table; the page's stays in `extracted.disclosure`", () => {
    const r = applyCorrections(record(), { disclosure: table({ docNo: '示政办发〔2024〕13号', writtenAt: '2024年5月2日' }) });
    expect(r.disclosure).toEqual({
      ...PAGE,
      docNo: { label: '发文字号', value: '示政办发〔2024〕13号' },
      writtenAt: { label: '成文日期', value: '2024年5月2日', date: '2024-05-02' },
    });
    expect(r.corrections?.disclosure).toEqual(r.disclosure);
    expect(r.extracted).toEqual({ disclosure: PAGE });
    expect(effectiveValue(r, 'disclosure')).toBe(r.disclosure);
    expect(extractedValue(r, 'disclosure')).toEqual(PAGE);
  });

  test("a second correction keeps the page's table; setting it back as printed drops the correction", () => {
    const once = applyCorrections(record(), { disclosure: table({ docNo: '甲' }) });
    const twice = applyCorrections(once, { disclosure: table({ docNo: '乙', publishedAt: '2024/5/7' }) });
    expect(twice.extracted).toEqual({ disclosure: PAGE });
    expect(twice.disclosure?.publishedAt).toEqual({ label: '发布日期', value: '2024/5/7', date: '2024-05-07' });
    // Re-entered in another order, as the form may send it: the page's table again.
    const { issuer, docNo, publishedAt } = PAGE;
    const back = applyCorrections(twice, { disclosure: { publishedAt: publishedAt!.value, docNo: docNo!.value, issuer: issuer!.value } });
    expect(back.corrections).toBeUndefined();
    expect(back.extracted).toBeUndefined();
    expect(back.disclosure).toEqual(PAGE);
  });

  test('a page without a table gets one from the user; emptying it gives no table back', () => {
    const added = applyCorrections(sampleRecord({ disclosure: null }), { disclosure: { docNo: '示政办发〔2024〕13号' } });
    expect(added.disclosure).toEqual({ docNo: { label: '发文字号', value: '示政办发〔2024〕13号' } });
    expect(added.extracted).toEqual({ disclosure: null });
    const emptied = applyCorrections(record(), { disclosure: { docNo: '', issuer: '' } });
    expect(emptied.disclosure).toBeNull();
    expect(emptied.corrections).toEqual({ disclosure: null });
  });

  test('a refused table is a correction error naming the field, and changes nothing', () => {
    expect(() => applyCorrections(record(), { disclosure: { signer: '某某' } })).toThrow(/disclosure/);
    expect(() => applyCorrections(record(), { disclosure: { writtenAt: '上周' } })).toThrow(/disclosure: not a date/);
  });

  test('settled like the other fields: an older record, and a re-capture carrying the correction', () => {
    const corrected = applyCorrections(record(), { disclosure: table({ docNo: '示政办发〔2024〕13号' }) });
    const older = { ...record(), corrections: corrected.corrections };
    expect(settleCorrections(older)).toMatchObject({ disclosure: corrected.disclosure, extracted: { disclosure: PAGE } });
    // A re-capture of the unchanged page applies the stored correction (facts, not texts) again.
    expect(applyCorrections(record(), corrected.corrections!)).toEqual(corrected);
  });
});
