import { alternation, AUTHOR_LABELS, EDITOR_LABELS, SOURCE_LABELS } from '../core/vocabulary';
import { trimmedParts } from './pieces';
import { hasLayout } from './visibility';

/**
 * Facts declared in the page head: government CMS meta tags (ArticleTitle, PubDate,
 * ContentSource, SiteName, ColumnName, Author, Keywords, Description, Url), OpenGraph and
 * article:* properties, itemprop microdata, JSON-LD NewsArticle objects, and the spans of Baidu's
 * news-source protocol (`pubtime_baidu`, `source_baidu`, `editor_baidu`, `author_baidu`).
 */
export interface MetaFacts {
  title: string | null;
  /** Candidate publish times, best first, each with the tag it came from. */
  dates: Array<{ value: string; from: string }>;
  source: string | null;
  author: string | null;
  editor: string | null;
  siteName: string | null;
  column: string | null;
  keywords: string[];
  description: string | null;
  canonicalUrl: string | null;
  language: string | null;
  ogType: string | null;
  provenance: Record<string, string>;
}

/** Publish-time keys, most trusted first; update and modification times come last. */
const DATE_KEYS = [
  'pubdate',
  'publishdate',
  'firstpublishedtime',
  'article:published_time',
  'og:release_date',
  'datepublished',
  'weibo:article:create_at',
  'apub:time',
  'dcterms.created',
  'dc.date',
  'publish_time',
  'og:time',
  'maketime',
  'datecreated',
  'dateupdate',
  'weibo:article:update_at',
];

const TITLE_KEYS = ['articletitle', 'og:title', 'twitter:title'];
const SOURCE_KEYS = ['contentsource', 'source', 'og:article:source'];
const AUTHOR_KEYS = ['author', 'article:author', 'og:article:author'];
const EDITOR_KEYS = ['editor'];
const SITE_KEYS = ['sitename', 'og:site_name', 'application-name'];
const COLUMN_KEYS = ['columnname', 'og:category', 'category'];
const DESCRIPTION_KEYS = ['description', 'og:description'];
const URL_KEYS = ['url', 'og:url'];
/**
 * Every key read below: the others (viewport, robots, verification codes…) are passed over
 * before their content is copied and cleaned.
 */
const WANTED = new Set([
  ...DATE_KEYS,
  ...TITLE_KEYS,
  ...SOURCE_KEYS,
  ...AUTHOR_KEYS,
  ...EDITOR_KEYS,
  ...SITE_KEYS,
  ...COLUMN_KEYS,
  ...DESCRIPTION_KEYS,
  ...URL_KEYS,
  'keywords',
  'og:type',
]);

const SPACES = /\s+/g;
const FOUR_DIGITS = /\d{4}/;
const KEYWORD_SEPARATORS = /[,，;；、\s]+/;
const ARTICLE_TYPE = /Article|Posting|Report|WebPage/i;
/** A protocol span's label and brackets: `来源：求是网`, `(编辑：文静)`. */
const CRAWLER_LABEL = new RegExp(`^\\s*[(（]?\\s*${alternation([...SOURCE_LABELS, ...EDITOR_LABELS, ...AUTHOR_LABELS])}?\\s*[:：]?\\s*|\\s*[)）]\\s*$`, 'g');

const CRAWLER_IDS = ['pubtime_baidu', 'source_baidu', 'editor_baidu', 'author_baidu'] as const;
type CrawlerId = (typeof CRAWLER_IDS)[number];
const CRAWLER_ID_SET: ReadonlySet<string> = new Set(CRAWLER_IDS);

/** The elements the head's facts are read from, each list in document order. */
export interface MetaElements {
  metas: ArrayLike<Element>;
  scripts: ArrayLike<Element>;
  /** Asked only when no meta tag names the page's URL. */
  links: () => ArrayLike<Element>;
  /** The first element with a Baidu protocol id, as getElementById answers. */
  byId: (id: CrawlerId) => Element | null;
}

/**
 * How to find them depends on the DOM. A browser answers getElementById from its id map and a
 * tag name from a cached collection, natively: asked one by one, they cost next to nothing. A DOM
 * without layout (linkedom, jsdom: the CLI, tests) walks the whole tree for each of the seven
 * questions, which was half of extraction on heavy pages in linkedom; there one walk answers all.
 */
export function metaElements(doc: Document, oneWalk = !hasLayout(doc)): MetaElements {
  if (!oneWalk) {
    // Tag-name collections rather than selector queries: right after a collection of the page's
    // JS heap (a capture in a long-open tab), querySelectorAll took several times as long.
    return {
      metas: doc.getElementsByTagName('meta'),
      scripts: doc.getElementsByTagName('script'),
      links: () => doc.getElementsByTagName('link'),
      byId: (id) => doc.getElementById(id),
    };
  }
  const metas: Element[] = [];
  const scripts: Element[] = [];
  const links: Element[] = [];
  const ids = new Map<string, Element>();
  const root = doc.documentElement;
  if (root) {
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
    for (let el = root as Element | null; el; el = walker.nextNode() as Element | null) {
      const name = el.localName;
      if (name === 'meta') metas.push(el);
      else if (name === 'script') scripts.push(el);
      else if (name === 'link') links.push(el);
      const id = el.id;
      if (id && CRAWLER_ID_SET.has(id) && !ids.has(id)) ids.set(id, el);
    }
  }
  return { metas, scripts, links: () => links, byId: (id) => ids.get(id) ?? null };
}

/** NodeFilter.SHOW_ELEMENT, which Node has no global for. */
const SHOW_ELEMENT = 0x1;

/** Meta names are case- and space-insensitive in practice (`weibo: article:create_at`, `og:time `). */
function key(raw: string): string {
  return raw.toLowerCase().replace(SPACES, '');
}

export function readMeta(doc: Document, from: MetaElements = metaElements(doc)): MetaFacts {
  const meta = new Map<string, string>();
  const { metas } = from;
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const name = m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop');
    if (!name) continue;
    // Most names are written as their key already: only the rest are lower-cased and unspaced.
    const k = WANTED.has(name) ? name : key(name);
    if (!WANTED.has(k) || meta.has(k)) continue;
    const v = m.getAttribute('content')?.replace(SPACES, ' ').trim();
    if (v) meta.set(k, v);
  }
  const ld = jsonLdOf(from.scripts);
  const provenance: Record<string, string> = {};
  const pick = (field: string, keys: string[]) => pickMeta(meta, provenance, field, keys);

  const dates: MetaFacts['dates'] = [];
  for (const k of DATE_KEYS) {
    const v = meta.get(k);
    if (v && FOUR_DIGITS.test(v)) dates.push({ value: v, from: `meta:${k}` });
  }
  if (ld.datePublished) dates.push({ value: ld.datePublished, from: 'json-ld:datePublished' });
  const crawler = readCrawlerSpans(from);
  if (crawler.pubtime && FOUR_DIGITS.test(crawler.pubtime)) dates.push({ value: crawler.pubtime, from: 'baidu:pubtime' });

  const title = pick('title', TITLE_KEYS) ?? ld.headline;
  return {
    title,
    dates,
    source: pick('source', SOURCE_KEYS) ?? fromCrawler(provenance, 'source', crawler.source),
    author: pick('author', AUTHOR_KEYS) ?? ld.author ?? fromCrawler(provenance, 'author', crawler.author),
    editor: pick('editor', EDITOR_KEYS) ?? fromCrawler(provenance, 'editor', crawler.editor),
    siteName: pick('siteName', SITE_KEYS) ?? ld.publisher,
    column: pick('column', COLUMN_KEYS),
    keywords: trimmedParts((meta.get('keywords') ?? '').split(KEYWORD_SEPARATORS)),
    description: firstOf(meta, DESCRIPTION_KEYS),
    // The <link> is looked for only when no meta tag names the URL (a walk of the page's links).
    canonicalUrl: firstOf(meta, URL_KEYS) ?? canonicalLink(from.links()),
    language: doc.documentElement?.getAttribute('lang') ?? null,
    ogType: meta.get('og:type') ?? null,
    provenance,
  };
}

interface CrawlerSpans {
  pubtime: string | null;
  source: string | null;
  editor: string | null;
  author: string | null;
}

/**
 * Baidu's news-source protocol: spans with fixed ids that many Chinese news CMSs fill for the
 * crawler, often inside a hidden block. Like meta tags they are declarations, so they count
 * hidden; the page shows the same facts rounded (a minute without its seconds) or not at all.
 */
function readCrawlerSpans(from: MetaElements): CrawlerSpans {
  return {
    pubtime: crawlerText(from, 'pubtime_baidu'),
    source: crawlerText(from, 'source_baidu'),
    editor: crawlerText(from, 'editor_baidu'),
    author: crawlerText(from, 'author_baidu'),
  };
}

function crawlerText(from: MetaElements, id: CrawlerId): string | null {
  const raw = from.byId(id)?.textContent;
  if (!raw) return null;
  const v = raw.replace(SPACES, ' ').replace(CRAWLER_LABEL, '').trim();
  return v && v.length <= 40 ? v : null;
}

function fromCrawler(provenance: Record<string, string>, field: string, value: string | null): string | null {
  if (value) provenance[field] = `baidu:${field}`;
  return value;
}

/** The first of `keys` the page's metas give (only non-empty values are kept). */
function firstKey(meta: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) if (meta.has(k)) return k;
  return null;
}

function firstOf(meta: Map<string, string>, keys: string[]): string | null {
  const k = firstKey(meta, keys);
  return k === null ? null : meta.get(k)!;
}

/** The value of the first of `keys` the page's metas give, noting which in `provenance[field]`. */
function pickMeta(meta: Map<string, string>, provenance: Record<string, string>, field: string, keys: string[]): string | null {
  const k = firstKey(meta, keys);
  if (k === null) return null;
  provenance[field] = `meta:${k}`;
  return meta.get(k)!;
}

/** The href of the first `<link rel="canonical">`; HTML matches rel and type values case-insensitively. */
function canonicalLink(links: ArrayLike<Element>): string | null {
  for (let i = 0; i < links.length; i++) {
    if (links[i].getAttribute('rel')?.trim().toLowerCase() === 'canonical') return links[i].getAttribute('href');
  }
  return null;
}

interface JsonLdFacts {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
}

/** First article-like object among the page's JSON-LD scripts (which may be malformed). */
function jsonLdOf(scripts: ArrayLike<Element>): JsonLdFacts {
  const out: JsonLdFacts = { headline: null, datePublished: null, author: null, publisher: null };
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i];
    if (s.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) {
        queue.push(...(item as unknown[]));
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
      const type = String((o['@type'] as string | string[] | undefined) ?? '');
      if (!ARTICLE_TYPE.test(type)) continue;
      out.headline ??= typeof o.headline === 'string' ? o.headline.trim() : null;
      out.datePublished ??= typeof o.datePublished === 'string' ? o.datePublished : null;
      out.author ??= nameOf(o.author);
      out.publisher ??= nameOf(o.publisher);
    }
  }
  return out;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') {
    return (v as { name: string }).name.trim() || null;
  }
  return null;
}
