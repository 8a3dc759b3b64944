import { Readability } from '@mozilla/readability';
import type { Block, PageInput } from '../src/core/types';
import { parsePage } from '../src/cli/loadPage';

/** Readability's output mapped onto the same PageInput our extraction fills. */
export function readabilityInput(html: string | Document, url: string | null): PageInput {
  const doc = typeof html === 'string' ? parsePage(html) : html;
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(doc).parse();
  } catch {
    // A page without a body (linkedom keeps a saved page's content beside <head>) throws inside it.
  }
  if (!article) {
    return { url, format: 'html', documentTitle: null, hints: { isArticle: false, notArticleReason: 'readability: no article' }, blocks: [] };
  }
  const blocks: Block[] = (article.textContent ?? '')
    .split(/\n+/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((text) => ({ text, kind: 'paragraph' as const }));
  return {
    url,
    format: 'html',
    documentTitle: article.title ?? null,
    hints: {
      title: article.title ?? null,
      publishedAt: article.publishedTime ?? null,
      authors: article.byline ? [{ name: article.byline, role: 'author' }] : [],
      siteName: article.siteName ?? null,
    },
    blocks,
  };
}
