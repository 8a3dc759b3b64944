import { documentTitleOf, extractPage } from '../../../src/extract/extractPage';
import { parsePage } from '../../../src/cli/loadPage';
import { DOMS, govPage } from './doms';

describe.each(DOMS)('extractPage on %s', (_name, parse) => {
  it('finds the article, its title without the site suffix, and the info-line facts', () => {
    const input = extractPage(parse(govPage()), 'https://example.gov.cn/a.html');
    expect(input.format).toBe('html');
    expect(input.url).toBe('https://example.gov.cn/a.html');
    expect(input.hints.title).toBe('市政府召开常务会议 研究部署安全生产工作');
    expect(input.hints.publishedAt).toBe('2024-05-15T08:58:00+08:00');
    expect(input.hints.source).toBe('示例日报');
    expect(input.hints.editor).toBe('王小明');
    expect(input.hints.isArticle).toBe(true);
    expect(input.blocks.map((b) => b.text)).toEqual([
      '5月14日，市政府召开常务会议，研究部署当前安全生产工作。会议强调，要坚持人民至上、生命至上，压紧压实各方责任。',
      '会议指出，当前正值汛期，各地各部门要加强隐患排查整治，完善应急预案，确保群众生命财产安全。',
      '会议还研究了其他事项，要求各区县结合实际抓好贯彻落实，切实把各项措施落到实处。',
    ]);
    // Info and credit lines are kept beside the body, not in it.
    expect(input.context?.before.join('\n')).toContain('来源：示例日报');
    expect(input.context?.after.join('\n')).toContain('责任编辑');
  });

  it("with no info line on the page, reads the time and source from Baidu's hidden news-source spans", () => {
    const hidden = `<div style="display:none"><span id="pubtime_baidu">2024-05-15 08:58:31</span><span id="source_baidu">来源：示例日报</span></div>`;
    const input = extractPage(parse(govPage({ before: hidden })), null);
    expect(input.hints.publishedAt).toBe('2024-05-15T08:58:31+08:00');
    expect(input.hints.source).toBe('示例日报');
    expect(input.blocks.map((b) => b.text).join('')).not.toContain('2024-05-15');
  });

  it('on an information-disclosure page the publish date is the 发布日期 row, not the 成文日期 one', () => {
    const before = `<table class="xxgk"><tr><td>发文机关：</td><td>示例市人民政府办公室</td><td>成文日期：</td><td>2024年05月10日</td></tr>
      <tr><td>发文字号：</td><td>示政办发〔2024〕12号</td><td>发布日期：</td><td>2024年05月15日</td></tr></table>`;
    expect(extractPage(parse(govPage({ before })), null).hints.publishedAt).toBe('2024-05-15');
  });

  it('a date in the related list below the body is not the publish date', () => {
    const head = '<meta name="PubDate" content="2024-05-15 08:58">';
    expect(extractPage(parse(govPage({ head, before: '' })), null).hints.publishedAt).toBe('2024-05-15T08:58:00+08:00');
    // An unlabelled list's date that contradicts the declaration loses to it too.
    const after = '<div class="list"><p><a href="/3">市领导检查防汛工作</a></p><p>2024-05-09</p></div>';
    expect(extractPage(parse(govPage({ head, before: '', after })), null).hints.publishedAt).toBe('2024-05-15T08:58:00+08:00');
    // Nor is it the article's date when the page declares none: the list's dates are its items'.
    expect(extractPage(parse(govPage({ before: '' })), null).hints.publishedAt).toBeNull();
  });

  it('gives each block its kind: heading, list item, table row, caption, quote', () => {
    const body = `<p>为进一步做好政务公开工作，现将有关事项通知如下，请各单位认真贯彻执行。</p>
      <h2>一、工作目标</h2>
      <p>到年底前，全面完成政务公开标准化规范化建设任务，群众满意度明显提升。</p>
      <ul><li>建立健全主动公开目录；</li><li>完善依申请公开办理流程。</li></ul>
      <table><tr><th>项目</th><th>完成时限</th></tr><tr><td>目录编制</td><td>6月底</td></tr><tr><td>流程优化</td><td>9月底</td></tr></table>
      <figure><img src="a.jpg"><figcaption>图为会议现场。</figcaption></figure>
      <blockquote>要把政务公开作为建设法治政府的重要举措，持续抓紧抓实。</blockquote>`;
    const input = extractPage(parse(govPage({ body })), null);
    const kinds = Object.fromEntries(input.blocks.map((b) => [b.text, b.kind]));
    expect(kinds['一、工作目标']).toBe('heading');
    expect(kinds['建立健全主动公开目录；']).toBe('list-item');
    expect(kinds['目录编制 6月底']).toBe('table');
    expect(kinds['图为会议现场。']).toBe('caption');
    expect(kinds['要把政务公开作为建设法治政府的重要举措，持续抓紧抓实。']).toBe('quote');
    // Reading order is document order.
    const texts = input.blocks.map((b) => b.text);
    expect(texts.indexOf('一、工作目标')).toBeLessThan(texts.indexOf('目录编制 6月底'));
  });

  it('ignores elements hidden by markup (hidden attribute, display:none)', () => {
    const body = `<p>会议要求，各部门要加强协调配合，形成工作合力，确保各项任务按期完成。</p>
      <p hidden>这是一段隐藏的分享文字，读者在页面上看不到它，不应进入正文。</p>
      <div style="display: none"><p>打印版副本：会议要求，各部门要加强协调配合，形成工作合力。</p></div>
      <p>会议强调，要坚持问题导向，聚焦群众急难愁盼，推动解决一批实际问题。</p>`;
    const texts = extractPage(parse(govPage({ body })), null)
      .blocks.map((b) => b.text)
      .join('\n');
    expect(texts).toContain('坚持问题导向');
    expect(texts).not.toContain('隐藏的分享文字');
    expect(texts).not.toContain('打印版副本');
  });

  it('reads body text written as <br> lines inside one container', () => {
    const body = `<div>　　根据工作安排，现将第一季度政务服务评估结果予以通报，请各单位对照整改。<br>　　一是办件质量整体提升，按时办结率达到百分之九十九以上。<br>　　二是群众评价持续向好，差评整改率达到百分之百。</div>`;
    const texts = extractPage(parse(govPage({ body })), null).blocks.map((b) => b.text);
    expect(texts).toEqual([
      '根据工作安排，现将第一季度政务服务评估结果予以通报，请各单位对照整改。',
      '一是办件质量整体提升，按时办结率达到百分之九十九以上。',
      '二是群众评价持续向好，差评整改率达到百分之百。',
    ]);
  });

  it('uses the container the user chose when one is given', () => {
    const doc = parse(govPage());
    const chosen = doc.querySelector('.related')!;
    const input = extractPage(doc, null, { root: chosen });
    expect(input.blocks.map((b) => b.text).join('')).toContain('相关新闻');
    expect(input.hints.isArticle).toBe(true);
  });

  it('ends the article at a "recommended for you" block inside the same container', () => {
    const body = `<p>会议强调，要坚持人民至上、生命至上，压紧压实各方责任，确保安全生产形势稳定向好。</p>
      <p>会议要求，各地各部门要加强隐患排查整治，完善应急预案，确保群众生命财产安全。</p>
      <h3>为你推荐</h3>
      <ul><li>国庆假期前，金融委召开会议，部署了一系列金融领域下一步的重点工作。</li><li>2019-09-30 07:42</li></ul>`;
    const text = extractPage(parse(govPage({ body })), null)
      .blocks.map((b) => b.text)
      .join('\n');
    expect(text).toContain('完善应急预案');
    expect(text).not.toMatch(/为你推荐|金融委/);
  });

  it("never takes a site's legal notice for the article: the items under its heading are furniture too", () => {
    // A notice box beside a short article: more prose than the article, in boxes whose class
    // names say nothing, and its last items name no notice phrase.
    const box = `<div class="mod"><div class="mod-hd">免责声明</div><div class="mod-bd">
      <p>本网站所有内容均由各供稿单位及合作媒体提供，本网站仅对稿件进行编辑整理，不对其真实性、准确性和完整性作任何保证。</p>
      <p>对于因使用、转载或引用上述信息所引起的任何纠纷或损失，网站运营方不承担任何法律责任；读者在使用相关信息之前，应当自行核实并审慎判断，其中涉及政策法规、办事程序和收费标准的内容，均以有关部门正式发布的文件为准。</p>
      <p>如对稿件内容有疑议，请在作品发布之日起30日内与我们联系，我们将在核实后第一时间予以处理，并及时更正相关内容。</p></div></div>`;
    const short = '<p>5月14日，市政府召开常务会议，研究部署当前安全生产工作。</p><p>会议要求压紧压实各方责任。</p>';
    const input = extractPage(parse(govPage({ body: short, after: box })), null);
    expect(input.blocks.map((b) => b.text)).toEqual(['5月14日，市政府召开常务会议，研究部署当前安全生产工作。', '会议要求压紧压实各方责任。']);
  });

  it("keeps a data table under the headline as the article unless it is the page's info or disclosure table", () => {
    const P = '<p>5月14日，市政府召开常务会议，研究部署当前安全生产工作。会议强调，要坚持人民至上、生命至上，压紧压实各方责任。</p>';
    const info = `<table><tr><td>发布时间：</td><td>2024-05-15 08:58</td><td>来源：</td><td>示例日报</td></tr>
      <tr><td>作者：</td><td>李明</td><td>浏览次数：</td><td>120</td></tr>
      <tr><td>索引号：</td><td>000000/2024-001</td><td>发文机关：</td><td>示例市人民政府</td></tr></table>`;
    // Beside the article's container and inside it, above the prose: metadata either way.
    for (const page of [govPage({ before: info, body: P }), govPage({ before: '', body: info + P })]) {
      const input = extractPage(parse(page), null);
      expect(input.blocks.map((b) => b.text)).toEqual([
        '5月14日，市政府召开常务会议，研究部署当前安全生产工作。会议强调，要坚持人民至上、生命至上，压紧压实各方责任。',
      ]);
      expect(input.hints.publishedAt).toBe('2024-05-15T08:58:00+08:00');
      expect(input.hints.source).toBe('示例日报');
    }
    // A table of the decision's facts is the article, a dated row included.
    const decision = `<table><tr><td>决定书文号</td><td>示例罚〔2024〕1号</td></tr><tr><td>当事人</td><td>示例商行</td></tr>
      <tr><td>处罚决定</td><td>罚款5000元</td></tr><tr><td>作出决定的日期</td><td>2024年5月10日</td></tr></table>`;
    const input = extractPage(parse(govPage({ body: decision })), null);
    expect(input.blocks.map((b) => [b.text, b.kind])).toEqual([
      ['决定书文号：示例罚〔2024〕1号', 'table'],
      ['当事人：示例商行', 'table'],
      ['处罚决定：罚款5000元', 'table'],
      ['作出决定的日期：2024年5月10日', 'table'],
    ]);
  });

  it('keeps navigation, related links and the footer out of the body', () => {
    const text = extractPage(parse(govPage()), null)
      .blocks.map((b) => b.text)
      .join('\n');
    expect(text).not.toMatch(/首页|政务服务|相关新闻|版权所有|全市防汛工作会议召开/);
  });
});

describe('documentTitleOf', () => {
  test('a <title> outside <head> (a saved page without a head element) is still the title, as in a browser', () => {
    expect(documentTitleOf(parsePage('<html><meta charset=utf-8><title>\n  县政府召开常务会议_某县人民政府 </title><body><p>正文</p></body></html>'))).toBe(
      '县政府召开常务会议_某县人民政府',
    );
    expect(documentTitleOf(parsePage('<html><body><title>标题在正文里</title><p>x</p></body></html>'))).toBe('标题在正文里');
  });
  test('no title element, or an empty one, gives null', () => {
    expect(documentTitleOf(parsePage('<html><head></head><body><p>x</p></body></html>'))).toBeNull();
    expect(documentTitleOf(parsePage('<html><head><title>  </title></head><body></body></html>'))).toBeNull();
  });
});

describe('extractPage on a hostile page', () => {
  // The CLI's DOM (linkedom) builds such a tree; jsdom's own parser overflows on it first.
  it('reads a page nested 20,000 elements deep without running out of stack', () => {
    // Class hints are looked up through the open elements; a recursive lookup overflowed here.
    const deep = `<div class="content">${'<div>'.repeat(20000)}<p>正文内容：会议强调，要压紧压实各方责任，确保群众生命财产安全。</p>${'</div>'.repeat(20000)}</div>`;
    const input = extractPage(parsePage(govPage({ body: deep })), null);
    expect(input.blocks.map((b) => b.text).join('')).toContain('压紧压实各方责任');
  });
});

describe.each(DOMS)('lines extraction leaves out of the body carry their kind (%s)', (_name, parse) => {
  it('lists the info line, a link row and page tools with their kinds', () => {
    const body = `<p>5月14日，市政府召开常务会议，研究部署当前安全生产工作。会议强调，要坚持人民至上、生命至上，压紧压实各方责任。</p>
    <p><a href="/x1">防汛知识问答</a> <a href="/x2">应急避险指南</a></p>
    <p>【打印】【关闭】</p>
    <p>会议指出，当前正值汛期，各地各部门要加强隐患排查整治，完善应急预案，确保群众生命财产安全。</p>`;
    const input = extractPage(parse(govPage({ body })), 'https://example.gov.cn/a.html');
    expect(input.blocks).toHaveLength(2);
    const kinds = Object.fromEntries((input.removed ?? []).map((r) => [r.text, r.kind]));
    expect(kinds['防汛知识问答 应急避险指南']).toBe('link-list');
    expect(kinds['【打印】【关闭】']).toBe('page-tools');
    expect(Object.entries(kinds).find(([t]) => t.startsWith('发布时间'))?.[1]).toBe('info-line');
  });
});

describe.each(DOMS)('deck lines under the headline go to the deck, not the body (%s)', (_name, parse) => {
  const para = (n: number) => `<p>第${n}段正文：示例县统筹整合各类涉农资金，全力推进高标准农田项目建设，确保按期完成年度任务。</p>`;
  const page = (
    header: string,
    bodyTop = '',
  ) => `<!doctype html><html><head><meta charset="utf-8"><title>示例县全力推进高标准农田建设_示例县人民政府</title></head><body>
    <div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a></div>
    <div class="article"><h1>示例县全力推进高标准农田建设</h1>${header}
    <div class="content">${bodyTop}${para(1)}${para(2)}${para(3)}</div></div></body></html>`;
  const info = '<div class="info">发布时间：2024-06-03 10:00　来源：示例县农业农村局</div>';
  const read = (html: string) => extractPage(parse(html), 'https://example.gov.cn/a.html');

  it('a four-line deck between the headline and the info line, dashed or plain', () => {
    const dashed = ['——新建高标准农田十二万亩', '——完成灌溉渠系改造三百公里', '——带动农户增收超过八千万元', '——建成数字农田监测平台一个'];
    expect(read(page(dashed.map((d) => `<p>${d}</p>`).join('') + info)).hints.deck).toEqual(dashed);
    const plain = ['全县新建高标准农田十二万亩', '灌溉渠系改造完成三百公里'];
    expect(read(page(plain.map((d) => `<div>${d}</div>`).join('') + info)).hints.deck).toEqual(plain);
  });

  it('dashed deck lines under the info line, above the first paragraph, leave the body', () => {
    const input = read(page(info, '<p>——新建高标准农田十二万亩</p><p>——带动农户增收超过八千万元</p>'));
    expect(input.hints.deck).toEqual(['——新建高标准农田十二万亩', '——带动农户增收超过八千万元']);
    expect(input.blocks.map((b) => b.text).join('')).not.toContain('——');
  });

  it('an account name over the info line, or plain lines with no info line under them, are no deck', () => {
    expect(read(page(`<div>农田观察</div>${info}`)).hints.deck).toEqual([]);
    expect(read(page('<div>全县新建高标准农田十二万亩</div>')).hints.deck).toEqual([]);
  });
});

describe.each(DOMS)('images of the article come as figure blocks in place (%s)', (_name, parse) => {
  const P1 = '<p>6月2日，示例市防汛抗旱指挥部组织检查组，对城区地下通道、低洼路段和在建工地开展汛前检查。</p>';
  const P2 = '<p>检查组要求，各责任单位要对照问题清单逐项整改，6月10日前完成整改销号。</p>';
  const P3 = '<p>据悉，今年全市共排查各类防汛隐患一百二十处，已整改一百零五处，其余正在整改。</p>';
  const page = (article: string) => `<!doctype html><html><head><meta charset="utf-8"><title>示例市开展汛前检查_示例市人民政府</title></head><body>
    <div class="top"><img src="/images/banner.jpg" alt="示例市人民政府"></div>
    <div class="article"><h1>示例市开展汛前检查</h1><div class="info">发布时间：2024-06-03 10:00　来源：示例日报</div>
    <div class="content">${article}</div><div class="share-box"><img src="/images/wx.png" alt="微信"></div></div></body></html>`;

  it('puts each image where it stands, with an absolute address and its alt', () => {
    const input = extractPage(
      parse(
        page(`${P1}<p style="text-align:center"><img src="../pic/jc01.jpg" alt="检查组查看排水泵站"></p><p>图为检查组查看排水泵站。</p>${P2}
      <figure><img data-src="https://cdn.example.gov.cn/p/2.png" src="data:image/gif;base64,R0lGOD"><figcaption>检查组查看基坑</figcaption></figure>${P3}`),
      ),
      'https://www.example.gov.cn/news/2024/a.html',
    );
    expect(input.blocks.map((b) => (b.kind === 'figure' ? `[${b.src}|${b.text}]` : b.text.slice(0, 6)))).toEqual([
      '6月2日，示',
      '[https://www.example.gov.cn/news/pic/jc01.jpg|检查组查看排水泵站]',
      '图为检查组查',
      '检查组要求，',
      '[https://cdn.example.gov.cn/p/2.png|]',
      '检查组查看基',
      '据悉，今年全',
    ]);
  });

  it("puts an image inside a line's element before its text, and skips hidden images and those in a box marked as furniture", () => {
    const input = extractPage(
      parse(
        page(`${P1}<p><img src="/pic/a.jpg" alt="泵站"><br>图为检查组查看排水泵站。</p>
      <div style="display:none"><img src="/pic/hidden.jpg" alt="隐藏"></div>${P2}
      <div class="related-pics"><img src="/pic/rel.jpg" alt="相关"></div>${P3}<p><img src="/pic/end.jpg" alt="末图"></p>`),
      ),
      'https://www.example.gov.cn/news/2024/a.html',
    );
    expect(input.blocks.map((b) => (b.kind === 'figure' ? `[${b.text}]` : b.text.slice(0, 6)))).toEqual([
      '6月2日，示',
      '[泵站]',
      '图为检查组查',
      '检查组要求，',
      '据悉，今年全',
    ]);
  });

  it('leaves out icons, spacers, images outside the article and in furniture boxes', () => {
    const input = extractPage(
      parse(page(`${P1}<p><img src="/images/icon_print.png"> <img src="/x/dot.gif" width="1" height="1"></p>${P2}${P3}`)),
      'https://www.example.gov.cn/news/2024/a.html',
    );
    expect(input.blocks.filter((b) => b.kind === 'figure')).toEqual([]);
  });
});
