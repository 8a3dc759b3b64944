/**
 * npm run bench:perturb [-- PAGES_DIR] [--only NAME,...] [--list FIELD]
 *
 * How far the corpus scores rest on what a page's markup happens to name. Each saved page is
 * read again after a change that leaves what a reader sees as it was (the gold record stays
 * right): class and id names made meaningless, the head's meta tags and JSON-LD removed, the
 * <title> removed, the headings turned into plain blocks, the page wrapped in a layout table,
 * all of these at once (an old template with no semantic markup), and the page in traditional
 * script (a Hong Kong or Taiwan mirror). A rule that reads a
 * page's build holds under them; a rule that learnt one site's class names does not. Scores as
 * bench:corpus does, against the same gold, with Readability.js on the same changed pages in the
 * same run; `--list title` names the pages whose title a perturbation lost.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildRecord } from '../src/core/buildRecord';
import { decodeBytes } from '../src/cli/decode';
import { parsePage, urlBeside } from '../src/cli/loadPage';
import { extractPage } from '../src/extract/extractPage';
import { loadReadings, PERTURBATION_NAMES } from './perturbations';
import { readabilityInput } from './readabilityInput';
import { meanOf, SCORE_KEYS, type Means, type Row } from './scores';

const NOW = new Date('2026-01-01T00:00:00Z');

interface Scorer {
  scoreOne: (gold: unknown, pred: unknown) => Row;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : null;
  };
  const dir = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '../shared/corpus/pages');
  const scorePath = resolve('../shared/eval/score.mjs');
  if (!existsSync(scorePath) || !existsSync(dir)) {
    console.error(`bench:perturb: needs ${scorePath} and ${dir} (run from the project root, with ../shared present)`);
    process.exit(2);
  }
  const scorer = (await import(pathToFileURL(scorePath).href)) as Scorer;
  const only = opt('--only')?.split(',');
  const listField = opt('--list');
  const names = PERTURBATION_NAMES.filter((n) => n === 'baseline' || !only || only.includes(n));
  const readings = await loadReadings();
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html') && existsSync(join(dir, `${basename(f, '.html')}.expected.json`)))
    .sort();
  const rows: Record<string, Row[]> = Object.fromEntries(names.map((n) => [n, []]));
  const theirs: Record<string, Row[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const f of pages) {
    const id = basename(f, '.html');
    const gold = JSON.parse(readFileSync(join(dir, `${id}.expected.json`), 'utf8'));
    const html = decodeBytes(readFileSync(join(dir, f))).text;
    const url = urlBeside(join(dir, f));
    for (const name of names) {
      const reading = readings[name];
      const opts = { now: NOW, outputScript: reading.outputScript };
      const want = reading.gold(gold);
      const doc = parsePage(html);
      reading.perturb(doc, gold);
      const record = await buildRecord(extractPage(doc, url), opts);
      rows[name].push({ id, ...scorer.scoreOne(want, record), title_got: record.title ?? '' });
      const theirDoc = parsePage(html);
      reading.perturb(theirDoc, gold);
      theirs[name].push({ id, ...scorer.scoreOne(want, await buildRecord(readabilityInput(theirDoc, url), opts)) });
    }
  }
  const fmt = (x: number | null) => (x == null ? '  -  ' : x.toFixed(3));
  console.log(`bench:perturb  ${new Date().toISOString()}  ${pages.length} pages from ${dir}`);
  console.log(['perturbation'.padEnd(18), ...SCORE_KEYS.map((k) => k.slice(0, 10).padStart(10))].join(' '));
  const base = meanOf(rows.baseline);
  for (const name of names) {
    const m: Means = meanOf(rows[name]);
    const r: Means = meanOf(theirs[name]);
    console.log([name.padEnd(18), ...SCORE_KEYS.map((k) => fmt(m[k]).padStart(10))].join(' '));
    console.log(['  Readability.js'.padEnd(18), ...SCORE_KEYS.map((k) => fmt(r[k]).padStart(10))].join(' '));
    if (name !== 'baseline') {
      const lost = rows[name].filter((r, i) => typeof r.title === 'number' && (rows.baseline[i].title as number) - r.title > 0.2).length;
      const dateLost = rows[name].filter((r, i) => typeof r.date === 'number' && (rows.baseline[i].date as number) - r.date > 0.2).length;
      const srcLost = rows[name].filter((r, i) => typeof r.source === 'number' && (rows.baseline[i].source as number) - r.source > 0.2).length;
      const bodyLost = rows[name].filter((r, i) => typeof r.bodyF1 === 'number' && (rows.baseline[i].bodyF1 as number) - r.bodyF1 > 0.1).length;
      console.log(
        `${''.padEnd(18)} pages worse than baseline: title ${lost}, date ${dateLost}, source ${srcLost}, body (F1 −0.1 or more) ${bodyLost}; mean change ${SCORE_KEYS.filter(
          (k) => base[k] != null && m[k] != null && Math.abs(m[k]! - base[k]!) >= 0.0005,
        )
          .map((k) => `${k} ${(m[k]! - base[k]! >= 0 ? '+' : '') + (m[k]! - base[k]!).toFixed(3)}`)
          .join(', ')}`,
      );
    }
  }
  if (listField) {
    for (const name of names.filter((n) => n !== 'baseline')) {
      const worse = rows[name].filter((r, i) => typeof r[listField] === 'number' && (rows.baseline[i][listField] as number) - (r[listField] as number) > 0.1);
      if (!worse.length) continue;
      console.log(`\n${name}: ${listField} worse on ${worse.length}`);
      for (const r of worse) console.log(`  ${r.id}  ${(r[listField] as number).toFixed(3)}  title: ${String(r.title_got).slice(0, 60)}`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
