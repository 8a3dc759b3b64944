/**
 * Corpus regression: runs the CLI path (loadPage → extractPage → buildRecord) on every saved
 * page of ../shared/corpus, scores the records with ../shared/eval/score.mjs, and fails when a
 * mean falls below the figure last recorded in BENCHMARKS.md ("Corpus accuracy" table).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { buildRecord } from '../../../src/core/buildRecord';
import { loadPage } from '../../../src/cli/loadPage';

const ROOT = resolve(__dirname, '../../..');
const PAGES = resolve(ROOT, '../shared/corpus/pages');
const SCORER = resolve(ROOT, '../shared/eval/score.mjs');
const present = existsSync(PAGES) && existsSync(SCORER);
if (!present) console.warn(`corpus regression skipped: ${PAGES} or ${SCORER} not found`);

const FIELDS = ['bodyF1', 'title', 'date', 'source', 'editor', 'nonArticle'] as const;

/** The "ours" column of the table in BENCHMARKS.md's Corpus accuracy section. */
function recordedFigures(markdown: string): Partial<Record<(typeof FIELDS)[number], number>> {
  const start = markdown.indexOf('## Corpus accuracy');
  const end = markdown.indexOf('\n## ', start + 1);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  const out: Partial<Record<(typeof FIELDS)[number], number>> = {};
  for (const f of FIELDS) {
    const m = new RegExp(`^\\|\\s*${f}\\s*\\|\\s*([0-9.]+)\\s*\\|`, 'm').exec(section);
    if (m) out[f] = Number(m[1]);
  }
  return out;
}

describe('recordedFigures', () => {
  it('reads the ours column of the corpus table only', () => {
    const md =
      '# B\n## Corpus accuracy\n| field | ours | Readability |\n|---|---|---|\n| bodyF1 | 0.979 | 0.930 |\n| title | 0.991 | 0.810 |\n## Browser\n| date | 0.5 | 0.1 |\n';
    expect(recordedFigures(md)).toEqual({ bodyF1: 0.979, title: 0.991 });
  });
});

(present ? describe : describe.skip)('corpus accuracy does not regress', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'corpus-pred-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('keeps every mean at or above the figures in BENCHMARKS.md', async () => {
    const recorded = recordedFigures(readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8'));
    expect(Object.keys(recorded).length).toBe(FIELDS.length);
    for (const f of readdirSync(PAGES).filter((x) => x.endsWith('.html'))) {
      const record = await buildRecord(loadPage(join(PAGES, f), null), { now: new Date('2026-01-01T00:00:00Z') });
      writeFileSync(join(out, `${basename(f, '.html')}.json`), JSON.stringify(record));
    }
    const json = join(out, 'scores.json');
    const r = spawnSync(process.execPath, [SCORER, '--gold', PAGES, '--pred', out, '--json', json], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const { rows, mean } = JSON.parse(readFileSync(json, 'utf8')) as {
      rows: Array<{ id: string; nonArticle?: number | null; bodyF1?: number }>;
      mean: Record<string, number>;
    };
    const rejected = rows.filter((row) => row.bodyF1 !== undefined && row.nonArticle === 0).map((row) => row.id);
    expect(rejected).toEqual([]);
    const missed = rows.filter((row) => row.bodyF1 === undefined && row.nonArticle !== 1).map((row) => row.id);
    expect(missed).toEqual([]);
    // Figures are recorded to three decimals; the message names each mean that fell.
    const below = FIELDS.filter((f) => Number(mean[f].toFixed(3)) < recorded[f]!).map((f) => `${f} ${mean[f].toFixed(3)} < ${recorded[f]}`);
    expect(below).toEqual([]);
  }, 300000);
});
