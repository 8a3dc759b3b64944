import { extractPage } from '../../../src/extract/extractPage';
import { DOMS, govPage } from './doms';

function listPage(items: number): string {
  const lis = Array.from(
    { length: items },
    (_, i) =>
      `<li><a href="/n/${i}.html">第${i + 1}条政务动态标题：关于开展专项检查工作的通知</a><span>2024-05-${String((i % 28) + 1).padStart(2, '0')}</span></li>`,
  ).join('');
  return `<html><head><title>通知公告_示例市人民政府</title></head><body>
    <div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a></div>
    <div class="list"><ul>${lis}</ul></div>
    <div class="page">共10页 <a href="?p=2">下一页</a></div></body></html>`;
}

function searchPage(): string {
  const items = Array.from(
    { length: 6 },
    (_, i) => `<div class="result-item">
      <h3><a href="/q/${i}">智能解析相关问题第${i + 1}条</a></h3>
      <div class="snippet">这是搜索结果的摘要文字，介绍了网页解析的基本思路，包括规则方法和机器学习方法，供读者参考。</div>
      <div class="meta">2018-04-${String(i + 10)}</div></div>`,
  ).join('');
  return `<html><head><title>智能解析 - 搜索结果 - 示例问答</title></head><body><div class="results">${items}</div></body></html>`;
}

describe.each(DOMS)('article or not on %s', (_name, parse) => {
  it('says an index page of links is not an article, and gives no body', () => {
    const input = extractPage(parse(listPage(30)), null);
    expect(input.hints.isArticle).toBe(false);
    expect(input.hints.notArticleReason).toMatch(/index|list|no text/);
    expect(input.blocks).toEqual([]);
  });

  it('says a search results page is not an article', () => {
    const input = extractPage(parse(searchPage()), null);
    expect(input.hints.isArticle).toBe(false);
  });

  it('says a search results page titled in traditional script is not an article', () => {
    const html = searchPage().replace('搜索结果', '搜索結果');
    expect(extractPage(parse(html), null).hints.notArticleReason).toBe('search results page');
  });

  it('says a list whose snippets sit between repeated date lines is not an article', () => {
    const html = searchPage().replace(' - 搜索结果', '');
    const input = extractPage(parse(html), null);
    expect(input.hints.isArticle).toBe(false);
    expect(input.hints.notArticleReason).toMatch(/items of the same shape/);
  });

  it('says a list whose items are dated hours ago, in either script, is not an article', () => {
    for (const hours of ['小时前', '小時前']) {
      const html = searchPage()
        .replace(' - 搜索结果', '')
        .replace(/2018-04-\d+/g, () => `3${hours}`);
      expect(extractPage(parse(html), null).hints.notArticleReason).toMatch(/items of the same shape/);
    }
  });

  it('keeps an article followed by a dated related-news list', () => {
    const related = `<div class="more"><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/r/${i}">相关报道第${i + 1}条</a></li><li>2024-05-0${(i % 9) + 1}</li>`).join('')}</ul></div>`;
    const input = extractPage(parse(govPage({ after: related })), null);
    expect(input.hints.isArticle).toBe(true);
    expect(input.blocks.length).toBe(3);
  });

  it('keeps a one-line notice under a headline and a 发布时间 line on a page full of links', () => {
    const nav = `<div class="nav"><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/c/${i}">栏目导航${i + 1}</a></li>`).join('')}</ul></div>`;
    const html = govPage({
      title: '关于公布第一批示范项目名单的公示',
      body: '<p>现将第一批示范项目名单予以公示，公示期五个工作日。</p>',
    }).replace('<body>', `<body>${nav}`);
    const input = extractPage(parse(html), null);
    expect(input.hints.isArticle).toBe(true);
    expect(input.blocks.map((b) => b.text)).toEqual(['现将第一批示范项目名单予以公示，公示期五个工作日。']);
  });

  it('keeps a very short article (one paragraph flash news)', () => {
    const body = '<p>据财联社消息，交通运输部今日表示，将着力打造京津冀区域综合立体交通网络，实现快速铁路覆盖所有地级市。</p>';
    expect(extractPage(parse(govPage({ body })), null).hints.isArticle).toBe(true);
  });

  it('keeps one paragraph right under the headline the head title confirms, on a page full of links and without a labelled date', () => {
    const nav = `<div><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/c/${i}">栏目导航${i + 1}</a></li>`).join('')}</ul></div>`;
    const html = govPage({
      title: '五月贷款市场报价利率保持不变',
      before: '<div>示例日报 2024-05-20</div>',
      body: '<p>示例日报讯（记者 王小明）5月20日，贷款市场报价利率公布，一年期与五年期以上利率均与上月持平，符合市场此前的普遍预期，业内人士认为后续仍有下调空间。</p>',
    }).replace('<body>', `<body>${nav}`);
    const input = extractPage(parse(html), null);
    expect(input.hints.isArticle).toBe(true);
    expect(input.blocks).toHaveLength(1);
  });

  it('still rejects a channel page whose heading repeats the head title above a one-line introduction', () => {
    const nav = `<div><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/c/${i}">栏目导航${i + 1}</a></li>`).join('')}</ul></div>`;
    const entries = `<p>本栏目介绍重点项目建设进展，欢迎查阅。</p><ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/p/${i}">示例重点项目第${i + 1}期</a></li>`).join('')}</ul>`;
    const html = `<html><head><title>项目展示_示例市人民政府</title></head><body>${nav}<h1>项目展示</h1><div>${entries}</div></body></html>`;
    expect(extractPage(parse(html), null).hints.isArticle).toBe(false);
  });

  const thread = (heading: string) =>
    `<div><h3>${heading}</h3>${Array.from(
      { length: 10 },
      (_, i) =>
        `<div><div>网友${i + 1}号</div><div>这篇文章说得很有道理，希望有关部门继续加强监管，把好事办好办实，让群众真正得到实惠，也希望多报道这样的好消息。</div><div>${i + 1}小时前</div></div>`,
    ).join('')}</div>`;
  const paras = Array.from(
    { length: 4 },
    (_, i) => `<p>第${i + 1}段：示例市各部门认真落实防汛责任，加强隐患排查整治，完善应急预案，切实保障人民群众生命财产安全，取得了阶段性成效。</p>`,
  ).join('');

  it('keeps an article followed by its reader comments, each dated, in the same element', () => {
    const html = govPage({ body: paras + thread('热门评论 10条') });
    const input = extractPage(parse(html), null);
    expect(input.hints.isArticle).toBe(true);
    expect(input.blocks.map((b) => b.text)).toHaveLength(4);
  });

  it('ends the article at a comments heading in traditional script', () => {
    expect(extractPage(parse(govPage({ body: paras + thread('最新評論') })), null).blocks).toHaveLength(4);
  });

  it('ends the article at a related heading in traditional script', () => {
    const related = '<p>相關新聞</p><p>示例市部署防汛工作，要求各地加強隱患排查。</p><p>示例市召開專題會議，研究防汛救災工作。</p>';
    expect(extractPage(parse(govPage({ body: paras + related })), null).blocks).toHaveLength(4);
  });
});
