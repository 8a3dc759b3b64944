import fc from 'fast-check';
import { buildRecord } from '../../../src/core/buildRecord';
import { cleanCapture } from '../../../src/core/cleaner/cleanCapture';
import { pageInputFromText } from '../../../src/core/textCapture';
import type { PageInput } from '../../../src/core/types';

/** A fixed capture clock after every date the tests print (a publish date after the capture is refused). */
const FIXED_NOW = new Date('2026-12-01T00:00:00Z');

/**
 * Property: cleaning never drops or alters a character of a body paragraph that is not a
 * duplicate, whatever furniture surrounds it, in text captures and in extracted HTML blocks.
 */
const HAN =
  '市政府会议研究部署工作要求各地落实责任推进发展经济社会民生保障安全生产农业科技教育文化卫生交通水利环境治理改革创新开放合作项目建设群众服务质量效率';
const hanWord = fc.string({ unit: fc.constantFrom(...HAN), minLength: 2, maxLength: 6 });
const clause = fc.array(hanWord, { minLength: 2, maxLength: 5 }).map((ws) => ws.join(''));
const digits = fc.integer({ min: 1, max: 999 }).map(String);
const paragraph = fc
  .tuple(
    fc.array(
      fc.oneof(
        clause,
        fc.tuple(clause, digits).map(([c, d]) => `${c}${d}项`),
        fc.tuple(clause).map(([c]) => `（${c}）`),
      ),
      { minLength: 3, maxLength: 8 },
    ),
  )
  .map(([cs]) => `${cs.join('，')}。`)
  .filter((s) => s.length >= 30);
const furniture = fc.constantFrom('扫一扫在手机打开当前页', '【字体：大 中 小】', '打印本页 关闭窗口', '您当前的位置 : 首页 > 新闻', '报料热线：12345678', '-');

const distinct = (ps: string[]) => [...new Map(ps.map((p) => [p.replace(/[，。（）\s]/g, ''), p])).values()];

test('text capture: every distinct body paragraph survives verbatim and in order', () => {
  fc.assert(
    fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), fc.array(furniture, { maxLength: 3 }), (raw, junk) => {
      const paras = distinct(raw);
      const page = ['市政府召开常务会议', '发布时间：2019年03月02日', ...junk, ...paras, '责任编辑：陶然', ...junk].join('\n');
      const c = cleanCapture(pageInputFromText(page));
      expect(c.body.map((b) => b.text)).toEqual(paras);
    }),
    { numRuns: 200 },
  );
});

test('HTML blocks: furniture interleaved with paragraphs never costs a paragraph character', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(paragraph, fc.option(furniture)), { minLength: 1, maxLength: 8 }), (pairs) => {
      const paras = distinct(pairs.map(([p]) => p));
      const blocks = paras.flatMap((p, i) => {
        const junk = pairs[i]?.[1];
        return junk && junk !== '-' && !/扫一扫/.test(junk)
          ? [
              { text: p, kind: 'paragraph' as const },
              { text: junk, kind: 'paragraph' as const },
            ]
          : [{ text: p, kind: 'paragraph' as const }];
      });
      const input: PageInput = { url: null, format: 'html', documentTitle: null, hints: { title: '市政府召开常务会议' }, blocks };
      const c = cleanCapture(input);
      expect(c.body.map((b) => b.text)).toEqual(paras);
    }),
    { numRuns: 200 },
  );
});

test('every summary sentence is text of the body', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 10 }), async (raw) => {
      const paras = distinct(raw);
      const r = await buildRecord(pageInputFromText(['市政府召开常务会议', '发布时间：2019年03月02日', ...paras].join('\n')), { now: FIXED_NOW });
      const body = r.body.map((b) => b.text).join('\n');
      for (const s of r.summary) expect(body).toContain(s);
    }),
    { numRuns: 50 },
  );
});
