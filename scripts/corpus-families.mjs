#!/usr/bin/env node
// Per-family corpus scores from score.mjs's --json output (page ids are <family>-<n>):
//   node ../shared/eval/score.mjs --gold ../shared/corpus/pages --pred OUT --json scores.json
//   node scripts/corpus-families.mjs scores.json
// Prints a Markdown table: one row per source group (gne, mh, rd, np, gerapy, fundus) with the
// number of families (the <family> part of the ids) in it, then the mean over families, each
// weighing the same, so that a family with many pages does not carry the figure.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/corpus-families.mjs scores.json');
  process.exit(2);
}
const { rows } = JSON.parse(readFileSync(file, 'utf8'));
const KEYS = ['bodyF1', 'title', 'date', 'source', 'editor', 'meetingDate', 'attendees', 'nonArticle'];
const site = (id) => (id.startsWith('gerapy-neg') ? 'gerapy-neg' : id.replace(/-[^-]*$/, ''));
const group = (id) => (id.startsWith('gerapy-neg') ? 'gerapy-neg (non-articles)' : site(id).split('-')[0]);
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const valuesOf = (rs, k) => rs.map((r) => r[k]).filter((x) => typeof x === 'number');
const fmt = (x) => (x == null ? '–' : x.toFixed(3));

console.log(`| group | pages (families) | ${KEYS.join(' | ')} |`);
console.log(`|${'---|'.repeat(KEYS.length + 2)}`);
for (const g of [...new Set(rows.map((r) => group(r.id)))].sort()) {
  const rs = rows.filter((r) => group(r.id) === g);
  const families = new Set(rs.map((r) => site(r.id))).size;
  console.log(`| ${g} | ${rs.length} (${families}) | ${KEYS.map((k) => fmt(mean(valuesOf(rs, k)))).join(' | ')} |`);
}
const sites = [...new Set(rows.map((r) => site(r.id)))].filter((s) => s !== 'gerapy-neg');
const perSite = (k) =>
  mean(
    sites
      .map((s) =>
        mean(
          valuesOf(
            rows.filter((r) => site(r.id) === s),
            k,
          ),
        ),
      )
      .filter((x) => x != null),
  );
console.log(
  `| mean over ${sites.length} article families | ${rows.filter((r) => site(r.id) !== 'gerapy-neg').length} | ${KEYS.map((k) => fmt(perSite(k))).join(' | ')} |`,
);
