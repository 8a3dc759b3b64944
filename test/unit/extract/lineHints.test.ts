import { collectLines } from '../../../src/extract/lines';
import { DOMS } from './doms';

// The walk reads an element's class and id only when a line inside needs its hint; the hints
// must be what reading every element on the way in gave: the line's own nearest hinted ancestor.
const PAGE = `<!DOCTYPE html><html><body>
<div class="sidebar"><span class="icon"></span><ul><li><a href="/a">相关新闻一</a></li></ul></div>
<div id="content"><div class="plain"><p>正文第一段，内容。</p></div><p class="share-x">分享到微博</p><div class="share-bar">分享<br>收藏</div><img class="pic" src="x.png">
  <table><tr><td>项目</td><td>数量</td></tr><tr><td>学校</td><td>12</td></tr></table></div>
<div class="footer"><p class="x">版权所有 示例</p></div>
<p>没有提示的段落。</p>
</body></html>`;

describe.each(DOMS)('line hints on %s', (_name, parse) => {
  it('come from the nearest ancestor whose class or id gives one, element by element', () => {
    const lines = collectLines(parse(PAGE).body);
    expect(lines.map((l) => [l.text, l.hint])).toEqual([
      ['相关新闻一', 'negative'],
      ['正文第一段，内容。', 'positive'],
      // A line that ends where its block closes takes the hint around the block, not the block's own.
      ['分享到微博', 'positive'],
      ['分享', 'negative'],
      ['收藏', 'positive'],
      ['项目 数量', 'positive'],
      ['学校 12', 'positive'],
      ['版权所有 示例', 'negative'],
      ['没有提示的段落。', 'none'],
    ]);
  });
});
