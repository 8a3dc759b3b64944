import { readInfoLine } from '../../../src/extract/pageInfoLine';
import { stripStaffCode } from '../../../src/extract/facts';

describe('readInfoLine', () => {
  it('reads glued fields: each value stops at the next label', () => {
    const f = readInfoLine('2019-09-26 12:11来源：证券时报网作者：李在山');
    expect(f.source).toBe('证券时报网');
    expect(f.authors).toEqual([{ name: '李在山', role: 'author' }]);
    expect(f.date?.hour).toBe(12);
  });

  it('stops the source at the date, a space or a widget word', () => {
    expect(readInfoLine('来源：光明网-《光明日报》2024-05-20 03:15').source).toBe('光明网-《光明日报》');
    expect(readInfoLine('来源：中国新闻网 王帆').source).toBe('中国新闻网');
    expect(readInfoLine('2020年07月04日 12:10 来源：求是网参与互动').source).toBe('求是网');
    expect(readInfoLine('本文来源于国家统计局 2024-05-11 09:36:26').source).toBe('国家统计局');
    expect(readInfoLine('（来源：上海证券报）').source).toBe('上海证券报');
  });

  it('does not take 来源 inside a sentence for a source field', () => {
    expect(readInfoLine('据了解，该消息来源可靠，已经多方证实，目前正在进一步核查。').source).toBeUndefined();
  });

  it('prefers 责任编辑 over a plain 编辑 on the same line', () => {
    const f = readInfoLine('编辑：倪仕轩 责任编辑：杨格');
    expect(f.editor).toBe('杨格');
    expect(f.editorRank).toBe(0);
    expect(readInfoLine('编辑|禤志杰').editor).toBe('禤志杰');
    expect(readInfoLine('【编辑:陈海峰】').editor).toBe('陈海峰');
  });

  it('labels the date when a publish label precedes it', () => {
    expect(readInfoLine('发布时间：2024-05-15').dateLabelled).toBe(true);
    expect(readInfoLine('会议于2024-05-15召开').dateLabelled).toBe(false);
  });

  it('counts page controls as labels, so the line is furniture', () => {
    expect(readInfoLine('字号：大 中 小 打印 关闭').labels).toBeGreaterThan(0);
    expect(readInfoLine('今年以来，全市经济运行稳中向好。').labels).toBe(0);
  });
});

describe('stripStaffCode', () => {
  it.each([
    ['张三 AB055', '张三'],
    ['李四_XY4425', '李四'],
    ['王小明 CD155', '王小明'],
    ['李曦', '李曦'],
  ])('%s → %s', (raw, name) => expect(stripStaffCode(raw)).toBe(name));
});

describe('readInfoLine skips lines that cannot hold a field', () => {
  // The shortcut looks for a digit or a label character; every label must still get through.
  it.each([
    '来源：新华网',
    '稿源：新华网',
    '出处：新华网',
    '转载自：新华网',
    '原创：新华社',
    '本文来源于新华网',
    '责任编辑：张三',
    '责编：张三',
    '值班编辑：张三',
    '本文编辑：张三',
    '编辑：张三',
    '编审：张三',
    '选稿：张三',
    '作者：张三',
    '记者：张三',
    '撰稿：张三',
    '撰文：张三',
    '通讯员：张三',
    '摄影：张三',
    '文：张三',
    '摄：张三',
    '图：张三',
    '【字号 大 中 小】',
    '【打印】',
    '【关闭】',
    '浏览次数：',
    '阅读数：',
    '点击数：',
    '阅读量：',
  ])('%s is read', (line) => expect(readInfoLine(line).labels).toBeGreaterThan(0));

  it('still reads a bare date, and finds nothing in a line without digits or labels', () => {
    expect(readInfoLine('2024-05-15 08:58').date?.day).toBe(15);
    expect(readInfoLine('首页 政务公开 政务服务 互动交流')).toEqual({ authors: [], dateLabelled: false, labels: 0 });
  });
});

test('readInfoLine passes over a date labelled as another date (成文日期, 施行日期)', () => {
  expect(readInfoLine('发文机关： 某某市人民政府办公室 成文日期： 2024年05月10日').date).toBeUndefined();
  const f = readInfoLine('成文日期：2024-05-10 发布日期：2024-05-15');
  expect(f.date?.day).toBe(15);
  expect(f.dateLabelled).toBe(true);
});

describe('a bracket glued to the word before it belongs to the value', () => {
  it('keeps a formula-like source whole instead of cutting it at the bracket', () => {
    expect(readInfoLine('发布时间：2024-05-10 来源：@SUM(1+1)*cmd').source).toBe('@SUM(1+1)*cmd');
    expect(readInfoLine('来源：ABC(2)电视台').source).toBe('ABC(2)电视台');
  });
  it('still ends a name at a bracket after Han text (来源：市政府办公室（综合）)', () => {
    expect(readInfoLine('来源：市政府办公室(综合)').source).toBe('市政府办公室');
  });
});
