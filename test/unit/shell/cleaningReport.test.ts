import { cleaningReport, notArticleReason } from '../../../popup/cleaningReport';
import { sampleRecord } from './recordFixture';

describe('cleaning report', () => {
  test('nothing done, nothing said', () => {
    expect(cleaningReport(sampleRecord())).toEqual([]);
  });

  test('each action in plain words, warnings first', () => {
    const base = sampleRecord();
    const lines = cleaningReport({
      ...base,
      isArticle: false,
      notArticleReason: 'list page: 24 items of the same shape, each with its own date',
      cleaning: { ...base.cleaning, pinyinRemoved: 12, printViewRemoved: true, dateInferred: true, convertedTo: 'simplified', duplicatesRemoved: 2 },
    });
    expect(lines.map((l) => l.key)).toEqual([
      'reasonList',
      'reportDateInferred',
      'reportPinyinRemoved',
      'reportPrintViewRemoved',
      'reportDuplicatesRemoved',
      'reportConvertedSimplified',
    ]);
    expect(lines[0]).toMatchObject({ subs: ['24'], warn: true });
    expect(lines[2].subs).toEqual(['12']);
  });

  test('"converted to original" is not a conversion', () => {
    const base = sampleRecord();
    expect(cleaningReport({ ...base, cleaning: { ...base.cleaning, convertedTo: 'original' } })).toEqual([]);
  });

  test("extraction's English reasons become message keys; an unknown one is never shown as it is", () => {
    expect(notArticleReason('empty document').key).toBe('reasonNoText');
    expect(notArticleReason('no text found').key).toBe('reasonNoText');
    expect(notArticleReason('search results page').key).toBe('reasonSearch');
    expect(notArticleReason('index page: mostly links, no paragraph run').key).toBe('reasonIndex');
    expect(notArticleReason('list page: 7 items of the same shape, each with its own date')).toMatchObject({ key: 'reasonList', subs: ['7'] });
    expect(notArticleReason('something new')).toEqual({ key: 'reasonGeneric', warn: true });
    expect(notArticleReason(null).key).toBe('reasonGeneric');
  });
});
