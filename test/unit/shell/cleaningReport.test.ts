import { cleaningReport } from '../../../popup/cleaningReport';
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
      notArticleReason: 'list page',
      cleaning: { ...base.cleaning, pinyinRemoved: 12, printViewRemoved: true, dateInferred: true, convertedTo: 'simplified', duplicatesRemoved: 2 },
    });
    expect(lines.map((l) => l.key)).toEqual([
      'reportNotArticle', 'reportDateInferred', 'reportPinyinRemoved', 'reportPrintViewRemoved', 'reportDuplicatesRemoved', 'reportConvertedSimplified',
    ]);
    expect(lines[0]).toMatchObject({ subs: ['list page'], warn: true });
    expect(lines[2].subs).toEqual(['12']);
  });

  test('"converted to original" is not a conversion', () => {
    const base = sampleRecord();
    expect(cleaningReport({ ...base, cleaning: { ...base.cleaning, convertedTo: 'original' } })).toEqual([]);
  });
});
