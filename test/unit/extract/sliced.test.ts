import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes } from '../../../src/cli/decode';
import { extractPage, extractPageSliced, PageTooLargeError } from '../../../src/extract/extractPage';
import { collectLines, LineWalker } from '../../../src/extract/lines';
import { findRegion } from '../../../src/extract/region';
import { DOMS, govPage } from './doms';

/** A clock that moves one unit per reading: with sliceMs 1 every stop test ends a slice. */
function tickingClock(step = 1) {
  let t = 0;
  return () => (t += step);
}

/** A long page: a feed, a data table, <br> lines, hidden parts and the article, > 3,000 nodes. */
function longPage(): string {
  const items = Array.from(
    { length: 600 },
    (_, i) => `<li class="item"><a href="/n/${i}">示例新闻标题第${i}条</a><span>2024-05-${(i % 28) + 1}</span></li>`,
  ).join('');
  const rows = Array.from({ length: 40 }, (_, i) => `<tr><td>项目${i}</td><td>${i * 10}万元</td></tr>`).join('');
  const brs = Array.from({ length: 60 }, (_, i) => `第${i}行，说明文字内容。<br>`).join('');
  return govPage({
    body: `<p>5月14日，市政府召开常务会议，研究部署当前安全生产工作。会议强调，要坚持人民至上。</p>
      <table><tbody>${rows}</tbody></table><p style="display:none">隐藏的段落，不应读到。</p><div hidden>也是隐藏的。</div>
      <p>${brs}</p><p>会议还研究了其他事项，要求各区县结合实际抓好贯彻落实，切实把各项措施落到实处。</p>`,
    after: `<div class="list"><ul>${items}</ul></div>`,
  });
}

const SAMPLES: Array<[string, string]> = [
  ['government article', govPage()],
  ['long page with table, br lines and hidden parts', longPage()],
  [
    'list page',
    `<html><body><ul>${Array.from({ length: 80 }, (_, i) => `<li><a href="/${i}">通知公告标题${i}</a></li><li>2024-0${(i % 9) + 1}-1${i % 10}</li>`).join('')}</ul></body></html>`,
  ],
  ['text straight in body', '<html><body>没有任何块元素的一段文字，直接写在正文里面。<br>第二行文字。</body></html>'],
  ['empty body', '<html><head><title>空</title></head><body></body></html>'],
];

describe.each(DOMS)('time-sliced extraction on %s', (_, parse) => {
  it.each(SAMPLES)('gives the same PageInput as extractPage: %s', async (_name, html) => {
    const doc = parse(html);
    const expected = extractPage(doc, 'https://www.example.gov.cn/a.html');
    let pauses = 0;
    const sliced = await extractPageSliced(
      doc,
      'https://www.example.gov.cn/a.html',
      {},
      {
        sliceMs: 1,
        deadlineMs: 1e9,
        now: tickingClock(),
        pause: async () => {
          pauses++;
        },
      },
    );
    expect(sliced).toEqual(expected);
    // The long samples really were read in several slices.
    if (html.length > 20_000) expect(pauses).toBeGreaterThan(5);
  });

  it('resumes a paused walk to the same lines and region as one run', () => {
    const doc = parse(longPage());
    const whole = collectLines(doc.body);
    const walker = new LineWalker(doc.body);
    let slices = 1;
    while (!walker.run(() => true)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(walker.lines.map((l) => [l.text, l.kind, l.hint, l.linkChars, l.owner])).toEqual(whole.map((l) => [l.text, l.kind, l.hint, l.linkChars, l.owner]));
    const region = walker.region();
    const reference = findRegion(whole, doc.body);
    expect([region.root, region.start, region.end]).toEqual([reference.root, reference.start, reference.end]);
    expect(region.score).toBeCloseTo(reference.score, 6);
    expect(doc.querySelector('.TRS_Editor')!.contains(region.root)).toBe(true);
  });

  it('notices, on resuming, that the page detached the part it was inside', () => {
    const doc = parse(longPage());
    // The 600-item list spans many slices: pause once its first items are read.
    const list = doc.querySelector('.list')!;
    const walker = new LineWalker(doc.body);
    while (!walker.run(() => true) && !walker.lines.some((l) => list.contains(l.owner)));
    expect(walker.done).toBe(false);
    const before = walker.lines.length;
    list.remove();
    expect(walker.run()).toBe(true);
    expect(walker.disturbed).toBe(true);
    // Only the line being read when it paused may still be added.
    expect(walker.lines.length).toBeLessThanOrEqual(before + 1);
  });

  it('stops with PageTooLargeError past the deadline instead of running on', async () => {
    const doc = parse(longPage());
    let pauses = 0;
    const run = extractPageSliced(
      doc,
      null,
      {},
      {
        sliceMs: 5,
        deadlineMs: 60,
        now: tickingClock(10),
        pause: async () => {
          pauses++;
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(PageTooLargeError);
    await expect(run).rejects.toThrow(/page too large/);
    expect(pauses).toBeGreaterThan(0);
  });

  it('does not count time spent paused (a background tab, a busy machine) against the deadline', async () => {
    const doc = parse(longPage());
    let t = 0;
    let pauses = 0;
    const input = await extractPageSliced(
      doc,
      null,
      {},
      {
        sliceMs: 5,
        deadlineMs: 20_000,
        wallLimitMs: 1e12,
        now: () => (t += 1),
        // Each pause holds the page for 10 (simulated) seconds: in wall time, far past the budget.
        pause: async () => {
          pauses++;
          t += 10_000;
        },
      },
    );
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(t).toBeGreaterThan(20_000);
    expect(input.blocks.length).toBeGreaterThan(0);
  });

  it('still ends, with PageTooLargeError, when pauses run past the wall limit', async () => {
    const doc = parse(longPage());
    let t = 0;
    const run = extractPageSliced(
      doc,
      null,
      {},
      {
        sliceMs: 5,
        deadlineMs: 1e9,
        wallLimitMs: 3_000,
        now: () => (t += 1),
        pause: async () => {
          t += 1000;
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(PageTooLargeError);
  });

  it('ends cleanly when the page removes the part being read between two slices', async () => {
    const doc = parse(longPage());
    let pauses = 0;
    const input = await extractPageSliced(
      doc,
      null,
      {},
      {
        sliceMs: 1,
        deadlineMs: 1e9,
        now: tickingClock(),
        pause: async () => {
          if (++pauses === 3) doc.querySelector('.TRS_Editor')?.remove();
        },
      },
    );
    expect(input.format).toBe('html');
  });
});

const PAGES = resolve(__dirname, '../../../../shared/corpus/pages');
const corpus = existsSync(PAGES);
if (!corpus) console.warn(`sliced-vs-sync corpus comparison skipped: ${PAGES} not found`);

(corpus ? describe : describe.skip)('time-sliced extraction on the corpus (linkedom)', () => {
  it('gives every saved page the same PageInput as extractPage', async () => {
    const [, parse] = DOMS[0];
    const files = readdirSync(PAGES).filter((f) => /\.html?$/i.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const doc = parse(decodeBytes(readFileSync(resolve(PAGES, f))).text);
      const expected = extractPage(doc, null);
      const sliced = await extractPageSliced(doc, null, {}, { sliceMs: 1, deadlineMs: 1e12, now: tickingClock(), pause: async () => {} });
      expect({ f, sliced }).toEqual({ f, sliced: expected });
    }
  }, 120_000);
});
