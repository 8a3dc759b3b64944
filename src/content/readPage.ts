import type { PageInput } from '../core/types';
import { extractPage, extractPageSliced, PageTooLargeError, type ExtractOptions, type SliceOptions } from '../extract/extractPage';
import { CaptureError } from '../messaging/errors';
import type { SelectorRule } from '../messaging/schemas';
import { resolveRule, scopeExclusion, withScope } from './scope';

/**
 * Runs extraction on the live document, applying the user's site rule (body selector, selectors
 * to drop) or a block picked in the page. With a chosen root, extractPage itself reads the body
 * from that root alone and the facts around it (title, date, source in the info line, meta tags)
 * from the whole page, and counts it as an article: the user said where the article is.
 */
export function readPage(doc: Document, url: string, rule: SelectorRule | null, picked: Element | null = null): PageInput {
  if (doc.readyState === 'loading') throw new CaptureError('page-loading', 'the page is still loading');
  const { root, drop } = resolveRule(doc, rule);
  const chosen = picked ?? root;
  if (chosen) {
    const scoped = withScope(doc, { drop }, () => extractPage(doc, url, { root: chosen }));
    if (scoped.blocks.length) return scoped;
  }
  return withScope(doc, { drop }, () => extractPage(doc, url));
}

/**
 * readPage for the content script: the same answer, but the walk is spread over short tasks so a
 * huge page stays responsive, the scope is applied without touching the DOM (nothing may stay
 * hidden between tasks), and past the deadline the capture stops with a 'page-too-large' error.
 */
export async function readPageSliced(
  doc: Document,
  url: string,
  rule: SelectorRule | null,
  picked: Element | null = null,
  slicing: SliceOptions = {},
): Promise<PageInput> {
  if (doc.readyState === 'loading') throw new CaptureError('page-loading', 'the page is still loading');
  const now = slicing.now ?? (() => performance.now());
  const deadline = now() + (slicing.deadlineMs ?? 1800);
  const { root, drop } = resolveRule(doc, rule);
  // One deadline for both passes: a picked block that yields nothing falls back to the page.
  const run = async (options: ExtractOptions): Promise<PageInput> => {
    try {
      return await extractPageSliced(doc, url, options, { ...slicing, now, deadlineMs: Math.max(0, deadline - now()) });
    } catch (e) {
      if (e instanceof PageTooLargeError) throw new CaptureError('page-too-large', e.message, { cause: e });
      throw e;
    }
  };
  const exclude = scopeExclusion(drop);
  const chosen = picked ?? root;
  if (chosen) {
    const scoped = await run({ root: chosen, exclude });
    if (scoped.blocks.length) return scoped;
  }
  return run({ exclude });
}
