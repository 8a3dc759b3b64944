import { collectLines } from '../../../src/extract/lines';
import { DOMS } from './doms';

/** The table lines the walk reads from a page holding `table`. */
function rows(parse: (html: string) => Document, table: string): string[] {
  const doc = parse(`<html><body><div class="c">${table}</div></body></html>`);
  return collectLines(doc.body)
    .filter((l) => l.kind === 'table')
    .map((l) => l.text);
}

describe.each(DOMS)('data table rows on %s', (_name, parse) => {
  it('reads a label/value table (行政处罚信息公开表) as label：value rows', () => {
    const t = `<table>
      <tr><td>行政处罚决定书文号</td><td>某市监处罚〔2024〕37号</td></tr>
      <tr><td>被处罚当事人</td><td>某某食品商行</td></tr>
      <tr><td>处罚决定</td><td>警告，罚款5000元</td></tr></table>`;
    expect(rows(parse, t)).toEqual(['行政处罚决定书文号：某市监处罚〔2024〕37号', '被处罚当事人：某某食品商行', '处罚决定：警告，罚款5000元']);
  });

  it('reads four cells a row as two pairs, keeps a label’s own colon and leaves out a pair without a value', () => {
    const t = `<table>
      <tr><th>索引号：</th><td>000000000/2024-00215</td><th>主题分类：</th><td>综合政务</td></tr>
      <tr><th>发布机构：</th><td>某区人民政府办公室</td><th>成文日期：</th><td>2024-05-20</td></tr>
      <tr><th>有 效 性：</th><td>有效</td><th>公开方式：</th><td></td></tr></table>`;
    expect(rows(parse, t)).toEqual(['索引号：000000000/2024-00215 主题分类：综合政务', '发布机构：某区人民政府办公室 成文日期：2024-05-20', '有 效 性：有效']);
  });

  it('reads a table pasted from Word or WPS (a paragraph in every cell) as data', () => {
    const cell = (text: string) => `<td><p class="MsoNormal"><span style="font-family:仿宋_GB2312">${text}</span></p></td>`;
    const t = `<table class="MsoNormalTable">
      <tr>${cell('案件名称')}${cell('某某超市销售超过保质期食品案')}</tr>
      <tr>${cell('当事人')}${cell('某某超市')}</tr>
      <tr>${cell('处罚决定')}${cell('没收违法所得42元，并处罚款5000元。')}</tr></table>`;
    expect(rows(parse, t)).toEqual(['案件名称：某某超市销售超过保质期食品案', '当事人：某某超市', '处罚决定：没收违法所得42元，并处罚款5000元。']);
  });

  it('walks a table whose cells hold several paragraphs, or a paragraph broken into lines, as page layout', () => {
    const prose = '会议强调，要坚持人民至上、生命至上，压紧压实各方责任。';
    const two = `<table><tr><td><p>导航</p></td><td><p>${prose}</p><p>${prose}</p></td></tr><tr><td>左栏</td><td>右栏</td></tr></table>`;
    expect(rows(parse, two)).toEqual([]);
    const broken = `<table><tr><td><p>导航</p></td><td><p>${prose}<br>${prose}</p></td></tr><tr><td>左栏</td><td>右栏</td></tr></table>`;
    expect(rows(parse, broken)).toEqual([]);
  });

  it('reads a grid of records (a header row over rows of values, or numbered rows) cell by cell', () => {
    const headed = `<table><tr><th>单位</th><th>金额</th></tr><tr><td>甲公司</td><td>5000元</td></tr><tr><td>乙公司</td><td>3000元</td></tr><tr><td>丙公司</td><td>1000元</td></tr></table>`;
    expect(rows(parse, headed)).toEqual(['单位 金额', '甲公司 5000元', '乙公司 3000元', '丙公司 1000元']);
    const numbered = `<table><tr><td>序号</td><td>名称</td></tr><tr><td>1</td><td>甲公司</td></tr><tr><td>2</td><td>乙公司</td></tr></table>`;
    expect(rows(parse, numbered)).toEqual(['序号 名称', '1 甲公司', '2 乙公司']);
    const threeCells = `<table><tr><td>项目</td><td>数量</td><td>单位</td></tr><tr><td>学校</td><td>12</td><td>所</td></tr><tr><td>医院</td><td>3</td><td>家</td></tr></table>`;
    expect(rows(parse, threeCells)).toEqual(['项目 数量 单位', '学校 12 所', '医院 3 家']);
  });

  it('does not count the colons it writes as punctuation: the rows weigh what their cells do', () => {
    const doc = parse(
      `<html><body><table><tr><td>项目名称</td><td>某某采购项目</td></tr><tr><td>采购单位</td><td>某某医院</td></tr><tr><td>采购方式</td><td>公开招标</td></tr></table></body></html>`,
    );
    expect(collectLines(doc.body).map((l) => l.punct)).toEqual([0, 0, 0]);
  });
});
