import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { importRecords } from '../../../src/core/export';

/** `--format`: the same records as the default JSON, in each export format, on stdout or under --out. */
const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const PAGES = join(ROOT, 'test/fixtures/pages');
const NOTICE = join(PAGES, 'notice-three-attachments/page.html');
const NOTICE_URL = readFileSync(join(PAGES, 'notice-three-attachments/url'), 'utf8').trim();
const DISCLOSURE = join(PAGES, 'disclosure-label-lines-traditional/page.html');

function capture(args: string[]) {
  return spawnSync(TSX, [join(ROOT, 'src/cli/capture.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
}

describe('npm run capture -- --format', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'capture-format-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints RIS on stdout for one page, with its URL, date and site', () => {
    const r = capture([NOTICE, '--url', NOTICE_URL, '--format', 'ris']);
    expect(r.status).toBe(0);
    const [item] = new Cite(r.stdout).data;
    expect(item).toMatchObject({
      title: '关于开展2024年度青年人才计划申报工作的通知',
      URL: NOTICE_URL,
      issued: { 'date-parts': [[2024, 4, 2]] },
      publisher: '示例市科学技术局',
    });
  });

  it('prints CSL-JSON and BibTeX for several pages as one text', () => {
    const csl = capture([NOTICE, DISCLOSURE, '--format', 'csl-json', '--jobs', '1']);
    expect(csl.status).toBe(0);
    const items = JSON.parse(csl.stdout);
    expect(items).toHaveLength(2);
    // The disclosure page names its issuer and 发文字号: an institutional author and the number.
    const doc = items.find((i: { number?: string }) => i.number);
    expect(doc).toMatchObject({ author: [{ literal: '某市人民政府' }], number: '某府發〔2024〕3號', issued: { 'date-parts': [[2024, 5, 2]] } });
    const bib = capture([NOTICE, DISCLOSURE, '--format', 'bibtex', '--jobs', '1']);
    expect(new Cite(bib.stdout).data).toHaveLength(2);
  });

  it('writes a file per page for Markdown and one combined file for CSV under --out', () => {
    const out = join(dir, 'md');
    expect(capture([NOTICE, '--url', NOTICE_URL, '--format', 'markdown', '--out', out]).status).toBe(0);
    const md = readFileSync(join(out, 'page.md'), 'utf8');
    expect(md).toContain('关于开展2024年度青年人才计划申报工作的通知');
    const csvOut = join(dir, 'csv');
    expect(capture([NOTICE, DISCLOSURE, '--format', 'csv', '--out', csvOut, '--jobs', '1']).status).toBe(0);
    expect(existsSync(join(csvOut, 'page.json'))).toBe(false);
    expect((readFileSync(join(csvOut, 'captures.csv'), 'utf8').match(/\r\n/g) ?? []).length).toBe(3);
  });

  it('the combined CSV imports back with every new field', async () => {
    const back = await importRecords(capture([NOTICE, '--url', NOTICE_URL, '--format', 'csv']).stdout, 'captures.csv');
    const other = await importRecords(capture([DISCLOSURE, '--format', 'csv']).stdout, 'captures.csv');
    back.records.push(...other.records);
    expect([...back.errors, ...other.errors]).toEqual([]);
    expect(back.records).toHaveLength(2);
    const notice = back.records.find((r) => r.attachments?.length)!;
    expect(notice.attachments?.map((a) => a.type)).toEqual(['pdf', 'docx', 'xlsx']);
    expect(notice.related).toHaveLength(2);
    expect(back.records.find((r) => r.disclosure)?.disclosure?.docNo?.value).toBe('某府發〔2024〕3號');
  });

  it('refuses a format it does not know, and --jsonl with another format', () => {
    expect(capture([NOTICE, '--format', 'docx']).status).toBe(2);
    expect(capture([NOTICE, DISCLOSURE, '--format', 'ris', '--jsonl', join(dir, 'x.jsonl')]).status).toBe(2);
  });
});
