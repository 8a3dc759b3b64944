import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage, parsePage } from '../../../src/cli/loadPage';
import { MAX_LIST_ITEMS, readListItems } from '../../../src/core/listItems';
import { extractPage } from '../../../src/extract/extractPage';
import type { PageLink } from '../../../src/core/types';

const LIST = 'http://www.example.gov.cn/xw/zwyw/index.html';
const item = (text: string, url: string, line: string | null): PageLink => ({ text, url, line, label: null, inArticle: false });
const tenItems = Array.from({ length: 10 }, (_, i) =>
  item(
    `示例县召开第${i + 1}次专题会议研究部署相关工作`,
    `http://www.example.gov.cn/xw/zwyw/a${i + 1}.html`,
    `示例县召开第${i + 1}次专题会议研究部署相关工作 2024-05-${String(10 + i)}`,
  ),
);

describe('readListItems', () => {
  it('reads each dated link as an item: title, address, the date as printed', () => {
    const items = readListItems(tenItems, LIST);
    expect(items).toHaveLength(10);
    expect(items[0]).toEqual({ title: '示例县召开第1次专题会议研究部署相关工作', url: 'http://www.example.gov.cn/xw/zwyw/a1.html', date: '2024-05-10' });
  });

  it('leaves out navigation, the pager, undated links and the page itself', () => {
    const links = [
      item('首页', 'http://www.example.gov.cn/', '首页 政务公开 新闻中心'),
      item('政务公开', 'http://www.example.gov.cn/zwgk/', '首页 政务公开 新闻中心'),
      ...tenItems.slice(0, 4),
      item('关于开展城乡环境整治工作的通知', 'http://www.example.gov.cn/tz/1.html', null),
      item('下一页', 'http://www.example.gov.cn/xw/zwyw/index_1.html', '首页 上一页 1 2 下一页 尾页 2024-05-30'),
      item('2', 'http://www.example.gov.cn/xw/zwyw/index_1.html', '首页 上一页 1 2 下一页 尾页 2024-05-30'),
      item('尾页', 'http://www.example.gov.cn/xw/zwyw/index_9.html', '首页 上一页 1 2 下一页 尾页 2024-05-30'),
      item('示例县政务要闻列表首页链接标题', `${LIST}#top`, '示例县政务要闻列表首页链接标题 2024-05-30'),
    ];
    expect(readListItems(links, LIST).map((i) => i.url)).toEqual(tenItems.slice(0, 4).map((i) => i.url));
  });

  it('does not take a date inside the title for the item date', () => {
    const links = [
      item('关于印发2024年5月1日起施行的管理办法的通知', 'http://www.example.gov.cn/tz/1.html', '关于印发2024年5月1日起施行的管理办法的通知'),
      ...tenItems.slice(0, 3),
    ];
    expect(readListItems(links, LIST).map((i) => i.date)).toEqual(['2024-05-10', '2024-05-11', '2024-05-12']);
  });

  it('reads month-day dates and Chinese dates', () => {
    const links = [
      item('全市防汛工作会议召开部署', 'http://www.example.gov.cn/a.html', '[05-18] 全市防汛工作会议召开部署'),
      item('全市安全生产工作会议召开', 'http://www.example.gov.cn/b.html', '全市安全生产工作会议召开 2024年5月17日'),
      item('全市招商引资工作推进会召开', 'http://www.example.gov.cn/c.html', '全市招商引资工作推进会召开（2024.05.16）'),
    ];
    expect(readListItems(links, LIST).map((i) => i.date)).toEqual(['05-18', '2024年5月17日', '2024.05.16']);
  });

  it('offers nothing when fewer than three links are dated', () => {
    expect(readListItems(tenItems.slice(0, 2), LIST)).toEqual([]);
  });

  it('keeps each address once and at most MAX_LIST_ITEMS items', () => {
    expect(readListItems([...tenItems, ...tenItems], LIST)).toHaveLength(10);
    const many = Array.from({ length: MAX_LIST_ITEMS + 20 }, (_, i) =>
      item(`第${i}号示例公告标题文字`, `http://www.example.gov.cn/g${i}.html`, `第${i}号示例公告标题文字 2024-01-02`),
    );
    expect(readListItems(many, LIST)).toHaveLength(MAX_LIST_ITEMS);
  });
});

describe('a list page read by the page reader', () => {
  it('sends its links with their lines, and the rule finds the ten items but not the pager', () => {
    const input = loadPage(join(__dirname, '../../fixtures/paged/news-list.html'), 'http://www.example.gov.cn/xw/news-list.html');
    expect(input.hints.isArticle).toBe(false);
    const items = readListItems(input.listLinks, input.url);
    expect(items).toHaveLength(10);
    expect(items[0]).toEqual({ title: '示例市召开全市防汛抗旱工作会议', url: 'http://www.example.gov.cn/xw/articles/item-1.html', date: '2024-06-10' });
    expect(items.some((i) => /news-list/.test(i.url))).toBe(false);
  });
});

describe('an item whose date stands on its own line', () => {
  it('is read with the date line the page reader joins to its line', () => {
    const links = ['示例市召开全市防汛抗旱工作会议', '示例市举行重点项目集中开工仪式', '市政府常务会议研究部署安全生产工作'].map((t, i) =>
      item(t, `http://www.example.gov.cn/a${i}.html`, `${t}\n2024-06-0${i + 1}`),
    );
    expect(readListItems(links, LIST).map((i) => i.date)).toEqual(['2024-06-01', '2024-06-02', '2024-06-03']);
  });
});

describe('a list page whose dates stand under the titles', () => {
  it('is read with each date line the page reader joins to its link line', () => {
    const html = readFileSync(join(__dirname, '../../fixtures/paged/news-list.html'), 'utf8');
    const stacked = html.replace(
      /<li><a ([^>]*)>([^<]*)<\/a><span class="date">([^<]*)<\/span><\/li>/g,
      '<li><h3><a $1>$2</a></h3><div class="date">$3</div></li>',
    );
    expect(stacked).not.toBe(html);
    const input = extractPage(parsePage(stacked), 'http://www.example.gov.cn/xw/news-list.html');
    expect(input.hints.isArticle).toBe(false);
    expect(readListItems(input.listLinks, input.url).map((i) => i.date)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2024-06-${String(10 - i).padStart(2, '0')}`),
    );
  });
});
