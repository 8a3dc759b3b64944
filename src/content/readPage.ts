import type { PageInput } from '../core/types';
import { extractPage } from '../extract/extractPage';
import { CaptureError } from '../messaging/errors';
import type { SelectorRule } from '../messaging/schemas';
import { resolveRule, withScope } from './scope';

/**
 * Runs extraction on the live document, applying the user's site rule (body selector, selectors
 * to drop) or a block picked in the page. Facts around the body (title, date, source in the info
 * line, meta tags) come from the whole page; only the body blocks come from the chosen root.
 */
export function readPage(doc: Document, url: string, rule: SelectorRule | null, picked: Element | null = null): PageInput {
  if (doc.readyState === 'loading') throw new CaptureError('page-loading', 'the page is still loading');
  const { root, drop } = resolveRule(doc, rule);
  const full = withScope(doc, { drop }, () => extractPage(doc, url));
  const chosen = picked ?? root;
  if (!chosen) return full;
  const scoped = withScope(doc, { root: chosen, drop }, () => extractPage(doc, url));
  if (!scoped.blocks.length) return full;
  // The user said where the article is: that overrides extraction's own "not an article" verdict.
  return { ...full, blocks: scoped.blocks, hints: { ...full.hints, isArticle: true, notArticleReason: null } };
}
