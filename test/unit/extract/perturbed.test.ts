/**
 * Robustness regression: the corpus read again after changes a reader does not see
 * (bench/perturbations.ts: class and id names made meaningless, no <title>, headings as plain
 * blocks, the page in traditional script…), scored with ../shared/eval/score.mjs against the same gold, fails when a mean falls
 * below the figure recorded in BENCHMARKS.md ("Robustness under perturbation" table). The
 * corpus test holds the scores on pages as they are; this one holds what the rules read of a
 * page's build rather than of its markup's names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { loadReadings, PERTURBATION_NAMES, type GoldBody } from '../../../bench/perturbations';
import { decodeBytes } from '../../../src/cli/decode';
import { parsePage, urlBeside } from '../../../src/cli/loadPage';
import { buildRecord } from '../../../src/core/buildRecord';
import { extractPage } from '../../../src/extract/extractPage';

const ROOT = resolve(__dirname, '../../..');
const PAGES = resolve(ROOT, '../shared/corpus/pages');
const SCORER = resolve(ROOT, '../shared/eval/score.mjs');
const present = existsSync(PAGES) && existsSync(SCORER);
if (!present) console.warn(`robustness regression skipped: ${PAGES} or ${SCORER} not found`);

const goldOf = (id: string) => join(PAGES, `${id}.expected.json`);

const FIELDS = ['bodyF1', 'title', 'date', 'source', 'nonArticle'] as const;
type Floors = Record<string, Partial<Record<(typeof FIELDS)[number], number>>>;

/** The rows of the table in BENCHMARKS.md's "Robustness under perturbation" section: perturbation → field → mean. */
function recordedFloors(markdown: string): Floors {
  const start = markdown.indexOf('## Robustness under perturbation');
  if (start < 0) return {};
  const end = markdown.indexOf('\n## ', start + 1);
  const lines = markdown.slice(start, end < 0 ? undefined : end).split('\n');
  const header = lines.find((l) => l.startsWith('| perturbation'));
  if (!header) return {};
  const columns = header.split('|').map((c) => c.trim());
  const out: Floors = {};
  for (const line of lines) {
    const cells = line.split('|').map((c) => c.trim());
    const name = cells[1];
    if (!name || !PERTURBATION_NAMES.includes(name) || name === 'baseline') continue;
    const row: Partial<Record<(typeof FIELDS)[number], number>> = {};
    for (const f of FIELDS) {
      const v = Number(cells[columns.indexOf(f)]);
      if (columns.includes(f) && Number.isFinite(v)) row[f] = v;
    }
    out[name] = row;
  }
  return out;
}

describe('recordedFloors', () => {
  it('reads each perturbation row of the robustness table only', () => {
    const md =
      '# B\n## Robustness under perturbation\n| perturbation | bodyF1 | title | date | source | nonArticle |\n|---|---|---|---|---|---|\n| baseline | 0.9 | 1 | 1 | 1 | 1 |\n| neutral-names | 0.968 | 1.000 | 0.974 | 0.940 | 0.900 |\n## Other\n| no-meta | 0.1 | 0.1 | 0.1 | 0.1 | 0.1 |\n';
    expect(recordedFloors(md)).toEqual({ 'neutral-names': { bodyF1: 0.968, title: 1, date: 0.974, source: 0.94, nonArticle: 0.9 } });
  });
});

(present ? describe : describe.skip)('corpus scores under perturbations do not regress', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'perturbed-pred-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('keeps every mean at or above the figures in BENCHMARKS.md', async () => {
    const floors = recordedFloors(readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8'));
    const names = Object.keys(floors);
    expect(names.length).toBeGreaterThanOrEqual(3);
    const pages = readdirSync(PAGES).filter((x) => x.endsWith('.html'));
    const readings = await loadReadings();
    const below: string[] = [];
    for (const name of names) {
      const reading = readings[name];
      const dir = join(out, name);
      const goldDir = join(out, `${name}-gold`);
      mkdirSync(dir);
      mkdirSync(goldDir);
      for (const f of pages) {
        const id = basename(f, '.html');
        if (!existsSync(goldOf(id))) continue;
        const gold = JSON.parse(readFileSync(goldOf(id), 'utf8')) as GoldBody;
        const doc = parsePage(decodeBytes(readFileSync(join(PAGES, f))).text);
        reading.perturb(doc, gold);
        const record = await buildRecord(extractPage(doc, urlBeside(join(PAGES, f))), {
          now: new Date('2026-01-01T00:00:00Z'),
          outputScript: reading.outputScript,
        });
        writeFileSync(join(dir, `${id}.json`), JSON.stringify(record));
        writeFileSync(join(goldDir, `${id}.expected.json`), JSON.stringify(reading.gold(gold)));
      }
      const json = join(dir, 'scores.json');
      const r = spawnSync(process.execPath, [SCORER, '--gold', goldDir, '--pred', dir, '--json', json], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      const { mean } = JSON.parse(readFileSync(json, 'utf8')) as { mean: Record<string, number> };
      for (const [f, floor] of Object.entries(floors[name])) {
        if (Number(mean[f].toFixed(3)) < floor) below.push(`${name} ${f} ${mean[f].toFixed(3)} < ${floor}`);
      }
    }
    expect(below).toEqual([]);
  }, 600000);
});
