import { isCaptionText, takeFigures } from '../../../src/core/figures';
import type { Block } from '../../../src/core/types';

const p = (text: string): Block => ({ text, kind: 'paragraph' });
const fig = (src: string, alt = ''): Block => ({ text: alt, kind: 'figure', src });
const P1 = '6月2日，示例市防汛抗旱指挥部组织检查组，对城区地下通道和在建工地开展汛前检查。';
const P2 = '检查组要求，各责任单位要对照问题清单逐项整改，6月10日前完成整改销号。';

describe('captions', () => {
  test.each([
    ['图为检查组在示例路地下通道查看排水泵站运行情况。', true],
    ['▲检查组查看排水泵站', true],
    ['检查组在在建工地查看基坑支护情况（摄影 周默）', true],
    ['检查组查看排水设施。（周默 摄）', true],
    ['6月2日，检查组在示例路查看排水设施。示例日报记者 周默 摄', true],
    ['检查组在示例路查看排水设施。示例市应急管理局供图', true],
    ['示例县农技站站长在田间查看墒情。资料图片', true],
    ['资料图', true],
    ['这部纪录片由示例县融媒体中心拍摄', false],
    ['会议要求提供图片资料，各单位按时报送。', false],
    [P1, false],
    ['图书馆延长开放时间，方便市民借阅。', false],
  ])('%s → %s', (text, expected) => expect(isCaptionText(text)).toBe(expected));
});

describe('takeFigures', () => {
  test('a caption under an image leaves the body for its figure', () => {
    const t = takeFigures([p(P1), fig('https://example.gov.cn/a.jpg', '排水泵站'), p('图为检查组查看排水泵站运行情况。'), p(P2)]);
    expect(t.blocks.map((b) => b.text)).toEqual([P1, P2]);
    expect(t.figures).toEqual([{ src: 'https://example.gov.cn/a.jpg', alt: '排水泵站', caption: '图为检查组查看排水泵站运行情况。' }]);
    expect(t.removed).toEqual([{ text: '图为检查组查看排水泵站运行情况。', kind: 'caption', at: 1 }]);
    expect(t.origins).toEqual([0, 2]);
  });

  test('a figcaption is the caption even without a caption word', () => {
    const t = takeFigures([fig('https://example.gov.cn/b.jpg'), { text: '检查组在低洼路段', kind: 'caption' }, p(P1)]);
    expect(t.figures[0].caption).toBe('检查组在低洼路段');
    expect(t.blocks.map((b) => b.text)).toEqual([P1]);
  });

  test('a caption printed twice is taken out twice and kept once', () => {
    const cap = '图为检查组查看排水泵站运行情况。';
    const t = takeFigures([fig('https://example.gov.cn/a.jpg'), { text: cap, kind: 'caption' }, p(cap), p(P1)]);
    expect(t.figures).toHaveLength(1);
    expect(t.blocks.map((b) => b.text)).toEqual([P1]);
  });

  test('a caption without an image (a text capture) is a figure without src', () => {
    const t = takeFigures([p(P1), p('图为检查组查看排水泵站运行情况。'), p(P2)]);
    expect(t.figures).toEqual([{ src: null, alt: '', caption: '图为检查组查看排水泵站运行情况。' }]);
    expect(t.blocks.map((b) => b.text)).toEqual([P1, P2]);
  });

  test('a paragraph under an image that is no caption stays, and a credit alone stays for the byline', () => {
    const t = takeFigures([fig('https://example.gov.cn/a.jpg'), p(P1), p('（摄影 周默）'), p(P2)]);
    expect(t.figures).toEqual([{ src: 'https://example.gov.cn/a.jpg', alt: '', caption: null }]);
    expect(t.blocks.map((b) => b.text)).toEqual([P1, '（摄影 周默）', P2]);
  });
});
