/**
 * The first call, what one capture pays: each contender in a freshly loaded page of its own, one
 * collection, one timed call. Part of `npm run bench:browser`; alone with `--first-call-only`.
 *
 * - extractPage (the esbuild bundle the corpus rounds use) against Readability.js, called as the
 *   corpus rounds call it (`new Readability(clone).parse()`, its document clone timed apart);
 * - the content script's real path: the shipped bundle (`dist/src/content/content.js`) evaluated
 *   in the page, its `extract` handler answering a message as the background sends it (sliced
 *   extraction, the message's parts, the webextension-polyfill wrapper), and the answer turned
 *   into JSON as Chrome's messaging does; once in the page's own world beside Readability.js,
 *   and once more, both, in an isolated world, where a content script really runs.
 *
 * Each measured call gets a page of its own, opened after the previous one is closed, so it runs
 * in a new renderer process: nothing compiled for an earlier page (scripts, lazily compiled
 * functions, regular expressions, all cached per V8 isolate) is there to reuse, as in a tab that
 * has never run our code. The page settles before anything of ours runs (SETTLED). Each
 * evaluated bundle also ends with a comment of its own, so not even a reused process could find
 * it in V8's compilation cache. Which contender goes first rotates from page to page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { decodeBytes } from '../src/cli/decode';
import { bundleIife } from './browser-bundle';
import type { PageServer } from './browser-server';
import { median, percentile } from './browser-stats';

/** Where the shipped content script is, once `npm run build` has run. */
export const SHIPPED_CONTENT_SCRIPT = ['dist/src/content/content.js', 'dist/src/content/content.ts.js'];

export interface ContentScriptBundle {
  code: string;
  /** Where it came from: the shipped build, or an esbuild bundle of the entry when dist/ is missing. */
  origin: string;
}

/** The shipped content script; without a build, the entry bundled by esbuild (said so in the output). */
export async function contentScriptBundle(): Promise<ContentScriptBundle> {
  const shipped = SHIPPED_CONTENT_SCRIPT.find((f) => existsSync(f));
  if (shipped) return { code: readFileSync(shipped, 'utf8'), origin: shipped };
  const code = await bundleIife('src/content/content.ts', '__content', true, { __E2E__: 'false' });
  return { code, origin: 'src/content/content.ts bundled by esbuild (dist/ not built: npm run build)' };
}

/** A JavaScript world of one page: the page's own, or an isolated one made through CDP. */
export interface World {
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export function mainWorld(page: Page): World {
  return { evaluate: <T>(e: string) => page.evaluate(e) as Promise<T>, close: async () => {} };
}

/**
 * An isolated world in the page's top frame, as `chrome.scripting.executeScript` gives a content
 * script: its own globals and DOM wrappers over the same document.
 */
export async function isolatedWorld(page: Page): Promise<World> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-first-call' })) as {
    executionContextId: number;
  };
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const r = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value as T;
    },
    close: () => cdp.detach(),
  };
}

let serial = 0;
/** The bundle with a comment of its own: V8 finds no earlier compilation of the same source. */
function unique(code: string): string {
  return `${code}\n//# first-call ${process.pid}.${++serial}`;
}

/** Puts a bundle's source in the page as a string, so evaluating it can be timed in the page. */
function stash(code: string): string {
  return `globalThis.__fcSource = ${JSON.stringify(unique(code))}; 0`;
}

/** Evaluates the stashed bundle as a global script (indirect eval), timed in the page. */
const EVALUATE = `(() => { gc(); const src = globalThis.__fcSource; globalThis.__fcSource = null; const t0 = performance.now(); (0, eval)(src); return performance.now() - t0; })()`;

/** One collection, then our first call. */
const OURS_FIRST = `(() => {
  gc();
  const t0 = performance.now();
  const input = __ours.extractPage(document, location.href);
  return { ms: performance.now() - t0, blocks: input.blocks.length };
})()`;

/** One collection, then Readability's first call, on the clone it needs in a live page (timed apart). */
const READABILITY_FIRST = `(() => {
  gc();
  const c0 = performance.now();
  const clone = document.cloneNode(true);
  const t0 = performance.now();
  const article = new __readability.Readability(clone).parse();
  return { ms: performance.now() - t0, clone: t0 - c0, found: !!(article && article.textContent) };
})()`;

/**
 * What the extension API gives the content script, as far as it uses it: an id, and
 * runtime.onMessage, whose listener gets (message, sender, sendResponse) as Chrome calls it.
 * The webextension-polyfill in the bundle wraps this as it wraps the real one.
 */
const EXTENSION_STUB = `(() => {
  const fc = (globalThis.__fc = { listeners: [] });
  globalThis.chrome = { runtime: { id: 'first-call-bench', onMessage: {
    addListener(fn) { fc.listeners.push(fn); },
    removeListener(fn) { fc.listeners = fc.listeners.filter((x) => x !== fn); },
    hasListener(fn) { return fc.listeners.includes(fn); },
  } } };
  return 0;
})()`;

/**
 * From evaluating the content script to the answer the background receives: one collection, the
 * bundle evaluated (parse, compile, module set-up, listener added), the \`extract\` message the
 * background sends delivered as Chrome delivers it, the answer the listener sends back, and that
 * answer as JSON, the form Chrome's extension messaging carries.
 */
const CONTENT_FIRST = `(async () => {
  gc();
  const src = globalThis.__fcSource;
  globalThis.__fcSource = null;
  const t0 = performance.now();
  (0, eval)(src);
  const t1 = performance.now();
  const fc = globalThis.__fc;
  if (fc.listeners.length !== 1) throw new Error('the content script added ' + fc.listeners.length + ' message listeners');
  const answer = await new Promise((resolve) => {
    const kept = fc.listeners[0]({ type: 'extract', rule: null }, { id: 'first-call-bench' }, resolve);
    if (kept !== true) resolve(undefined);
  });
  const t2 = performance.now();
  const json = JSON.stringify(answer);
  const t3 = performance.now();
  return {
    evaluate: t1 - t0, answer: t2 - t1, json: t3 - t2, ms: t3 - t0, chars: json ? json.length : 0,
    ok: !!(answer && answer.ok), blocks: answer && answer.ok ? answer.value.blocks.length : 0,
    error: answer && !answer.ok ? answer.error.code + ': ' + answer.error.message : answer ? null : 'no answer',
  };
})()`;

/**
 * After load, two animation frames (the page is styled, laid out and painted), then half a second
 * and an idle period: a user clicks on a page that has settled. Without the wait, the new
 * renderer's own start-up work (and the closing of the previous page's) shares the two cores
 * with the call: Readability's first call took 31.0 ms against 18.6 ms after the wait, ours
 * 18.6 against 16.4 ms (26 pages, 17:37 UTC 2026-12-07, load 3.4–5.9).
 */
export const SETTLED = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => resolve(0), { timeout: 1000 }), 500))))`;

export interface Bundles {
  ours: string;
  readability: string;
  content: ContentScriptBundle;
}

type Contender = 'ours' | 'readability' | 'content' | 'contentIsolated' | 'readabilityIsolated';
const CONTENDERS: Contender[] = ['ours', 'readability', 'content', 'contentIsolated', 'readabilityIsolated'];

export interface FirstCallRow {
  file: string;
  /** extractPage's first call, ms. */
  ours: number;
  oursEvaluate: number;
  readability: number;
  readabilityClone: number;
  readabilityEvaluate: number;
  readabilityFound: boolean;
  /** The content script's path, in the page's world: evaluation, answer, JSON and their sum. */
  content: { evaluate: number; answer: number; json: number; ms: number; blocks: number; chars: number; error: string | null };
  contentIsolated: { evaluate: number; answer: number; json: number; ms: number; error: string | null };
  readabilityIsolated: number;
}

export interface FirstCallOptions {
  dir: string;
  files: string[];
  /** Leave out the isolated-world pair (two of the five page loads per corpus page). */
  mainWorldOnly?: boolean;
}

/**
 * Runs `step` in a freshly opened page loaded with `url`, in a new renderer process (the previous
 * page is closed first), settled (SETTLED) before anything of ours runs.
 */
async function inFreshPage<T>(context: BrowserContext, url: string, step: (page: Page) => Promise<T>): Promise<T> {
  for (const old of context.pages()) await old.close();
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.evaluate(SETTLED);
    return await step(page);
  } finally {
    await page.close();
  }
}

/** One contender's first call in a fresh page of its own, written into `row`. */
export async function measureFirstCall(context: BrowserContext, url: string, who: Contender, bundles: Bundles, row: FirstCallRow): Promise<void> {
  await inFreshPage(context, url, async (page) => {
    const isolated = who === 'contentIsolated' || who === 'readabilityIsolated';
    const world = isolated ? await isolatedWorld(page) : mainWorld(page);
    try {
      if (who === 'ours') {
        await world.evaluate(stash(bundles.ours));
        row.oursEvaluate = await world.evaluate<number>(EVALUATE);
        const r = await world.evaluate<{ ms: number }>(OURS_FIRST);
        row.ours = r.ms;
      } else if (who === 'readability' || who === 'readabilityIsolated') {
        await world.evaluate(stash(bundles.readability));
        const evaluate = await world.evaluate<number>(EVALUATE);
        const r = await world.evaluate<{ ms: number; clone: number; found: boolean }>(READABILITY_FIRST);
        if (who === 'readability') {
          row.readability = r.ms;
          row.readabilityClone = r.clone;
          row.readabilityEvaluate = evaluate;
          row.readabilityFound = r.found;
        } else row.readabilityIsolated = r.ms;
      } else {
        await world.evaluate(EXTENSION_STUB);
        await world.evaluate(stash(bundles.content.code));
        const r = await world.evaluate<FirstCallRow['content']>(CONTENT_FIRST);
        if (who === 'content') row.content = r;
        else row.contentIsolated = r;
      }
    } finally {
      await world.close();
    }
  });
}

export interface FirstCallSummary {
  rows: FirstCallRow[];
  failed: string[];
  /** Median over pages of Readability's first call / ours. */
  speedup: number;
  contentSpeedup: number;
  contentIsolatedSpeedup: number | null;
}

const ms = (x: number) => `${x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)} ms`;
const ratio = (a: number, b: number) => a / Math.max(b, 0.005);

export async function firstCalls(context: BrowserContext, server: PageServer, bundles: Bundles, opts: FirstCallOptions): Promise<FirstCallSummary> {
  const contenders = opts.mainWorldOnly ? CONTENDERS.filter((c) => !c.endsWith('Isolated')) : CONTENDERS;
  const rows: FirstCallRow[] = [];
  const failed: string[] = [];
  for (const [i, file] of opts.files.entries()) {
    const url = server.add(`first-call/${file}`, decodeBytes(readFileSync(join(opts.dir, file))).text);
    const row = { file } as FirstCallRow;
    try {
      // Which contender goes first rotates from page to page.
      for (let k = 0; k < contenders.length; k++) await measureFirstCall(context, url, contenders[(i + k) % contenders.length], bundles, row);
      if (row.content.error) failed.push(`${file}: content script answered ${row.content.error}`);
      rows.push(row);
    } catch (e) {
      failed.push(`${file}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  const speedups = rows.map((r) => ratio(r.readability, r.ours));
  const contentSpeedups = rows.map((r) => ratio(r.readability, r.content.ms));
  const isolated = rows.filter((r) => r.contentIsolated);
  return {
    rows,
    failed,
    speedup: median(speedups),
    contentSpeedup: median(contentSpeedups),
    contentIsolatedSpeedup: isolated.length ? median(isolated.map((r) => ratio(r.readabilityIsolated, r.contentIsolated.ms))) : null,
  };
}

/** The lines `npm run bench:browser` prints (the two speedup lines are the figures). */
export function describeFirstCalls(s: FirstCallSummary, bundles: Bundles): string[] {
  const { rows } = s;
  const med = (f: (r: FirstCallRow) => number) => median(rows.map(f));
  const p90 = (f: (r: FirstCallRow) => number) => percentile(rows.map(f), 0.9);
  const speedups = rows.map((r) => ratio(r.readability, r.ours));
  const withClone = rows.map((r) => ratio(r.readability + r.readabilityClone, r.ours));
  const contentSpeedups = rows.map((r) => ratio(r.readability, r.content.ms));
  const bytes = Buffer.from(bundles.content.code);
  const gz = gzipSync(bytes).length;
  const out = [
    `\nfirst call (each contender in a freshly loaded, settled page of its own, new renderer process, one GC, one call; ${rows.length} pages, order rotating; median / p90 over pages):`,
    `  extractPage            ${ms(med((r) => r.ours))} / ${ms(p90((r) => r.ours))}   (its bundle's evaluation before it: ${ms(med((r) => r.oursEvaluate))})`,
    `  Readability.js         ${ms(med((r) => r.readability))} / ${ms(p90((r) => r.readability))}   (its document clone, timed apart: ${ms(med((r) => r.readabilityClone))}; its bundle's evaluation: ${ms(med((r) => r.readabilityEvaluate))}; found text on ${rows.filter((r) => r.readabilityFound).length}/${rows.length})`,
    `first-call speedup vs Readability.js: ${s.speedup.toFixed(1)}x`,
    `  (median of per-page ratios; p10 ${percentile(speedups, 0.1).toFixed(1)}x, min ${Math.min(...speedups).toFixed(1)}x; with the document clone Readability needs in a live page ${median(withClone).toFixed(1)}x)`,
    `  content script's path, ${bundles.content.origin} (${(bytes.length / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzip), evaluation to the answer as JSON: ${ms(med((r) => r.content.ms))} / ${ms(p90((r) => r.content.ms))}`,
    `    of which evaluating the bundle (parse, compile, module set-up) ${ms(med((r) => r.content.evaluate))} (p90 ${ms(p90((r) => r.content.evaluate))}), the extract message to its answer ${ms(med((r) => r.content.answer))}, the answer as JSON ${ms(med((r) => r.content.json))} (${Math.round(med((r) => r.content.chars) / 1000)} k characters)`,
    `content-script first-call speedup vs Readability.js: ${s.contentSpeedup.toFixed(1)}x`,
    `  (median of per-page ratios; p10 ${percentile(contentSpeedups, 0.1).toFixed(1)}x, min ${Math.min(...contentSpeedups).toFixed(1)}x)`,
  ];
  const iso = rows.filter((r) => r.contentIsolated);
  if (iso.length && s.contentIsolatedSpeedup !== null) {
    const m = (f: (r: FirstCallRow) => number) => median(iso.map(f));
    out.push(
      `  in an isolated world, where the content script really runs (both contenders there): content script ${ms(m((r) => r.contentIsolated.ms))} (evaluation ${ms(m((r) => r.contentIsolated.evaluate))}, answer ${ms(m((r) => r.contentIsolated.answer))}), Readability.js ${ms(m((r) => r.readabilityIsolated))}: ${s.contentIsolatedSpeedup.toFixed(1)}x`,
    );
  }
  if (s.failed.length) out.push(`  first-call errors (${s.failed.length}):\n    ${s.failed.slice(0, 10).join('\n    ')}`);
  return out;
}
