import type { Block, PageHints, PageInput } from '../core/types';
import { printedHeadline, regionBeforeNextArticle, regionBelowHeadline, tableUnderHeadline } from './anchor';
import { bodyLines } from './bodyLines';
import { findDeck } from './deck';
import { blocksWithFigures } from './figures';
import { formatDateParts } from './dateText';
import { pickFacts } from './facts';
import { LineWalker, type Line } from './lines';
import { disclosureRows, readLinks, readListLinks } from './links';
import { readMeta } from './meta';
import { judgeArticle } from './pageKind';
import { findRegion, isInside, lineSpan, type Region } from './region';
import { chooseTitle } from './pageHeadline';
import { hasLayout, isHiddenByStyle } from './visibility';

export interface ExtractOptions {
  /** Element the user chose as the article; skips the search for the container. */
  root?: Element | null;
  /**
   * Ask the DOM whether the article's elements are rendered (computed style). Default: on where
   * the DOM lays pages out (a browser, which has `checkVisibility`), off in linkedom and jsdom.
   * Markup-level hiding (hidden, inline display:none) is always checked.
   */
  computedStyle?: boolean;
  /**
   * Elements to read as if absent (a capture's scope: dropped selectors, everything outside a
   * chosen root), asked once per element, so the page's DOM need not change.
   */
  exclude?: (el: Element) => boolean;
}

/**
 * Finds the article in a Document (the live page in the content script, linkedom or jsdom in
 * Node) and reads its facts. DOM APIs only: no extension API and no Node module here.
 */
export function extractPage(doc: Document, url: string | null, options: ExtractOptions = {}): PageInput {
  const job = begin(doc, url, options);
  if ('input' in job) return job.input;
  job.walker.run();
  const steps = finishSteps(job);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Work done before the page gets the main thread back (default 40 ms). */
  sliceMs?: number;
  /**
   * Limit on the extraction's own work (default 1,800 ms). Time spent paused does not count: a
   * background tab (capture all tabs) or a busy machine can hold a pause for long, and that says
   * nothing about the page's size.
   */
  deadlineMs?: number;
  /** Limit on the whole extraction, pauses included, so a starved tab still ends (default 10 s or 5× deadlineMs). */
  wallLimitMs?: number;
  /** Gives the main thread back for one turn (default: scheduler.yield, else a message-channel turn). */
  pause?: () => Promise<void>;
  now?: () => number;
}

/** The page did not finish within the deadline: too large to read without freezing it. */
export class PageTooLargeError extends Error {
  constructor(
    readonly elapsedMs: number,
    readonly linesSoFar: number,
  ) {
    super(`page too large: extraction stopped after ${Math.round(elapsedMs)} ms (${linesSoFar} lines read), before reaching the end of the page`);
    this.name = 'PageTooLargeError';
  }
}

/**
 * extractPage spread over several tasks, so a huge page's main thread is never held for long:
 * the walk pauses every `sliceMs` and gives up with PageTooLargeError past `deadlineMs`. It
 * gives exactly the PageInput that extractPage gives on the same (unchanged) document.
 */
export async function extractPageSliced(doc: Document, url: string | null, options: ExtractOptions = {}, slicing: SliceOptions = {}): Promise<PageInput> {
  const now = slicing.now ?? (() => performance.now());
  const pause = slicing.pause ?? yieldToPage;
  const sliceMs = slicing.sliceMs ?? 40;
  const started = now();
  const budget = slicing.deadlineMs ?? 1800;
  const wallEnd = started + (slicing.wallLimitMs ?? Math.max(10_000, budget * 5));
  let paused = 0;
  const worked = () => now() - started - paused;
  const overdue = () => worked() >= budget || now() >= wallEnd;
  const rest = async () => {
    const t = now();
    await pause();
    paused += now() - t;
  };
  const job = begin(doc, url, options);
  if ('input' in job) return job.input;
  let sliceEnd = started + Math.min(sliceMs, budget);
  while (!job.walker.run(() => now() >= sliceEnd)) {
    if (overdue()) throw new PageTooLargeError(worked(), job.walker.lines.length);
    await rest();
    sliceEnd = now() + Math.min(sliceMs, Math.max(0, budget - worked()));
  }
  // The lines are read; judging them is linear in their number, in steps that may pause too.
  const steps = finishSteps(job);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (overdue()) throw new PageTooLargeError(worked(), job.walker.lines.length);
    if (now() >= sliceEnd) {
      await rest();
      sliceEnd = now() + sliceMs;
    }
  }
}

type Scheduler = { yield?: () => Promise<void> };

/** One turn of the event loop that timers' throttling in background tabs does not stretch. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface Job {
  doc: Document;
  url: string | null;
  options: ExtractOptions;
  start: Element;
  documentTitle: string | null;
  meta: ReturnType<typeof readMeta>;
  walker: LineWalker;
}

function begin(doc: Document, url: string | null, options: ExtractOptions): Job | { input: PageInput } {
  // A body without text (a parser that lost the <html> wrapper) means the text is elsewhere.
  const start = doc.body && doc.body.firstChild ? doc.body : doc.documentElement;
  const documentTitle = documentTitleOf(doc);
  const meta = readMeta(doc);
  if (!start) {
    return { input: { url, format: 'html', documentTitle, hints: { isArticle: false, notArticleReason: 'empty document' }, blocks: [] } };
  }
  return { doc, url, options, start, documentTitle, meta, walker: new LineWalker(start, { isHidden: options.exclude }) };
}

/**
 * What follows the walk, in steps: the sliced variant may give the page its turn at each `yield`
 * (a huge page has tens of thousands of lines to judge); extractPage runs straight through.
 */
function* finishSteps(job: Job): Generator<void, PageInput, void> {
  const { doc, url, options, start, documentTitle, meta } = job;
  const useStyle = options.computedStyle ?? hasLayout(doc);
  let lines = job.walker.lines;
  let region: Region = options.root ? regionOf(lines, options.root) : job.walker.region();
  if (useStyle && !options.root) {
    // Only the candidates are asked about style (a few calls, not one per node): a container
    // the stylesheet hides (a print copy, a collapsed tab) gives way to the next best one.
    for (let tries = 0; tries < 3 && isHiddenByStyle(region.root) && region.root !== start; tries++) {
      const hidden = region.root;
      lines = lines.filter((l) => !isInside(l.owner, hidden));
      region = findRegion(lines, start);
    }
  }
  yield;
  if (useStyle) {
    // Dropping lines inside the region keeps the rest of it contiguous: no need to search again.
    const kept = dropStyledHidden(lines, region);
    const dropped = lines.length - kept.length;
    lines = kept;
    const { root, score, start, end } = region;
    region = dropped >= end - start ? { root, score, start: 0, end: 0 } : { root, score, start, end: end - dropped };
  }
  yield;
  let title = chooseTitle(lines, region.start, meta.title, documentTitle);
  if (!options.root) {
    // The article is sought from the headline down. The headline is looked for near the region;
    // a headline printed elsewhere (the region is a box far from it) is found on the page.
    if (title.from !== 'visible-heading') {
      const printed = printedHeadline(lines, meta.title, documentTitle);
      if (printed >= 0) title = chooseTitle(lines, printed + 1, meta.title, documentTitle);
    }
    region = regionBelowHeadline(lines, region, title, start);
    // Nor past the next article's headline (a feed that runs on into the next article).
    region = regionBeforeNextArticle(lines, region, title, start);
    // A table right under the headline is the article.
    region = tableUnderHeadline(lines, region, title);
  }
  const deck = findDeck(lines, title.lineIndex, title.lineCount);
  yield;
  const body = bodyLines(lines, region, title, deck, !!options.root);
  yield;
  const facts = pickFacts(lines, region, title.lineIndex, body, meta);
  yield;
  const verdict = options.root
    ? { isArticle: true, reason: null }
    : judgeArticle(lines, region, body.kept, documentTitle, {
        headline: title.from === 'visible-heading',
        labelledDate: facts.provenance.publishedAt === 'info-line-labelled',
        bodyUnderHeadline: title.lineIndex >= 0 && region.start >= title.lineIndex && region.start - (title.lineIndex + title.lineCount) <= HEADER_LINES,
        articleEnd: body.endLabel >= 0 ? body.endLabel : undefined,
      });

  const provenance: Record<string, string> = { title: title.from, ...facts.provenance };
  if (meta.provenance.siteName) provenance.siteName = meta.provenance.siteName;
  const hints: PageHints = {
    title: title.title,
    publishedAt: facts.date ? formatDateParts(facts.date) : null,
    source: facts.source,
    editor: facts.editor,
    authors: facts.authors,
    deck: deck.map(lineText, lines),
    siteName: meta.siteName,
    canonicalUrl: meta.canonicalUrl,
    language: meta.language,
    keywords: meta.keywords,
    description: meta.description,
    isArticle: verdict.isArticle,
    notArticleReason: verdict.reason,
    provenance,
  };
  // Module-level callbacks: a closure made per call loses its optimised code at each GC.
  const headline = title.lineIndex >= 0 ? lines[title.lineIndex] : null;
  const blocks: Block[] = verdict.isArticle ? blocksWithFigures(region.root, body.kept, headline, job.walker, () => baseOf(doc, url), blockOf) : [];
  return {
    url,
    format: 'html',
    documentTitle,
    hints,
    blocks,
    context: { before: [...body.infoBefore.map(textOf), ...bylinesUnderHeadline(lines, title, body, deck)], after: body.infoAfter.map(textOf) },
    removed: verdict.isArticle ? body.dropped : [],
    links: verdict.isArticle ? readLinks(lines, region, url) : [],
    disclosureRows: verdict.isArticle ? disclosureRows(lines) : [],
    ...(verdict.isArticle ? {} : { listLinks: readListLinks(lines, url) }),
  };
}

const ASCII_SPACES = /[\t\n\f\r ]+/g;

/**
 * The document's title as a browser reads it: the first <title> element in tree order, its text
 * with ASCII whitespace collapsed. linkedom answers `document.title` only for a <title> inside
 * <head>, and saved pages often have none (`<html><meta …><title>…</title><body>`: a browser's
 * parser puts that <title> in an implied head), which left such pages without their headline.
 */
export function documentTitleOf(doc: Document): string | null {
  const own = doc.title;
  const text = own && own.trim() ? own : (doc.getElementsByTagName('title')[0]?.textContent ?? '');
  return text.replace(ASCII_SPACES, ' ').trim() || null;
}

const HTTP_URL = /^https?:/;
/** A credit label, for a line that may be a byline (the core's credit reader decides). */
const CREDIT_LABEL = /记者|記者|摄影|攝影|通讯员|通訊員|(?:^|\s)[文图圖]\s/;
const BYLINE_MAX_CHARS = 40;
const HEADER_LINES = 8;

/**
 * Short lines with a credit label between the headline and the body that the body split did not
 * keep as info (a byline outside the article's container, 记者 林晓岚 摄影 周默): the core reads
 * their credits. Only a label is checked here, so the content script carries no name rules.
 */
function bylinesUnderHeadline(
  lines: Line[],
  title: { lineIndex: number; lineCount: number },
  body: { first: number; infoBefore: Line[] },
  deck: number[],
): string[] {
  if (title.lineIndex < 0) return [];
  const from = title.lineIndex + Math.max(1, title.lineCount);
  const to = Math.min(lines.length, body.first >= 0 ? body.first : from + HEADER_LINES, from + HEADER_LINES);
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.chars <= BYLINE_MAX_CHARS && CREDIT_LABEL.test(l.text) && !deck.includes(i) && !body.infoBefore.includes(l)) out.push(l.text);
  }
  return out;
}

/** Where the page's relative addresses resolve: its base URL (a <base> element counts), else the capture's URL. */
function baseOf(doc: Document, url: string | null): string | null {
  const base = doc.baseURI;
  return typeof base === 'string' && HTTP_URL.test(base) ? base : url;
}

function blockOf(l: Line): Block {
  return { text: l.text, kind: l.kind };
}

function textOf(l: Line): string {
  return l.text;
}

/** `map` callback with the page's lines as `this`: the text of line `i`. */
function lineText(this: Line[], i: number): string {
  return this[i].text;
}

/**
 * The lines without those of the region whose element the stylesheet hides; other lines are
 * left as they are. Lines in a row share their element (a <br>-split paragraph), so each element
 * is asked once, and the list is copied only when something is hidden, which is rare.
 */
function dropStyledHidden(lines: Line[], region: { start: number; end: number }): Line[] {
  const hidden = new Set<Element>();
  const shown = new Set<Element>();
  for (let i = region.start; i < region.end; i++) {
    const owner = lines[i].owner;
    if (hidden.has(owner) || shown.has(owner)) continue;
    (isHiddenByStyle(owner) ? hidden : shown).add(owner);
  }
  if (!hidden.size) return lines;
  return lines.filter((l, i) => i < region.start || i >= region.end || !hidden.has(l.owner));
}

function regionOf(lines: Line[], root: Element) {
  const span = lineSpan(lines, root);
  return { root, score: 0, start: span?.start ?? 0, end: span?.end ?? 0 };
}
