import type { Author, Block, BlockKind, PageHints, PageInput } from '../../../src/core/types';
import { Prng } from './prng';

/**
 * Input generators for the robustness fuzz. Each one is a pattern that real pages (or broken
 * saves of them) show: tag soup, CMS article templates, deep nesting, huge text nodes, odd
 * encodings, empty pages, plain-text captures, and hostile hint values.
 */

const HANZI =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';
const FULL_PUNCT = '，。、；：？！“”‘’（）《》【】—…·';
const INFO_LABELS = [
  '来源：',
  '稿源:',
  '信息来源：',
  '发布时间：',
  '发布日期:',
  '责任编辑：',
  '编辑:',
  '责编：',
  '记者 ',
  '通讯员 ',
  '字号：',
  '【打印】',
  '【关闭】',
  '浏览次数：',
  '作者：',
];
const CMS_CLASSES = [
  'TRS_Editor',
  'Custom_UnionStyle',
  'article',
  'content',
  'zoom',
  'pages_content',
  'news_txt',
  'bt_content',
  'main',
  'left',
  'nav',
  'footer',
  'share',
  'print',
  'list',
  'pagination',
  'info',
  'source',
  'time',
  'editor',
];
const TAGS = [
  'p',
  'div',
  'span',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h6',
  'ul',
  'ol',
  'li',
  'br',
  'img',
  'a',
  'b',
  'i',
  'font',
  'center',
  'article',
  'section',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'form',
  'input',
  'select',
  'option',
  'textarea',
  'pre',
  'blockquote',
  'figure',
  'figcaption',
  'script',
  'style',
  'noscript',
  'iframe',
  'template',
  'svg',
  'math',
  'object',
  'title',
  'meta',
  'link',
  'html',
  'head',
  'body',
  'frameset',
  'frame',
  'marquee',
  'xmp',
  'plaintext',
  'x-custom',
];
const WEIRD = [
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u0000',
  '\ud800',
  '\udfff',
  '\u0301',
  '\u2028',
  '\u2029',
  '\u3000',
  '\u00a0',
  '\ufffd',
  '\ue000',
  '😀',
  '𠀀',
  '\r',
  '\t',
  '\v',
  '\f',
  '\x1b',
];
const ENTITIES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&nbsp;',
  '&#12288;',
  '&#x10FFFF;',
  '&#0;',
  '&#xD800;',
  '&#99999999;',
  '&bogus;',
  '&',
  '&#',
  '&#x;',
  '&ldquo;',
  '&rdquo;',
  '&mdash;',
];
const DATES = [
  '2021-01-13 18:59:00',
  '2021-01-13',
  '2021年1月13日',
  '2021年01月13日 18:59',
  '2021/1/13 8:05',
  '2021.01.13',
  '20210113',
  '2021-13-45 99:99:99',
  '2021年2月30日',
  '99999-01-01',
  '0000-00-00',
  '1月13日下午',
  '昨天',
  'Wed, 13 Jan 2021 10:59:00 GMT',
  '2021-01-13T18:59:00+08:00',
  '2021-01-13T18:59:00Z',
  'NaN',
  '',
  '  ',
  '-1',
  '1e309',
  '2021-01-13发布时间：2021-01-14',
];
const JS_BAIT = [
  '<script>globalThis.__pwned=1</script>',
  '<img src=x onerror="globalThis.__pwned=1">',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("x")()}}',
  '__proto__',
  'constructor',
  'toString',
];

export function hanzi(r: Prng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += HANZI[r.int(0, HANZI.length - 1)];
  return s;
}

/** A Chinese sentence-like run: words, full-width punctuation, now and then a digit or ASCII word. */
export function sentence(r: Prng, maxLen = 80): string {
  const len = r.int(1, maxLen);
  let s = '';
  while (s.length < len) {
    const k = r.next();
    if (k < 0.78) s += hanzi(r, r.int(1, 4));
    else if (k < 0.9) s += FULL_PUNCT[r.int(0, FULL_PUNCT.length - 1)];
    else if (k < 0.95) s += String(r.int(0, 2030));
    else if (k < 0.98) s += r.pick(['COVID-19', 'GDP', 'APP', ' ', 'http://x.invalid/a?b=1']);
    else s += r.pick(WEIRD);
  }
  return s;
}

function attr(r: Prng): string {
  const k = r.next();
  if (k < 0.35) return ` class="${r.pick(CMS_CLASSES)}${r.chance(0.3) ? ' ' + r.pick(CMS_CLASSES) : ''}"`;
  if (k < 0.45) return ` id="${r.pick(CMS_CLASSES)}${r.int(0, 9)}"`;
  if (k < 0.55)
    return ` style="${r.pick(['display:none', 'visibility:hidden', 'DISPLAY: NONE', 'font-size:14px', 'display:none!important', 'opacity:0', 'color:red;;;', 'display:'])}"`;
  if (k < 0.6) return r.pick([' hidden', ' aria-hidden="true"', ' hidden="false"']);
  if (k < 0.7) return ` href="${r.pick(['javascript:void(0)', '#', '/a/b.html', 'http://x.invalid/?q=<>', '', 'mailto:a@b.c'])}"`;
  if (k < 0.75) return ` onerror="globalThis.__pwned=1" src="x"`;
  if (k < 0.8) return ` ${r.pick(['a', 'data-x', '1bad', '"', "'", '=', '<', 'on'])}=${r.pick(['', '"', 'x', "'y'", '"unterminated', '>'])}`;
  if (k < 0.85) return ` class="${hanzi(r, 2)}" class="dup"`;
  return ` title="${sentence(r, 10).replace(/"/g, '')}"`;
}

/** Random, malformed HTML: unbalanced tags, stray brackets, broken comments, odd entities. */
export function tagSoup(r: Prng, tokens: number): string {
  const out: string[] = [];
  for (let i = 0; i < tokens; i++) {
    const k = r.next();
    if (k < 0.3) out.push(`<${r.pick(TAGS)}${r.chance(0.5) ? attr(r) : ''}${r.chance(0.05) ? '/' : ''}>`);
    else if (k < 0.45) out.push(`</${r.pick(TAGS)}>`);
    else if (k < 0.8) out.push(sentence(r, 60));
    else if (k < 0.85) out.push(r.pick(ENTITIES));
    else if (k < 0.88)
      out.push(
        r.pick(['<!--', '-->', '<!-- c -->', '<![CDATA[x]]>', '<!DOCTYPE html>', '<?xml version="1.0"?>', '<!', '</>', '<>', '< p>', '<p', '</p ', '<<p>>']),
      );
    else if (k < 0.91) out.push(r.pick(INFO_LABELS) + r.pick(DATES));
    else if (k < 0.93) out.push(r.pick(JS_BAIT));
    else if (k < 0.96) out.push(r.pick(WEIRD));
    else out.push(r.pick(['<br>', '<br/>', '</br>', '<p/>', '<hr>', '<img>', '<table><tr><td>', '</td></tr></table>', '<li>', '<dd>']));
  }
  return out.join(r.chance(0.3) ? '\n' : '');
}

function jsonLd(r: Prng, title: string, date: string): string {
  const k = r.next();
  if (k < 0.4)
    return JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: date, author: { name: hanzi(r, 3) } });
  if (k < 0.6)
    return JSON.stringify([
      { '@type': r.pick(['Article', 'WebPage', 7, null]), headline: r.chance(0.5) ? [title] : { x: 1 }, datePublished: r.pick([date, 42, null, {}]) },
    ]);
  if (k < 0.8) return `{"@type":"NewsArticle","headline":"${title}",`; // truncated JSON
  return r.pick(['null', '[]', '"x"', '{"__proto__":{"polluted":1},"@graph":[null,1,{"@type":"NewsArticle"}]}', '<!--', '{'.repeat(2000)]);
}

/** A government/news article page in the shape CMSs produce, with random slips and damage. */
export function articlePage(r: Prng): string {
  const title = sentence(r, 40).replace(/[<>]/g, '');
  const date = r.pick(DATES);
  const head: string[] = [`<meta charset="${r.pick(['utf-8', 'gbk', 'gb2312', 'x-nonsense', ''])}">`];
  if (r.chance(0.6)) head.push(`<meta name="ArticleTitle" content="${r.chance(0.9) ? title : ''}">`);
  if (r.chance(0.6)) head.push(`<meta name="PubDate" content="${date}">`);
  if (r.chance(0.5)) head.push(`<meta name="ContentSource" content="${hanzi(r, r.int(0, 8))}">`);
  if (r.chance(0.3)) head.push(`<meta name="SiteName" content="${hanzi(r, 5)}网">`);
  if (r.chance(0.3)) head.push(`<meta property="og:title" content="${title}_${hanzi(r, 4)}">`);
  if (r.chance(0.2)) head.push(`<meta name="Keywords" content="${hanzi(r, 2)},${hanzi(r, 2)};${hanzi(r, 3)}">`);
  if (r.chance(0.3)) head.push(`<script type="application/ld+json">${jsonLd(r, title, date)}</script>`);
  if (r.chance(0.2)) head.push(tagSoup(r, r.int(1, 10)));
  const nav = `<div class="nav">${Array.from({ length: r.int(0, 12) }, () => `<a href="/c/${r.int(1, 99)}.html">${hanzi(r, r.int(2, 6))}</a>`).join(' | ')}</div>`;
  const info = `<div class="info">${r.pick(INFO_LABELS)}${hanzi(r, 4)} ${r.pick(INFO_LABELS)}${date} 字号：<a>大</a><a>中</a><a>小</a></div>`;
  const paras = Array.from({ length: r.smallInt(30) }, () => {
    const t = r.pick(['p', 'p', 'p', 'div', 'li', 'h3', 'td', 'span']);
    const inner = r.chance(0.1) ? tagSoup(r, r.int(1, 8)) : sentence(r, 300);
    return `<${t}${r.chance(0.2) ? attr(r) : ''}>${r.chance(0.3) ? '\u3000\u3000' : ''}${inner}</${t}>`;
  }).join('\n');
  const editor = r.chance(0.6)
    ? `<p class="editor">${r.pick(['责任编辑：', '编辑：', '(责编:'])}${hanzi(r, r.int(0, 3))}${r.pick(['', ' AB055', ')', '】'])}</p>`
    : '';
  const container = r.pick(['div class="TRS_Editor"', 'div id="zoom"', 'article', 'td class="bt_content"', 'div', 'section class="content"']);
  const tagName = container.split(' ')[0];
  const body = `${nav}<h1>${title}</h1>${info}<${container}>${paras}${editor}</${tagName}><div class="footer">${sentence(r, 60)}</div>`;
  let html = `<!DOCTYPE html><html><head><title>${title}_${hanzi(r, 4)}</title>${head.join('')}</head><body>${body}${r.chance(0.15) ? body : ''}</body></html>`;
  if (r.chance(0.15)) html = html.slice(0, r.int(0, html.length)); // a save cut short
  return html;
}

/** Nesting far deeper than any real page: recursive walkers are the first thing to break. */
export function deepNesting(r: Prng, depth: number): string {
  const tags = ['div', 'span', 'font', 'blockquote', 'li', 'b', 'section', 'td', 'p'];
  const opens: string[] = [];
  const closes: string[] = [];
  for (let i = 0; i < depth; i++) {
    const t = r.pick(tags);
    opens.push(`<${t}>${r.chance(0.05) ? sentence(r, 20) : ''}`);
    closes.push(`</${t}>`);
  }
  return `<html><body>${opens.join('')}${sentence(r, 200)}${r.chance(0.5) ? closes.reverse().join('') : ''}</body></html>`;
}

/** One enormous text node (or line), with or without punctuation, as pasted logs or minified data. */
export function hugeText(r: Prng, chars: number): string {
  // One character repeated is the worst case for dictionary word segmenters (ICU's CJK engine).
  const unit = r.chance(0.4) ? sentence(r, 200) : r.chance(0.5) ? hanzi(r, 200) : hanzi(r, 1);
  const text = unit.repeat(Math.ceil(chars / Math.max(1, unit.length))).slice(0, chars);
  return r.pick([
    `<html><body><p>${text}</p></body></html>`,
    `<html><body><div class="TRS_Editor">${text}</div></body></html>`,
    `<html><head><title>${text.slice(0, 50000)}</title></head><body><p>${sentence(r)}</p></body></html>`,
    `<html><body><pre>${text}</pre></body></html>`,
    `<html><body><script>var x="${text}";</script><p>${sentence(r)}</p></body></html>`,
  ]);
}

/** Thousands of siblings: list pages, giant tables. */
export function widePage(r: Prng, count: number): string {
  const item = r.pick(['<li><a href="/a.html">%</a><span>2021-01-13</span></li>', '<p>%</p>', '<tr><td>%</td><td>1</td></tr>', '<div>%</div>', '<br>%']);
  const rows = Array.from({ length: count }, () => item.replace('%', hanzi(r, r.int(2, 20)))).join('');
  return `<html><body><div class="list"><ul><table>${rows}</table></ul></div></body></html>`;
}

export const EMPTY_PAGES = [
  '',
  ' ',
  '\n\n\t',
  '\u3000\u3000',
  '\ufeff',
  '<html></html>',
  '<!DOCTYPE html>',
  '<html><head></head><body></body></html>',
  '<script>var a=1</script>',
  '<style>p{}</style>',
  '<frameset><frame src="a.html"></frameset>',
  '<!-- only a comment -->',
  '<html><body><p></p><p>   </p><div>\u00a0</div></body></html>',
  '<svg><text>x</text></svg>',
  '<title></title>',
  '<body hidden><p>hidden</p></body>',
  '<iframe srcdoc="<p>x</p>"></iframe>',
  '<template><p>模板内容</p></template>',
  '<noscript><p>请启用脚本</p></noscript>',
  '\u0000\u0000\u0000',
  '<',
  '>',
  '</',
  '<html',
  '<?xml version="1.0"?><root/>',
];

/** A plain-text capture as the seeds are: the page's visible lines, with the furniture around them. */
export function textCapture(r: Prng): string {
  const lines: string[] = [];
  const n = r.smallInt(80);
  for (let i = 0; i < n; i++) {
    const k = r.next();
    if (k < 0.5) lines.push((r.chance(0.5) ? '  ' : '') + sentence(r, 250));
    else if (k < 0.6) lines.push('');
    else if (k < 0.7) lines.push(r.pick(INFO_LABELS) + r.pick(DATES) + ' ' + r.pick(INFO_LABELS) + hanzi(r, r.int(0, 6)));
    else if (k < 0.75)
      lines.push(r.pick(['您当前的位置：首页 > 新闻', '【打印】【关闭】', '扫一扫在手机打开当前页', '分享到：', '上一篇：', '下一篇：', 'Copyright © 2021']));
    else if (k < 0.8) lines.push(`${r.pick(['一要', '二要', '三是', '（一）', '1.', '第一，'])}${sentence(r, 60)}`);
    else if (k < 0.85) lines.push(`${hanzi(r, 3)}主持会议。${hanzi(r, 2)}、${hanzi(r, 3)}出席并讲话。`);
    else if (k < 0.9) lines.push(r.pick(WEIRD).repeat(r.int(1, 50)));
    else if (k < 0.95) lines.push(r.pick(JS_BAIT));
    else lines.push(`${hanzi(r, 2)} ${r.pick(['zhōng guó', 'shì', 'Xí Jìnpíng'])} ${hanzi(r, 2)}`);
  }
  const eol = r.pick(['\n', '\r\n', '\r', '\n\n']);
  return (r.chance(0.1) ? '\ufeff' : '') + lines.join(eol);
}

const KINDS: BlockKind[] = ['paragraph', 'heading', 'list-item', 'table', 'caption', 'quote', 'preformatted'];
const ROLES: Author['role'][] = ['reporter', 'photographer', 'correspondent', 'author', 'translator', 'other'];

function hostileString(r: Prng): string | null | undefined {
  const k = r.next();
  if (k < 0.1) return null;
  if (k < 0.15) return undefined;
  if (k < 0.25) return '';
  if (k < 0.35) return r.pick(DATES);
  if (k < 0.45) return r.pick(JS_BAIT);
  if (k < 0.5) return r.pick(WEIRD).repeat(r.int(1, 30));
  if (k < 0.52) return hanzi(r, 20000);
  return sentence(r, 60);
}

/**
 * A PageInput as a buggy or future extractor (or a tampered message) might send: every hint
 * present, absent, empty or odd. The core must still produce a record or a clear error.
 */
export function hostilePageInput(r: Prng): PageInput {
  const blocks: Block[] = Array.from({ length: r.smallInt(30) }, () => ({
    text: r.chance(0.1) ? (hostileString(r) ?? '') : sentence(r, 300),
    kind: r.pick(KINDS),
  }));
  const hints: PageHints = {
    title: hostileString(r),
    publishedAt: hostileString(r),
    source: hostileString(r),
    editor: hostileString(r),
    siteName: hostileString(r),
    canonicalUrl: hostileString(r),
    description: hostileString(r),
    language: r.pick([null, 'zh-CN', 'zh-TW', 'en', '', 'zh-Hant-HK']),
    isArticle: r.pick([true, false, null, undefined]),
    notArticleReason: hostileString(r),
  };
  if (r.chance(0.3)) hints.authors = Array.from({ length: r.int(0, 5) }, () => ({ name: hostileString(r) ?? '', role: r.pick(ROLES) }));
  if (r.chance(0.3)) hints.deck = Array.from({ length: r.int(0, 4) }, () => hostileString(r) ?? '');
  if (r.chance(0.3)) hints.keywords = Array.from({ length: r.int(0, 6) }, () => hostileString(r) ?? '');
  const input: PageInput = {
    url: r.pick([null, 'http://www.example.gov.cn/a/2021/0113/c1.html', 'javascript:alert(1)', '', 'not a url', 'http://x.invalid/' + 'a'.repeat(5000)]),
    format: r.pick(['html', 'text'] as const),
    documentTitle: hostileString(r) ?? null,
    hints,
    blocks,
  };
  if (r.chance(0.3)) input.context = { before: [sentence(r, 40), r.pick(INFO_LABELS) + r.pick(DATES)], after: [r.pick(INFO_LABELS) + hanzi(r, 3)] };
  return input;
}
