/**
 * npm run bench:signals [-- PAGES_DIR]
 *
 * What each signal contributes: for every article page with a gold record (default the corpus),
 * the signal the record names for title, publishedAt, source and editor (record.provenance) and
 * whether the value is right (../shared/eval/score.mjs); printed as a table of fields × signals
 * (pages taken from the signal, of them right), and the confidence grades against rightness.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildRecord } from '../src/core/buildRecord';
import { loadPage } from '../src/cli/loadPage';

const FIELDS = [
  ['title', 'title'],
  ['publishedAt', 'date'],
  ['source', 'source'],
  ['editor', 'editor'],
] as const;
const NOW = new Date('2026-12-01T00:00:00Z');

/** Signal families: meta:<tag> counts as one family per tag name kept short. */
function family(signal: string | undefined): string {
  if (!signal) return '(none)';
  return signal.startsWith('meta:') ? `meta:${signal.slice(5).toLowerCase()}` : signal;
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? '../shared/corpus/pages');
  const scorePath = resolve('../shared/eval/score.mjs');
  if (!existsSync(scorePath) || !existsSync(dir)) {
    console.error(`bench:signals: ${existsSync(dir) ? scorePath : dir} not found (run from the project root, with ../shared present)`);
    process.exit(2);
  }
  const scorer = (await import(pathToFileURL(scorePath).href)) as { scoreOne: (g: unknown, p: unknown) => Record<string, number | null> };
  const table = new Map<string, { n: number; right: number }>();
  const grades = new Map<string, { n: number; right: number }>();
  const add = (m: Map<string, { n: number; right: number }>, key: string, right: boolean) => {
    const row = m.get(key) ?? { n: 0, right: 0 };
    row.n++;
    if (right) row.right++;
    m.set(key, row);
  };
  let pages = 0;
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.html'))
    .sort()) {
    const goldFile = join(dir, `${basename(f, '.html')}.expected.json`);
    if (!existsSync(goldFile)) continue;
    const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
    if (gold.isArticle === false) continue;
    pages++;
    const record = await buildRecord(loadPage(join(dir, f), null), { now: NOW });
    const score = scorer.scoreOne(gold, record);
    for (const [field, column] of FIELDS) {
      if (score[column] == null) continue;
      const right = score[column] === 1;
      const filled = (record as unknown as Record<string, unknown>)[field] != null;
      add(table, `${field}\t${filled ? family(record.provenance?.[field]) : '(empty)'}`, right);
      if (filled) add(grades, `${field}\t${record.confidence?.[field] ?? '(none)'}`, right);
    }
  }
  console.log(`article pages: ${pages} from ${dir}\n`);
  console.log('| field | signal | pages | right |');
  console.log('|---|---|---|---|');
  for (const [key, { n, right }] of [...table].sort()) {
    const [field, signal] = key.split('\t');
    console.log(`| ${field} | ${signal} | ${n} | ${right} (${((100 * right) / n).toFixed(0)}%) |`);
  }
  console.log('\n| field | confidence | pages | right |');
  console.log('|---|---|---|---|');
  for (const [key, { n, right }] of [...grades].sort()) {
    const [field, grade] = key.split('\t');
    console.log(`| ${field} | ${grade} | ${n} | ${right} (${((100 * right) / n).toFixed(0)}%) |`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
