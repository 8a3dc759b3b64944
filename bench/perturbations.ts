/**
 * Changes to a saved page that leave what a reader sees as it was, so the page's gold record
 * stays right (bench/perturb.ts, and the corpus regression test's robustness floors): a rule
 * that reads how pages are built holds under them, one that learnt a site's markup names does not.
 */
type Perturbation = (doc: Document) => void;

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
  const holder = doc.body && doc.body.firstChild ? doc.body : doc.documentElement;
  if (!holder) return;
  const table = doc.createElement('table');
  const tr = doc.createElement('tr');
  const td = doc.createElement('td');
  for (const node of Array.from(holder.childNodes)) if (!(node.nodeType === 1 && (node as Element).localName === 'head')) td.appendChild(node);
  tr.appendChild(td);
  table.appendChild(tr);
  holder.appendChild(table);
}

export const PERTURBATIONS: Record<string, Perturbation> = {
  baseline: () => {},
  'neutral-names': neutralNames,
  'no-meta': noMeta,
  'no-title-element': noTitleElement,
  'headings-as-divs': headingsAsDivs,
  'layout-table': layoutTable,
  'all-at-once': (doc) => {
    neutralNames(doc);
    noMeta(doc);
    headingsAsDivs(doc);
    layoutTable(doc);
  },
};
