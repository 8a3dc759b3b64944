/**
 * What a first call costs, part by part (`npm run bench:browser -- --first-call-breakdown`), for
 * extractPage, Readability.js and the content script's path, each in a freshly loaded page of
 * its own as in browser-first-call.ts:
 *
 * - a Chrome trace of the bundle's evaluation and of the call (CDP Tracing: V8's compile and
 *   tier-up events, collections, Blink's style recalculation and layout, the V8 sampler), each
 *   trace event's self time on the page's main thread summed by kind, the rest of the call split
 *   by the sampler's self time between our JavaScript, DOM calls and regular-expression matching;
 * - in another fresh page, the regular expressions: `new RegExp` at module load and during the
 *   call (count, time), and each pattern's first execution against its second on the same
 *   subject (V8 compiles a pattern to native code on its first execution, per subject encoding),
 *   with `RegExp.prototype.exec` wrapped, through which test, replace, match and split then go.
 *
 * Tracing and the sampler slow the call down: the traced total is printed beside the untraced
 * figures of `--first-call-only`, and the parts are for where the time goes, not for targets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from '@swc/core';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { decodeBytes } from '../src/cli/decode';
import { measureFirstCall, SETTLED, type Bundles, type FirstCallRow } from './browser-first-call';
import type { PageServer } from './browser-server';
import { median } from './browser-stats';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url?: string; codeType?: string };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];

/** Kinds of trace events, by name: each event's self time goes to its kind. */
function kindOf(name: string): Kind | null {
  // The sampler makes V8 collect source positions for what it sees: that is the tracing's cost.
  if (/^(V8\.CollectSourcePositions|CpuProfiler::)/.test(name)) return 'profiler';
  if (/^V8\.(CompileCode|ParseFunction|PreParse|CompileIgnition|CompileLazy|CompileIgnitionFinalization)/.test(name)) return 'lazyCompile';
  if (/^V8\.(CompileEval|CompileScript|ParseProgram|Compile$|ParseEval|CompileWrapped)/.test(name)) return 'scriptCompile';
  if (
    /Maglev|Turbofan|Baseline|Sparkplug|BytecodeBudgetInterrupt|HandleInterrupts|StackGuard|InstallOptimizedFunctions|FlushInstructionCache|OptimizeConcurrent|DeoptimizeCode|MarkCandidatesForOptimization/.test(
      name,
    )
  )
    return 'tierUp';
  if (/GC|Scavenge|MarkCompact|Sweep|Heap|Evacuate|MinorMS/i.test(name) && !/^V8\.Compile/.test(name)) return 'gc';
  if (/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|StyleRecalc|Document::updateStyle|UpdateStyle)/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout|LocalFrameView::layout|PrePaint)$/.test(name)) return 'layout';
  return null;
}
type Kind = 'lazyCompile' | 'scriptCompile' | 'tierUp' | 'gc' | 'style' | 'layout' | 'profiler';
const KINDS: Kind[] = ['scriptCompile', 'lazyCompile', 'tierUp', 'gc', 'style', 'layout', 'profiler'];

export interface WindowParts {
  total: number;
  kinds: Record<Kind, number>;
  counts: { lazyCompile: number; style: number; layout: number; gc: number };
  /**
   * The sampler's self time (ms) outside the events above: JavaScript of the bundle, DOM API
   * calls, regular-expression matching, V8's and Blink's own work ("(program)"), idle (between
   * the content script's slices).
   */
  js: number;
  dom: number;
  regexExec: number;
  program: number;
  idle: number;
}

/** Self time of each main-thread trace event inside [start, end], summed by kind; and the sampler's split. */
function partsOf(events: TraceEvent[], pid: number, tid: number, start: number, end: number): WindowParts {
  const parts: WindowParts = {
    total: (end - start) / 1000,
    kinds: { lazyCompile: 0, scriptCompile: 0, tierUp: 0, gc: 0, style: 0, layout: 0, profiler: 0 },
    counts: { lazyCompile: 0, style: 0, layout: 0, gc: 0 },
    js: 0,
    dom: 0,
    regexExec: 0,
    program: 0,
    idle: 0,
  };
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts >= start && e.ts + (e.dur ?? 0) <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Self time: an event's duration less its children's, each child's own kind inheriting its
  // parent's when it has none (a collection inside a compile is the collection's).
  const stack: Array<{ end: number; kind: Kind | null; self: number }> = [];
  const covered: Array<[number, number]> = [];
  const settle = (x: { kind: Kind | null; self: number }) => {
    if (x.kind) parts.kinds[x.kind] += x.self / 1000;
  };
  for (const e of spans) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) settle(stack.pop()!);
    const parent = stack[stack.length - 1];
    const own = kindOf(e.name);
    const kind = own ?? parent?.kind ?? null;
    if (parent) parent.self -= e.dur!;
    if (own === 'lazyCompile' && /^V8\.CompileCode$/.test(e.name) && parent?.kind !== 'lazyCompile') parts.counts.lazyCompile++;
    if (own === 'style' && /^UpdateLayoutTree$/.test(e.name)) parts.counts.style++;
    if (own === 'layout' && e.name === 'Layout') parts.counts.layout++;
    if (own === 'gc' && parent?.kind !== 'gc') parts.counts.gc++;
    stack.push({ end: e.ts + e.dur!, kind, self: e.dur! });
    if (own && !parent?.kind) covered.push([e.ts, e.ts + e.dur!]);
  }
  while (stack.length) settle(stack.pop()!);
  const isCovered = (t: number) => covered.some(([a, b]) => t >= a && t < b);

  // The V8 sampler as the trace carries it: a "Profile" event (its start on the trace clock), then
  // "ProfileChunk"s of nodes and samples with time deltas. Samples inside the events above are
  // theirs already; each sample stands for the time until the next.
  for (const profile of events.filter((x) => x.name === 'Profile' && x.pid === pid)) {
    const nodes = new Map<number, ProfileNode>();
    const times: number[] = [];
    const ids: number[] = [];
    let t = profile.args?.data?.startTime ?? profile.ts;
    for (const e of events.filter((x) => x.name === 'ProfileChunk' && x.pid === pid && x.id === profile.id).sort((a, b) => a.ts - b.ts)) {
      for (const n of e.args?.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const samples = e.args?.data?.cpuProfile?.samples ?? [];
      const deltas = e.args?.data?.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        t += deltas[i] ?? 0;
        times.push(t);
        ids.push(samples[i]);
      }
    }
    for (let i = 0; i + 1 < times.length; i++) {
      const t0 = times[i];
      if (t0 < start || t0 >= end || isCovered(t0)) continue;
      const interval = (Math.min(times[i + 1], end) - t0) / 1000;
      const frame = nodes.get(ids[i])?.callFrame;
      const name = frame?.functionName ?? '(unknown)';
      if (name.startsWith('RegExp:')) parts.regexExec += interval;
      else if (name === '(idle)') parts.idle += interval;
      else if (/^\(.*\)$/.test(name)) parts.program += interval;
      else if (frame?.codeType === 'other' || DOM_READS.has(name.slice(name.lastIndexOf('.') + 1))) parts.dom += interval;
      else parts.js += interval;
    }
  }
  return parts;
}

/**
 * Our extraction reads the DOM through one small function per accessor (src/extract/domReads.ts),
 * whose self time in the sampler is the native read it makes: counted as DOM. Readability reads
 * the DOM inline, so its native reads are in its own functions' time, except calls the sampler
 * shows apart (codeType "other": getElementsByTagName, appendChild…).
 */
const DOM_READS = new Set([
  'nodeType',
  'data',
  'localName',
  'hasAttributes',
  'hasAttribute',
  'getAttribute',
  'firstChild',
  'nextSibling',
  'className',
  'id',
  'parentElement',
  'firstElementChild',
  'nextElementSibling',
  'tagName',
  'textContent',
  'checkVisibility',
]);

async function traced(cdp: CDPSession, page: Page, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } } as never);
  // The sampler starts at the renderer's next interrupt: let that happen before anything is timed.
  await page.evaluate('new Promise((resolve) => setTimeout(() => resolve(0), 100))');
  await run();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/** In the page: marks around the evaluation and the call, named so the trace can find them. */
const MARKED_EVALUATE = `(() => { gc(); const src = globalThis.__fcSource; globalThis.__fcSource = null; performance.mark('fc:eval:start'); (0, eval)(src); performance.mark('fc:eval:end'); return 0; })()`;
const MARKED_CALL: Record<Who, string> = {
  ours: `(() => { gc(); performance.mark('fc:call:start'); __ours.extractPage(document, location.href); performance.mark('fc:call:end'); return 0; })()`,
  readability: `(() => { gc(); const clone = document.cloneNode(true); performance.mark('fc:call:start'); new __readability.Readability(clone).parse(); performance.mark('fc:call:end'); return 0; })()`,
  content: `(async () => {
    const fc = globalThis.__fc;
    performance.mark('fc:call:start');
    await new Promise((resolve) => { if (fc.listeners[0]({ type: 'extract', rule: null }, { id: 'first-call-bench' }, resolve) !== true) resolve(undefined); }).then((a) => JSON.stringify(a));
    performance.mark('fc:call:end');
    return 0;
  })()`,
};
/** The content script is evaluated and answers in one go, as when injected: no collection in between. */
const CONTENT_IN_ONE_GO = `(async () => {
  gc();
  const src = globalThis.__fcSource; globalThis.__fcSource = null;
  performance.mark('fc:eval:start'); (0, eval)(src); performance.mark('fc:eval:end');
  const fc = globalThis.__fc;
  performance.mark('fc:call:start');
  await new Promise((resolve) => { if (fc.listeners[0]({ type: 'extract', rule: null }, { id: 'first-call-bench' }, resolve) !== true) resolve(undefined); }).then((a) => JSON.stringify(a));
  performance.mark('fc:call:end');
  return 0;
})()`;

const STUB = `(() => {
  const fc = (globalThis.__fc = { listeners: [] });
  globalThis.chrome = { runtime: { id: 'first-call-bench', onMessage: { addListener(fn) { fc.listeners.push(fn); }, removeListener() {}, hasListener() { return false; } } } };
  return 0;
})()`;

/**
 * Regular expressions in one first call: RegExp wrapped (constructions, timed) before the bundle is
 * evaluated, RegExp.prototype.exec wrapped (first execution of each pattern per subject encoding
 * timed against a second on the same subject, lastIndex kept as the first left it).
 */
const REGEX_PROBE = `(() => {
  const Native = RegExp;
  const exec = Native.prototype.exec;
  const st = (globalThis.__rx = { phase: 'load', built: { load: 0, call: 0 }, buildMs: { load: 0, call: 0 }, seen: new Set(), patterns: { load: 0, call: 0 }, compile: { load: 0, call: 0 }, execs: 0 });
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      const t0 = performance.now();
      const r = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
      st.buildMs[st.phase] += performance.now() - t0;
      st.built[st.phase]++;
      return r;
    },
    apply(target, self, args) {
      const t0 = performance.now();
      const r = Reflect.apply(target, self, args);
      st.buildMs[st.phase] += performance.now() - t0;
      st.built[st.phase]++;
      return r;
    },
  });
  const wide = /[^\\u0000-\\u00ff]/;
  // Per pattern (source and flags, split's sticky copy counted as its original): executions,
  // matches, compilation; for the listing of the patterns a page compiles and never matches.
  const byPattern = (st.byPattern = new Map());
  const note = (re, matched, compile) => {
    const k = re.source + '/' + re.flags.replace('y', '');
    const e = byPattern.get(k) || { execs: 0, matches: 0, compile: 0 };
    e.execs++;
    if (matched) e.matches++;
    e.compile += compile;
    byPattern.set(k, e);
  };
  Native.prototype.exec = function (s) {
    s = String(s);
    st.execs++;
    const key = this.source + '/' + this.flags + (exec.call(wide, s) ? ' 2' : ' 1');
    if (st.seen.has(key)) {
      const r = exec.call(this, s);
      note(this, r !== null, 0);
      return r;
    }
    st.seen.add(key);
    const before = this.lastIndex;
    const t0 = performance.now();
    const r = exec.call(this, s);
    const t1 = performance.now();
    const after = this.lastIndex;
    this.lastIndex = before;
    exec.call(this, s);
    const t2 = performance.now();
    this.lastIndex = after;
    st.patterns[st.phase]++;
    st.compile[st.phase] += Math.max(0, (t1 - t0) - (t2 - t1));
    note(this, r !== null, Math.max(0, (t1 - t0) - (t2 - t1)));
    return r;
  };
  return 0;
})()`;
const REGEX_CALL: Record<Who, string> = {
  ours: `(() => { globalThis.__rx.phase = 'call'; gc(); __ours.extractPage(document, location.href); return 0; })()`,
  readability: `(() => { globalThis.__rx.phase = 'call'; gc(); new __readability.Readability(document.cloneNode(true)).parse(); return 0; })()`,
  content: `(async () => { globalThis.__rx.phase = 'call'; const fc = globalThis.__fc; await new Promise((resolve) => { if (fc.listeners[0]({ type: 'extract', rule: null }, { id: 'first-call-bench' }, resolve) !== true) resolve(undefined); }); return 0; })()`,
};
const REGEX_RESULT = `(() => { const s = globalThis.__rx; return { built: s.built, buildMs: s.buildMs, patterns: s.patterns, execs: s.execs, compile: s.compile, byPattern: [...s.byPattern] }; })()`;

export interface RegexParts {
  built: { load: number; call: number };
  buildMs: { load: number; call: number };
  /** Distinct (pattern, flags, subject width) first executed at module load and in the call. */
  patterns: { load: number; call: number };
  execs: number;
  /** Sum over those of first execution less second: the compilation. */
  compile: { load: number; call: number };
  /** Per pattern (source/flags): executions, matches, compilation (ms). */
  byPattern: Array<[string, { execs: number; matches: number; compile: number }]>;
}

type Who = 'ours' | 'readability' | 'content';

export interface BreakdownRow {
  file: string;
  /** The same first call untraced (browser-first-call.ts), in a fresh page of its own: what tracing adds. */
  untraced: Record<Who, number>;
  /**
   * The same first call in a renderer that has run the same bundle (the same source) on the page
   * before: what V8's per-isolate caches (the script's compiled functions, regex code) take off.
   */
  warmIsolate: Record<Who, number>;
  /** A plain walk over every node after a collection, in the page extractPage was traced in. */
  plainWalk: number;
  evaluate: Record<Who, WindowParts>;
  call: Record<Who, WindowParts>;
  regex: Record<Who, RegexParts>;
}

let serial = 0;
/** A source URL of its own: the sampler tells the bundle's functions from the DOM's, V8 finds no earlier compilation. */
const stash = (code: string) => `globalThis.__fcSource = ${JSON.stringify(`${code}\n//# sourceURL=first-call-breakdown-${process.pid}-${++serial}.js`)}; 0`;

async function freshPage(context: BrowserContext, url: string): Promise<Page> {
  for (const old of context.pages()) await old.close();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await page.evaluate(SETTLED);
  return page;
}

function windowOf(events: TraceEvent[], phase: 'eval' | 'call'): { pid: number; tid: number; start: number; end: number } {
  const mark = (edge: string) => events.find((e) => e.name === `fc:${phase}:${edge}` && e.cat.includes('blink.user_timing'));
  const s = mark('start');
  const e = mark('end');
  if (!s || !e) throw new Error(`no ${phase} marks in the trace`);
  return { pid: s.pid, tid: s.tid, start: s.ts, end: e.ts };
}

/** Every node once from JavaScript after a collection: what making the DOM's wrappers costs a first walk. */
const PLAIN_WALK = `(() => {
  gc();
  const t0 = performance.now();
  const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
  let chars = 0;
  while (w.nextNode()) { const n = w.currentNode; if (n.nodeType === 3) chars += n.data.length; else if (n.nodeType === 1) n.hasAttributes(); }
  return performance.now() - t0;
})()`;

async function tracedRun(
  context: BrowserContext,
  url: string,
  who: Who,
  bundles: Bundles,
): Promise<{ evaluate: WindowParts; call: WindowParts; plainWalk: number }> {
  const page = await freshPage(context, url);
  try {
    const cdp = await context.newCDPSession(page);
    if (who === 'content') await page.evaluate(STUB);
    await page.evaluate(stash(who === 'ours' ? bundles.ours : who === 'readability' ? bundles.readability : bundles.content.code));
    const events = await traced(cdp, page, async () => {
      if (who === 'content') await page.evaluate(CONTENT_IN_ONE_GO);
      else {
        await page.evaluate(MARKED_EVALUATE);
        await page.evaluate(MARKED_CALL[who]);
      }
    });
    await cdp.detach();
    const ev = windowOf(events, 'eval');
    const call = windowOf(events, 'call');
    const plainWalk = who === 'ours' ? ((await page.evaluate(PLAIN_WALK)) as number) : NaN;
    return { evaluate: partsOf(events, ev.pid, ev.tid, ev.start, ev.end), call: partsOf(events, call.pid, call.tid, call.start, call.end), plainWalk };
  } finally {
    await page.close();
  }
}

/** One collection, one timed call (as bench:ab and the corpus rounds time it). */
const WARM_CALL: Record<'ours' | 'readability', string> = {
  ours: `(() => { gc(); const t0 = performance.now(); __ours.extractPage(document, location.href); return performance.now() - t0; })()`,
  readability: `(() => { gc(); const clone = document.cloneNode(true); const t0 = performance.now(); new __readability.Readability(clone).parse(); return performance.now() - t0; })()`,
};

/**
 * The first call as bench:ab times it: the page loaded again in the same tab, so in the renderer
 * that ran the same bundle (the same source, evaluated the same way, page.evaluate) on the load
 * before, untimed.
 */
async function warmIsolateRun(context: BrowserContext, url: string, who: 'ours' | 'readability', bundles: Bundles): Promise<number> {
  const page = await freshPage(context, url);
  const code = `${who === 'ours' ? bundles.ours : bundles.readability}\n//# sourceURL=first-call-warm-${process.pid}-${++serial}.js`;
  try {
    await page.evaluate(code);
    await page.evaluate(WARM_CALL[who]);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.evaluate(SETTLED);
    await page.evaluate(code);
    return (await page.evaluate(WARM_CALL[who])) as number;
  } finally {
    await page.close();
  }
}

async function regexRun(context: BrowserContext, url: string, who: Who, bundles: Bundles): Promise<RegexParts> {
  const page = await freshPage(context, url);
  try {
    await page.evaluate(REGEX_PROBE);
    if (who === 'content') await page.evaluate(STUB);
    await page.evaluate(stash(who === 'ours' ? bundles.ours : who === 'readability' ? bundles.readability : bundles.content.code));
    await page.evaluate(`(() => { gc(); (0, eval)(globalThis.__fcSource); globalThis.__fcSource = null; return 0; })()`);
    await page.evaluate(REGEX_CALL[who]);
    return (await page.evaluate(REGEX_RESULT)) as RegexParts;
  } finally {
    await page.close();
  }
}

/** Regex literals in a bundle, and `new RegExp`/`RegExp(` call sites (swc's parser, as the regex-literal test uses). */
export function regexSites(code: string): { literals: number; constructors: number } {
  const ast = parseSync(code, { syntax: 'ecmascript' });
  let literals = 0;
  let constructors = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as { type?: string; callee?: { type?: string; value?: string } };
    if (o.type === 'RegExpLiteral') literals++;
    if ((o.type === 'NewExpression' || o.type === 'CallExpression') && o.callee?.type === 'Identifier' && o.callee.value === 'RegExp') constructors++;
    for (const [k, v] of Object.entries(o)) if (k !== 'span' && v && typeof v === 'object') visit(v);
  };
  visit(ast);
  return { literals, constructors };
}

export async function firstCallBreakdown(
  context: BrowserContext,
  server: PageServer,
  bundles: Bundles,
  dir: string,
  files: string[],
): Promise<{ rows: BreakdownRow[]; failed: string[] }> {
  const rows: BreakdownRow[] = [];
  const failed: string[] = [];
  const whos: Who[] = ['ours', 'readability', 'content'];
  for (const [i, file] of files.entries()) {
    const url = server.add(`breakdown/${file}`, decodeBytes(readFileSync(join(dir, file))).text);
    const row = { file, untraced: {}, warmIsolate: {}, evaluate: {}, call: {}, regex: {}, plainWalk: NaN } as BreakdownRow;
    try {
      for (let k = 0; k < whos.length; k++) {
        const who = whos[(i + k) % whos.length];
        const plain = {} as FirstCallRow;
        await measureFirstCall(context, url, who, bundles, plain);
        row.untraced[who] = who === 'ours' ? plain.ours : who === 'readability' ? plain.readability : plain.content.ms;
        row.warmIsolate[who] = who === 'content' ? NaN : await warmIsolateRun(context, url, who, bundles);
        const t = await tracedRun(context, url, who, bundles);
        row.evaluate[who] = t.evaluate;
        row.call[who] = t.call;
        if (who === 'ours') row.plainWalk = t.plainWalk;
        row.regex[who] = await regexRun(context, url, who, bundles);
      }
      rows.push(row);
    } catch (e) {
      failed.push(`${file}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  return { rows, failed };
}

const f = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export function describeBreakdown({ rows, failed }: { rows: BreakdownRow[]; failed: string[] }, bundles: Bundles): string[] {
  const whos: Who[] = ['ours', 'readability', 'content'];
  const med = (g: (r: BreakdownRow, w: Who) => number) => whos.map((w) => f(median(rows.map((r) => g(r, w)))));
  const line = (label: string, g: (r: BreakdownRow, w: Who) => number) => `| ${label} | ${med(g).join(' | ')} |`;
  const sites = { ours: regexSites(bundles.ours), readability: regexSites(bundles.readability), content: regexSites(bundles.content.code) };
  const out = [
    `\nfirst call, part by part (traced: Chrome trace events' self time on the main thread, V8 sampler for the rest; ${rows.length} pages, medians over pages, ms):`,
    `| | extractPage | Readability.js | content script |`,
    `|---|---|---|---|`,
    line('**bundle evaluation** (eval of the bundle, traced)', (r, w) => r.evaluate[w].total),
    line('  parse of the script (top level; inner functions pre-parsed)', (r, w) => r.evaluate[w].kinds.scriptCompile),
    line("  compilation of the functions run at load (the bundle's IIFE body first)", (r, w) => r.evaluate[w].kinds.lazyCompile),
    line('  module set-up (the rest: top-level code run)', (r, w) => r.evaluate[w].total - KINDS.reduce((s, k) => s + r.evaluate[w].kinds[k], 0)),
    line('first call untraced, same run (content script: evaluation included)', (r, w) => r.untraced[w]),
    line('  the same in a renderer that ran the same bundle on the page before (as bench:ab times it)', (r, w) => r.warmIsolate[w]),
    line('**first call** (traced; content script: from the message, evaluation above)', (r, w) => r.call[w].total),
    line('  lazy compilation (parse + bytecode)', (r, w) => r.call[w].kinds.lazyCompile),
    line('  functions compiled lazily (count)', (r, w) => r.call[w].counts.lazyCompile),
    line('  tier-up on the main thread (Sparkplug, Maglev finalisation, interrupts)', (r, w) => r.call[w].kinds.tierUp),
    line('  garbage collection', (r, w) => r.call[w].kinds.gc),
    line('  style recalculation', (r, w) => r.call[w].kinds.style),
    line('  style recalculations (count)', (r, w) => r.call[w].counts.style),
    line('  layout', (r, w) => r.call[w].kinds.layout),
    line("  the sampler's own work (source positions)", (r, w) => r.call[w].kinds.profiler),
    line('  the rest (total less the above)', (r, w) => r.call[w].total - KINDS.reduce((s, k) => s + r.call[w].kinds[k], 0)),
    line("  of the rest, sampled: the bundle's JavaScript", (r, w) => r.call[w].js),
    line('  of the rest, sampled: DOM API calls (wrappers included)', (r, w) => r.call[w].dom),
    line('  of the rest, sampled: regex matching', (r, w) => r.call[w].regexExec),
    line('  of the rest, sampled: V8/Blink internals ("(program)")', (r, w) => r.call[w].program),
    line('  of the rest, sampled: idle (between slices)', (r, w) => r.call[w].idle),
    line('reference: a plain walk over every node after a GC (wrappers made again)', (r, w) => (w === 'ours' ? r.plainWalk : NaN)),
    line('**regular expressions** (separate run, exec wrapped)', () => NaN),
    line('  regex literals in the bundle (static)', (_r, w) => sites[w].literals),
    line('  RegExp constructor call sites in the bundle (static)', (_r, w) => sites[w].constructors),
    line('  new RegExp at module load (count)', (r, w) => r.regex[w].built.load),
    line('  new RegExp at module load (ms)', (r, w) => r.regex[w].buildMs.load),
    line('  new RegExp during the call (count)', (r, w) => r.regex[w].built.call),
    line('  new RegExp during the call (ms)', (r, w) => r.regex[w].buildMs.call),
    line('  patterns first executed at module load (pattern, flags, subject width)', (r, w) => r.regex[w].patterns.load),
    line('  compilation on first execution at module load (first exec less second)', (r, w) => r.regex[w].compile.load),
    line('  patterns first executed in the call (pattern, flags, subject width)', (r, w) => r.regex[w].patterns.call),
    line('  compilation on first execution in the call (first exec less second)', (r, w) => r.regex[w].compile.call),
    line('  executions (load and call)', (r, w) => r.regex[w].execs),
  ].map((l) => l.replace(/\bNaN\b/g, ''));
  // Which of extractPage's patterns cost their compilation on pages where they match nothing.
  const perPattern = new Map<string, { pages: number; matchedOn: number; compile: number; compileUnmatched: number }>();
  const unmatchedPerPage: number[] = [];
  for (const r of rows) {
    let unmatched = 0;
    for (const [k, e] of r.regex.ours.byPattern) {
      const a = perPattern.get(k) ?? { pages: 0, matchedOn: 0, compile: 0, compileUnmatched: 0 };
      a.pages++;
      a.compile += e.compile;
      if (e.matches) a.matchedOn++;
      else {
        a.compileUnmatched += e.compile;
        unmatched += e.compile;
      }
      perPattern.set(k, a);
    }
    unmatchedPerPage.push(unmatched);
  }
  out.push(
    `\nextractPage's patterns by compilation on pages where they matched nothing (summed over ${rows.length} pages; median per page ${f(median(unmatchedPerPage))} ms of ${f(median(rows.map((r) => r.regex.ours.compile.load + r.regex.ours.compile.call)))} ms):`,
    '| compiled and unmatched, ms | compiled, ms | pages run / matched | pattern (first 80 characters) |',
    '|---|---|---|---|',
    ...[...perPattern]
      .sort((a, b) => b[1].compileUnmatched - a[1].compileUnmatched)
      .slice(0, 15)
      .map(([k, a]) => `| ${f(a.compileUnmatched)} | ${f(a.compile)} | ${a.pages} / ${a.matchedOn} | \`${k.slice(0, 80).replace(/\|/g, '\\|')}\` |`),
  );
  if (failed.length) out.push(`breakdown errors (${failed.length}):\n  ${failed.slice(0, 10).join('\n  ')}`);
  return out;
}
