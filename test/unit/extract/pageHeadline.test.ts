import { extractPage } from '../../../src/extract/extractPage';
import { stripSiteSuffix } from '../../../src/extract/pageHeadline';
import { DOMS, govPage } from './doms';

describe('stripSiteSuffix', () => {
  it.each([
    ['示例市出台新政支持企业发展_示例新闻网', '示例市出台新政支持企业发展'],
    ['关于开展安全检查的通知 - 通知公告 - 示例市应急管理局', '关于开展安全检查的通知'],
    ['明日股市预测--最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%', '最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%'],
    ['没有后缀的标题', '没有后缀的标题'],
  ])('%s → %s', (raw, title) => expect(stripSiteSuffix(raw)).toBe(title));
});

describe.each(DOMS)('title on %s', (_name, parse) => {
  it('takes the visible headline that the document title contains', () => {
    const input = extractPage(parse(govPage({ title: '新华视界｜河北遵化：数字农机服务助力农业生产' })), null);
    expect(input.hints.title).toBe('新华视界｜河北遵化：数字农机服务助力农业生产');
    expect(input.hints.provenance?.title).toBe('visible-heading');
  });

  it('takes a linked headline that opens the head title over the site logo heading', () => {
    const head = '示例山区_枫叶营地赏枫 (2) @ 某人的家 :: 示例博客 PIXNET ::';
    const html = govPage({ title: '示例山区_枫叶营地赏枫 (2)' })
      .replace(/<title>[^<]*<\/title>/, `<title>${head}</title>`)
      .replace('<div class="nav">', '<div class="top"><h1><a href="/">示例博客 PIXNET</a></h1></div><div class="nav">')
      .replace('<h1>示例山区_枫叶营地赏枫 (2)</h1>', '<h2><a href="/post/1">示例山区_枫叶营地赏枫 (2)</a></h2>');
    expect(extractPage(parse(html), null).hints.title).toBe('示例山区_枫叶营地赏枫 (2)');
  });

  it('joins a headline broken over several lines', () => {
    const html = govPage({ title: '关于批准发行特别国债的决议' }).replace(
      '<h1>关于批准发行特别国债的决议</h1>',
      '<div class="title"><p>关于批准发行</p><p>特别国债的决议</p></div>',
    );
    expect(extractPage(parse(html), null).hints.title).toBe('关于批准发行特别国债的决议');
  });

  it('drops a badge glued in front of the visible headline', () => {
    const html = govPage({ title: '最不愁吃肉的国家' }).replace('<h1>最不愁吃肉的国家</h1>', '<h1>原创最不愁吃肉的国家</h1>');
    expect(extractPage(parse(html), null).hints.title).toBe('最不愁吃肉的国家');
  });

  it('falls back to the heading above the body when the document title names only the site', () => {
    const html = govPage({ title: '学术年会在重庆成功举行' })
      .replace('<title>学术年会在重庆成功举行_政务要闻_示例市人民政府</title>', '<title>新闻动态--示例学会官网</title>')
      .replace('<h1>', '<h5>')
      .replace('</h1>', '</h5>');
    expect(extractPage(parse(html), null).hints.title).toBe('学术年会在重庆成功举行');
  });
});

/** A page of a template that marks nothing: no <title>, no heading element, no title class. */
function plainPage(opts: { title?: string; head?: string; header: string }): string {
  const head = opts.title === undefined ? '' : `<title>${opts.title}</title>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}${opts.head ?? ''}</head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/a">新闻动态</a></li><li><a href="/b">通知公告</a></li></ul></div>
${opts.header}
<div class="content">
<p>5月14日，示例县召开防汛工作会议，研究部署当前防汛救灾工作。会议强调，要压紧压实各方责任，确保安全度汛。</p>
<p>会议指出，当前正值汛期，各乡镇各部门要加强隐患排查整治，完善应急预案，确保群众生命财产安全。</p>
<p>会议还研究了其他事项，要求各乡镇结合实际抓好贯彻落实，切实把各项措施落到实处。</p>
</div>
<div class="footer">版权所有：示例县人民政府办公室</div>
</body></html>`;
}

describe.each(DOMS)('headline of a page that marks none, on %s', (_name, parse) => {
  const headline = '示例县召开防汛工作会议部署安全度汛';

  it('takes the line printed above the info line', () => {
    const input = extractPage(parse(plainPage({ header: `<div>${headline}</div><div>来源：示例县融媒体中心</div>` })), null);
    expect(input.hints.title).toBe(headline);
    expect(input.hints.provenance?.title).toBe('above-info-line');
  });

  it('takes it over a head title that names only a column and the site', () => {
    const html = plainPage({ title: '新闻动态--示例县地理学会官网', header: `<div>${headline}</div><div>发布时间：2024-05-15 来源：示例县地理学会</div>` });
    expect(extractPage(parse(html), null).hints.title).toBe(headline);
  });

  it('does not take a line that ends a sentence or a label for the headline', () => {
    const html = plainPage({ header: '<div>请各单位认真组织学习。</div><div>来源：示例县融媒体中心</div>' });
    expect(extractPage(parse(html), null).hints.title).toBeNull();
  });

  it('does not take the breadcrumb above the info line', () => {
    const html = plainPage({
      title: `${headline}_示例县人民政府`,
      header: '<div>您的位置：首页 » 通知公告 » 正文</div><div>发布时间：2024-05-15 来源：示例县应急管理局</div>',
    });
    expect(extractPage(parse(html), null).hints.title).toBe(headline);
  });

  it('does not take the info line styled as the headline', () => {
    const html = plainPage({ header: `<div class="title-text">${headline}</div><div class="title-meta-time">发布时间： 2024-05-15 10:09:11</div>` });
    expect(extractPage(parse(html), null).hints.title).toBe(headline);
  });

  it('does not take the info line styled as a headline under a plain one', () => {
    const html = plainPage({ header: `<div>${headline}</div><div class="title-meta">发布时间：2024-05-15 10:09 来源：示例县融媒体中心</div>` });
    expect(extractPage(parse(html), null).hints.title).toBe(headline);
  });

  it('does not take a heading that opens with the date', () => {
    const html = plainPage({ header: `<h2>${headline}</h2><h6 class="post-title-meta">2024年05月15日 示例传媒 时政新闻 1665 0</h6>` });
    expect(extractPage(parse(html), null).hints.title).toBe(headline);
  });

  it('takes a headline that the breadcrumb ends with', () => {
    const html = plainPage({ header: `<div class="here">首页 &gt; 时政新闻 &gt; ${headline}</div><h2>${headline}</h2><div>示例传媒 1665</div>` });
    expect(extractPage(parse(html), null).hints.title).toBe(headline);
  });

  it('takes the <h1> over its own date line far above the body, and no far heading without one', () => {
    const share = Array.from({ length: 14 }, (_, i) => `<li>分享渠道${i + 1}</li>`).join('');
    const dated = plainPage({ header: `<h1>${headline}</h1><div>更新时间 2024年05月15日, 北京时间10:41</div><ul>${share}</ul>` });
    expect(extractPage(parse(dated), null).hints.title).toBe(headline);
    const undated = plainPage({ header: `<h1>${headline}</h1><ul>${share}</ul>` });
    expect(extractPage(parse(undated), null).hints.title).toBeNull();
  });

  it('takes the heading above the info line over a dialog title styled as a headline', () => {
    const html = plainPage({
      header: `<div class="modal"><h4 class="modal-title">订阅说明</h4><div>本刊提供免费订阅服务。</div></div><h4>${headline}</h4><div>时间：2024-05-15 作者：王小明</div>`,
    });
    expect(extractPage(parse(html), null).hints.title).toBe(headline);
  });
});

describe.each(DOMS)('headline decks on %s', (_name, parse) => {
  it('reads a 引题 above and a 副题 below the headline, and keeps them out of the body', () => {
    const html = govPage({ title: '山西品牌丝路行正式启动' }).replace(
      '<h1>山西品牌丝路行正式启动</h1>',
      '<h3 class="pre">推动对外开放迈上新台阶</h3><h1>山西品牌丝路行正式启动</h1><h2>成功举办双向经贸投资推介会</h2>',
    );
    const input = extractPage(parse(html), null);
    expect(input.hints.deck).toEqual(['推动对外开放迈上新台阶', '成功举办双向经贸投资推介会']);
    expect(input.blocks.map((b) => b.text).join('')).not.toContain('推介会');
  });

  it('does not take a byline or a date line for a deck', () => {
    const html = govPage().replace('</h1>', '</h1><h3>本报记者 王乐文</h3><h4>2024年05月10日06:58</h4>');
    expect(extractPage(parse(html), null).hints.deck).toEqual([]);
  });

  it('does not take a byline in traditional script for a deck', () => {
    const html = govPage().replace('</h1>', '</h1><h3>本報記者 王樂文</h3>');
    expect(extractPage(parse(html), null).hints.deck).toEqual([]);
  });
});
