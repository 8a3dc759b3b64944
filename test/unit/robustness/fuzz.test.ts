/**
 * Fuzz: >10,000 seeded inputs through decoding, extraction (linkedom, and jsdom for a sample) and
 * the core. Properties: no exception escapes, every record is schema-valid, a page that yields no
 * article says why, the CLI turns bad files into a message naming the file, and no input takes
 * longer than 1 s (a hang detector, re-checked once so a GC pause is not a failure).
 * Each test checks these for its own inputs, so any one of them can be run alone (`-t`).
 * Replay: FUZZ_SEED=<n> npx jest test/unit/robustness/fuzz.test.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { decodeBytes } from '../../../src/cli/decode';
import { InputError, loadPage, parsePage } from '../../../src/cli/loadPage';
import { buildRecord } from '../../../src/core/buildRecord';
import { pageInputFromText } from '../../../src/core/textCapture';
import type { CaptureRecord, PageInput } from '../../../src/core/types';
import { validateRecord } from '../../../src/core/validateRecord';
import { readPage } from '../../../src/content/readPage';
import { extractPage } from '../../../src/extract/extractPage';
import { CaptureError } from '../../../src/messaging/errors';
import { encodedPage } from './encodings';
import { EMPTY_PAGES, articlePage, deepNesting, hostilePageInput, hugeText, tagSoup, textCapture, widePage } from './generators';
import { Prng } from './prng';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const LIMIT_MS = 1000;
const NOW = new Date('2026-11-22T00:00:00Z');

interface Failure {
  category: string;
  index: number;
  problem: string;
  sample: string;
}

// What the running test's inputs did; reset before each test (see expectClean).
let failures: Failure[] = [];
let schemaFailures: Failure[] = [];
const timing = { count: 0, maxMs: 0, maxWhere: '', slow: [] as string[] };
const totals = { inputs: 0, failures: 0, schemaFailures: 0, slow: 0 };

function sampleOf(input: string): string {
  return JSON.stringify(input.length > 160 ? `${input.slice(0, 160)}… (${input.length} chars)` : input);
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message} @ ${(e.stack ?? '').split('\n')[1]?.trim() ?? ''}`;
  return `non-Error thrown: ${String(e)}`;
}

function checkRecord(category: string, index: number, record: CaptureRecord, sample: string): void {
  const problems: string[] = [];
  if (!record.isArticle && !(typeof record.notArticleReason === 'string' && record.notArticleReason.trim()))
    problems.push('not an article but no reason given');
  if (record.body.some((b) => typeof b.text !== 'string' || !b.text.trim())) problems.push('empty body block');
  if (JSON.stringify(JSON.parse(JSON.stringify(record))) !== JSON.stringify(record)) problems.push('record does not survive JSON');
  if (problems.length) failures.push({ category, index, problem: problems.join('; '), sample });
  const v = validateRecord(JSON.parse(JSON.stringify(record)));
  if (!v.ok) schemaFailures.push({ category, index, problem: v.errors.slice(0, 3).join('; '), sample });
}

/** Runs one input; an input over the limit is run again once, and fails only if slow both times. */
async function timed(category: string, index: number, run: () => Promise<void>): Promise<void> {
  let ms = Infinity;
  const before = failures.length + schemaFailures.length;
  // Retry only a clean run: a failing input is reported once, not twice.
  for (let attempt = 0; attempt < 2 && ms > LIMIT_MS && failures.length + schemaFailures.length === before; attempt++) {
    // Wall time inflates when other processes share the cores, process CPU time when parallel GC
    // threads run: the smaller of the two is the input's own cost, on a loaded machine or an idle one.
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await run();
    const cpu = process.cpuUsage(c0);
    ms = Math.min(ms, performance.now() - t0, (cpu.user + cpu.system) / 1000);
  }
  timing.count++;
  if (ms > timing.maxMs) {
    timing.maxMs = ms;
    timing.maxWhere = `${category} #${index}`;
  }
  if (ms > LIMIT_MS) timing.slow.push(`${category} #${index}: ${ms.toFixed(0)} ms`);
}

/**
 * Runs one input through extraction and the core. `prepare` (building the test DOM) is not
 * timed: in the browser the page is parsed before we run, and linkedom alone needs over 1 s
 * for some 20,000-row tables.
 */
async function throughPipeline<T>(category: string, index: number, sample: string, prepare: () => T, extract: (prepared: T) => PageInput): Promise<void> {
  let prepared: T;
  try {
    prepared = prepare();
  } catch (e) {
    failures.push({ category, index, problem: `test input could not be prepared: ${describeError(e)}`, sample });
    return;
  }
  await timed(category, index, async () => {
    let input: PageInput;
    try {
      input = extract(prepared);
    } catch (e) {
      failures.push({ category, index, problem: `extraction threw ${describeError(e)}`, sample });
      return;
    }
    try {
      checkRecord(category, index, await buildRecord(input, { now: NOW }), sample);
    } catch (e) {
      failures.push({ category, index, problem: `core threw ${describeError(e)}`, sample });
    }
  });
}

const PAGE_URL = 'http://www.example.gov.cn/art/2021/1/13/art_1.html';
const fromDocument = (doc: Document) => extractPage(doc, PAGE_URL);
const asIs = (input: PageInput) => input;

function linkedomDoc(html: string): Document {
  // The CLI's own parse: linkedom builds no documentElement for a fragment.
  return parsePage(html);
}

function jsdomDoc(html: string): Document {
  return new JSDOM(html).window.document;
}

async function runHtml(
  category: string,
  count: number,
  make: (r: Prng, i: number) => string,
  makeDoc: (html: string) => Document = linkedomDoc,
): Promise<void> {
  const r = new Prng(SEED ^ hashCategory(category));
  for (let i = 0; i < count; i++) {
    const html = make(r, i);
    await throughPipeline(category, i, sampleOf(html), () => makeDoc(html), fromDocument);
  }
}

function hashCategory(name: string): number {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Groups failures by category and kind of problem, with the first input of each as a replayable example. */
function report(list: Failure[]): string {
  const groups = new Map<string, { count: number; first: Failure }>();
  for (const f of list) {
    const key = `${f.category.split(' ')[0]}: ${f.problem.replace(/\/\w+\/\d+/g, '/…').slice(0, 90)}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { count: 1, first: f });
  }
  return [...groups.entries()]
    .map(([key, g]) => `${g.count} × ${key}\n    first: ${g.first.category} #${g.first.index} (seed ${SEED}): ${g.first.problem}\n    input: ${g.first.sample}`)
    .join('\n');
}

/** The running test's properties: every input ran, none failed or gave a schema-invalid record, none was slow. */
function expectClean(inputs: number): void {
  expect(report(failures)).toBe('');
  expect(report(schemaFailures)).toBe('');
  expect(timing.slow).toEqual([]);
  expect(timing.count).toBe(inputs);
}

describe(`fuzz (seed ${SEED})`, () => {
  beforeEach(() => {
    failures = [];
    schemaFailures = [];
    timing.count = 0;
    timing.slow = [];
  });
  afterEach(() => {
    totals.inputs += timing.count;
    totals.failures += failures.length;
    totals.schemaFailures += schemaFailures.length;
    totals.slow += timing.slow.length;
  });
  afterAll(() => {
    console.log(
      `fuzz: ${totals.inputs} inputs, max ${timing.maxMs.toFixed(1)} ms (${timing.maxWhere}), ` +
        `${totals.failures} failures, ${totals.schemaFailures} schema-invalid records, ${totals.slow} over ${LIMIT_MS} ms`,
    );
  });

  it('random tag soup (3,000) never throws', async () => {
    await runHtml('tag soup', 3000, (r) => tagSoup(r, r.smallInt(200) + 1));
    expectClean(3000);
  }, 120_000);

  it('damaged CMS article pages (2,500) never throw', async () => {
    await runHtml('article', 2500, (r) => articlePage(r));
    expectClean(2500);
  }, 120_000);

  it('the same generators under jsdom (300) never throw', async () => {
    await runHtml('jsdom', 300, (r, i) => (i % 2 ? articlePage(r) : tagSoup(r, r.smallInt(200) + 1)), jsdomDoc);
    expectClean(300);
  }, 120_000);

  it('deep nesting up to 5,000 levels (60) never throws', async () => {
    await runHtml('deep', 60, (r, i) => deepNesting(r, 100 + Math.floor((4900 * i) / 59)));
    expectClean(60);
  }, 120_000);

  it('huge text nodes up to 400,000 characters (12) and wide pages up to 10,000 siblings (10) never throw', async () => {
    await runHtml('huge text', 12, (r, i) => hugeText(r, 50_000 + Math.floor((350_000 * i) / 11)));
    await runHtml('wide', 10, (r, i) => widePage(r, 1000 * (i + 1)));
    expectClean(22);
  }, 120_000);

  it('empty and near-empty pages say they hold no article', async () => {
    for (const [i, html] of EMPTY_PAGES.entries()) {
      await throughPipeline('empty', i, sampleOf(html), () => linkedomDoc(html), fromDocument);
      const record = await buildRecord(fromDocument(linkedomDoc(html)), { now: NOW });
      if (record.isArticle && record.body.length === 0) failures.push({ category: 'empty', index: i, problem: 'article with no body', sample: sampleOf(html) });
    }
    expectClean(EMPTY_PAGES.length);
  });

  it('odd encodings (1,500) decode without throwing, and round-trip when the encoding is knowable', async () => {
    const r = new Prng(SEED ^ hashCategory('encoding'));
    for (let i = 0; i < 1500; i++) {
      const c = encodedPage(r);
      let text = '';
      try {
        const d = decodeBytes(c.bytes);
        text = d.text;
        if (c.expect !== undefined && text !== c.expect)
          failures.push({ category: `encoding ${c.kind}`, index: i, problem: `decoded as ${d.encoding}, text differs`, sample: sampleOf(text) });
      } catch (e) {
        failures.push({ category: `encoding ${c.kind}`, index: i, problem: `decodeBytes threw ${describeError(e)}`, sample: `${c.bytes.length} bytes` });
        continue;
      }
      await throughPipeline(`encoding ${c.kind}`, i, sampleOf(text), () => linkedomDoc(text), fromDocument);
    }
    expectClean(1500);
  }, 120_000);

  it('plain-text captures (2,000) never throw', async () => {
    const r = new Prng(SEED ^ hashCategory('text'));
    for (let i = 0; i < 2000; i++) {
      const text = textCapture(r);
      await throughPipeline(
        'text capture',
        i,
        sampleOf(text),
        () => text,
        (t) => pageInputFromText(t, null),
      );
    }
    expectClean(2000);
  }, 120_000);

  it('hostile PageInput hints (1,000) never make the core throw', async () => {
    const r = new Prng(SEED ^ hashCategory('hints'));
    for (let i = 0; i < 1000; i++) {
      const input = hostilePageInput(r);
      await throughPipeline('hostile hints', i, sampleOf(JSON.stringify(input.hints)), () => input, asIs);
    }
    expectClean(1000);
  }, 120_000);

  it('the CLI loader (200 files) returns a PageInput or an InputError naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fuzz-cli-'));
    const r = new Prng(SEED ^ hashCategory('cli'));
    try {
      for (let i = 0; i < 200; i++) {
        const ext = r.pick(['.html', '.htm', '.txt', '.shtml', '']);
        const file = join(dir, `page-${i}${ext}`);
        const c = i % 10 === 0 ? { bytes: new Uint8Array(0) } : i % 10 === 1 ? { bytes: new TextEncoder().encode(' \n\u3000') } : encodedPage(r);
        writeFileSync(file, c.bytes);
        await timed('cli', i, async () => {
          try {
            checkRecord('cli', i, await buildRecord(loadPage(file, null), { now: NOW }), `${c.bytes.length} bytes${ext}`);
          } catch (e) {
            if (!(e instanceof InputError) || !e.message.includes(file))
              failures.push({ category: 'cli', index: i, problem: `unclear failure ${describeError(e)}`, sample: `${c.bytes.length} bytes${ext}` });
          }
        });
      }
      expectClean(200);
      const missing = join(dir, 'does-not-exist.html');
      expect(() => loadPage(missing, null)).toThrow(InputError);
      expect(() => loadPage(missing, null)).toThrow(missing);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('the content script with random site rules and picks (500) leaves the page exactly as it was', async () => {
    const r = new Prng(SEED ^ hashCategory('rules'));
    const selectors = [
      'div',
      'p',
      '.TRS_Editor',
      '#zoom',
      'body',
      'html',
      '*',
      'div[',
      '::before',
      'a:has(',
      '>>>',
      '',
      '   ',
      'td > p:nth-child(2n+1)',
      '[hidden]',
      'h1 ~ *',
    ];
    for (let i = 0; i < 500; i++) {
      const html = articlePage(r);
      const rule = r.chance(0.2) ? null : { bodySelector: r.pick(selectors), dropSelectors: Array.from({ length: r.int(0, 3) }, () => r.pick(selectors)) };
      const sample = sampleOf(`${JSON.stringify(rule)} ${html}`);
      await throughPipeline(
        'content rules',
        i,
        sample,
        () => {
          const doc = linkedomDoc(html);
          // linkedom creates a missing <body> on first access (browsers always have one): do it
          // before the snapshot so only our own changes could show.
          void doc.body;
          const all = Array.from(doc.querySelectorAll('*'));
          return { doc, before: doc.documentElement?.outerHTML ?? '', picked: r.chance(0.2) && all.length ? r.pick(all) : null };
        },
        ({ doc, before, picked }) => {
          let input: PageInput;
          try {
            input = readPage(doc, PAGE_URL, rule, picked);
          } catch (e) {
            if (!(e instanceof CaptureError)) throw e;
            input = { url: PAGE_URL, format: 'html', documentTitle: null, hints: { isArticle: false, notArticleReason: e.message }, blocks: [] };
          }
          // Scoping hides elements for one synchronous extraction: every attribute must come back.
          if ((doc.documentElement?.outerHTML ?? '') !== before)
            failures.push({ category: 'content rules', index: i, problem: 'page DOM changed by the capture', sample });
          return input;
        },
      );
    }
    expectClean(500);
  }, 120_000);
});
