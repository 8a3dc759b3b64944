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
});
