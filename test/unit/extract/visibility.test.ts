import { extractPage } from '../../../src/extract/extractPage';
import { isHiddenByMarkup, isHiddenByStyle } from '../../../src/extract/visibility';
import { JSDOM } from 'jsdom';
import { DOMS } from './doms';

describe.each(DOMS)('hidden elements on %s', (_name, parse) => {
  const doc = parse(`<html><body>
    <p id="a" hidden>a</p><p id="b" style="color:red; display : none">b</p><p id="c" style="display:block">c</p>
    <p id="d">d</p></body></html>`);
  it('treats the hidden attribute and inline display:none as hidden', () => {
    expect(isHiddenByMarkup(doc.getElementById('a')!)).toBe(true);
    expect(isHiddenByMarkup(doc.getElementById('b')!)).toBe(true);
    expect(isHiddenByMarkup(doc.getElementById('c')!)).toBe(false);
    expect(isHiddenByMarkup(doc.getElementById('d')!)).toBe(false);
  });
});

describe('computed style (browser path)', () => {
  it('sees a stylesheet rule that markup checks cannot', () => {
    const { document } = new JSDOM(`<html><head><style>.print-copy{display:none}</style></head><body>
      <div class="print-copy" id="x">副本</div><div id="y">正文</div></body></html>`).window;
    expect(isHiddenByMarkup(document.getElementById('x')!)).toBe(false);
    expect(isHiddenByStyle(document.getElementById('x')!)).toBe(true);
    expect(isHiddenByStyle(document.getElementById('y')!)).toBe(false);
  });
});

describe('extractPage with computed style', () => {
  const article = (prefix: string) =>
    [1, 2, 3].map((i) => `<p>${prefix}第${i}段：会议强调，要坚持人民至上、生命至上，压紧压实各方责任，确保安全生产形势稳定向好，切实保障群众生命财产安全。</p>`).join('');
  const html = `<html><head><title>安全生产会议召开_示例市</title><style>.print-view{display:none}.collapsed{visibility:hidden}</style></head><body>
    <h1>安全生产会议召开</h1>
    <div class="print-view">${article('副本')}${article('副本附录')}</div>
    <div class="zz">${article('正文')}<p class="collapsed">折叠的推广文字：欢迎下载客户端，阅读更多精彩内容，参与互动赢取好礼。</p></div>
    </body></html>`;

  it('skips a container the stylesheet hides and lines it hides, when asked to', () => {
    const { document } = new JSDOM(html).window;
    const text = extractPage(document, null, { computedStyle: true }).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('正文第1段');
    expect(text).not.toContain('副本');
    expect(text).not.toContain('折叠的推广文字');
  });

  it('cannot see stylesheet hiding without it (the Node default)', () => {
    const { document } = new JSDOM(html).window;
    const text = extractPage(document, null).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('副本');
  });
});
