import { countTonedAnnotations, removePinyin } from '../../../src/core/pinyin';

describe('removePinyin: annotations inserted after converted characters', () => {
  test('toned syllables after Han characters go, and are counted', () => {
    expect(removePinyin('區(qū)政府召開(kāi)常務(wù)會(huì)議')).toEqual({ text: '區政府召開常務會議', removed: 4 });
  });
  test('full-width brackets too', () => {
    expect(removePinyin('發(fā)展（zhǎn）')).toEqual({ text: '發展', removed: 2 });
  });
  test('legitimate parentheses stay', () => {
    const text = '各區縣(市)、今天(3月2日)、辦法(試行)、某某網訊(全媒體記者陶然)、(ok)、GDP(gdp)';
    expect(removePinyin(text)).toEqual({ text, removed: 0 });
  });
  test('untoned syllables only when the page is known to carry annotations', () => {
    expect(removePinyin('好的(de)').removed).toBe(0);
    expect(removePinyin('好的(de)', true)).toEqual({ text: '好的', removed: 1 });
  });
  test('a non-syllable in brackets is kept even when toned-looking', () => {
    expect(removePinyin('詞(xyzā)').removed).toBe(0);
  });
  test('countTonedAnnotations', () => {
    expect(countTonedAnnotations('會(huì)議(yì)(市)')).toBe(2);
  });
});
