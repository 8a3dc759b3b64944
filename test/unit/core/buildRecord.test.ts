import { buildRecord, leadingBody, MAX_ANALYSED_CHARS } from '../../../src/core/buildRecord';
import { contentHashInput, sha256Hex } from '../../../src/core/hash';
import { contentHashInput as importHashInput } from '../../../src/core/export/upgradeRecord';
import { pageInputFromText } from '../../../src/core/textCapture';
import type { PageInput } from '../../../src/core/types';
import { validateRecord } from '../../../src/core/validateRecord';

/** A fixed capture clock after every date the tests print (a publish date after the capture is refused). */
const FIXED_NOW = new Date('2026-12-01T00:00:00Z');

const P1 = '3月2日上午，市委副书记、市长周敏主持召开市政府常务会议，研究部署春季农业生产工作。会议强调，要压实责任。';
const P2 = '会议指出，今年以来全市农业生产总体平稳，但面临的困难和挑战依然不少，各地要高度重视。';
const P3 = '一要加强组织领导。二要强化要素保障。三要严格督查考核。';
const P4 = '市领导何立、陶然出席会议。';
const text = ['2019-07-26', '市政府召开常务会议', '来源：某某日报', '发布时间：2019-03-02 18:00', P1, P2, P3, P4, '责任编辑：陶然 XH017'].join('\n');

test('a record built in the background from a messaged PageInput equals the CLI record', async () => {
  const input = pageInputFromText(text, 'http://example.invalid/a.html');
  const direct = await buildRecord(input, { now: FIXED_NOW });
  // The extension sends the PageInput through runtime messaging: a JSON round trip.
  const messaged = await buildRecord(JSON.parse(JSON.stringify(input)) as PageInput, { now: FIXED_NOW });
  expect(messaged).toEqual(direct);
  expect(validateRecord(direct).ok).toBe(true);
});

test('fields from a text capture; the header date above the headline is never the publish date', async () => {
  const r = await buildRecord(pageInputFromText(text), { now: FIXED_NOW });
  expect(r.title).toBe('市政府召开常务会议');
  expect(r.publishedAt).toBe('2019-03-02T18:00:00+08:00');
  expect(r.source).toBe('某某日报');
  expect(r.editor).toBe('陶然');
  expect(r.meeting?.date).toBe('2019-03-02');
  expect(r.meeting?.directives).toHaveLength(3);
  expect(r.script.detected).toBe('simplified');
  expect(r.cleaning.dateInferred).toBe(false);
});

test('hints from extraction take precedence over the line rules', async () => {
  const input: PageInput = {
    url: null,
    format: 'html',
    documentTitle: null,
    hints: { title: '提示标题', publishedAt: '2019-03-03T02:00:00Z', source: '来源：某某晚报', editor: '何立、陶然', isArticle: true },
    blocks: [P1, P2].map((t) => ({ text: t, kind: 'paragraph' as const })),
  };
  const r = await buildRecord(input, { now: FIXED_NOW });
  expect(r.title).toBe('提示标题');
  expect(r.publishedAt).toBe('2019-03-03T10:00:00+08:00');
  expect(r.source).toBe('某某晚报');
  expect(r.editor).toBe('何立、陶然');
});

test('with no stated publish date, the latest date the article gives is used and flagged', async () => {
  const r = await buildRecord(pageInputFromText(['某某区关于加强管理的通告', P2, '某某区领导小组', '2019年12月7日'].join('\n')), { now: FIXED_NOW });
  expect(r.publishedAt).toBe('2019-12-07');
  expect(r.cleaning.dateInferred).toBe(true);
});

test('the summary holds 3 to 5 sentences whatever the setting', async () => {
  const long = pageInputFromText(
    ['市政府召开常务会议', '发布时间：2019-03-02', P1, P2, P3, P4, P1.replace('3月2日', '次日'), P2.replace('今年', '去年')].join('\n'),
  );
  expect((await buildRecord(long, { summarySentences: 1, now: FIXED_NOW })).summary).toHaveLength(3);
  expect((await buildRecord(long, { summarySentences: 9, now: FIXED_NOW })).summary).toHaveLength(5);
});

test('a page judged not an article says so and carries no structure', async () => {
  const r = await buildRecord(
    { url: null, format: 'html', documentTitle: null, hints: { isArticle: false, notArticleReason: 'list page' }, blocks: [{ text: P1, kind: 'paragraph' }] },
    { now: FIXED_NOW },
  );
  expect(r.isArticle).toBe(false);
  expect(r.notArticleReason).toBe('list page');
  expect(r.meeting).toBeNull();
  expect(r.summary).toEqual([]);
});

test("a list page's item dates are not taken as its publish date", async () => {
  const items = ['关于开展春季安全检查的通知 2024-05-08', '关于做好防汛准备工作的通知 2024-05-02', '市政府召开常务会议 2024-04-28'];
  const blocks = items.map((text) => ({ text, kind: 'list-item' as const }));
  const list = await buildRecord(
    {
      url: null,
      format: 'html',
      documentTitle: null,
      hints: { isArticle: false, notArticleReason: 'list page: 3 items of the same shape, each with its own date' },
      blocks,
    },
    { now: FIXED_NOW },
  );
  expect(list.publishedAt).toBeNull();
  expect(list.cleaning.dateInferred).toBe(false);
  // The reader's info line on a list is its first item's date; a date the page declares (meta) stays.
  const fromLine = await buildRecord(
    {
      url: null,
      format: 'html',
      documentTitle: null,
      hints: { isArticle: false, publishedAt: '2024-05-08', provenance: { publishedAt: 'info-line' } },
      blocks,
    },
    { now: FIXED_NOW },
  );
  expect(fromLine.publishedAt).toBeNull();
  const declared = await buildRecord(
    {
      url: null,
      format: 'html',
      documentTitle: null,
      hints: { isArticle: false, publishedAt: '2024-05-09', provenance: { publishedAt: 'meta:PubDate' } },
      blocks,
    },
    { now: FIXED_NOW },
  );
  expect(declared.publishedAt).toBe('2024-05-09');
  // The same lines in an article still give it the latest date they hold.
  const article = await buildRecord({ url: null, format: 'html', documentTitle: null, hints: {}, blocks }, { now: FIXED_NOW });
  expect(article.publishedAt).toBe('2024-05-08');
});

describe('contentHash is one definition: the stored body, as import and migration compute it', () => {
  const trad = ['市政府召開常務會議', '發布時間:2019年03月02日', '3月2日，市長周敏主持召開常務會議，研究部署經濟發展工作。市領導何立、陶然出席會議。'].join(
    '\n',
  );
  test.each(['original', 'simplified', 'traditional-tw'] as const)('output %s', async (outputScript) => {
    const r = await buildRecord(pageInputFromText(trad, 'http://example.invalid/a.html'), { outputScript, now: FIXED_NOW });
    expect(importHashInput).toBe(contentHashInput);
    expect(r.contentHash).toBe(await sha256Hex(contentHashInput(r)));
    // An exported and re-imported copy (JSON round trip) hashes to the same value.
    expect(await sha256Hex(contentHashInput(JSON.parse(JSON.stringify(r))))).toBe(r.contentHash);
    expect(r.id).toBe((await sha256Hex(`http://example.invalid/a.html\n${r.contentHash}`)).slice(0, 16));
  });
  test('a converted body hashes as converted text', async () => {
    const r = await buildRecord(pageInputFromText(trad), { outputScript: 'simplified', now: FIXED_NOW });
    expect(contentHashInput(r)).toContain('市长周敏主持召开常务会议');
  });
});

describe('a huge body: structure is read from its opening, the body is kept whole and the cap is noted', () => {
  const sentence = '会议强调，要压实责任，确保各项工作落到实处。';
  const huge = sentence.repeat(Math.ceil((MAX_ANALYSED_CHARS * 1.5) / sentence.length));
  test('buildRecord', async () => {
    const r = await buildRecord(
      {
        url: null,
        format: 'html',
        documentTitle: null,
        hints: { title: '市政府召开常务会议', publishedAt: '2019-03-02' },
        blocks: [
          { text: P1, kind: 'paragraph' },
          { text: huge, kind: 'paragraph' },
        ],
      },
      { now: FIXED_NOW },
    );
    expect(r.body.map((b) => b.text)).toEqual([P1, huge]);
    expect(r.cleaning.notes.some((n) => /first 100,000 of the body's \d{3},\d{3} characters/.test(n))).toBe(true);
    for (const s of r.summary) expect(r.body.map((b) => b.text).join('\n')).toContain(s);
  });
  test('an ordinary article carries no such note', async () => {
    const r = await buildRecord(pageInputFromText(text), { now: FIXED_NOW });
    expect(r.cleaning.notes.some((n) => /read from the first/.test(n))).toBe(false);
  });
  test('leadingBody cuts at a sentence end within the budget', () => {
    const blocks = [
      { text: '一二三。', kind: 'paragraph' as const },
      { text: '四五六。七八九。十', kind: 'heading' as const },
      { text: '后面', kind: 'paragraph' as const },
    ];
    expect(leadingBody(blocks, 100)).toEqual(blocks);
    expect(leadingBody(blocks, 11)).toEqual([blocks[0], { text: '四五六。', kind: 'heading' }]);
    expect(leadingBody(blocks, 5)).toEqual([blocks[0]]);
    expect(leadingBody([{ text: '没有句号的很长一行文字', kind: 'paragraph' }], 4)).toEqual([{ text: '没有句号', kind: 'paragraph' }]);
  });
});

test('figures: a caption leaves the body for its figure, and a credit-only caption still credits the photographer', async () => {
  const input: PageInput = {
    url: 'https://example.gov.cn/a.html',
    format: 'html',
    documentTitle: null,
    hints: { title: '示例市开展汛前检查' },
    blocks: [
      { text: '6月2日，示例市防汛抗旱指挥部组织检查组，对城区地下通道和在建工地开展汛前检查。', kind: 'paragraph' },
      { text: '', kind: 'figure', src: 'https://example.gov.cn/p1.jpg' },
      { text: '图片来源：示例日报记者 周默 摄', kind: 'paragraph' },
      { text: '检查组要求，各责任单位要对照问题清单逐项整改，6月10日前完成整改销号。', kind: 'paragraph' },
    ],
  };
  const r = await buildRecord(input, { now: new Date('2026-12-01T00:00:00Z') });
  expect(r.figures).toEqual([{ src: 'https://example.gov.cn/p1.jpg', alt: '', caption: '图片来源：示例日报记者 周默 摄' }]);
  expect(r.body.map((b) => b.text).join('')).not.toContain('周默');
  expect(r.authors).toEqual([{ name: '周默', role: 'photographer' }]);
  expect(r.cleaning.removed).toContainEqual({ text: '图片来源：示例日报记者 周默 摄', kind: 'caption', at: 1 });
});
