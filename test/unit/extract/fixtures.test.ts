import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRecord } from '../../../src/core/buildRecord';
import { loadPage } from '../../../src/cli/loadPage';
import type { CaptureRecord } from '../../../src/core/types';

/**
 * Pages we wrote ourselves, modelled on templates of government and news sites (not copies of
 * any real page): each folder of test/fixtures/pages holds `page.html` (or `page.txt`), an
 * optional `url`, and `expected.json`, the record it must become, in the shared gold format
 * (title, publishedAt, source, editor, isArticle, body, neutral, notes). `notes` says which
 * convention of page building the fixture stands for, so a failure names the rule that broke.
 */
const DIR = join(__dirname, '../../fixtures/pages');

interface Expected {
  isArticle?: boolean;
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  editor?: string | null;
  body?: string[];
  neutral?: string[];
  notes?: string;
  attachments?: CaptureRecord['attachments'];
  related?: CaptureRecord['related'];
  disclosure?: CaptureRecord['disclosure'];
  /** The deck lines, in order. */
  deck?: string[];
  /** The authors with their roles, in order. */
  authors?: { name: string; role: string }[];
  /** The figures (src, alt, caption), in order. */
  figures?: { src: string | null; alt: string; caption: string | null }[];
  /** Text no summary sentence may contain (addressees, notes, signatures, captions, datelines). */
  summaryExcludes?: string[];
  /** Lines that must be listed among the removed lines, with their kind. */
  removed?: { text: string; kind: string }[];
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const names = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((n) => existsSync(join(DIR, n, 'expected.json')))
      .sort()
  : [];

function pageFile(name: string): string {
  const html = join(DIR, name, 'page.html');
  return existsSync(html) ? html : join(DIR, name, 'page.txt');
}

test('the fixture folders are all complete', () => {
  for (const n of existsSync(DIR) ? readdirSync(DIR) : []) {
    expect([n, existsSync(join(DIR, n, 'expected.json')) && existsSync(pageFile(n))]).toEqual([n, true]);
  }
});

// describe.each refuses an empty table.
if (names.length)
  describe.each(names)('fixture %s', (name) => {
    const expected: Expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8'));
    const urlFile = join(DIR, name, 'url');
    const url = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : null;
    const record = () => buildRecord(loadPage(pageFile(name), url), { now: new Date('2026-12-01T00:00:00Z') });

    test('article verdict, title, date, source, editor', async () => {
      const r = await record();
      if (expected.isArticle !== undefined) expect(r.isArticle).toBe(expected.isArticle);
      if (expected.title !== undefined) expect(r.title).toBe(expected.title);
      if (expected.publishedAt !== undefined) expect(r.publishedAt).toBe(expected.publishedAt);
      if (expected.source !== undefined) expect(r.source).toBe(expected.source);
      if (expected.editor !== undefined) expect(r.editor).toBe(expected.editor);
    });

    if (expected.attachments || expected.related || expected.disclosure !== undefined) {
      test('attachments, related links and disclosure facts', async () => {
        const r = await record();
        if (expected.attachments) expect(r.attachments).toEqual(expected.attachments);
        if (expected.related) expect(r.related).toEqual(expected.related);
        if (expected.disclosure !== undefined) expect(r.disclosure).toEqual(expected.disclosure);
      });
    }

    if (expected.deck || expected.authors || expected.figures) {
      test('deck, authors and figures', async () => {
        const r = await record();
        if (expected.deck) expect(r.deck).toEqual(expected.deck);
        if (expected.authors) expect(r.authors).toEqual(expected.authors);
        if (expected.figures) expect(r.figures).toEqual(expected.figures);
      });
    }

    if (expected.summaryExcludes || expected.removed) {
      test('summary from content paragraphs only; removed lines listed with their kind', async () => {
        const r = await record();
        expect(r.summary.length).toBeGreaterThan(0);
        for (const bad of expected.summaryExcludes ?? []) expect([bad, r.summary.filter((s) => s.includes(bad))]).toEqual([bad, []]);
        for (const line of expected.removed ?? []) expect(r.cleaning.removed).toContainEqual(line);
      });
    }

    if (expected.body) {
      test('body: every expected paragraph in order, nothing else but neutral lines', async () => {
        const r = await record();
        const neutral = new Set((expected.neutral ?? []).map(squash));
        const got = r.body.map((b) => squash(b.text)).filter((t) => !neutral.has(t));
        expect(got).toEqual(expected.body!.map(squash));
      });
    }
  });
