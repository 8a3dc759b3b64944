/**
 * npm run bench:core [-- --corpus] [--only NAME] [--rounds N] [--once]
 *
 * Times the core (buildRecord: what the extension's background runs on a PageInput) apart from
 * extraction: (a) the five seed text captures (../shared/seeds), (b) generated huge inputs — the
 * 10 MB / 200,000-node synthetic page as extraction hands it over and as a text capture, many
 * blocks, one giant block, 100,000-character lines, 200,000 short blocks — and (c) with --corpus,
 * the corpus pages loaded through the CLI loader (extraction not timed). Prints median/p90/max ms
 * per record, each huge input's wall and CPU time, and the heap in use around it (with
 * --expose-gc, which the npm script passes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { buildRecord } from '../src/core/buildRecord';
import { pageInputFromText } from '../src/core/textCapture';
import type { Block, CoreOptions, PageInput } from '../src/core/types';
import { loadPage, parsePage } from '../src/cli/loadPage';
import { extractPage } from '../src/extract/extractPage';
import { syntheticPage } from './browser-pages';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROUNDS = Number(value('--rounds') ?? 5);
const ONLY = value('--only');
const SHARED = resolve(import.meta.dirname ?? '.', '../../shared');
const NOW = new Date('2026-01-01T00:00:00Z');

const HANZI =
  '国务院办公厅关于进一步加强政务公开工作的通知各省自治区直辖市人民政府部门发展改革委员会市场监管总局新闻发布会议强调指出要求推进落实经济社会高质量建设';
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
/** Han prose of n characters with commas; a full stop every `sentence` characters (0: none). */
function prose(r: () => number, n: number, sentence = 40): string {
  let s = '';
  for (let i = 1; i <= n; i++) {
    if (sentence && i % sentence === 0) s += '。';
    else s += r() < 0.08 ? '，' : HANZI[Math.floor(r() * HANZI.length)];
  }
  return s;
}
const para = (text: string): Block => ({ text, kind: 'paragraph' });
const htmlInput = (blocks: Block[], dated = true): PageInput => ({
  url: 'http://127.0.0.1/huge.html',
  format: 'html',
  documentTitle: '关于进一步加强政务公开工作的通知',
  hints: { title: '关于进一步加强政务公开工作的通知', publishedAt: dated ? '2021-01-13 18:59' : null },
  blocks,
});

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p90: at(0.9), max: s[s.length - 1] };
}
const f = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
/** Heap in use with the input (after a GC) → after the build (no GC yet) → still held after a GC. */
const heapMb = (before: number, peak: number, kept: number) =>
  gc ? `${mb(before)} → ${mb(peak)} → ${mb(kept)}` : `${mb(peak)} (run with --expose-gc for before/after)`;
const gc = (globalThis as { gc?: () => void }).gc;

/** Wall time, and this process's CPU time (all threads: GC helpers count) as a check on load. */
async function timeOne(
  input: PageInput,
  opts: Partial<CoreOptions> = {},
): Promise<{ ms: number; cpuMs: number; record: Awaited<ReturnType<typeof buildRecord>> }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const record = await buildRecord(input, { now: NOW, ...opts });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, record };
}

async function perRecord(label: string, inputs: PageInput[]) {
  // One untimed pass first: a worker that has captured before runs warm code.
  for (const input of inputs) await buildRecord(input, { now: NOW });
  const ms: number[] = [];
  for (const input of inputs) {
    const runs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) runs.push((await timeOne(input)).ms);
    ms.push(stats(runs).median);
  }
  const s = stats(ms);
  console.log(`${label}: ${s.n} records, median ${f(s.median)} ms, p90 ${f(s.p90)} ms, max ${f(s.max)} ms (median of ${ROUNDS} runs each)`);
}

function seeds(): PageInput[] | null {
  const dir = join(SHARED, 'seeds');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => pageInputFromText(readFileSync(join(dir, n), 'utf8'), null));
}

function corpus(): PageInput[] | null {
  const dir = join(SHARED, 'corpus/pages');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort()
    .map((n) => loadPage(join(dir, n), null));
}

function hugePageExtracted(): PageInput {
  return extractPage(parsePage(syntheticPage({ nodes: 200_000, bytes: 10_000_000 })), 'http://127.0.0.1/huge.html');
}

/** Options other than the defaults (original script) for some inputs. */
const OPTIONS: Record<string, Partial<CoreOptions>> = {
  'synthetic 10 MB page, extracted, output traditional-tw': { outputScript: 'traditional-tw' },
};

/** The generated huge inputs, built lazily so --only builds one. */
const HUGE: Record<string, () => PageInput> = {
  // The browser benchmark's 10 MB, 200,000-node page as extraction hands it to the background.
  'synthetic 10 MB page, extracted': hugePageExtracted,
  // The same with script conversion on: OpenCC converts the whole body.
  'synthetic 10 MB page, extracted, output traditional-tw': hugePageExtracted,
  // The same page's whole visible text as a text capture: every list row is a line.
  'synthetic 10 MB page, as text capture': () => {
    const html = syntheticPage({ nodes: 200_000, bytes: 10_000_000 });
    const text = html
      .replace(/<(?:head|script|style)[\s\S]*?<\/(?:head|script|style)>/g, '')
      .replace(/<\/(?:p|li|div|h1|h3)>/g, '\n')
      .replace(/<[^>]+>/g, ' ');
    return pageInputFromText(text, null);
  },
  '2,000 blocks of 1,500 chars (3 M chars), no stated date': () => {
    const r = rng(1);
    // Undated, with a date in every tenth block: the publish date is inferred from the whole body.
    return htmlInput(
      Array.from({ length: 2000 }, (_, i) => para(`${i % 10 ? '' : `2021年1月${(i % 28) + 1}日，`}${prose(r, 1500)}`)),
      false,
    );
  },
  'one giant block of 3.3 M chars (10 MB UTF-8)': () => htmlInput([para(prose(rng(2), 3_300_000))]),
  'one giant block, no punctuation, 1.8 M chars': () => htmlInput([para(prose(rng(3), 1_800_000, 0))]),
  '30 lines of 100,000 unpunctuated chars (text capture)': () => {
    const r = rng(4);
    const lines = Array.from({ length: 30 }, () => prose(r, 100_000, 0));
    return pageInputFromText(['关于进一步加强政务公开工作的通知', '发布时间：2021-01-13', ...lines].join('\n'), null);
  },
  '200,000 short blocks (text capture)': () => {
    const r = rng(5);
    const lines = Array.from({ length: 200_000 }, () => prose(r, 8 + Math.floor(r() * 30), 0));
    return pageInputFromText(['关于进一步加强政务公开工作的通知', '发布时间：2021-01-13', ...lines].join('\n'), null);
  },
  '200,000 short prose blocks (html)': () => {
    const r = rng(6);
    return htmlInput(Array.from({ length: 200_000 }, () => para(prose(r, 20 + Math.floor(r() * 30), 25))));
  },
};

async function main() {
  const [l1, l5] = loadavg();
  console.log(`bench:core ${new Date().toISOString()} node ${process.version}, load average ${l1.toFixed(2)} (5 min ${l5.toFixed(2)})`);
  if (!ONLY) {
    const s = seeds();
    if (s) await perRecord('seeds (text captures)', s);
    else console.log(`seeds: skipped, ${join(SHARED, 'seeds')} is absent`);
    if (flag('--corpus')) {
      const c = corpus();
      if (c) await perRecord('corpus pages (CLI loader; extraction not timed)', c);
      else console.log(`corpus: skipped, ${join(SHARED, 'corpus/pages')} is absent`);
    }
  }
  console.log('huge inputs (first run, then the best of 3 more; heap in use: with the input → after the first build, before GC → held after GC):');
  for (const [name, make] of Object.entries(HUGE)) {
    if (ONLY && !name.includes(ONLY)) continue;
    // Through JSON, as the background receives it from the content script: flat strings, not
    // the generator's concatenation ropes (flattening those would be timed as the core's cost).
    const input = JSON.parse(JSON.stringify(make())) as PageInput;
    const chars = input.blocks.reduce((n, b) => n + b.text.length, 0);
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const opts = OPTIONS[name] ?? {};
    const first = await timeOne(input, opts);
    // Before a collection: the build's garbage included. After one: what the record keeps.
    const heapPeak = process.memoryUsage().heapUsed;
    gc?.();
    const heapKept = process.memoryUsage().heapUsed;
    const again = [];
    if (!flag('--once')) for (let i = 0; i < 3; i++) again.push(await timeOne(input, opts));
    const best = again.length ? again.reduce((a, b) => (b.ms < a.ms ? b : a)) : first;
    const body = first.record.body.reduce((n, b) => n + b.text.length, 0);
    const capped = first.record.cleaning.notes.some((n) => /read from the first/.test(n));
    console.log(
      `  ${name}: ${input.blocks.length.toLocaleString('en')} blocks, ${chars.toLocaleString('en')} chars → ` +
        `first ${f(first.ms)} ms (cpu ${f(first.cpuMs)}), best ${f(best.ms)} ms (cpu ${f(best.cpuMs)}); ` +
        `body ${first.record.body.length.toLocaleString('en')} blocks / ${body.toLocaleString('en')} chars; heap ${heapMb(heapBefore, heapPeak, heapKept)}` +
        `${capped ? '; structure capped (noted)' : ''}`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
