import type { Block, BlockKind, PageInput } from '../core/types';

/**
 * Finds the article in a Document (live page in the content script, linkedom/jsdom in Node).
 * No browser extension API here. First version: the element with the most paragraph text.
 */
export function extractPage(doc: Document, url: string | null): PageInput {
  const meta: Record<string, string> = {};
  for (const m of Array.from(doc.querySelectorAll('meta[name], meta[property]'))) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !(key in meta)) meta[key] = content.trim();
  }
  const root = pickRoot(doc);
  const blocks = root ? collectBlocks(root) : [];
  return {
    url,
    format: 'html',
    documentTitle: doc.title?.trim() || null,
    hints: {
      title: meta['articletitle'] ?? doc.querySelector('h1')?.textContent?.trim() ?? null,
      publishedAt: meta['pubdate'] ?? meta['article:published_time'] ?? null,
      source: meta['contentsource'] ?? null,
      siteName: meta['sitename'] ?? meta['og:site_name'] ?? null,
    },
    blocks,
  };
}

function pickRoot(doc: Document): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of Array.from(doc.querySelectorAll('article, div, section, td, main'))) {
    let score = 0;
    for (const p of Array.from(el.children)) {
      if (p.tagName === 'P') score += (p.textContent ?? '').trim().length;
    }
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  return best ?? doc.body;
}

const KIND: Record<string, BlockKind> = {
  P: 'paragraph', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'list-item', TABLE: 'table', FIGCAPTION: 'caption', BLOCKQUOTE: 'quote', PRE: 'preformatted',
};

function collectBlocks(root: Element): Block[] {
  const out: Block[] = [];
  for (const el of Array.from(root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, table, figcaption, blockquote, pre'))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, kind: KIND[el.tagName] ?? 'paragraph' });
  }
  return out;
}
