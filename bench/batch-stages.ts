#!/usr/bin/env node
/**
 * npx tsx --expose-gc bench/batch-stages.ts [PAGES_DIR] [--copies N] [--rounds N]
 * Where a batch's time goes, stage by stage, in one process as `npm run capture -- X.warc.gz
 * --jobs 1` runs it: reading and gunzipping the WARC, decoding, parsing (linkedom), the CLI's
 * attribute walk, extraction (and within it the head's meta read), the core (buildRecord), the
 * record's serialisation, the copy a pool worker's task and answer cost between threads, and
 * writing. Each stage is timed per page in CPU time (the process's, so the garbage collector's
 * threads count in the stage that made them work; wall time on a shared host measures the other
 * sessions as much as us); the collector's pauses of the main thread are summed apart.
 * Round 1 is what a fresh worker pays; later rounds show the steady state.
 */
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeSync, existsSync, readdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { buildRecord } from '../src/core/buildRecord';
import { decodeBytes } from '../src/cli/decode';
import { ensureHtmlElement, lowerCaseAttributeNames, mayHaveUpperCaseAttributeName } from '../src/cli/loadPage';
import { gzipMember, readWarc, warcRecord, type WarcPage } from '../src/cli/warc';
import { extractPage } from '../src/extract/extractPage';
import { readMeta } from '../src/extract/meta';
import { parseHTML } from 'linkedom';

const STAGES = [
  'warc read + gunzip (main thread)',
  'task to worker (clone)',
  'decode',
  'parse (linkedom)',
  'attribute scan and walk (CLI)',
  'extraction',
  '  of which readMeta',
  'core (buildRecord)',
  'serialise (JSON.stringify)',
  'answer to main (clone)',
  'write (JSONL)',
] as const;
type Stage = (typeof STAGES)[number];

function parseArgs(argv: string[]) {
  const o = { dir: '../shared/corpus/pages', copies: 1, rounds: 2 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--copies') o.copies = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--rounds') o.rounds = Math.max(1, Number(argv[++i]));
    else o.dir = argv[i];
  }
  return o;
}

function packWarc(dir: string, copies: number): Buffer {
  const pages = readdirSync(dir)
    .filter((f) => /\.html?$/i.test(f))
    .sort();
  const members: Uint8Array[] = [];
  for (let c = 0; c < copies; c++)
    for (const f of pages) {
      const urlFile = join(dir, f.replace(/\.html?$/i, '.url'));
      const url = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : `https://corpus.example/${f}`;
      members.push(gzipMember(warcRecord({ url: `${url}#${c}`, date: '2026-12-01T00:00:00Z', html: readFileSync(join(dir, f)), contentType: 'text/html' })));
    }
  return Buffer.concat(members);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(o.dir)) {
    console.log(`bench:batch-stages: ${o.dir} is absent, nothing to measure`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'batch-stages-'));
  const warc = join(work, 'pages.warc.gz');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(warc, packWarc(o.dir, o.copies));
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  }).observe({ entryTypes: ['gc'] });
  try {
    for (let round = 1; round <= o.rounds; round++) {
      const t = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
      const clock = () => {
        const c = process.cpuUsage();
        return (c.user + c.system) / 1000;
      };
      const add = (s: Stage, t0: number) => {
        const now = clock();
        t.set(s, t.get(s)! + now - t0);
        return now;
      };
      (globalThis as { gc?: () => void }).gc?.();
      gcMs = 0;
      const cpu0 = process.cpuUsage();
      const wall0 = performance.now();
      // The WARC is read whole first, as its own stage: in a pool run the main thread does it.
      let t0 = clock();
      const pages: WarcPage[] = [];
      for await (const item of readWarc(warc)) if (item.ok) pages.push(item.page);
      t0 = add('warc read + gunzip (main thread)', t0);
      const out = openSync(join(work, 'out.jsonl'), 'w');
      for (const page of pages) {
        t0 = clock();
        // What piscina's postMessage does with a task (the payload itself is transferred).
        const bytes = page.bytes.slice();
        structuredClone({ key: page.url, path: warc, offset: page.offset, bytes, url: page.url, capturedAt: page.date }, { transfer: [bytes.buffer] });
        t0 = add('task to worker (clone)', t0);
        const { text } = decodeBytes(page.bytes, { headerCharset: page.headerCharset });
        t0 = add('decode', t0);
        const markup = ensureHtmlElement(text);
        const doc = parseHTML(markup).document;
        t0 = add('parse (linkedom)', t0);
        // As parsePage does it.
        if (mayHaveUpperCaseAttributeName(markup)) lowerCaseAttributeNames(doc);
        t0 = add('attribute scan and walk (CLI)', t0);
        const input = extractPage(doc, page.url);
        t0 = add('extraction', t0);
        readMeta(doc);
        t0 = add('  of which readMeta', t0);
        const record = await buildRecord(input, { outputScript: 'original', now: new Date('2026-12-01T00:00:00Z') });
        t0 = add('core (buildRecord)', t0);
        const json = JSON.stringify(record) + '\n';
        t0 = add('serialise (JSON.stringify)', t0);
        structuredClone({ key: page.url, ok: true, json, isArticle: record.isArticle, reason: record.notArticleReason });
        t0 = add('answer to main (clone)', t0);
        writeSync(out, json);
        add('write (JSONL)', t0);
      }
      closeSync(out);
      const wall = performance.now() - wall0;
      const cpu = process.cpuUsage(cpu0);
      const cpuMs = (cpu.user + cpu.system) / 1000 - t.get('  of which readMeta')!;
      // readMeta was timed a second time, apart: take it out of the total it was added to.
      const measured = [...t].reduce((s, [k, v]) => (k === '  of which readMeta' ? s : s + v), 0);
      const extraction = t.get('extraction')!;
      const meta = t.get('  of which readMeta')!;
      console.log(
        `round ${round}: ${pages.length} pages, CPU ${cpuMs.toFixed(0)} ms (${((pages.length / cpuMs) * 1000).toFixed(1)} pages per CPU-second), wall ${(wall - meta).toFixed(0)} ms, main-thread GC pauses ${gcMs.toFixed(0)} ms, load ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}`,
      );
      for (const s of STAGES) {
        const v = t.get(s)!;
        const share = s === '  of which readMeta' ? `${((100 * v) / extraction).toFixed(0)}% of extraction` : `${((100 * v) / measured).toFixed(1)}%`;
        console.log(`  ${s.padEnd(34)} ${v.toFixed(0).padStart(7)} ms CPU  ${((v / pages.length) * 1000).toFixed(0).padStart(6)} µs a page  ${share}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
