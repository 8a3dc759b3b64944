import { isProseLine, linkDensity } from './density';
import type { Line } from './lines';
import { lineSpan, type Region } from './region';
import { domReadsFor } from './domReads';

export interface Verdict {
  isArticle: boolean;
  reason: string | null;
}

const SHORT_DATE_OR_AGO = /\d{1,2}[-/.月]\d{1,2}|\d+(?:分钟|分鐘|小时|小時|天)前/;
const SPACES = /\s+/g;

/**
 * Article or not: list, index and search pages hold no single article. Two patterns give them
 * away: the best container holds little prose while the page is mostly links (index and
 * channel pages), or the container repeats one item shape with its own date line (search
 * results, announcement lists), which an article does not.
 */
export interface PageShape {
  proseLines: number;
  proseChars: number;
  bodyChars: number;
  pageChars: number;
  linkLines: number;
  pageLinkShare: number;
  datedLinkLines: number;
}

export function pageShape(lines: Line[], region: Region, kept: Line[]): PageShape {
  let pageChars = 0;
  let linkChars = 0;
  let linkLines = 0;
  let datedLinkLines = 0;
  for (const l of lines) {
    const n = l.chars;
    pageChars += n;
    linkChars += l.linkChars;
    if (linkDensity(l) > 0.5) {
      linkLines++;
      if (SHORT_DATE_OR_AGO.test(l.text)) datedLinkLines++;
    }
  }
  // A loop, not filter and reduce with arrow callbacks: those closures, made per call, lose
  // their optimised code at each garbage collection.
  let proseLines = 0;
  let proseChars = 0;
  let bodyChars = 0;
  for (const l of kept) {
    bodyChars += l.chars;
    if (isProseLine(l)) {
      proseLines++;
      proseChars += l.chars;
    }
  }
  return {
    proseLines,
    proseChars,
    bodyChars,
    pageChars,
    linkLines,
    pageLinkShare: pageChars ? linkChars / pageChars : 0,
    datedLinkLines,
  };
}

/** Below this region weight the page has no paragraph run worth calling an article. */
const MIN_ARTICLE_WEIGHT = 120;

/** Titles that search pages give themselves. */
const SEARCH_TITLE = /搜索结果|搜索結果|检索结果|檢索結果|搜尋結果|search results?\b/i;

/** What the rest of extraction found that only an article page has. */
export interface ArticleEvidence {
  /** A visible headline that the document title agrees with. */
  headline: boolean;
  /** A publish date with its label (发布时间, 发布日期) above the body. */
  labelledDate: boolean;
  /** The chosen region starts right under that headline (a few lines of info and page tools between). */
  bodyUnderHeadline?: boolean;
  /** Page line index of the related or comments heading at which the body split saw the article end. */
  articleEnd?: number;
}

/** Prose a short article under its confirmed headline holds at least (one paragraph). */
const SHORT_ARTICLE_PROSE = 60;

export function judgeArticle(
  lines: Line[],
  region: Region,
  kept: Line[],
  documentTitle: string | null = null,
  evidence: ArticleEvidence = { headline: false, labelledDate: false },
): Verdict {
  const s = pageShape(lines, region, kept);
  if (s.bodyChars === 0) return { isArticle: false, reason: 'no text found' };
  if (documentTitle && SEARCH_TITLE.test(documentTitle)) {
    return { isArticle: false, reason: 'search results page' };
  }
  // A short notice (one paragraph under a headline and a 发布时间 line) is still an article, and
  // so is a paragraph right under the headline the head's title confirms: an index page's
  // heading (a channel's name) heads links, not prose.
  const shortArticle = evidence.headline && (evidence.labelledDate || (evidence.bodyUnderHeadline === true && s.proseChars >= SHORT_ARTICLE_PROSE));
  if (region.score < MIN_ARTICLE_WEIGHT && s.linkLines >= 20 && s.pageLinkShare >= 0.4 && !shortArticle) {
    return { isArticle: false, reason: 'index page: mostly links, no paragraph run' };
  }
  // Only a region as small as one snippet is widened: a full article above a dated comment
  // thread must not be judged by the thread.
  // Items below the heading that ended the article (热门评论, 相关新闻: its reader comments, a
  // dated list after it) are what follows the article, not a list page's items.
  const repeats = repeatedDatedItems(lines, s.proseChars < 250 ? widen(lines, region, 3) : region, evidence.articleEnd ?? Infinity);
  if (repeats >= 4) {
    return { isArticle: false, reason: `list page: ${repeats} items of the same shape, each with its own date` };
  }
  return { isArticle: true, reason: null };
}

/** A line that is only a date or a relative time: how list items print their dates. */
const ITEM_DATE =
  /^(?:\d{4}[-/.年]\s*)?\d{1,2}(?:-|\/|月)\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$|^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$|^\d+\s*(?:分钟|分鐘|小时|小時|天)前$/;

function startsWithDigit(text: string): boolean {
  const c = text.trimStart().charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Items of one shape (same tag and class) that each carry their own date line, above the body's
 * end (`bodyEnd`, a line index), counted only when the region's prose sits between them: a results list interleaves snippets and dates,
 * while an article followed by a dated "related news" list has its prose before the list.
 */
export function repeatedDatedItems(lines: Line[], region: Region, bodyEnd = Infinity): number {
  const byShape = new Map<string, number[]>();
  for (let i = region.start; i < region.end && i < bodyEnd; i++) {
    const l = lines[i];
    // More than 25 visible characters can only give a longer string, and every item date
    // starts with a digit: skip the copy otherwise.
    if (l.chars > 25 || !startsWithDigit(l.text)) continue;
    const t = l.text.replace(SPACES, ' ').trim();
    if (t.length > 25 || !ITEM_DATE.test(t)) continue;
    const r = domReadsFor(l.owner);
    const shape = `${r.tagName(l.owner)}.${r.className(l.owner)}`;
    const at = byShape.get(shape) ?? [];
    at.push(i);
    byShape.set(shape, at);
  }
  let best = 0;
  for (const at of byShape.values()) {
    if (at.length < 4) continue;
    let inside = 0;
    let all = 0;
    for (let i = region.start; i < region.end; i++) {
      if (!isProseLine(lines[i])) continue;
      const n = lines[i].chars;
      all += n;
      if (i > at[0] && i < at[at.length - 1]) inside += n;
    }
    if (all && inside / all >= 0.5) best = Math.max(best, at.length);
  }
  return best;
}

/**
 * The region grown by a few ancestors: a results list can win the region with one snippet,
 * while its repeated items (and their date lines) sit in the parent.
 */
export function widen(lines: Line[], region: Region, levels: number): Region {
  let root = region.root;
  for (let i = 0; i < levels && root.parentElement && root.parentElement.tagName !== 'BODY' && root.parentElement.tagName !== 'HTML'; i++) {
    root = root.parentElement;
  }
  if (root === region.root) return region;
  const span = lineSpan(lines, root);
  return span ? { root, score: region.score, start: span.start, end: span.end } : region;
}
