import { findHeadline, readHeadline } from '../../../../src/core/cleaner/findHeadline';
import { textKey } from '../../../../src/core/text';
import { dropped, extractedBlocks, HEADLINE, INFO, P1, P2, textCapture } from './pages';

const headlineOf = (lines: string[]) => {
  const { page } = textCapture(lines);
  const i = findHeadline(page);
  return i < 0 ? null : page.lines[i].text;
};

describe('findHeadline: the headline of a text capture', () => {
  test('the line above the info line, not the header’s date or the site’s name', () => {
    expect(headlineOf(['2024年03月05日 星期二', '示例县人民政府门户网站', '当前位置：首页 > 要闻', HEADLINE, INFO, P1])).toBe(HEADLINE);
  });
  test('of a run of lines above the info line (引题, headline, 副题), the longest', () => {
    expect(headlineOf(['抓早抓实不误农时', HEADLINE, '全县整修渠道一百二十公里', INFO, P1])).toBe(HEADLINE);
  });
  test('with no info line, the first candidate', () => {
    expect(headlineOf([HEADLINE, '县里部署春耕备耕工作', P1])).toBe(HEADLINE);
  });
  test('the owner the footer credits is the site’s name, not the headline', () => {
    expect(headlineOf(['示例县农业农村局', HEADLINE, P1, '版权所有：示例县农业农村局'])).toBe(HEADLINE);
    expect(headlineOf(['示例县农业农村局', HEADLINE, P1])).toBe('示例县农业农村局');
  });
  test('a menu row is not the headline', () => {
    expect(headlineOf(['首页 要闻 政务公开 互动交流', HEADLINE, P1])).toBe(HEADLINE);
  });
  test('the addressees of a document close the search: the headline is above them', () => {
    expect(headlineOf([HEADLINE, '各乡镇人民政府，县直各单位：', P1, '关于春耕备耕的补充说明', INFO])).toBe(HEADLINE);
  });
  test('once prose starts there is no headline below it', () => {
    expect(headlineOf([P1, HEADLINE, INFO])).toBeNull();
  });
  test('a disclosure table’s 标题 row states the headline', () => {
    const { page } = textCapture(['索引号：000-2024-001', '发布机构：示例县农业农村局', '标题：关于做好春耕备耕工作的通知', '发布日期：2024-03-05', P1]);
    expect(findHeadline(page)).toBe(2);
  });
  test('below a disclosure table with no 标题 row, the headline is the line after the table', () => {
    expect(headlineOf(['示例县人民政府', '索引号：000-2024-001', '发布机构：示例县农业农村局', '关于做好春耕备耕工作的通知', P1])).toBe(
      '关于做好春耕备耕工作的通知',
    );
  });
});

describe('readHeadline: stage 1', () => {
  test('a text capture’s headline is the title; what stands above it is the page’s header, out of the body', () => {
    const s = textCapture(['新闻热线：0000-1234567', '示例县人民政府门户网站', HEADLINE, INFO, P1]);
    const h = readHeadline(s.page, s.input, s.reading);
    expect(s.reading.out.title).toBe(HEADLINE);
    expect(h.next).toBe(3);
    expect(h.titleKeys.has(textKey(HEADLINE))).toBe(true);
    expect(s.reading.out.furnitureRemoved).toBe(2);
    expect(dropped(s)).toEqual([
      ['新闻热线：0000-1234567', 'hotline'],
      ['示例县人民政府门户网站', 'page-header'],
    ]);
  });
  test('a column label the breadcrumb names goes from the headline', () => {
    const s = textCapture(['当前位置：首页 > 权威发布', `权威发布 | ${HEADLINE}`, INFO, P1]);
    readHeadline(s.page, s.input, s.reading);
    expect(s.reading.out.title).toBe(HEADLINE);
  });
  test('a disclosure table above the headline gives the publish date, and its rows are named', () => {
    const s = textCapture(['索引号：000-2024-001', '发文字号：示农发〔2024〕3号 发布日期：2024-03-05', '关于做好春耕备耕工作的通知', P1]);
    readHeadline(s.page, s.input, s.reading);
    expect(s.reading.out.date?.iso).toBe('2024-03-05');
    expect(s.reading.out.provenance.publishedAt).toBe('disclosure-table');
    expect(dropped(s).map(([, kind]) => kind)).toEqual(['disclosure-row', 'disclosure-row']);
  });
  test('with no headline found, the body may start at the first line', () => {
    const s = textCapture([P1, P2]);
    expect(readHeadline(s.page, s.input, s.reading).next).toBe(0);
    expect(s.reading.out.title).toBeNull();
  });
  test('extracted blocks: the page reader’s headline, without the site’s name; its copies and the document title’s are keys', () => {
    const s = extractedBlocks([HEADLINE, P1], { title: `${HEADLINE}_示例县人民政府`, siteName: '示例县人民政府' }, `${HEADLINE}_示例县人民政府`);
    const h = readHeadline(s.page, s.input, s.reading);
    expect(s.reading.out.title).toBe(HEADLINE);
    expect(h.next).toBe(0);
    expect([...h.titleKeys].sort()).toEqual([textKey(HEADLINE), textKey(`${HEADLINE}_示例县人民政府`)].sort());
  });
});
