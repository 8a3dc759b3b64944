/**
 * Meeting-facts regression: runs the CLI path (loadPage → buildRecord) on the meeting reports of
 * ../shared/meetings (.txt captures) and on the saved pages of ../shared/corpus, scores the records
 * with ../shared/eval/score.mjs, and fails when a meeting mean falls below the figure recorded in
 * BENCHMARKS.md ("Meeting facts" table, "after" column).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { buildRecord } from '../../../src/core/buildRecord';
import { loadPage } from '../../../src/cli/loadPage';

const ROOT = resolve(__dirname, '../../..');
const SETS = {
  meetings: { dir: resolve(ROOT, '../shared/meetings'), ext: '.txt' },
  corpus: { dir: resolve(ROOT, '../shared/corpus/pages'), ext: '.html' },
} as const;
type SetName = keyof typeof SETS;
const SCORER = resolve(ROOT, '../shared/eval/score.mjs');
const FIELDS = ['title', 'meetingDate', 'host', 'attendees', 'directives', 'noMeeting'] as const;

const present = (set: SetName) => existsSync(SETS[set].dir) && existsSync(SCORER);
for (const set of Object.keys(SETS) as SetName[]) {
  if (!present(set)) console.warn(`meeting-facts regression on ${set} skipped: ${SETS[set].dir} or ${SCORER} not found`);
}

/** The "after" column of the Meeting facts table: "| set | field | before | after | target |". */
function recordedMeetingFigures(markdown: string): Record<SetName, Partial<Record<string, number>>> {
  const start = markdown.indexOf('## Meeting facts');
  const out: Record<SetName, Partial<Record<string, number>>> = { meetings: {}, corpus: {} };
  if (start < 0) return out;
  const end = markdown.indexOf('\n## ', start + 1);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  for (const m of section.matchAll(/^\|\s*(meetings|corpus)\s*\|\s*(\w+)\s*\|\s*[0-9.]+\s*\|\s*([0-9.]+)\s*\|/gm)) {
    out[m[1] as SetName][m[2]] = Number(m[3]);
  }
  return out;
}

describe('recordedMeetingFigures', () => {
  it('reads the after column of the Meeting facts table only', () => {
    const md = [
      '# B',
      '## Corpus accuracy',
      '| meetings | host | 0.1 | 0.2 | |',
      '## Meeting facts',
      '| set | field | before | after | target |',
      '|---|---|---|---|---|',
      '| meetings | host | 0.633 | 0.974 | ≥ 0.95 |',
      '| corpus | noMeeting | 0.906 | 0.991 | ≥ 0.99 |',
      '## Browser',
      '| meetings | title | 0.5 | 0.6 | |',
    ].join('\n');
    expect(recordedMeetingFigures(md)).toEqual({ meetings: { host: 0.974 }, corpus: { noMeeting: 0.991 } });
  });
});

async function scoreSet(set: SetName, out: string): Promise<Record<string, number | null>> {
  const { dir, ext } = SETS[set];
  for (const f of readdirSync(dir).filter((x) => extname(x) === ext)) {
    const record = await buildRecord(loadPage(join(dir, f), null), { now: new Date('2026-12-01T00:00:00Z') });
    writeFileSync(join(out, `${basename(f, ext)}.json`), JSON.stringify(record));
  }
  const json = join(out, 'scores.json');
  const r = spawnSync(process.execPath, [SCORER, '--gold', dir, '--pred', out, '--json', json], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status).toBe(0);
  return (JSON.parse(readFileSync(json, 'utf8')) as { mean: Record<string, number | null> }).mean;
}

for (const set of Object.keys(SETS) as SetName[]) {
  (present(set) ? describe : describe.skip)(`meeting facts on ${set} do not regress`, () => {
    let out: string;
    beforeAll(() => {
      out = mkdtempSync(join(tmpdir(), `meeting-pred-${set}-`));
    });
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('keeps every meeting mean at or above the figures in BENCHMARKS.md', async () => {
      const recorded = recordedMeetingFigures(readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8'))[set];
      expect(Object.keys(recorded).length).toBeGreaterThan(0);
      const mean = await scoreSet(set, out);
      // Figures are recorded to three decimals; the message names each mean that fell.
      const below = FIELDS.filter((f) => recorded[f] !== undefined)
        .filter((f) => Number((mean[f] ?? 0).toFixed(3)) < recorded[f]!)
        .map((f) => `${f} ${(mean[f] ?? 0).toFixed(3)} < ${recorded[f]}`);
      expect(below).toEqual([]);
    }, 300000);
  });
}
