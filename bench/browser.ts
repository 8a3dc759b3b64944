#!/usr/bin/env node
/**
 * npm run bench:browser [-- PAGES_DIR] [--reps N] [--warmup N] [--limit N] [--profile] [--extraction-only] [--per-page] [--every N] [--first-call-only] [--main-world-only] [--first-call-breakdown]
 * Real-Chromium speed figures: extractPage vs Readability.js vs a plain text walk on the same
 * saved pages in one run, the first call of each and of the content script's real path, each in a
 * freshly loaded page of its own (browser-first-call.ts), a 50,000-node page, a 10 MB / 200,000-node page with long tasks
 * observed, content-script size, the first OpenCC conversion, and, through the built test
 * extension (dist-e2e/, when built), click-to-summary latency, the history page with 10,000
 * captures and the service worker's memory after 1,000 captures. Figures go in BENCHMARKS.md.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { decodeBytes } from '../src/cli/decode';
import { buildRecord } from '../src/core/buildRecord';
import type { PageInput } from '../src/core/types';
import { bundleIife, bundleSnippet } from './browser-bundle';
import type { HugeRun, PageTiming } from './browser-harness';
import { clickToSummary, describeLatency, historyAtScale } from './browser-extension';
import { contentScriptBundle, describeFirstCalls, firstCalls, type FirstCallSummary } from './browser-first-call';
import { describeBreakdown, firstCallBreakdown } from './browser-first-call-breakdown';
import { memoryAfterCaptures } from './browser-memory';
import { syntheticPage } from './browser-pages';
import { FunctionProfile } from './browser-profile';
import { startPageServer, type PageServer } from './browser-server';
import { median, percentile } from './browser-stats';

const CHROMIUM = '/usr/bin/chromium';
// --expose-gc lets the harness collect between timed steps (see browser-harness.ts).
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--js-flags=--expose-gc',
];

interface Options {
  dir: string;
  reps: number;
  /** Untimed rounds after the first call, before the warm ones (see measurePage). */
  warmup: number;
  limit: number;
  /** Every Nth page only (a spread over the corpus, where --limit takes the first ones). */
  every: number;
  /** Unminified extraction bundle and the V8 CPU profiler over the corpus: prints hot functions. */
  profile: boolean;
  /** Skip the extension measurements (click-to-summary, history, memory): minutes quicker. */
  extractionOnly: boolean;
  /** One line per page (nodes, both medians, ratio), sorted by ratio: which pages hold the median. */
  perPage: boolean;
  /** The first-call figures alone (browser-first-call.ts): minutes, not the whole bench. */
  firstCallOnly: boolean;
  /** First calls in the page's own world only, without the isolated-world pair. */
  mainWorldOnly: boolean;
  /** What a first call costs, part by part (browser-first-call-breakdown.ts), alone. */
  firstCallBreakdown: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    dir: '../shared/corpus/pages',
    reps: 7,
    warmup: 5,
    limit: Infinity,
    every: 1,
    profile: false,
    extractionOnly: false,
    perPage: false,
    firstCallOnly: false,
    mainWorldOnly: false,
    firstCallBreakdown: false,
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--reps') o.reps = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--warmup') o.warmup = Math.max(0, Number(argv[++i]));
    else if (argv[i] === '--limit') o.limit = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--every') o.every = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--profile') o.profile = true;
    else if (argv[i] === '--extraction-only') o.extractionOnly = true;
    else if (argv[i] === '--per-page') o.perPage = true;
    else if (argv[i] === '--first-call-only') o.firstCallOnly = true;
    else if (argv[i] === '--main-world-only') o.mainWorldOnly = true;
    else if (argv[i] === '--first-call-breakdown') o.firstCallBreakdown = true;
    else if (!argv[i].startsWith('--')) o.dir = argv[i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return o;
}

/** The host's load (1, 5, 15 minutes): the machine is shared, so each figure carries it. */
const loadAverage = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)).padStart(7) + ' ms';
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

async function loadWithCode(page: Page, url: string, code: string[]): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  for (const c of code) await page.evaluate(c);
}

function row(name: string, values: number[], firsts?: number[]): string {
  const first = firsts?.length ? `   first call median ${fmt(median(firsts)).trim()}` : '';
  return `${name.padEnd(22)} median ${fmt(median(values))}   p90 ${fmt(percentile(values, 0.9))}   max ${fmt(Math.max(...values))}${first}`;
}

/** A context of its own whose pages reach only the bench server (saved pages point at their sites). */
async function routedContext(browser: Browser, server: PageServer): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  return context;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium fonts-wqy-microhei`);
  if (!existsSync(opts.dir)) throw new Error(`no pages at ${opts.dir}`);
  const files = readdirSync(opts.dir)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .filter((_, i) => i % opts.every === 0)
    .slice(0, opts.limit);

  const [ours, readability, harness, script, contentScript] = await Promise.all([
    bundleIife('src/extract/extractPage.ts', '__ours', !opts.profile),
    bundleSnippet("export { Readability } from '@mozilla/readability';", '__readability'),
    bundleIife('bench/browser-harness.ts', '__bench'),
    bundleSnippet("export { converterFor } from './src/core/script';", '__script'),
    contentScriptBundle(),
  ]);
  const server = await startPageServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  // The first calls, each in a page of its own opened in a context of its own; their targets.
  const contentGzip = gzipSync(Buffer.from(contentScript.code)).length;
  const firstCallTargets = (s: FirstCallSummary) =>
    `first-call targets: ≥ 1.5x Readability ${s.speedup >= 1.5 ? 'met' : 'MISSED'} (aim 3x); content script's path ≥ 1.5x ${s.contentSpeedup >= 1.5 ? 'met' : 'MISSED'}; content script ≤ 20 kB gzip ${contentGzip <= 20 * 1024 ? 'met' : 'MISSED'} (${kb(contentGzip)})`;
  const firstCallLines = async () => {
    const fresh = await routedContext(browser, server);
    try {
      const bundles = { ours, readability, content: contentScript };
      const summary = await firstCalls(fresh, server, bundles, { dir: opts.dir, files, mainWorldOnly: opts.mainWorldOnly });
      return [...describeFirstCalls(summary, bundles), firstCallTargets(summary)];
    } finally {
      await fresh.close();
    }
  };
  try {
    const started = new Date().toISOString();
    if (opts.firstCallBreakdown) {
      console.log(
        `bench:browser --first-call-breakdown  ${started}  Chromium ${browser.version()}  ${files.length} pages from ${opts.dir}  load ${loadAverage()}`,
      );
      const fresh = await routedContext(browser, server);
      const bundles = { ours, readability, content: contentScript };
      for (const line of describeBreakdown(await firstCallBreakdown(fresh, server, bundles, opts.dir, files), bundles)) console.log(line);
      await fresh.close();
      console.log(`finished ${new Date().toISOString()}  load ${loadAverage()}`);
      return;
    }
    if (opts.firstCallOnly) {
      console.log(`bench:browser --first-call-only  ${started}  Chromium ${browser.version()}  ${files.length} pages from ${opts.dir}  load ${loadAverage()}`);
      for (const line of await firstCallLines()) console.log(line);
      console.log(`finished ${new Date().toISOString()}  load ${loadAverage()}`);
      return;
    }
    // Saved pages point at their sites' images, CSS and scripts: nothing leaves the machine.
    const context = await routedContext(browser, server);
    const page = await context.newPage();
    console.log(
      `bench:browser  ${started}  Chromium ${browser.version()}  ${files.length} pages from ${opts.dir}, 1 cold + ${opts.warmup} warm-up + ${opts.reps} timed rounds each  load ${loadAverage()}`,
    );
    console.log(
      `bundles (esbuild${opts.profile ? ', extraction unminified for the profile' : ', minified'}): extractPage ${kb(ours.length)} (gzip ${kb(gzipSync(ours).length)}), Readability.js ${kb(readability.length)}`,
    );

    const profiler = opts.profile ? new FunctionProfile() : null;
    const timings: Array<PageTiming & { file: string }> = [];
    const failed: string[] = [];
    for (const file of files) {
      const { text } = decodeBytes(readFileSync(join(opts.dir, file)));
      const url = server.add(file, text);
      try {
        await loadWithCode(page, url, [ours, readability, harness]);
        await profiler?.start(page);
        // Profiling times our extraction alone, so Readability's functions do not crowd the list.
        const t = (await page.evaluate(`__bench.measurePage(${opts.reps}, ${!profiler}, ${opts.warmup})`)) as PageTiming;
        await profiler?.stop();
        timings.push({ ...t, file });
        for (const e of t.errors) failed.push(`${file}: ${e}`);
      } catch (e) {
        failed.push(`${file}: ${(e as Error).message.split('\n')[0]}`);
      }
    }

    profiler?.print();
    const warm = (xs: number[]) => median(xs.slice(1 + opts.warmup));
    const oursMed = timings.map((t) => warm(t.ours));
    const readMed = timings.filter((t) => t.readability.length).map((t) => warm(t.readability));
    const cloneMed = timings.filter((t) => t.clone.length).map((t) => warm(t.clone));
    const walkMed = timings.map((t) => warm(t.walk));
    const paired = timings.filter((t) => t.readability.length).map((t) => ({ t, r: warm(t.readability) / Math.max(warm(t.ours), 0.005) }));
    const ratios = paired.map((p) => p.r);
    const walkRatios = timings.map((t) => warm(t.ours) / Math.max(warm(t.walk), 0.005));
    console.log(
      `\ncorpus pages (per-page median of ${opts.reps} warm runs after ${opts.warmup} untimed warm-up rounds; then median / p90 / max over ${timings.length} pages):`,
    );
    console.log(
      row(
        'extractPage',
        oursMed,
        timings.map((t) => t.ours[0]),
      ),
    );
    if (readMed.length) {
      console.log(
        row(
          'Readability.js',
          readMed,
          timings.map((t) => t.readability[0]),
        ),
      );
      console.log(row('  (its document clone)', cloneMed));
    }
    console.log(row('plain text walk', walkMed));
    const nodes = timings.map((t) => t.nodes);
    console.log(`page size: median ${median(nodes).toFixed(0)} nodes, max ${Math.max(...nodes)}`);
    console.log(`extractPage / text walk: median ${median(walkRatios).toFixed(1)}x`);
    if (ratios.length) console.log(`extraction speedup vs Readability.js: ${median(ratios).toFixed(1)}x`);
    if (ratios.length)
      console.log(
        `  (median of per-page ratios; p10 ${percentile(ratios, 0.1).toFixed(1)}x, min ${Math.min(...ratios).toFixed(1)}x; Readability found text on ${timings.filter((t) => t.readabilityFound).length}/${timings.length})`,
      );
    // Readability changes the document it reads, so in a live page it needs a clone first;
    // extractPage reads the page in place. The line above leaves the clone out, this one counts it.
    const withClone = timings
      .filter((t) => t.readability.length)
      .map((t) => warm(t.readability.map((r, i) => r + (t.clone[i] ?? 0))) / Math.max(warm(t.ours), 0.005));
    if (withClone.length)
      console.log(
        `  speedup vs Readability.js with the document clone it needs in a live page: ${median(withClone).toFixed(1)}x (p10 ${percentile(withClone, 0.1).toFixed(1)}x)`,
      );
    const slowest = [...timings].sort((a, b) => warm(b.ours) - warm(a.ours)).slice(0, 3);
    console.log(`slowest pages for extractPage: ${slowest.map((t) => `${t.file} ${fmt(warm(t.ours)).trim()} (${t.nodes} nodes)`).join('; ')}`);
    if (opts.perPage) {
      console.log('\nper page, by speedup (file, nodes, extractPage, Readability.js, ratio):');
      for (const { t, r } of [...paired].sort((a, b) => a.r - b.r))
        console.log(`  ${t.file.padEnd(48)} ${String(t.nodes).padStart(6)} ${fmt(warm(t.ours))} ${fmt(warm(t.readability))} ${r.toFixed(2).padStart(6)}x`);
    }
    if (failed.length) console.log(`errors (${failed.length}):\n  ${failed.slice(0, 10).join('\n  ')}`);
    if (!opts.profile) for (const line of await firstCallLines()) console.log(line);

    // 50,000 nodes.
    const big = syntheticPage({ nodes: 50_000 });
    await loadWithCode(page, server.add('synthetic-50k.html', big), [ours, readability, harness]);
    const b = (await page.evaluate(`__bench.measurePage(5, true, ${opts.warmup})`)) as PageTiming;
    console.log(
      `\n50,000-node page (${b.nodes} nodes, ${kb(Buffer.byteLength(big))}): extractPage median ${fmt(warm(b.ours)).trim()} (first ${fmt(b.ours[0]).trim()}), Readability.js ${fmt(warm(b.readability)).trim()}, text walk ${fmt(warm(b.walk)).trim()}, ${b.blocks} blocks${b.errors.length ? `, errors: ${b.errors.join('; ')}` : ''}`,
    );

    // 10 MB, 200,000 nodes, in a task of its own with long tasks observed: the sliced path the
    // content script runs, then the core on its result (in Node, as the service worker runs it).
    const huge = syntheticPage({ nodes: 200_000, bytes: 10_000_000 });
    const hugeUrl = server.add('synthetic-10mb.html', huge);
    await loadWithCode(page, hugeUrl, [ours, harness]);
    const h = (await page.evaluate('__bench.measureInTask(true)')) as HugeRun;
    const overBudget = h.longTasks.filter((d) => d > 200);
    const longest = h.longTasks[0] === -1 || !h.longTasks.length ? 0 : Math.max(...h.longTasks);
    console.log(
      `10 MB page (${(Buffer.byteLength(huge) / 1e6).toFixed(1)} MB, ${h.nodes} nodes), sliced extraction as the content script runs it: ${h.error ? `stopped: ${h.error}` : `completed`} in ${fmt(h.ms).trim()}, ${h.blocks} blocks; ` +
        `long tasks: ${h.longTasks[0] === -1 ? 'observer unavailable' : h.longTasks.length ? `${h.longTasks.length}, longest ${longest.toFixed(0)} ms` : 'none'}` +
        ` → ${h.ms <= 2000 ? 'within' : 'over'} 2 s, ${overBudget.length ? `${overBudget.length} over 200 ms` : 'none over 200 ms'}`,
    );
    if (h.input) {
      const t0 = performance.now();
      await buildRecord(h.input as unknown as PageInput);
      console.log(`  core (buildRecord in Node) on that page's extraction: ${fmt(performance.now() - t0).trim()}`);
    }
    await loadWithCode(page, hugeUrl, [ours, harness]);
    const hs = (await page.evaluate('__bench.measureInTask(false)')) as HugeRun;
    console.log(
      `  same page, extractPage in one task (CLI path): ${hs.error ? `stopped: ${hs.error}` : 'completed'} in ${fmt(hs.ms).trim()}, longest task ${hs.longTasks.length && hs.longTasks[0] !== -1 ? Math.max(...hs.longTasks).toFixed(0) + ' ms' : 'none'}`,
    );

    // Content-script size as shipped.
    const content = ['dist/src/content/content.js', 'dist/src/content/content.ts.js'].find((f) => existsSync(f));
    if (content) {
      const bytes = readFileSync(content);
      console.log(`\ncontent script ${content}: ${kb(bytes.length)} minified, ${kb(gzipSync(bytes).length)} gzip`);
    } else console.log('\ncontent script: dist/ not built (npm run build), size not measured');

    // First OpenCC conversion, in a page of its own so nothing is cached.
    const sample = syntheticPage({ nodes: 0, paragraphs: 40 })
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, '')
      .slice(0, 5000);
    for (const target of ['simplified', 'traditional-tw']) {
      await loadWithCode(page, server.add(`blank-${target}.html`, '<!DOCTYPE html><title>blank</title>'), [script, harness]);
      const c = (await page.evaluate(`__bench.measureConversion(${JSON.stringify(target)}, ${JSON.stringify(sample)})`)) as {
        loadAndFirst: number;
        warm: number;
        chars: number;
      };
      console.log(
        `OpenCC to ${target}: first conversion of ${c.chars} characters (dictionary load included) ${fmt(c.loadAndFirst).trim()}, warm ${fmt(c.warm).trim()}`,
      );
    }
    console.log(
      `\ntargets: median ≤ 2 ms ${median(oursMed) <= 2 ? 'met' : 'MISSED'}; ≥ 4x Readability ${median(ratios) >= 4 ? 'met' : 'MISSED'}; 50k nodes ≤ 100 ms ${warm(b.ours) <= 100 ? 'met' : 'MISSED'}; 10 MB page ≤ 2 s ${h.ms <= 2000 ? 'met' : 'MISSED'}, no long task > 200 ms ${overBudget.length ? 'MISSED' : 'met'}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
  if (opts.extractionOnly) return;
  // Every fifth corpus page, through the whole extension.
  const latency = await clickToSummary(
    opts.dir,
    files.filter((_, i) => i % 5 === 0),
  );
  if (latency) {
    console.log(describeLatency(latency));
    console.log(await historyAtScale(10_000));
    console.log(await memoryAfterCaptures(1_000));
  }
}

main().catch((e) => {
  console.error(`bench:browser: ${(e as Error).message}`);
  process.exit(1);
});
