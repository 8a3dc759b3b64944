import { fitBlockLength, MAX_PARTS, PartsOnOffer, splitIntoParts, textLength } from '../../../src/messaging/blockParts';
import type { Block, PageInput } from '../../../src/core/types';

const para = (text: string): Block => ({ text, kind: 'paragraph' });
const han = (n: number, c = '政') => c.repeat(n);

describe('splitIntoParts', () => {
  test('keeps blocks whole and in order, each part within the limit', () => {
    const blocks = [para(han(40)), para(han(30, '务')), para(han(50, '公')), para(han(10, '开'))];
    const parts = splitIntoParts(blocks, 80);
    expect(parts.map((p) => p.map((b) => b.text.length))).toEqual([
      [40, 30],
      [50, 10],
    ]);
    expect(parts.flat()).toEqual(blocks);
  });

  test('a block longer than the limit travels alone; an empty body is one empty part', () => {
    expect(splitIntoParts([para('甲'), para(han(200)), para('乙')], 100).map((p) => p.length)).toEqual([1, 1, 1]);
    expect(splitIntoParts([], 100)).toEqual([[]]);
  });
});

describe('fitBlockLength', () => {
  test('cuts an over-long block after the last sentence end that fits, keeping every character and the kind', () => {
    const text = `${han(60)}。${han(60, '务')}。${han(60, '公')}`;
    const out = fitBlockLength([{ text, kind: 'quote' }, para('短')], 100);
    expect(out.map((b) => b.text.length)).toEqual([61, 61, 60, 1]);
    expect(out[0].text.endsWith('。')).toBe(true);
    expect(out.slice(0, 3).every((b) => b.kind === 'quote')).toBe(true);
    expect(out.map((b) => b.text).join('')).toBe(text + '短');
  });

  test('without a sentence end it cuts at the limit, never inside a surrogate pair', () => {
    const text = '𠀀'.repeat(80); // 160 UTF-16 units, no sentence end
    const out = fitBlockLength([para(text)], 51);
    expect(out.every((b) => b.text.length <= 51)).toBe(true);
    expect(out.every((b) => !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(b.text))).toBe(true);
    expect(out.map((b) => b.text).join('')).toBe(text);
  });

  test('blocks within the limit pass through unchanged', () => {
    const blocks = [para(han(10)), para(han(20))];
    expect(fitBlockLength(blocks, 20)).toBe(blocks);
  });
});

describe('PartsOnOffer', () => {
  const input = (blocks: Block[]): PageInput => ({ url: 'https://example.gov.cn/a.html', format: 'html', documentTitle: '标题', hints: {}, blocks });

  test('a body that fits one message goes whole, without a rest', () => {
    const offer = new PartsOnOffer();
    const head = offer.head(input([para('一段正文。')]));
    expect(head.rest).toBeUndefined();
    expect(head.blocks).toEqual([para('一段正文。')]);
  });

  test('a long body: the head holds the first part, the rest is handed out once, by token', () => {
    const blocks = Array.from({ length: 10 }, (_, i) => para(han(30, String.fromCharCode(0x4e00 + i))));
    const offer = new PartsOnOffer();
    const head = offer.head(input(blocks), 100);
    expect(head.rest).toEqual({ token: expect.any(String), parts: 4 });
    expect(textLength(head.blocks)).toBeLessThanOrEqual(100);
    expect(() => offer.part('another-token', 1)).toThrow(/no longer held/);
    // Asked for out of order (all at once), each once; the last one handed out lets go of them all.
    const last = offer.part(head.rest!.token, 3);
    expect(() => offer.part(head.rest!.token, 3)).toThrow(/no longer held/);
    const joined = [...head.blocks, ...offer.part(head.rest!.token, 1), ...offer.part(head.rest!.token, 2), ...last];
    expect(joined).toEqual(blocks);
    expect(() => offer.part(head.rest!.token, 1)).toThrow(/no longer held/);
  });

  test('a second reading replaces the first: a part of the first is refused', () => {
    const blocks = Array.from({ length: 6 }, () => para(han(60)));
    const offer = new PartsOnOffer();
    const first = offer.head(input(blocks), 100);
    const second = offer.head(input(blocks), 100);
    expect(second.rest!.token).not.toBe(first.rest!.token);
    expect(() => offer.part(first.rest!.token, 1)).toThrow(/no longer held/);
    expect(offer.part(second.rest!.token, 1)).toHaveLength(1);
  });

  test('more parts than the protocol allows end as page-too-large, not as a flood of messages', () => {
    const blocks = Array.from({ length: MAX_PARTS + 1 }, () => para(han(20)));
    expect(() => new PartsOnOffer().head(input(blocks), 20)).toThrow(expect.objectContaining({ code: 'page-too-large' }));
  });
});
