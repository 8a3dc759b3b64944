import { domReadsFor } from './domReads';

/**
 * What a class or id says about an element. CMS and template names are hints only: they nudge
 * line weights, never decide on their own (held-out sites use names we have not seen).
 */
export type ClassHint = 'positive' | 'negative' | 'none';

/** Words that mark page furniture wherever they appear inside a class or id. */
const NEGATIVE_SUBSTRINGS =
  /comment|recommend|related|relate_|share|sidebar|breadcrumb|crumb|copyright|footer|advert|login|ranking|hotnews|friendlink|weixin|qrcode|toolbar|pagination/i;
/** Whole tokens that mark furniture; as substrings they would hit words such as "canvas". */
const NEGATIVE_TOKENS = new Set([
  'nav',
  'navbar',
  'menu',
  'side',
  'aside',
  'hot',
  'rank',
  'ad',
  'ads',
  'foot',
  'tags',
  'tag',
  'tool',
  'tools',
  'search',
  'bottom',
  'top',
  'links',
  'link',
  'list',
  'more',
  'next',
  'prev',
  'float',
  'fixed',
  'popup',
  'modal',
]);
/** Tokens used by article templates and government CMSs (TRS, UCAP, Hanweb and the like). */
const POSITIVE_TOKENS = new Set([
  'article',
  'content',
  'contents',
  'text',
  'body',
  'detail',
  'details',
  'trs',
  'editor',
  'zoom',
  'artibody',
  'main',
  'post',
  'entry',
  'story',
  'rich',
  'media',
  'neirong',
  'zw',
  'zhengwen',
  'wenzhang',
  'custom',
  'union',
  'ucap',
  'hanweb',
  'info',
  'con',
  'cont',
  'pages',
  'txt',
  'news',
]);

const CAMEL_HUMP = /([a-z])([A-Z])/g;
const NON_ALNUM = /[^a-z0-9]+/;

function tokens(s: string): string[] {
  return s.replace(CAMEL_HUMP, '$1 $2').toLowerCase().split(NON_ALNUM).filter(Boolean);
}

// Pages repeat a few class names over thousands of elements (list items, spans): the verdict
// per name is memoised, which took classHint and its tokenising out of the extraction profile.
const memo = new Map<string, ClassHint>();
const MEMO_LIMIT = 4096;

export function classHint(el: Element): ClassHint {
  const r = domReadsFor(el);
  return hintOfNames(r.className(el), r.id(el));
}

/** The hint of an element's class and id attribute values. */
export function hintOfNames(cls: string, id: string): ClassHint {
  if (!cls && !id) return 'none';
  // One name alone is looked up as the page's own string (hashed once by the engine); the
  // verdict is the same as for the joined form, since the space only separates tokens.
  const all = !id ? cls : !cls ? id : `${cls} ${id}`;
  let hint = memo.get(all);
  if (hint === undefined) {
    hint = hintOf(all);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(all, hint);
  }
  return hint;
}

function hintOf(all: string): ClassHint {
  if (NEGATIVE_SUBSTRINGS.test(all)) return 'negative';
  const toks = tokens(all);
  if (toks.some((t) => NEGATIVE_TOKENS.has(t))) return 'negative';
  if (toks.some((t) => POSITIVE_TOKENS.has(t))) return 'positive';
  return 'none';
}
