/**
 * Synthetic pages for the speed benchmark: the shape of a government news page (navigation,
 * side lists, info line, article, footer) scaled to a node count and, for the huge case, a byte
 * size. Deterministic, so runs compare.
 */
const HANZI =
  '国务院办公厅关于进一步加强政务公开工作的通知各省自治区直辖市人民政府部门发展改革委员会市场监管总局新闻发布会议强调指出要求推进落实经济社会高质量建设';
const PUNCT = '，，，。、；';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function text(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r() < 0.08 ? PUNCT[Math.floor(r() * PUNCT.length)] : HANZI[Math.floor(r() * HANZI.length)];
  return s + '。';
}

export interface SyntheticOptions {
  /** Approximate DOM node count (elements + text nodes). */
  nodes: number;
  /** Pad paragraph text until the HTML reaches about this many bytes (UTF-8). */
  bytes?: number;
  paragraphs?: number;
}

export function syntheticPage({ nodes, bytes = 0, paragraphs = 60 }: SyntheticOptions): string {
  const r = rng(nodes ^ bytes);
  // Each navigation item is <li><a>text</a><span>date</span></li> with whitespace: ~7 nodes.
  const articleNodes = paragraphs * 2 + 40;
  const items = Math.max(0, Math.floor((nodes - articleNodes) / 7));
  const paraChars = bytes ? Math.max(60, Math.floor((bytes - items * 110) / 3 / paragraphs)) : 120;
  const lists: string[] = [];
  const perList = 50;
  for (let i = 0; i < items; i += perList) {
    const lis: string[] = [];
    for (let j = i; j < Math.min(items, i + perList); j++)
      lis.push(`<li> <a href="/col/${j}.html">${text(r, 10)}</a> <span>2021-01-${String((j % 28) + 1).padStart(2, '0')}</span></li>`);
    lists.push(`<div class="list-box"><h3>${text(r, 4)}</h3><ul>${lis.join('')}</ul></div>`);
  }
  const half = Math.ceil(lists.length / 2);
  const body = Array.from({ length: paragraphs }, () => `<p>\u3000\u3000${text(r, paraChars)}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于进一步加强政务公开工作的通知_政府门户网站</title>
<meta name="ArticleTitle" content="关于进一步加强政务公开工作的通知"><meta name="PubDate" content="2021-01-13 18:59">
<meta name="ContentSource" content="办公厅"></head><body>
<div class="header"><div class="nav">${lists.slice(0, half).join('')}</div></div>
<div class="main"><div class="article"><h1>关于进一步加强政务公开工作的通知</h1>
<div class="info">发布时间：2021-01-13 18:59 来源：办公厅 字号：<a>大</a> <a>中</a> <a>小</a> <a>打印</a></div>
<div class="TRS_Editor">${body}<p>（责任编辑：王明）</p></div></div>
<div class="side">${lists.slice(half).join('')}</div></div>
<div class="footer">版权所有 网站标识码 ICP备案</div></body></html>`;
}
