import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { metaElements, readMeta } from '../../../src/extract/meta';
import { DOMS } from './doms';

const head = `<meta name="ArticleTitle" content="关于做好防汛工作的通知">
<meta name="PubDate" content="2024-06-01 10:30">
<meta name="ContentSource" content="市应急管理局">
<meta name="SiteName" content="示例市人民政府">
<meta name="ColumnName" content="通知公告">
<meta name="Keywords" content="防汛,应急">
<meta name="Description" content="做好今年防汛工作">
<meta name="Url" content="https://example.gov.cn/tzgg/1.html">
<meta name="weibo: article:create_at" content="2024-06-01 10:31:00">
<meta property="og:title" content="OG 标题">`;

describe.each(DOMS)('readMeta on %s', (_name, parse) => {
  it('reads government CMS meta tags first', () => {
    const m = readMeta(parse(`<html><head>${head}</head><body></body></html>`));
    expect(m.title).toBe('关于做好防汛工作的通知');
    expect(m.source).toBe('市应急管理局');
    expect(m.siteName).toBe('示例市人民政府');
    expect(m.column).toBe('通知公告');
    expect(m.keywords).toEqual(['防汛', '应急']);
    expect(m.description).toBe('做好今年防汛工作');
    expect(m.canonicalUrl).toBe('https://example.gov.cn/tzgg/1.html');
    expect(m.dates.map((d) => d.from)).toEqual(['meta:pubdate', 'meta:weibo:article:create_at']);
    expect(m.provenance.title).toBe('meta:articletitle');
  });

  it('falls back to OpenGraph and JSON-LD, and survives malformed JSON-LD', () => {
    const doc = parse(`<html><head><meta property="og:title" content="OG 标题">
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"LD 标题","datePublished":"2024-05-20T14:05:02+08:00","author":{"@type":"Person","name":"张三"},"publisher":{"name":"示例新闻网"}}]}</script>
      </head><body></body></html>`);
    const m = readMeta(doc);
    expect(m.title).toBe('OG 标题');
    expect(m.author).toBe('张三');
    expect(m.siteName).toBe('示例新闻网');
    expect(m.dates).toEqual([{ value: '2024-05-20T14:05:02+08:00', from: 'json-ld:datePublished' }]);
  });

  it('matches rel and type values case-insensitively, as HTML selectors do, and skips other scripts', () => {
    const doc = parse(`<html><head>
      <link rel="stylesheet" href="/a.css"><link rel=" Canonical " href="https://example.gov.cn/c/2.html">
      <script>var x = {"@type":"NewsArticle","headline":"not JSON-LD"};</script>
      <script type="Application/LD+JSON">{"@type":"NewsArticle","headline":"大写类型的 LD"}</script>
      </head><body></body></html>`);
    const m = readMeta(doc);
    expect(m.canonicalUrl).toBe('https://example.gov.cn/c/2.html');
    expect(m.title).toBe('大写类型的 LD');
  });
  it("reads Baidu's news-source spans, hidden or not, after the meta tags", () => {
    const crawler = `<div id="BaiduSpider" style="display:none">
      <span id="pubtime_baidu">2020-07-04 12:10:24</span>
      <span id="source_baidu">来源：<a href="">求是网</a></span>
      <span id="author_baidu">作者：张三</span>
      <span id="editor_baidu">(编辑：文静)</span></div>`;
    const m = readMeta(parse(`<html><head></head><body>${crawler}</body></html>`));
    expect(m.dates).toEqual([{ value: '2020-07-04 12:10:24', from: 'baidu:pubtime' }]);
    expect(m.source).toBe('求是网');
    expect(m.author).toBe('张三');
    expect(m.editor).toBe('文静');
    expect(m.provenance.source).toBe('baidu:source');
    const withMeta = readMeta(parse(`<html><head>${head}</head><body>${crawler}</body></html>`));
    expect(withMeta.source).toBe('市应急管理局');
    expect(withMeta.dates.map((d) => d.from)).toEqual(['meta:pubdate', 'meta:weibo:article:create_at', 'baidu:pubtime']);
    // An empty span (the CMS left the slot blank) declares nothing.
    const empty = readMeta(
      parse(`<html><body><span id="source_baidu">来源：
      </span></body></html>`),
    );
    expect(empty.source).toBeNull();
  });
});

/**
 * readMeta finds its elements by named lookups where the DOM answers them from its own indexes (a
 * browser) and by one walk elsewhere (linkedom, jsdom): both must find the same elements.
 */
describe.each(DOMS)('the elements readMeta reads, on %s: one walk and the named lookups agree', (_name, parse) => {
  const tricky = `<html><head><meta name="Keywords" content="a"><link rel="canonical" href="/h"></head><body>
    <meta itemprop="datePublished" content="2024-01-02"><span id="source_baidu">来源：甲</span>
    <svg><script>1</script></svg><div id="source_baidu">来源：乙</div><template><meta name="author" content="模板"></template>
    <p><span id="pubtime_baidu"></span><link rel="canonical" href="/b"><script type="application/ld+json">{}</script></p>
    <div id="editor_baidu">编辑：丙</div></body></html>`;
  const ours = readdirSync(join(__dirname, '../../fixtures/pages')).map((d) => join(__dirname, '../../fixtures/pages', d, 'page.html'));
  const pages: Array<[string, string]> = [['tricky', tricky], ...ours.filter((f) => existsSync(f)).map((f): [string, string] => [f, readFileSync(f, 'utf8')])];
  const ids = ['pubtime_baidu', 'source_baidu', 'editor_baidu', 'author_baidu'] as const;
  it.each(pages.map(([name, html]) => [name.replace(/^.*fixtures\/pages\//, ''), html]))('%s', (_page, html) => {
    const doc = parse(html);
    const walk = metaElements(doc, true);
    const look = metaElements(doc, false);
    expect(Array.from(walk.metas)).toEqual(Array.from(look.metas));
    expect(Array.from(walk.scripts)).toEqual(Array.from(look.scripts));
    expect(Array.from(walk.links())).toEqual(Array.from(look.links()));
    for (const id of ids) expect(walk.byId(id)).toBe(look.byId(id));
    expect(readMeta(doc, walk)).toEqual(readMeta(doc, look));
  });
});
