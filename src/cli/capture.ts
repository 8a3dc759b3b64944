#!/usr/bin/env node
/**
 * npm run capture -- INPUT... [--out DIR | --jsonl FILE|-] [--jobs N] [--resume] [--shard I/N]
 *                    [--url URL] [--script S] [--summary N] [--format F] [--follow-pages]
 * Runs the extension's extraction and core on saved pages: files (.html in any encoding, .txt page
 * text), folders (walked), WARC files (.warc, .warc.gz: their HTML responses), or `-` for a list
 * of paths on stdin. With more than one input the pages are shared out over a pool of worker
 * threads, one per core unless --jobs says otherwise.
 */
import { availableParallelism } from 'node:os';
import { basename, extname, relative } from 'node:path';
import { Piscina } from 'piscina';
import type { OutputScript } from '../core/types';
import { listInputs, type Input } from './inputs';
import { Progress } from './progress';
import { inShard, parseShard, type Shard } from './shard';
import { FolderSink, JsonlSink, type Sink } from './sinks';
import { CLI_FORMATS, FormatSink, isCliFormat } from './formats';
import type { ExportFormat } from '../core/export';
import { captureTask, type CaptureResult, type CaptureTask } from './task';
import { isWarcPath, warcStem } from './warc';

interface Args {
  inputs: string[];
  out: string | null;
  jsonl: string | null;
  jobs: number;
  resume: boolean;
  shard: Shard | null;
  url: string | null;
  script: OutputScript;
  summary: number | undefined;
  format: ExportFormat;
  followPages: boolean;
}

const SCRIPTS: OutputScript[] = ['original', 'simplified', 'traditional-tw', 'traditional-hk'];
const USAGE = `usage: npm run capture -- INPUT... [--out DIR | --jsonl FILE|-] [--jobs N] [--resume] [--shard I/N] [--url URL] [--script ${SCRIPTS.join('|')}] [--summary N] [--format ${CLI_FORMATS.join('|')}] [--follow-pages]
  INPUT: a saved page (.html, .txt), a folder (walked), a WARC file (.warc, .warc.gz), or - for paths on stdin`;

function usage(msg: string): never {
  process.stderr.write(`capture: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    inputs: [],
    out: null,
    jsonl: null,
    jobs: availableParallelism(),
    resume: false,
    shard: null,
    url: null,
    script: 'original',
    summary: undefined,
    format: 'json',
    followPages: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--out') args.out = value();
    else if (a === '--jsonl') args.jsonl = value();
    else if (a === '--jobs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) usage('--jobs needs a whole number of 1 or more');
      args.jobs = n;
    } else if (a === '--resume') args.resume = true;
    else if (a === '--shard') {
      const text = value();
      args.shard = parseShard(text) ?? usage(`--shard ${text}: expected I/N with 1 ≤ I ≤ N`);
    } else if (a === '--url') args.url = value();
    else if (a === '--script') {
      const s = value() as OutputScript;
      if (!SCRIPTS.includes(s)) usage(`unknown script ${s}`);
      args.script = s;
    } else if (a === '--summary') args.summary = Number(value());
    else if (a === '--format') {
      const f = value();
      if (!isCliFormat(f)) usage(`unknown format ${f}`);
      args.format = f;
    } else if (a === '--follow-pages') args.followPages = true;
    else if (a === '--help' || a === '-h') usage('help');
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else args.inputs.push(a);
  }
  if (!args.inputs.length) usage('no input');
  if (args.out && args.jsonl) usage('--out and --jsonl: choose one');
  if (args.format !== 'json' && args.jsonl) usage(`--jsonl writes JSON lines: use --format ${args.format} with --out DIR or stdout`);
  if (args.format !== 'json' && args.resume) usage('--resume reads JSON output back: it takes the default format only');
  if (args.resume && !args.out && (!args.jsonl || args.jsonl === '-')) usage('--resume needs --out DIR or --jsonl FILE to know what is done');
  return args;
}

/** One named page, no folder, WARC or list: its record is printed whole on stdout, as before batches. */
function isSingleFile(args: Args): boolean {
  return args.inputs.length === 1 && args.inputs[0] !== '-' && !isWarcPath(args.inputs[0]) && !args.out && !args.jsonl;
}

/** The record's file name in --out DIR: a named file's base name, a walked file's path in its folder, a WARC record's offset. */
function outputName(input: Input, arg: string): string {
  if (input.kind === 'warc') return `${warcStem(basename(input.path))}/${input.page.offset}`;
  const stem = (p: string) => p.slice(0, p.length - extname(p).length);
  return input.key === arg ? stem(basename(input.key)) : stem(relative(arg, input.key));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const single = isSingleFile(args);
  if (args.url && !single && args.inputs.length > 1) usage('--url applies to a single input');
  // JSON keeps the batch sinks; another format has its own (src/cli/formats.ts).
  const sink: (Pick<Sink, 'write' | 'close'> & Partial<Pick<Sink, 'has'>>) | null =
    args.format !== 'json'
      ? new FormatSink(args.format, args.out)
      : args.out
        ? new FolderSink(args.out)
        : single
          ? null
          : await JsonlSink.open(args.jsonl === '-' ? null : args.jsonl, args.resume);
  const progress = new Progress();
  const say = (line: string) => {
    progress.clear();
    process.stderr.write(`capture: ${line}\n`);
  };
  const notArticleReasons = new Map<string, number>();
  const failures: string[] = [];

  const handle = async (name: string, r: CaptureResult) => {
    if (!r.ok) {
      progress.counts.failed++;
      failures.push(r.error);
      say(r.error);
      return;
    }
    if (sink) await sink.write(name, r.json);
    else process.stdout.write(r.json);
    if (r.isArticle) progress.counts.saved++;
    else {
      progress.counts.notArticle++;
      const reason = r.reason ?? 'no reason given';
      notArticleReasons.set(reason, (notArticleReasons.get(reason) ?? 0) + 1);
      if (single) say(`${args.inputs[0]}: not an article (${reason})`);
    }
    progress.tick();
  };

  const taskOf = (input: Exclude<Input, { kind: 'bad' }>): CaptureTask => {
    const common = { key: input.key, path: input.path, script: args.script, summary: args.summary, pretty: single || !!args.out };
    if (input.kind === 'file') return { ...common, url: single ? args.url : null, followPages: args.followPages };
    const { page } = input;
    return { ...common, offset: page.offset, bytes: page.bytes, headerCharset: page.headerCharset, url: page.url, capturedAt: page.date };
  };

  // One worker thread per job; a single job, or a single page, runs here without a pool.
  // The worker is a .ts file beside this one under tsx, and an .mjs file in the bundle npm run capture runs.
  const worker = new URL(import.meta.url.endsWith('.ts') ? './captureWorker.ts' : './captureWorker.mjs', import.meta.url).href;
  const pool = args.jobs > 1 && !single ? new Piscina({ filename: worker, maxThreads: args.jobs, minThreads: args.jobs }) : null;
  const run = (task: CaptureTask): Promise<CaptureResult> => {
    if (!pool) return captureTask(task);
    const transferList = task.bytes ? [ownBuffer(task)] : undefined;
    return pool.run(task, transferList ? { transferList } : undefined) as Promise<CaptureResult>;
  };
  // Inputs in flight at once: enough to keep every worker busy, few enough that memory stays flat.
  const maxInFlight = pool ? args.jobs * 4 : 1;
  const inFlight = new Set<Promise<void>>();

  for (const arg of args.inputs) {
    for await (const input of listInputs([arg])) {
      if (!inShard(input.key, args.shard)) continue;
      progress.listed++;
      const name = input.kind === 'bad' ? '' : outputName(input, arg);
      if (args.resume && sink?.has && input.kind !== 'bad' && sink.has(input.key, name)) {
        progress.counts.skipped++;
        continue;
      }
      if (input.kind === 'bad') {
        await handle(name, { key: input.key, ok: false, error: input.reason });
        continue;
      }
      const p: Promise<void> = run(taskOf(input))
        .then((r) => handle(name, r))
        .catch((e: unknown) => handle(name, { key: input.key, ok: false, error: `${input.key}: ${(e as Error).message ?? String(e)}` }))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
  }
  progress.listingDone = true;
  await Promise.all(inFlight);
  await pool?.destroy();
  await sink?.close();
  progress.clear();
  if (!single) process.stderr.write(summaryOf(progress, notArticleReasons, failures));
  return progress.counts.failed ? 1 : 0;
}

/** A WARC payload's own buffer, so it can be moved to the worker rather than copied. */
function ownBuffer(task: CaptureTask): ArrayBuffer {
  let b = task.bytes!;
  if (b.byteOffset !== 0 || b.byteLength !== b.buffer.byteLength || !(b.buffer instanceof ArrayBuffer)) {
    b = b.slice();
    task.bytes = b;
  }
  return b.buffer as ArrayBuffer;
}

/** Failures repeated in the closing summary; every one was also reported as it happened. */
const MAX_FAILURES_LISTED = 20;

function summaryOf(progress: Progress, reasons: Map<string, number>, failures: string[]): string {
  const c = progress.counts;
  const parts = [`${c.saved} saved`, `${c.notArticle} not an article`, `${c.failed} failed`];
  if (c.skipped) parts.push(`${c.skipped} already done`);
  let text = `capture: ${parts.join(', ')}\n`;
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) text += `  not an article ×${n}: ${reason}\n`;
  for (const f of failures.slice(0, MAX_FAILURES_LISTED)) text += `  failed: ${f}\n`;
  if (failures.length > MAX_FAILURES_LISTED) text += `  … and ${failures.length - MAX_FAILURES_LISTED} more failures (each on its own line above)\n`;
  return text;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`capture: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
