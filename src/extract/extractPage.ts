import type { Block, PageHints, PageInput } from '../core/types';
import { bodyLines } from './bodyLines';
import { findDeck } from './deck';
import { formatDateParts } from './dateText';
import { pickFacts } from './facts';
import { collectLines, type Line } from './lines';
import { readMeta } from './meta';
import { judgeArticle } from './pageKind';
import { findRegion, isInside } from './region';
import { chooseTitle } from './title';
import { isHiddenByStyle } from './visibility';

export interface ExtractOptions {
  /** Element the user chose as the article; skips the search for the container. */
  root?: Element | null;
  /**
   * Ask the DOM whether the article's elements are rendered (computed style). Default: on where
   * the DOM lays pages out (a browser, which has `checkVisibility`), off in linkedom and jsdom.
   * Markup-level hiding (hidden, inline display:none) is always checked.
   */
  computedStyle?: boolean;
}

/**
 * Finds the article in a Document (the live page in the content script, linkedom or jsdom in
 * Node) and reads its facts. DOM APIs only: no extension API and no Node module here.
 */
export function extractPage(doc: Document, url: string | null, options: ExtractOptions = {}): PageInput {
  // A body without text (a parser that lost the <html> wrapper) means the text is elsewhere.
  const start = doc.body && doc.body.firstChild ? doc.body : doc.documentElement;
  const documentTitle = doc.title?.trim() || null;
  const meta = readMeta(doc);
  if (!start) {
    return { url, format: 'html', documentTitle, hints: { isArticle: false, notArticleReason: 'empty document' }, blocks: [] };
  }
  const useStyle = options.computedStyle ?? hasLayout(doc);
  let lines = collectLines(start);
  let region = options.root ? regionOf(lines, options.root) : findRegion(lines, start);
  if (useStyle && !options.root) {
    // Only the candidates are asked about style (a few calls, not one per node): a container
    // the stylesheet hides (a print copy, a collapsed tab) gives way to the next best one.
    for (let tries = 0; tries < 3 && isHiddenByStyle(region.root) && region.root !== start; tries++) {
      const hidden = region.root;
      lines = lines.filter((l) => !isInside(l.owner, hidden));
      region = findRegion(lines, start);
    }
  }
  if (useStyle) {
    lines = dropStyledHidden(lines, region);
    region = { ...regionOf(lines, region.root), score: region.score };
  }
  const title = chooseTitle(lines, region.start, meta.title, documentTitle);
  const deck = findDeck(lines, title.lineIndex, title.lineCount);
  const body = bodyLines(lines, region, title, deck, !!options.root);
  const facts = pickFacts(lines, region, title.lineIndex, body, meta);
  const verdict = options.root ? { isArticle: true, reason: null } : judgeArticle(lines, region, body.kept, documentTitle, {
        headline: title.from === 'visible-heading',
        labelledDate: facts.provenance.publishedAt === 'info-line-labelled',
      });

  const provenance: Record<string, string> = { title: title.from, ...facts.provenance };
  if (meta.provenance.siteName) provenance.siteName = meta.provenance.siteName;
  const hints: PageHints = {
    title: title.title,
    publishedAt: facts.date ? formatDateParts(facts.date) : null,
    source: facts.source,
    editor: facts.editor,
    authors: facts.authors,
    deck: deck.map((i) => lines[i].text),
    siteName: meta.siteName,
    canonicalUrl: meta.canonicalUrl,
    language: meta.language,
    keywords: meta.keywords,
    description: meta.description,
    isArticle: verdict.isArticle,
    notArticleReason: verdict.reason,
    provenance,
  };
  const blocks: Block[] = verdict.isArticle ? body.kept.map((l) => ({ text: l.text, kind: l.kind })) : [];
  return {
    url,
    format: 'html',
    documentTitle,
    hints,
    blocks,
    context: { before: body.infoBefore.map((l) => l.text), after: body.infoAfter.map((l) => l.text) },
  };
}

function hasLayout(doc: Document): boolean {
  const root = doc.documentElement as (Element & { checkVisibility?: unknown }) | null;
  return !!root && typeof root.checkVisibility === 'function';
}

/** Lines of the region whose element the stylesheet hides; other lines are left as they are. */
function dropStyledHidden(lines: Line[], region: { start: number; end: number }): Line[] {
  const hidden = new Map<Element, boolean>();
  return lines.filter((l, i) => {
    if (i < region.start || i >= region.end) return true;
    let h = hidden.get(l.owner);
    if (h === undefined) {
      h = isHiddenByStyle(l.owner);
      hidden.set(l.owner, h);
    }
    return !h;
  });
}

function regionOf(lines: Line[], root: Element) {
  let s = -1;
  let e = -1;
  lines.forEach((l, i) => {
    if (isInside(l.owner, root)) {
      if (s < 0) s = i;
      e = i + 1;
    }
  });
  return { root, score: 0, start: Math.max(0, s), end: Math.max(0, e) };
}

