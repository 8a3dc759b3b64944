import { fileType, readPageLinks } from '../../../src/core/links';
import type { PageLink } from '../../../src/core/types';

const link = (text: string, url: string, over: Partial<PageLink> = {}): PageLink => ({ text, url, line: null, label: null, inArticle: true, ...over });

describe('the kind of an attached file', () => {
  test('from the URL extension, else from the name printed', () => {
    expect(fileType('http://a.gov.cn/P0201.PDF', '实施细则')).toBe('pdf');
    expect(fileType('http://a.gov.cn/download.jsp?id=7', '名单.xlsx')).toBe('xlsx');
    expect(fileType('http://a.gov.cn/f/%E9%99%84%E4%BB%B6.wps', '')).toBe('wps');
    expect(fileType('http://a.gov.cn/f/a.ofd', '')).toBe('ofd');
    expect(fileType('http://a.gov.cn/f/a.jpeg', '')).toBe('jpg');
    expect(fileType('http://a.gov.cn/t20240101_1.html', '关于…的通知')).toBeNull();
  });
});

describe('attachments and companion links', () => {
  test('file links in the article are attachments, with the name as printed', () => {
    const { attachments } = readPageLinks([
      link('1.实施细则.pdf', 'http://a.gov.cn/x/P1.pdf', { label: '附件：' }),
      link('2.申报表', 'http://a.gov.cn/x/P2.docx'),
    ]);
    expect(attachments).toEqual([
      { name: '1.实施细则.pdf', url: 'http://a.gov.cn/x/P1.pdf', type: 'pdf' },
      { name: '2.申报表', url: 'http://a.gov.cn/x/P2.docx', type: 'docx' },
    ]);
  });

  test('a link without a file extension counts under an attachment label, its line or its own text', () => {
    const { attachments } = readPageLinks([
      link('补贴名单', 'http://a.gov.cn/down?id=1', { label: '相关附件' }),
      link('申报指南', 'http://a.gov.cn/down?id=2', { line: '附件2：申报指南' }),
      link('某某项目', 'http://a.gov.cn/down?id=3'),
    ]);
    expect(attachments.map((a) => [a.name, a.type])).toEqual([
      ['补贴名单', 'file'],
      ['申报指南', 'file'],
    ]);
  });

  test("below the article only an attachment list counts: a footer file link is the site's", () => {
    const { attachments } = readPageLinks([
      link('广告价目', 'http://a.gov.cn/ad.pdf', { inArticle: false }),
      link('名单.xls', 'http://a.gov.cn/m.xls', { inArticle: false, label: '附件：' }),
    ]);
    expect(attachments.map((a) => a.name)).toEqual(['名单.xls']);
  });

  test('an image link counts only as a listed or named file (a photo links to itself)', () => {
    const { attachments } = readPageLinks([
      link('', 'http://a.gov.cn/photo1.jpg'),
      link('效果图.png', 'http://a.gov.cn/p2.png'),
      link('平面图', 'http://a.gov.cn/p3.jpg', { label: '附件' }),
    ]);
    expect(attachments.map((a) => a.url)).toEqual(['http://a.gov.cn/p2.png', 'http://a.gov.cn/p3.jpg']);
  });

  test('web links under a companion label are related documents, in either script', () => {
    const { related, attachments } = readPageLinks([
      link('一图读懂实施方案', 'http://a.gov.cn/jd/1.html', { label: '【政策解读】' }),
      link('關於某某的通知', 'http://a.gov.cn/wj/2.html', { label: '相關文件：' }),
      link('某某新闻', 'http://a.gov.cn/xw/3.html', { label: '相关新闻' }),
      link('另一篇', 'http://a.gov.cn/xw/4.html'),
      link('办法原文', 'http://a.gov.cn/wj/5.html', { line: '相关解读：办法原文' }),
    ]);
    expect(related).toEqual([
      { title: '一图读懂实施方案', url: 'http://a.gov.cn/jd/1.html' },
      { title: '關於某某的通知', url: 'http://a.gov.cn/wj/2.html' },
      { title: '办法原文', url: 'http://a.gov.cn/wj/5.html' },
    ]);
    expect(attachments).toEqual([]);
  });

  test('only web addresses, each once', () => {
    const { attachments } = readPageLinks([
      link('a.pdf', 'javascript:void(0)'),
      link('a.pdf', 'http://a.gov.cn/a.pdf'),
      link('a.pdf', 'http://a.gov.cn/a.pdf'),
    ]);
    expect(attachments).toHaveLength(1);
  });
});
