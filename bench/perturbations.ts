import { converterFor } from '../src/core/script';
import type { OutputScript } from '../src/core/types';

/**
 * Changes to a saved page that leave what a reader sees as it was, so the page's gold record
 * stays right (bench/perturb.ts, and the corpus regression test's robustness floors): a rule
 * that reads how pages are built holds under them, one that learnt a site's markup names does not.
 */
/** What a perturbation may need of the page's gold record: its body's lines, to find where the article ends. */
export interface GoldBody {
  body?: string[];
}

type Perturbation = (doc: Document, gold: GoldBody) => void;

/** Every class and id value replaced by a token that says nothing (the same value keeps the same token). */
function neutralNames(doc: Document): void {
  const tokens = new Map<string, string>();
  const token = (v: string) => {
    let t = tokens.get(v);
    if (!t) tokens.set(v, (t = `k${tokens.size + 1}`));
    return t;
  };
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const cls = el.getAttribute('class');
    if (cls) el.setAttribute('class', cls.trim().split(/\s+/).map(token).join(' '));
    const id = el.getAttribute('id');
    if (id) el.setAttribute('id', token(`#${id}`));
  }
}

/** The head's description of the page gone: named and property metas, JSON-LD (charset and viewport stay). */
function noMeta(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('meta[name], meta[property], meta[itemprop], script[type="application/ld+json"]'))) {
    if ((el.getAttribute('name') ?? '').toLowerCase() === 'viewport') continue;
    el.remove();
  }
}

function noTitleElement(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('title'))) el.remove();
}

/** An element of another tag in place of `el`, with its attributes and children. */
function retag(doc: Document, el: Element, tag: string): void {
  const to = doc.createElement(tag);
  for (const a of Array.from(el.attributes)) to.setAttribute(a.name, a.value);
  while (el.firstChild) to.appendChild(el.firstChild);
  el.replaceWith(to);
}

/** h1–h6 as plain <div> blocks: the headline is only a line above the body. */
function headingsAsDivs(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'))) retag(doc, el, 'div');
}

/**
 * The page's content inside a one-cell layout table, as old templates print every page. Saved
 * pages without <html> and <body> keep their content beside <head>: those nodes are wrapped.
 */
function layoutTable(doc: Document): void {
  const holder = holderOf(doc);
  if (!holder) return;
  const table = doc.createElement('table');
  const tr = doc.createElement('tr');
  const td = doc.createElement('td');
  for (const node of Array.from(holder.childNodes)) if (!(node.nodeType === 1 && (node as Element).localName === 'head')) td.appendChild(node);
  tr.appendChild(td);
  table.appendChild(tr);
  holder.appendChild(table);
}

/** The page holder extraction starts from (saved pages without <body> keep their content beside <head>). */
function holderOf(doc: Document): Element | null {
  return doc.body && doc.body.firstChild ? doc.body : doc.documentElement;
}

/**
 * A site-wide legal notice, longer than many articles, in the page's footer: the kind of block
 * (版权声明, 凡本网注明…, 转载请注明出处) that general extractors take for the article.
 */
function legalNoticeFooter(doc: Document): void {
  const holder = holderOf(doc);
  if (!holder) return;
  const box = doc.createElement('div');
  const heading = doc.createElement('p');
  heading.textContent = '版权声明：';
  box.appendChild(heading);
  for (const text of [
    '一、凡本网注明“来源：本网”的所有作品，版权均属于本网所有，未经本网授权不得转载、摘编或利用其它方式使用上述作品。已经本网授权使用作品的，应在授权范围内使用，并注明“来源：本网”。违反上述声明者，本网将追究其相关法律责任。',
    '二、凡本网注明“来源：XXX（非本网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。本网转载的文章、图片等内容的版权归原作者所有，如有侵权请及时与我们联系，我们将在第一时间删除。',
    '三、如因作品内容、版权和其它问题需要同本网联系的，请在作品在本网发表之日起三十日内进行，联系电话：000-00000000，电子邮箱：contact@example.org，本网将依法依规处理，所有内容均由作者提供，仅代表作者本人观点。',
  ]) {
    const p = doc.createElement('p');
    p.textContent = text;
    box.appendChild(p);
  }
  holder.appendChild(box);
}

/**
 * A 相关新闻 list of dated links placed right after the article's last paragraph, inside the
 * article's own container: each item's date is another page's, and none is the article's.
 */
function relatedList(doc: Document, gold: GoldBody): void {
  const last = gold.body?.[gold.body.length - 1];
  const holder = holderOf(doc);
  if (!last || !holder) return;
  const probe = last.slice(0, 12);
  // The innermost element whose own text holds the last line: the article's last paragraph.
  let target: Element | null = null;
  for (const el of Array.from(holder.querySelectorAll('p, div, td, li, section, article'))) {
    if ((el.textContent ?? '').includes(probe)) target = el;
  }
  if (!target || !target.parentNode) return;
  const box = doc.createElement('div');
  const label = doc.createElement('p');
  label.textContent = '相关新闻';
  box.appendChild(label);
  const list = doc.createElement('ul');
  for (let i = 0; i < 6; i++) {
    const li = doc.createElement('li');
    const a = doc.createElement('a');
    a.setAttribute('href', `/related/${i + 1}.html`);
    a.textContent = `示例市召开第${i + 1}次专题会议 研究部署相关重点工作`;
    li.appendChild(a);
    li.appendChild(doc.createTextNode(` 2011-0${i + 1}-1${i}`));
    list.appendChild(li);
  }
  box.appendChild(list);
  target.parentNode.insertBefore(box, target.nextSibling);
}

const ISO_DATE = /(\d{4})-(\d{1,2})-(\d{1,2})/g;
const HAN_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;

/**
 * The dates of the page's short lines (its info lines, not the article's sentences) printed the
 * other common way: 2024-05-16 as 2024年05月16日, and 2024年5月16日 as 2024/05/16.
 */
function otherDateFormat(doc: Document, gold: GoldBody): void {
  const body = new Set(gold.body ?? []);
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const text = t.data;
    if (text.trim().length > 60 || body.has(text.trim())) continue;
    const parent = t.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'title') continue;
    const iso = text.replace(ISO_DATE, (_m, y: string, mo: string, d: string) => `${y}年${mo.padStart(2, '0')}月${d.padStart(2, '0')}日`);
    t.data = iso !== text ? iso : text.replace(HAN_DATE, (_m, y: string, mo: string, d: string) => `${y}/${mo.padStart(2, '0')}/${d.padStart(2, '0')}`);
  }
}

const WHITESPACE = /\s+/g;

/**
 * The article's paragraphs as one block of text broken by <br><br>, as old editors and many
 * county sites print a whole article in one cell: each <p> whose text is a line of the gold body
 * is replaced by its content and two line breaks.
 */
function paragraphsAsBreaks(doc: Document, gold: GoldBody): void {
  const body = new Set((gold.body ?? []).map((t) => t.replace(WHITESPACE, '')));
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (!body.has((p.textContent ?? '').replace(WHITESPACE, '')) || !p.parentNode) continue;
    const parent = p.parentNode;
    while (p.firstChild) parent.insertBefore(p.firstChild, p);
    parent.insertBefore(doc.createElement('br'), p);
    parent.insertBefore(doc.createElement('br'), p);
    p.remove();
  }
}

/**
 * The site header's own date above everything (今天是2025年12月31日 星期三), as many government
 * templates print the day's date beside the search box: not the article's publish date.
 */
function headerDate(doc: Document): void {
  const holder = holderOf(doc);
  if (!holder) return;
  const bar = doc.createElement('div');
  bar.textContent = '今天是：2025年12月31日 星期三 欢迎访问本站';
  holder.insertBefore(bar, holder.firstChild);
}

export const PERTURBATIONS: Record<string, Perturbation> = {
  baseline: () => {},
  'neutral-names': neutralNames,
  'no-meta': noMeta,
  'no-title-element': noTitleElement,
  'headings-as-divs': headingsAsDivs,
  'layout-table': layoutTable,
  'legal-notice-footer': legalNoticeFooter,
  'related-list': relatedList,
  'other-date-format': otherDateFormat,
  'header-date': headerDate,
  'paragraphs-as-breaks': paragraphsAsBreaks,
  'all-at-once': (doc) => {
    neutralNames(doc);
    noMeta(doc);
    headingsAsDivs(doc);
    layoutTable(doc);
  },
};

/** A text converter (opencc-js through src/core/script.ts). */
export type Convert = (text: string) => string;

/**
 * The page's text, head title and meta values in traditional script, as a Hong Kong or Taiwan
 * mirror of a mainland page prints it: the labels (來源, 責任編輯, 發佈時間) and the names with
 * them. It needs the converter, so it is among the readings (`loadReadings`), not PERTURBATIONS.
 */
function traditionalScript(doc: Document, convert: Convert): void {
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.data.trim()) t.data = convert(t.data);
  }
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    if (el.getAttribute('http-equiv') || (el.getAttribute('name') ?? '').toLowerCase() === 'viewport') continue;
    el.setAttribute('content', convert(el.getAttribute('content') ?? ''));
  }
}

/**
 * A gold record through the same round trip as the page (to traditional, and back to simplified
 * when the record is built), so that what the conversion itself cannot restore (后/後, 发/髮)
 * is not counted against the reader.
 */
function roundTripGold<T>(gold: T, there: Convert, back: Convert): T {
  const trip = (v: unknown): unknown => {
    if (typeof v === 'string') return back(there(v));
    if (Array.isArray(v)) return v.map(trip);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'id' || k === 'publishedAt' ? x : trip(x)]));
    return v;
  };
  return trip(gold) as T;
}

const TRADITIONAL_SCRIPT = 'traditional-script';

/** Every perturbation's name, `baseline` and the traditional-script reading included. */
export const PERTURBATION_NAMES: readonly string[] = [...Object.keys(PERTURBATIONS), TRADITIONAL_SCRIPT];

/** How a perturbed page is read and scored: the change, the gold it is scored against, the record's output script. */
export interface Reading {
  perturb: Perturbation;
  gold<T>(gold: T): T;
  outputScript: OutputScript;
}

function sameGold<T>(gold: T): T {
  return gold;
}

/**
 * The readings of every perturbation (PERTURBATION_NAMES). The traditional-script page is read
 * back into simplified and scored against a gold record taken through the same round trip.
 */
export async function loadReadings(): Promise<Record<string, Reading>> {
  const [there, back] = await Promise.all([converterFor('traditional-tw'), converterFor('simplified')]);
  const out: Record<string, Reading> = {};
  for (const [name, perturb] of Object.entries(PERTURBATIONS)) out[name] = { perturb, gold: sameGold, outputScript: 'original' };
  out[TRADITIONAL_SCRIPT] = {
    perturb: (doc) => traditionalScript(doc, there!),
    gold: (gold) => roundTripGold(gold, there!, back!),
    outputScript: 'simplified',
  };
  return out;
}
