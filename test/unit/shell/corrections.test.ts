import { applyCorrections, effectiveValue } from '../../../src/background/corrections';
import { sampleRecord } from './recordFixture';

describe('corrections', () => {
  test('a correction sits beside the extracted value, which stays unchanged', () => {
    const r = applyCorrections(sampleRecord(), { title: '  示例市召开防汛会议 ', source: '示例电视台' });
    expect(r.title).toBe('示例市召开工作会议');
    expect(r.corrections).toEqual({ title: '示例市召开防汛会议', source: '示例电视台' });
    expect(effectiveValue(r, 'title')).toBe('示例市召开防汛会议');
    expect(effectiveValue(r, 'editor')).toBe('张三');
  });

  test('correcting back to the extracted value removes the correction', () => {
    const once = applyCorrections(sampleRecord(), { source: '别的报' });
    const back = applyCorrections(once, { source: '示例日报' });
    expect(back.corrections).toBeUndefined();
  });

  test('an empty text clears the field (null), distinct from the extracted value', () => {
    const r = applyCorrections(sampleRecord(), { editor: '   ' });
    expect(r.corrections).toEqual({ editor: null });
    expect(effectiveValue(r, 'editor')).toBeNull();
  });

  test('dates must be ISO days or times', () => {
    expect(applyCorrections(sampleRecord(), { publishedAt: '2024-05-15' }).corrections).toEqual({ publishedAt: '2024-05-15' });
    expect(() => applyCorrections(sampleRecord(), { publishedAt: '5月15日' })).toThrow(/date/);
  });

  test('names: people lists and host accept names and keep structure', () => {
    const r = applyCorrections(sampleRecord(), {
      'meeting.attendees': [{ name: '赵六', titles: ['秘书长'] }, '钱七', ''],
      'meeting.host': '孙八',
      authors: ['李四', { name: '周九', role: 'photographer' }],
    });
    expect(r.corrections?.['meeting.attendees']).toEqual([{ name: '赵六', titles: ['秘书长'] }, { name: '钱七', titles: [] }]);
    expect(r.corrections?.['meeting.host']).toEqual({ name: '孙八', titles: [] });
    expect(r.corrections?.authors).toEqual([{ name: '李四', role: 'author' }, { name: '周九', role: 'photographer' }]);
    expect(r.meeting?.host?.name).toBe('王五');
  });

  test('a non-list for a list field is refused', () => {
    expect(() => applyCorrections(sampleRecord(), { 'meeting.speakers': 'x' })).toThrow(/list/);
  });
});

describe('putting removed lines back goes through the corrections', () => {
  const withRemoved = () => {
    const r = sampleRecord();
    return { ...r, cleaning: { ...r.cleaning, removed: [{ text: '网页中不得使用<script>标签', kind: 'stray-markup', at: 1 }, { text: '扫一扫', kind: 'share-prompt', at: 0 }] } };
  };
  test('the indices put back are kept sorted and distinct; none left removes the correction', () => {
    const r = applyCorrections(withRemoved(), { 'body.restored': [1, 0, 1] });
    expect(r.corrections).toEqual({ 'body.restored': [0, 1] });
    expect(effectiveValue(r, 'body.restored')).toEqual([0, 1]);
    expect(applyCorrections(r, { 'body.restored': [] }).corrections).toBeUndefined();
  });
  test('only lines the record removed can be put back', () => {
    expect(() => applyCorrections(withRemoved(), { 'body.restored': [2] })).toThrow(/removed lines/);
    expect(() => applyCorrections(withRemoved(), { 'body.restored': ['0'] })).toThrow(/removed lines/);
    expect(() => applyCorrections(withRemoved(), { 'body.restored': 0 })).toThrow(/list/);
  });
});
