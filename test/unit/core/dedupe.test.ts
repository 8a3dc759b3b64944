import { dedupeBlocks } from '../../../src/core/dedupe';
import type { Block } from '../../../src/core/types';

const p = (text: string): Block => ({ text, kind: 'paragraph' });
const A = '市政府召开常务会议，研究部署春季农业生产和防汛准备工作，要求各地压实责任。';
const B = '会议强调，要坚持问题导向，聚焦群众关切，切实把各项惠民措施落到实处。';
const C = '会议要求，各部门加强协作配合，形成工作合力，确保全年目标任务顺利完成。';

test('a repeated copy of the article (a run of paragraphs) is kept once', () => {
  const r = dedupeBlocks([p(A), p(B), p(C), p(A), p(B), p(C)]);
  expect(r.blocks.map((b) => b.text)).toEqual([A, B, C]);
  expect(r.removed).toBe(3);
  expect(r.longestRun).toBe(3);
});
test('a copy that differs only in spacing and punctuation width is still a copy', () => {
  const r = dedupeBlocks([p(A), p(B), p(A.replace(/，/g, ',') + ' '), p(` ${B}`)]);
  expect(r.blocks).toHaveLength(2);
});
test('a single repeated line (a caption, a price) stays', () => {
  const cap = '某某博物馆供图';
  const r = dedupeBlocks([p(cap), p(A), p(cap), p(B), p('成人票原价：30元'), p('成人票原价：30元')]);
  expect(r.blocks).toHaveLength(6);
  expect(r.removed).toBe(0);
});
