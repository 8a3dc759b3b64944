import { cleanSource, editorFrom, parseInfoLine, sourceFrom } from '../../../src/core/infoLineFields';

describe('parseInfoLine', () => {
  test('date then source', () => {
    expect(parseInfoLine('2023-11-08 10:20:30 稿源: 示例县融媒体中心  ')).toEqual({
      date: { iso: '2023-11-08T10:20:30+08:00', precision: 'second' },
      source: '示例县融媒体中心',
      editor: null,
      author: null,
      rest: null,
    });
  });
  test('source then date', () => {
    const info = parseInfoLine('来源：某某日报 2019-03-04');
    expect(info?.source).toBe('某某日报');
    expect(info?.date?.iso).toBe('2019-03-04');
  });
  test('a labelled day in traditional script', () => {
    expect(parseInfoLine('發布時間:2019年03月04日')?.date?.iso).toBe('2019-03-04');
  });
  test('a bare date line', () => {
    expect(parseInfoLine('2019年03月04日 08时05分')?.date?.iso).toBe('2019-03-04T08:05:00+08:00');
  });
  test('a publish time glued to the first paragraph is split off', () => {
    const para = '11月7日，县水利局组织技术人员对全县小型水库开展冬季安全检查，重点查看大坝和溢洪道运行情况。';
    const info = parseInfoLine(`更新时间：2023-11-08 10:20:05${para}`);
    expect(info?.date?.iso).toBe('2023-11-08T10:20:05+08:00');
    expect(info?.rest).toBe(para);
  });
  test('a body sentence mentioning a date is not an info line', () => {
    expect(parseInfoLine('2019年3月4日，市委召开常委会议，传达学习全国两会精神。')).toBeNull();
    expect(parseInfoLine('图片来源：某某发布')).toBeNull();
  });
});

test('editorFrom strips codes and trailing labels', () => {
  expect(editorFrom('责任编辑：周敏 XH017')).toBe('周敏');
  expect(editorFrom('编辑：孙七纠错：jiucuo@example.org')).toBe('孙七');
  expect(editorFrom('· 責任編輯：孫七 ')).toBe('孫七');
});
test('sourceFrom', () => {
  expect(sourceFrom('来源：某某市人民政府网站')).toBe('某某市人民政府网站');
  expect(sourceFrom('稿源：示例县融媒体中心 2023-11-08 10:20')).toBe('示例县融媒体中心');
});

test('cleanSource drops labels, brackets and a 综合 prefix', () => {
  expect(cleanSource('来源：某某日报')).toBe('某某日报');
  expect(cleanSource('（某某日报）')).toBe('某某日报');
  expect(cleanSource('综合某某日报、某某晚报')).toBe('某某日报、某某晚报');
  expect(cleanSource('x'.repeat(60))).toBeNull();
});

test('an unlabelled full timestamp glued to a paragraph is split; an opening day is not', () => {
  const para = '某某市政府今天召开常务会议，研究部署春季农业生产工作，会议由市长主持，各有关部门负责人参加会议。';
  expect(parseInfoLine(`2019-03-04 20:42:28${para}`)?.rest).toBe(para);
  expect(parseInfoLine(`2019年3月4日，${para}`)).toBeNull();
});

test('the day a document was written or takes effect is not the publish date', () => {
  const written = parseInfoLine('发文机关：某某市人民政府办公室 成文日期：2024年05月10日');
  expect(written).not.toBeNull();
  expect(written?.date).toBeNull();
  expect(parseInfoLine('成文日期：2024-05-10 发布日期：2024-05-15')?.date?.iso).toBe('2024-05-15');
  expect(parseInfoLine('生效日期：2024年6月1日')?.date).toBeNull();
});
