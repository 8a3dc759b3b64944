import { keepRemoved, placeRemoved, type PendingRemoved } from '../../../../src/core/cleaner/removedLines';
import { makeTextLine } from '../../../../src/core/cleaner/textLines';
import { MAX_REMOVED_LINES, MAX_REMOVED_TEXT } from '../../../../src/core/types';
import { P1, P2, P3 } from './pages';

describe('keepRemoved', () => {
  test('keeps a line with its kind and spot, cut to the record’s length, up to the record’s cap; an empty line is nothing', () => {
    const out: PendingRemoved[] = [];
    keepRemoved(out, '扫一扫在手机打开当前页', 'share-prompt', { body: 1 });
    keepRemoved(out, '', 'page-tools', {});
    keepRemoved(out, '县'.repeat(MAX_REMOVED_TEXT + 5), 'after-article', { tail: true });
    expect(out).toEqual([
      { text: '扫一扫在手机打开当前页', kind: 'share-prompt', body: 1 },
      { text: '县'.repeat(MAX_REMOVED_TEXT), kind: 'after-article', tail: true },
    ]);
    for (let k = 0; k < MAX_REMOVED_LINES + 10; k++) keepRemoved(out, `第${k}行`, 'after-article', {});
    expect(out).toHaveLength(MAX_REMOVED_LINES);
  });
});

describe('placeRemoved: each removed line’s spot in the final body', () => {
  // Extraction sent blocks 0, 2, 4 and 6 (1, 3, 5 went elsewhere); the body repeats P1 at its end.
  const [a, b, c, copy] = [P1, P2, P3, P1].map((t, k) => makeTextLine(t, 'paragraph', false, 2 * k));
  const body = [a, b, c, copy];
  const kept = new Set([a, b, c]);
  const place = (p: PendingRemoved) => placeRemoved([p], body, kept)[0];
  test('a spot in the body counts the final blocks above it; a repeated copy is not final', () => {
    expect(place({ text: 'x', kind: 'byline', body: 0 }).at).toBe(0);
    expect(place({ text: 'x', kind: 'byline', body: 2 }).at).toBe(2);
    expect(place({ text: 'x', kind: 'repeated-copy', body: 4 }).at).toBe(3);
    expect(place({ text: 'x', kind: 'byline', body: 9 }).at).toBe(3);
  });
  test('after the article’s end: below the whole body', () => {
    expect(place({ text: 'x', kind: 'after-article', tail: true }).at).toBe(3);
  });
  test('a spot among the input’s blocks counts the kept lines that came from blocks above it', () => {
    expect(place({ text: 'x', kind: 'link-list', input: 0 }).at).toBe(0);
    expect(place({ text: 'x', kind: 'link-list', input: 3 }).at).toBe(2);
    expect(place({ text: 'x', kind: 'link-list', input: 7 }).at).toBe(3);
  });
  test('no spot: none given', () => {
    expect(place({ text: 'x', kind: 'link-list' })).toEqual({ text: 'x', kind: 'link-list' });
  });
});
