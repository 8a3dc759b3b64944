/**
 * npm run bench:corpus [-- PAGES_DIR] [--json OUT]
 *
 * Runs our extraction + core and Readability.js on the same saved pages in one run, builds a
 * capture record for each, scores both with ../shared/eval/score.mjs and prints both tables
 * and the difference. PAGES_DIR holds <id>.html with <id>.expected.json (default: the corpus).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildRecord } from '../src/core/buildRecord';
import type { CaptureRecord } from '../src/core/types';
import { decodeBytes } from '../src/cli/decode';
import { parsePage, urlBeside } from '../src/cli/loadPage';
import { extractPage } from '../src/extract/extractPage';
import { readabilityInput } from './readabilityInput';
import { meanOf, SCORE_KEYS, type Means, type Row } from './scores';

interface Scorer {
  scoreOne: (gold: unknown, pred: unknown) => Row;
}

const NOW = new Date('2026-01-01T00:00:00Z');

const fmt = (x: number | null) => (x == null ? '  -  ' : x.toFixed(3));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : null;
  const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--json') ?? '../shared/corpus/pages');
  const scorePath = resolve('../shared/eval/score.mjs');
  if (!existsSync(scorePath)) {
    console.error(`bench:corpus: ${scorePath} not found (run from the project root, with ../shared present)`);
    process.exit(2);
  }
  const scorer = (await import(pathToFileURL(scorePath).href)) as Scorer;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const ours: Row[] = [];
  const theirs: Row[] = [];
  const ourMs: number[] = [];
  const theirMs: number[] = [];
  for (const f of files) {
    const id = basename(f, '.html');
    const goldFile = join(dir, `${id}.expected.json`);
    if (!existsSync(goldFile)) continue;
    const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
    const html = decodeBytes(readFileSync(join(dir, f))).text;
    const url = urlBeside(join(dir, f));

    let t0 = performance.now();
    const ourInput = extractPage(parsePage(html), url);
    ourMs.push(performance.now() - t0);
    const ourRecord: CaptureRecord = await buildRecord(ourInput, { now: NOW });

    t0 = performance.now();
    const theirInput = readabilityInput(html, url);
    theirMs.push(performance.now() - t0);
    const theirRecord: CaptureRecord = await buildRecord(theirInput, { now: NOW });

    ours.push({ id, ...scorer.scoreOne(gold, ourRecord) });
    theirs.push({ id, ...scorer.scoreOne(gold, theirRecord) });
  }
  const a = meanOf(ours);
  const b = meanOf(theirs);
  const head = ['', ...SCORE_KEYS].map((k, i) => (i ? k.slice(0, 10).padStart(10) : ''.padEnd(22))).join(' ');
  const line = (name: string, m: Means) => [name.padEnd(22), ...SCORE_KEYS.map((k) => fmt(m[k]).padStart(10))].join(' ');
  console.log(`pages: ${ours.length} from ${dir}`);
  console.log(head);
  console.log(line('ours', a));
  console.log(line('Readability.js 0.6.0', b));
  console.log(
    [
      'difference'.padEnd(22),
      ...SCORE_KEYS.map((k) => (a[k] == null || b[k] == null ? '  -  ' : (a[k] - b[k] >= 0 ? '+' : '') + (a[k] - b[k]).toFixed(3)).padStart(10)),
    ].join(' '),
  );
  const neg = ours.filter((r) => typeof r.nonArticle === 'number' && r.bodyF1 === undefined);
  const rejected = ours.filter((r) => r.bodyF1 !== undefined && r.nonArticle === 0);
  console.log(`non-articles recognised: ${neg.filter((r) => r.nonArticle === 1).length} of ${neg.length}; articles rejected: ${rejected.length}`);
  console.log(`median per page in Node, linkedom parse included for both: ours ${median(ourMs).toFixed(2)} ms, Readability ${median(theirMs).toFixed(2)} ms`);
  const worst = ours
    .filter((r) => typeof r.bodyF1 === 'number')
    .sort((x, y) => (x.bodyF1 as number) - (y.bodyF1 as number))
    .slice(0, 5)
    .map((r) => `${r.id} ${(r.bodyF1 as number).toFixed(3)}`);
  console.log(`lowest body F1 (ours): ${worst.join(', ')}`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ dir, ours: { rows: ours, mean: a }, readability: { rows: theirs, mean: b } }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
