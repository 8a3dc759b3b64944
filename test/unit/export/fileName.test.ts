import { applyCorrections } from '../../../src/core/corrections';
import { exportFileName, safeFileNamePart } from '../../../src/core/export/fileName';
import { sampleRecord } from './sampleRecord';

describe('export file names', () => {
  const now = new Date('2024-05-06T07:08:09Z');

  test('one record: article date and title, Chinese kept; a user correction wins', () => {
    expect(
      exportFileName([sampleRecord({ corrections: undefined, extracted: undefined, title: '市政府召开常务会议 研究部署春季农业生产工作' })], 'json', now),
    ).toBe('2024-03-14 市政府召开常务会议 研究部署春季农业生产工作.json');
    expect(exportFileName([applyCorrections(sampleRecord(), { title: '更正标题', publishedAt: '2024-03-13' })], 'json', now)).toBe('2024-03-13 更正标题.json');
    expect(exportFileName([sampleRecord()], 'markdown', now)).toMatch(/\.md$/);
  });

  test('falls back to the capture day and to the id when there is no date or title', () => {
    expect(exportFileName([sampleRecord({ publishedAt: null, title: null, corrections: undefined })], 'csv', now)).toBe('2024-03-15 a1b2c3d4e5f60718.csv');
  });

  test('many records: export day and count', () => {
    expect(exportFileName([sampleRecord(), sampleRecord({ id: 'x' })], 'jsonl', now)).toBe('captures_2024-05-06_2.jsonl');
  });

  test('strips path separators, reserved punctuation, control, bidi and zero-width characters', () => {
    const name = safeFileNamePart('../..\\etc/passwd:*?"<>|\u202egpj.exe\u200b\u0007 标题\n第二行');
    expect(name).not.toMatch(/[\\/:*?"<>|\u202e\u200b\u0007\n]/);
    expect(name).toMatch(/^etc passwd/);
    expect(name).toContain('标题 第二行');
    expect(safeFileNamePart('...')).toBe('');
  });

  test('limits length in characters and in UTF-8 bytes', () => {
    const long = '很'.repeat(500);
    const part = safeFileNamePart(long);
    expect([...part].length).toBe(53);
    expect(new TextEncoder().encode(exportFileName([sampleRecord({ title: long })], 'jsonl', now)).length).toBeLessThanOrEqual(255);
    expect([...safeFileNamePart('a'.repeat(500))].length).toBe(60);
  });
});
