import { extractPage } from '../../../src/extract/extractPage';
import { findDates } from '../../../src/extract/dateText';
import { readInfoLine } from '../../../src/extract/pageInfoLine';
import { DOMS, govPage } from './doms';

/** Synthetic pages, one per source/editor/date rule in pickFacts and readInfoLine. */
const PARAS = `<p>今年以来，示例县坚持把产业发展作为乡村振兴的重要抓手，推动特色种植和农产品加工协同发展。</p>
<p>据介绍，全县已建成标准化种植基地十二个，带动周边农户两千余户稳定增收，村集体经济不断壮大。</p>
<p>下一步，示例县将继续完善联农带农机制，推动产业链条向精深加工延伸，让更多群众分享发展红利。</p>`;

describe('readInfoLine: source and editor values', () => {
  it('takes no source from a sentence saying "from the internet"; a labelled slot keeps what the page states (both readers agree)', () => {
    expect(readInfoLine('信息来源于网络').source).toBeUndefined();
    expect(readInfoLine('来源：互联网 2024-05-01').source).toBe('互联网');
    expect(readInfoLine('来源：示例日报 2024-05-01').source).toBe('示例日报');
  });

  it('reads 原创： as the source only when it names an outlet, not a person or an account', () => {
    expect(readInfoLine('原创： 张三编译 某某研究').source).toBeUndefined();
    expect(readInfoLine('原创：示例健康网2024-04-23 12:27:25').source).toBe('示例健康网');
  });

  it('keeps the inner spaces of a Latin editor name up to the next Han label', () => {
    expect(readInfoLine('责编：Jane Doe').editor).toBe('Jane Doe');
    expect(readInfoLine('责任编辑：John Smith 来源：示例网').editor).toBe('John Smith');
    expect(readInfoLine('[责任编辑：alonliu]').editor).toBe('alonliu');
  });
});

describe('findDates: two-digit years', () => {
  it('reads a two-digit year only with a clock time after the day', () => {
    const [d] = findDates('发布时间：18-03-0823:16');
    expect([d.year, d.month, d.day, d.hour, d.minute]).toEqual([2018, 3, 8, 23, 16]);
    expect(findDates('编号 18-03-08')).toEqual([]);
    expect(findDates('版本 1.18-03-08 12:30')).toEqual([]);
  });
});

describe.each(DOMS)('pickFacts on %s', (_name, parse) => {
  const page = (before: string, opts: { body?: string; after?: string } = {}) =>
    extractPage(parse(govPage({ before, body: opts.body ?? PARAS, after: opts.after })), null).hints;

  it('reads the info line right under the headline even when a player pushes the body far down', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `<div class="ctl">控件${i + 1}</div>`).join('');
    const hints = page(`<div class="info">时间：2024.05.20 来源：示例电影网 分享到：</div><div class="player">${filler}</div>`);
    expect(hints.source).toBe('示例电影网');
    expect(hints.publishedAt).toBe('2024-05-20');
  });

  it('keeps an outlet whose name starts with digits, glued to the seconds of the time', () => {
    expect(page('<div class="art_info">2021-01-20 04:29:4439示例网</div>').source).toBe('39示例网');
  });

  it('takes the name tagged [整理] on the date line as the source', () => {
    expect(page('<div class="meta">2019-09-05 11:10 某某星空[整理] 1</div>').source).toBe('某某星空');
  });

  it('reads a date-and-source element without a label', () => {
    expect(page('<div class="date-source">2019年09月09日 20:52 示例财经-自媒体综合</div>').source).toBe('示例财经-自媒体综合');
  });

  it('reads the one name on the date line as the outlet, whatever its class and its ending', () => {
    expect(page('<div class="k7">2019年11月25日 18:57 示例参考消息</div>').source).toBe('示例参考消息');
    expect(page('<div class="k7">2019年09月09日 20:52 示例财经-自媒体综合</div>').source).toBe('示例财经-自媒体综合');
  });

  it('reads the outlet glued to a labelled credit on the date line', () => {
    expect(page('<div class="k7">2024年05月16日 17:02 示例商报作者：王小明</div>').source).toBe('示例商报');
  });

  it('reads the outlet beside the date in traditional script, and no place or button for it', () => {
    expect(page('<div class="k7">2024年05月16日 17:02 示例健康網</div>').source).toBe('示例健康網');
    expect(page('<div class="k7">2024-05-16 09:52 來自內蒙古自治區 舉報</div>').source).toBeNull();
  });

  it('does not read the one name on the date line as the outlet beside a 原创 badge, or when it may be a person', () => {
    expect(page('<div class="k7">原创 示例游戏工作室 2019-09-04 22:18:34</div>').source).toBeNull();
    expect(page('<div class="k7">2019-09-04 22:18 王小明</div>').source).toBeNull();
  });

  it('reads no source from a legal notice under the article, which quotes the label it rules on', () => {
    const notice =
      '<div><p>版权声明：</p><p>凡本网注明“来源：XXX（非本网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</p></div>';
    const hints = extractPage(parse(govPage({ before: '<div class="info">发布时间：2024-05-15 08:58</div>', after: notice })), null).hints;
    expect(hints.source).toBeNull();
  });

  it('does not take an outlet-like share button far from the date line', () => {
    const share = ['微博', '微信', '空间', '豆瓣', '开心网'].map((s) => `<li><a href="#">${s}</a></li>`).join('');
    const hints = page(`<div class="date">更新时间 2012年12月10日</div><ul class="share">${share}</ul>`);
    expect(hints.source).toBeNull();
  });

  it('does not take a download button or a column named in the breadcrumb for the source', () => {
    const hints = page(
      '<div class="crumb2">资讯 &gt; 人间烟火 &gt; 正文</div><div class="sourceTitle">人间烟火</div><div>下载客户端</div><div class="time">2024年01月25日 18:03:35</div>',
    );
    expect(hints.source).toBeNull();
  });

  it('reads an editor credit that closes the last paragraph, followed by page widgets', () => {
    const body = `${PARAS}<p>（编辑：小李）<a href="/">返回首页，查看更多</a></p><p>责任编辑：</p><div class="like">点赞</div><div class="n">+1</div>`;
    const doc = parse(govPage({ body }).replace('<div class="editor">（责任编辑：王小明 AB055）</div>', ''));
    expect(extractPage(doc, null).hints.editor).toBe('小李');
  });
});
