import fc from 'fast-check';
import { hanCount, textKey } from '../../../src/core/text';

/**
 * textKey and hanCount scan character by character for speed; the property regexes they
 * replaced stay the definition, and these tests hold them to it.
 */
const referenceKey = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '');
const referenceHan = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

// Pieces a page may hold: ideographs, CJK and full-width punctuation and letters, the ideographic
// space, compatibility ideographs, circled numbers, ligatures, combining marks, Hangul jamo,
// astral ideographs and emoji, and lone surrogates.
const PIECES = [
  '市',
  '政',
  '府',
  '㐀',
  '〇',
  '々',
  '⺀',
  '豈',
  '𠀀',
  '𪚥',
  '😀',
  '。',
  '，',
  '、',
  '：',
  '（',
  '）',
  '《',
  '》',
  '【',
  '】',
  '“',
  '”',
  '…',
  '—',
  '·',
  'Ａ',
  'ｚ',
  '１',
  '％',
  '＄',
  '\u3000',
  '\u00a0',
  '\u200b',
  '\ufeff',
  ' ',
  '\t',
  '\n',
  'a',
  'Z',
  '9',
  '-',
  '_',
  '$',
  '①',
  'ﬁ',
  '㎡',
  'é',
  'e\u0301',
  '\u0301',
  '\u1100\u1161',
  '\u1161',
  '한',
  '\ud800',
  '\udc00',
  'ｶ',
  'ﾞ',
  'ー',
  'ア',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(''));

test('textKey equals NFKC with whitespace, punctuation and symbols removed', () => {
  fc.assert(
    fc.property(text, (s) => expect(textKey(s)).toBe(referenceKey(s))),
    { numRuns: 1000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => expect(textKey(s)).toBe(referenceKey(s))),
    { numRuns: 1000 },
  );
});

test('hanCount equals the number of /\\p{Script=Han}/u matches', () => {
  fc.assert(
    fc.property(text, (s) => expect(hanCount(s)).toBe(referenceHan(s))),
    { numRuns: 1000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => expect(hanCount(s)).toBe(referenceHan(s))),
    { numRuns: 1000 },
  );
});

test('every BMP code point is classed as the regexes class it', () => {
  for (let c = 0; c < 0x10000; c++) {
    const s = `a${String.fromCharCode(c)}市`;
    if (textKey(s) !== referenceKey(s)) throw new Error(`textKey differs at U+${c.toString(16)}`);
    if (hanCount(s) !== referenceHan(s)) throw new Error(`hanCount differs at U+${c.toString(16)}`);
  }
});

test('the fast paths keep full-width letters and digits as ASCII and drop their punctuation', () => {
  expect(textKey('第１２３号，ＡＢＣ（试行）')).toBe('第123号ABC试行');
  expect(textKey('  市政府\u3000召开 会议。')).toBe('市政府召开会议');
  expect(hanCount('市政府召开会议。abc')).toBe(7);
});
