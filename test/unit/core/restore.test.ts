import { bodyWithRestored, carriedCorrections, restoredIndices, RESTORED_FIELD, withRestored } from '../../../src/core/restore';
import type { Block, CaptureRecord } from '../../../src/core/types';

const p = (text: string): Block => ({ text, kind: 'paragraph' });
const record = (restored: unknown): Pick<CaptureRecord, 'body' | 'cleaning' | 'corrections'> => ({
  body: [p('第一段。'), p('第二段。'), p('第三段。')],
  cleaning: {
    pinyinRemoved: 0,
    duplicatesRemoved: 0,
    printViewRemoved: false,
    furnitureRemoved: 2,
    dateInferred: false,
    gluedDateSplit: false,
    convertedTo: null,
    notes: [],
    removed: [
      { text: '网页中不得使用<script>标签', kind: 'stray-markup', at: 1 },
      { text: '图为会场。', kind: 'caption', at: 2 },
      { text: '位置不明的一行', kind: 'link-list' },
      { text: '页首的一行', kind: 'page-header', at: 0 },
    ],
  },
  corrections: restored === undefined ? undefined : { [RESTORED_FIELD]: restored },
});

test('a line put back returns to the spot it stood in, others stay out', () => {
  expect(bodyWithRestored(record([0])).map((b) => b.text)).toEqual(['第一段。', '网页中不得使用<script>标签', '第二段。', '第三段。']);
  expect(bodyWithRestored(record([3, 1])).map((b) => b.text)).toEqual(['页首的一行', '第一段。', '第二段。', '图为会场。', '第三段。']);
});

test('a line whose spot is unknown goes at the end; nothing put back is the body as extracted', () => {
  expect(
    bodyWithRestored(record([2]))
      .map((b) => b.text)
      .at(-1),
  ).toBe('位置不明的一行');
  const r = record(undefined);
  expect(bodyWithRestored(r)).toBe(r.body);
});

test('only valid indices count', () => {
  expect(restoredIndices(record([1, 1, 9, -1, 'x', 2.5, 0]))).toEqual([0, 1]);
  expect(restoredIndices(record('0'))).toEqual([]);
});

test('putting back and taking out again', () => {
  expect(withRestored([2], 0, true)).toEqual([0, 2]);
  expect(withRestored([0, 2], 2, false)).toEqual([0]);
});

test('corrections carried to a new capture find the lines put back by text and kind', () => {
  const from = { ...record([0, 1, 3]), corrections: { title: '更正', [RESTORED_FIELD]: [0, 1, 3] } };
  const to = record(undefined);
  // The new capture removed the lines in another order and no longer removed the caption.
  to.cleaning = { ...to.cleaning, removed: [from.cleaning.removed![3], from.cleaning.removed![2], from.cleaning.removed![0]] };
  expect(carriedCorrections(from, to)).toEqual({ title: '更正', [RESTORED_FIELD]: [0, 2] });
  expect(carriedCorrections({ ...from, corrections: { title: '更正' } }, to)).toEqual({ title: '更正' });
  expect(carriedCorrections({ ...from, corrections: { [RESTORED_FIELD]: [1] } }, to)).toEqual({});
});
