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
    [1, 2, 3]
      .map((i) => `<p>${prefix}第${i}段：会议强调，要坚持人民至上、生命至上，压紧压实各方责任，确保安全生产形势稳定向好，切实保障群众生命财产安全。</p>`)
      .join('');
  const html = `<html><head><title>安全生产会议召开_示例市</title><style>.print-view{display:none}.collapsed{visibility:hidden}</style></head><body>
    <h1>安全生产会议召开</h1>
    <div class="print-view">${article('副本')}${article('副本附录')}</div>
    <div class="zz">${article('正文')}<p class="collapsed">折叠的推广文字：欢迎下载客户端，阅读更多精彩内容，参与互动赢取好礼。</p></div>
    </body></html>`;

  it('skips a container the stylesheet hides and lines it hides, when asked to', () => {
    const { document } = new JSDOM(html).window;
    const text = extractPage(document, null, { computedStyle: true })
      .blocks.map((b) => b.text)
      .join('\n');
    expect(text).toContain('正文第1段');
    expect(text).not.toContain('副本');
    expect(text).not.toContain('折叠的推广文字');
  });

  it('cannot see stylesheet hiding without it (the Node default)', () => {
    const { document } = new JSDOM(html).window;
    const text = extractPage(document, null)
      .blocks.map((b) => b.text)
      .join('\n');
    expect(text).toContain('副本');
  });
});

describe('a print copy of the article never doubles the body', () => {
  // The copy sits in the article's own container, so the region holds both: the stylesheet
  // hides it on screen (the browser drops its lines), and without style the body's lines are
  // seen to repeat from the copy's first line on.
  const notice = '因水厂出水总管抢修，7月12日22时至7月13日6时，城西大道以西区域将暂停供水，请相关用户提前做好储水准备。';
  const copy = `<p>${notice}</p><p style="text-align:right">示例市水务局</p><p style="text-align:right">2023年7月11日</p>`;
  const html = `<html><head><title>关于临时停水的通知_示例市水务局</title><style>#printContent{display:none}@media print{#printContent{display:block}}</style></head><body>
    <div class="nav"><a href="/">首页</a> <a href="/tzgg/">通知公告</a> <a href="/bsfw/">办事服务</a></div>
    <div class="article"><div class="view"><h1>关于临时停水的通知</h1><div class="meta">发布时间：2023-07-11 09:05</div><div class="text">${copy}</div></div>
    <div id="printContent"><h2>关于临时停水的通知</h2><div class="text">${copy}</div></div></div>
    <div class="footer">版权所有：示例市水务局</div></body></html>`;
  const expected = [notice, '示例市水务局', '2023年7月11日'];

  it.each([
    ['with computed style (the browser)', { computedStyle: true }],
    ['without style (the CLI)', {}],
  ])('%s', (_name, options) => {
    const { document } = new JSDOM(html).window;
    expect(extractPage(document, null, options).blocks.map((b) => b.text)).toEqual(expected);
  });

  it('a line that recurs in the article is no copy', () => {
    const { document } = new JSDOM(`<html><head><title>图说_示例</title></head><body><h1>图说</h1><div class="text">
      <p>图为会议现场。</p><p>${notice}</p><p>会议要求各单位做好用水保障，及时发布停水信息，主动回应群众关切。</p><p>图为会议现场。</p></div></body></html>`)
      .window;
    expect(extractPage(document, null).blocks.map((b) => b.text)).toHaveLength(4);
  });
});
