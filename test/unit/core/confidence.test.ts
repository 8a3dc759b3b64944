import { buildRecord } from '../../../src/core/buildRecord';
import { gradeFields } from '../../../src/core/confidence';
import { pageInputFromText } from '../../../src/core/textCapture';

const base = { title: '市政府召开常务会议', publishedAt: '2024-03-05', source: '某某日报', editor: '王某', dateInferred: false };

describe('confidence: graded from the signal and its agreement with the others', () => {
  test('a labelled info-line date, or one the declarations back, is high; one they contradict is low', () => {
    expect(gradeFields({ ...base, provenance: { publishedAt: 'info-line-labelled' } }).publishedAt).toBe('high');
    expect(gradeFields({ ...base, provenance: { publishedAt: 'info-line', 'publishedAt.check': 'declared-same-day' } }).publishedAt).toBe('high');
    expect(gradeFields({ ...base, provenance: { publishedAt: 'info-line' } }).publishedAt).toBe('medium');
    expect(gradeFields({ ...base, provenance: { publishedAt: 'info-line-labelled', 'publishedAt.check': 'declared-other-day' } }).publishedAt).toBe('low');
    expect(gradeFields({ ...base, dateInferred: true, provenance: { publishedAt: 'inferred-from-body' } }).publishedAt).toBe('low');
  });
  test('a title the head agrees with is high; the document title alone naming a site is low', () => {
    expect(gradeFields({ ...base, provenance: { title: 'visible-heading' } }).title).toBe('high');
    expect(gradeFields({ ...base, provenance: { title: 'document-title' } }).title).toBe('medium');
    expect(gradeFields({ ...base, title: '某某县人民政府门户网站', provenance: { title: 'document-title' } }).title).toBe('low');
  });
  test('an unlabelled outlet beside the date is medium, low when the page declares another; a labelled source is high', () => {
    expect(gradeFields({ ...base, provenance: { source: 'info-line' } }).source).toBe('high');
    expect(gradeFields({ ...base, provenance: { source: 'info-line-unlabelled' } }).source).toBe('medium');
    expect(gradeFields({ ...base, provenance: { source: 'info-line-unlabelled', 'source.check': 'declared-other' } }).source).toBe('low');
  });
  test('empty fields get no grade', () => {
    expect(gradeFields({ ...base, publishedAt: null, source: null, provenance: {} })).toEqual({ title: 'low', editor: 'medium' });
  });
});

describe('the record carries provenance and confidence for text captures too', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  test('a headline over a labelled info line', async () => {
    const r = await buildRecord(
      pageInputFromText(
        ['某某县召开安全生产工作会议', '发布时间：2024-03-05 10:00 来源：某某日报', '3月5日，县政府召开全县安全生产工作会议，部署近期安全生产工作。'].join(
          '\n',
        ),
      ),
      { now },
    );
    expect(r.provenance).toMatchObject({ title: 'text-headline-above-info-line', publishedAt: 'info-line-under-headline', source: 'info-line-under-headline' });
    expect(r.confidence).toEqual({ title: 'high', publishedAt: 'high', source: 'high' });
  });
  test('a date read from the article itself is low', async () => {
    const r = await buildRecord(
      pageInputFromText(
        [
          '某某县关于做好防汛工作的通知',
          '各乡镇人民政府，县直各单位：为做好今年防汛工作，现将有关事项通知如下。',
          '某某县人民政府办公室',
          '2024年5月10日',
        ].join('\n'),
      ),
      { now },
    );
    expect(r.provenance?.publishedAt).toBe('inferred-from-body');
    expect(r.confidence?.publishedAt).toBe('low');
  });
});
