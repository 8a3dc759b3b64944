import * as OpenCC from 'opencc-js';
import * as vocabulary from '../../../src/core/vocabulary';
import { alternation, isNotASource } from '../../../src/core/vocabulary';
import { readInfoLine } from '../../../src/extract/infoLine';
import { parseInfoLine } from '../../../src/core/infoLine';

/** Every list of words in the vocabulary (lists of pattern sources, such as notice phrases, are tested by their own cases). */
const isWord = (w: unknown) => typeof w === 'string' && !/[(|[\]\\]/.test(w);
const LISTS = Object.entries(vocabulary).filter(
  (e): e is [string, readonly string[]] => Array.isArray(e[1]) && (e[1] as unknown[]).flat().every(isWord),
);
const toTraditional = (OpenCC as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string }).Converter({ from: 'cn', to: 'tw' });
const toSimplified = (OpenCC as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string }).Converter({ from: 'tw', to: 'cn' });

describe('the shared vocabulary', () => {
  test.each(LISTS)('%s lists every word in both scripts', (_name, words) => {
    const flat = (words as readonly (string | readonly string[])[]).flat() as string[];
    const have = new Set(flat);
    for (const w of flat) {
      // A word that has a traditional form different from itself must be listed in that form too
      // (and a traditional word in its simplified form), or a mirror site's page would lose it.
      const t = toTraditional(w);
      const s = toSimplified(w);
      if (t !== w && !/[A-Za-z]/.test(w)) expect([w, have.has(t) || flat.some((o) => o !== w && toSimplified(o) === toSimplified(w))]).toEqual([w, true]);
      if (s !== w) expect([w, have.has(s)]).toEqual([w, true]);
    }
  });

  test('alternation tries longer words first', () => {
    expect(new RegExp(alternation(['时间', '发布时间'])).exec('发布时间：2024')?.[0]).toBe('发布时间');
    const re = new RegExp(`^${alternation(['a.b', 'c', '发布', '发布日期', '發佈時間'])}$`);
    for (const w of ['a.b', 'c', '发布', '发布日期', '發佈時間']) expect(re.test(w)).toBe(true);
    for (const w of ['axb', '发', '发布日', '發佈']) expect(re.test(w)).toBe(false);
  });

  test('a placeholder in the origin slot names no source; the site itself does', () => {
    expect(isNotASource('转载文章')).toBe(true);
    expect(isNotASource('原創')).toBe(true);
    expect(isNotASource('本站原创')).toBe(false);
    expect(isNotASource('某某日报')).toBe(false);
  });
});

describe('both readers know every label in both scripts', () => {
  test.each(vocabulary.SOURCE_LABELS.map((l) => [l]))('%s', (label) => {
    expect(readInfoLine(`${label}：某某日报`).source).toBe('某某日报');
    expect(parseInfoLine(`${label}：某某日报`)?.source).toBe('某某日报');
  });
  test.each(vocabulary.EDITOR_LABELS.map((l) => [l]))('%s', (label) => {
    expect(readInfoLine(`${label}：王小明`).editor).toBe('王小明');
    expect(parseInfoLine(`${label}：王小明`)?.editor).toBe('王小明');
  });
  test.each(vocabulary.PUBLISH_DATE_LABELS.map((l) => [l]))('%s', (label) => {
    expect(readInfoLine(`${label}：2024-03-05`).dateLabelled).toBe(true);
    expect(parseInfoLine(`${label}：2024-03-05`)?.date?.iso).toBe('2024-03-05');
  });
  test.each(vocabulary.OTHER_DATE_WORDS.map((w) => [`${w}日期`]))('%s is not the publish date', (label) => {
    expect(readInfoLine(`${label}：2024-03-05`).date).toBeUndefined();
    expect(parseInfoLine(`${label}：2024-03-05`)?.date ?? null).toBeNull();
  });
});

describe('a bare time or date label glued after another word is that word\'s (报名时间, 截止日期)', () => {
  test('neither reader takes an event\'s time for the publish label', () => {
    expect(readInfoLine('（一）报名时间：2024年3月20日至4月10日。').dateLabelled).toBe(false);
    expect(parseInfoLine('（一）报名时间：2024年3月20日至4月10日。')).toBeNull();
    expect(readInfoLine('时间：2024-03-20').dateLabelled).toBe(true);
    expect(readInfoLine('发布时间：2024-03-20').dateLabelled).toBe(true);
  });
});
