#!/usr/bin/env node
/**
 * npm run bench:ab -- BASE_DIR [PAGES_DIR] [--every N] [--rounds N]
 * Same-run A/B of two versions of extractPage in real Chromium: BASE_DIR is another checkout of
 * the project (e.g. `git worktree add /tmp/base HEAD~1`), B is this one. Both bundles are loaded
 * into each saved page and called in turn, order alternating, a full GC before each call; the
 * outputs are compared as JSON, so a speed change that alters any page's result is reported.
 * The first call (what one capture pays) is timed apart: each version in a freshly loaded, settled
 * page of its own (a new renderer), which version goes first alternating from page to page.
 * An A/A run moves the per-page ratio by about ±2%: smaller differences are noise.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { decodeBytes } from '../src/cli/decode';
import { bundleIife } from './browser-bundle';
import { SETTLED } from './browser-first-call';
import { startPageServer } from './browser-server';
import { median } from './browser-stats';

const CHROMIUM = '/usr/bin/chromium';

interface Options {
  base: string;
  dir: string;
  every: number;
  rounds: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { base: '', dir: '../shared/corpus/pages', every: 1, rounds: 12 };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--every') o.every = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--rounds') o.rounds = Math.max(6, Number(argv[++i]));
    else if (argv[i].startsWith('--')) throw new Error(`unknown option ${argv[i]}`);
    else rest.push(argv[i]);
  }
  if (!rest[0]) throw new Error('usage: npm run bench:ab -- BASE_DIR [PAGES_DIR] [--every N] [--rounds N]');
  o.base = resolve(rest[0]);
  if (rest[1]) o.dir = rest[1];
  return o;
}

interface PageResult {
  a: number[];
  b: number[];
  same: boolean;
}

/**
 * In the page: `rounds` calls of each, alternating which goes first. Kept as source text, not a
 * function: tsx would wrap a function's source in helpers the page does not have.
 */
const MEASURE = `(function (rounds, bFirst) {
  const fns = [() => __a.extractPage(document, location.href), () => __b.extractPage(document, location.href)];
  const out = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < 2; k++) {
      const j = (k + r + (bFirst ? 1 : 0)) % 2;
      gc();
      const t0 = performance.now();
      fns[j]();
      out[j].push(performance.now() - t0);
    }
  }
  return { a: out[0], b: out[1], same: JSON.stringify(fns[0]()) === JSON.stringify(fns[1]()) };
})`;

/** One call in a freshly loaded page, a full GC before it. */
const FIRST_CALL = `(() => { gc(); const t0 = performance.now(); __x.extractPage(document, location.href); return performance.now() - t0; })()`;

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const baseEntry = join(opts.base, 'src/extract/extractPage.ts');
  if (!existsSync(baseEntry)) throw new Error(`${baseEntry} not found`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
  const files = readdirSync(opts.dir)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .filter((_, i) => i % opts.every === 0);
  const [a, b] = await Promise.all([bundleIife(baseEntry, '__a'), bundleIife('src/extract/extractPage.ts', '__b')]);
  const server = await startPageServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
    const warm = (xs: number[]) => median(xs.slice(Math.floor(opts.rounds / 3)));
    const rows: Array<{ file: string; a: number; b: number; firstA: number; firstB: number }> = [];
    const differ: string[] = [];
    for (const [i, file] of files.entries()) {
      const url = server.add(file, decodeBytes(readFileSync(join(opts.dir, file))).text);
      // The first call, what one capture pays, in a page of its own for each version: in a page
      // shared by both, the second version finds the page's style and layout already computed,
      // and in a renderer that ran the bundle before, V8's caches hold its compiled code.
      const first: Record<'a' | 'b', number> = { a: 0, b: 0 };
      for (const k of i % 2 === 1 ? (['b', 'a'] as const) : (['a', 'b'] as const)) {
        // A page of its own, opened after the last one closed, so a new renderer whose V8 has
        // cached nothing of this bundle; settled first, as a page is when a user clicks.
        const fresh = await context.newPage();
        await fresh.goto(url, { waitUntil: 'load' });
        await fresh.evaluate(SETTLED);
        await fresh.evaluate(k === 'a' ? a : b);
        first[k] = (await fresh.evaluate(FIRST_CALL.replace('__x', k === 'a' ? '__a' : '__b'))) as number;
        await fresh.close();
      }
      // The warm rounds in a page of their own, closed after, so no page stays open to share its
      // renderer with the next first call.
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(a);
      await page.evaluate(b);
      const r = (await page.evaluate(`${MEASURE}(${opts.rounds}, ${i % 2 === 1})`)) as PageResult;
      await page.close();
      if (!r.same) differ.push(file);
      rows.push({ file, a: warm(r.a), b: warm(r.b), firstA: first.a, firstB: first.b });
    }
    const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
    console.log(
      `bench:ab  ${new Date().toISOString()}  Chromium ${browser.version()}  ${rows.length} pages, ${opts.rounds} rounds each (first third untimed), GC before each call`,
    );
    console.log(
      `A ${opts.base}: median ${median(rows.map((r) => r.a)).toFixed(3)} ms, sum ${sum(rows.map((r) => r.a)).toFixed(1)} ms, first call median ${median(rows.map((r) => r.firstA)).toFixed(2)} ms`,
    );
    console.log(
      `B this tree: median ${median(rows.map((r) => r.b)).toFixed(3)} ms, sum ${sum(rows.map((r) => r.b)).toFixed(1)} ms, first call median ${median(rows.map((r) => r.firstB)).toFixed(2)} ms`,
    );
    console.log(
      `first call A/B per-page ratio: median ${median(rows.map((r) => r.firstA / Math.max(r.firstB, 0.005))).toFixed(3)}, sum ${sum(rows.map((r) => r.firstA)).toFixed(1)} → ${sum(rows.map((r) => r.firstB)).toFixed(1)} ms (above 1: B is faster)`,
    );
    console.log(`A/B per-page ratio: median ${median(rows.map((r) => r.a / Math.max(r.b, 0.005))).toFixed(3)} (above 1: B is faster)`);
    console.log(differ.length ? `OUTPUT DIFFERS on ${differ.length} pages: ${differ.slice(0, 10).join(', ')}` : `output identical on all ${rows.length} pages`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(`bench:ab: ${(e as Error).message}`);
  process.exit(1);
});
