import { SEARCH_TEXT_MAX, indexRowOf, searchableText } from '../../../src/background/dbIndex';
import { sampleRecord } from '../export/sampleRecord';

/** The search row: complete for real articles, a bounded prefix for huge pages. */

test('an ordinary record is searchable over all its fields and its whole body, lower-cased', () => {
  const r = sampleRecord({
    title: 'Title ABC',
    body: [
      { text: '第一段 First', kind: 'paragraph' },
      { text: '最后一段 LAST', kind: 'paragraph' },
    ],
  });
  const text = searchableText(r);
  expect(text).toContain('title abc');
  expect(text).toContain('first');
  expect(text).toContain('最后一段 last');
  expect(text).toContain(r.url!.toLowerCase());
});

test('a line the user put back into the body is searched too', () => {
  const base = sampleRecord({ body: [{ text: '正文一段', kind: 'paragraph' }] });
  const r = { ...base, cleaning: { ...base.cleaning, removed: [{ text: '被删的 RESTOREDLINE', kind: 'link-list', at: 1 }] } };
  expect(searchableText(r)).not.toContain('restoredline');
  expect(searchableText({ ...r, corrections: { 'body.restored': [0] } })).toContain('被删的 restoredline');
});

test('a huge body is searched over its first SEARCH_TEXT_MAX characters, fields first', () => {
  const block = '甲'.repeat(10_000);
  const body = Array.from({ length: 300 }, (_, i) => ({
    text: i === 299 ? `TAILMARK${block}` : i === 0 ? `HEADMARK${block}` : block,
    kind: 'paragraph' as const,
  }));
  const r = sampleRecord({ title: 'Huge TITLE', body });
  const row = indexRowOf(r);
  expect(row.text.length).toBe(SEARCH_TEXT_MAX);
  expect(row.text.startsWith('huge title')).toBe(true);
  expect(row.text).toContain('headmark');
  expect(row.text).not.toContain('tailmark');
  expect(row.id).toBe(r.id);
});
