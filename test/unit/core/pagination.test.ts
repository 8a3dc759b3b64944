import { buildRecord } from '../../../src/core/buildRecord';
import { joinPages, nextPageUrl } from '../../../src/core/pagination';
import type { PageInput, PageLink } from '../../../src/core/types';

const link = (text: string, url: string): PageLink => ({ text, url, line: null, label: null, inArticle: true });
const PAGE = 'http://www.example.gov.cn/xw/2024/0603/a.html';
const P2 = 'http://www.example.gov.cn/xw/2024/0603/a_2.html';
const P3 = 'http://www.example.gov.cn/xw/2024/0603/a_3.html';

describe('nextPageUrl', () => {
  it('follows the 下一页 link of the pager, in either script', () => {
    expect(nextPageUrl([link('1', PAGE), link('2', P2), link('3', P3), link('下一页', P2)], PAGE)).toBe(P2);
    expect(nextPageUrl([link('下一頁', P3)], P2)).toBe(P3);
    expect(nextPageUrl([link('[下一页]', P3)], P2)).toBe(P3);
  });

  it('without a 下一页, takes the lowest-numbered page not read yet', () => {
    expect(nextPageUrl([link('第1页', PAGE), link('3', P3), link('2', P2)], PAGE)).toBe(P2);
    expect(nextPageUrl([link('1', PAGE), link('2', P2), link('3', P3)], P2, new Set([PAGE]))).toBe(P3);
    // A link numbered 1 is the first page, read before (a capture may start on page 2).
    expect(nextPageUrl([link('1', 'http://www.example.gov.cn/xw/2024/0603/a.html?page=1'), link('3', P3)], P2)).toBe(P3);
  });

  it('never follows another site, a page already read, or the previous page', () => {
    expect(nextPageUrl([link('下一页', 'http://other.example.com/xw/a_2.html')], PAGE)).toBeNull();
    expect(nextPageUrl([link('下一页', 'https://www.example.gov.cn/xw/2024/0603/a_2.html')], PAGE)).toBeNull();
    expect(nextPageUrl([link('上一页', PAGE), link('1', PAGE), link('2', P2), link('3', P3)], P3, new Set([PAGE, P2]))).toBeNull();
    expect(nextPageUrl([link('下一页', `${PAGE}#top`)], PAGE)).toBeNull();
  });

  it('does not read an article title or a year as a page number', () => {
    expect(nextPageUrl([link('示例市部署今年防汛抗旱工作', P2), link('2024', P3)], PAGE)).toBeNull();
  });

  it('has nothing to follow on a page without links or an address', () => {
    expect(nextPageUrl(undefined, PAGE)).toBeNull();
    expect(nextPageUrl([link('下一页', P2)], null)).toBeNull();
  });
});

const input = (texts: string[], extra: Partial<PageInput> = {}): PageInput => ({
  url: PAGE,
  format: 'html',
  documentTitle: '示例市部署今年防汛抗旱工作',
  hints: { title: '示例市部署今年防汛抗旱工作', publishedAt: '2024-06-03 16:20', source: '示例市水利局', isArticle: true },
  blocks: texts.map((text) => ({ text, kind: 'paragraph' as const })),
  ...extra,
});

describe('joinPages', () => {
  const first = input(['第一页第一段：会议对今年汛期各项工作作出部署，通报了隐患排查整改情况。'], { context: { before: ['发布时间：2024-06-03'], after: [] } });
  const second = input(['第二页的段落：要全面排查水库、堤防、山塘等重点部位，建立隐患台账。'], { url: P2 });
  const third = input(['第三页的段落：要落实防汛物资储备，组织好抢险救援队伍的培训演练。'], {
    url: P3,
    hints: { editor: '林晓', isArticle: true, provenance: { editor: 'info-line-labelled' } },
    links: [link('防汛预案.pdf', 'http://www.example.gov.cn/files/plan.pdf')],
  });

  it('joins the bodies in order, keeps the first page facts and lists the pages', () => {
    const joined = joinPages([first, second, third], [PAGE, P2, P3]);
    expect(joined.blocks.map((b) => b.text.slice(0, 3))).toEqual(['第一页', '第二页', '第三页']);
    expect(joined.hints.title).toBe('示例市部署今年防汛抗旱工作');
    expect(joined.hints.editor).toBe('林晓');
    expect(joined.links?.map((l) => l.url)).toEqual(['http://www.example.gov.cn/files/plan.pdf']);
    expect(joined.pages).toEqual([PAGE, P2, P3]);
    expect(joined.url).toBe(PAGE);
  });

  it('leaves a single page as it is', () => {
    expect(joinPages([first], [PAGE])).toBe(first);
  });

  it('gives the record `pages` only for an article read over several pages', async () => {
    const now = new Date('2024-06-04T00:00:00Z');
    const record = await buildRecord(joinPages([first, second, third], [PAGE, P2, P3]), {
      outputScript: 'original',
      summarySentences: 3,
      extraBoilerplate: [],
      now,
    });
    expect(record.pages).toEqual([PAGE, P2, P3]);
    expect(record.body).toHaveLength(3);
    expect(record.attachments?.map((a) => a.type)).toEqual(['pdf']);
    const single = await buildRecord(first, { outputScript: 'original', summarySentences: 3, extraBoilerplate: [], now });
    expect('pages' in single).toBe(false);
  });
});
