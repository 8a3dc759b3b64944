import { cleanCapture } from '../../../../src/core/cleaner/cleanCapture';
import { pageInputFromText } from '../../../../src/core/textCapture';
import type { PageInput } from '../../../../src/core/types';

const P1 = '3月2日上午，市委副书记、市长周敏主持召开市政府常务会议，研究部署春季农业生产工作。';
const P2 = '会议指出，今年以来全市农业生产总体平稳，但面临的困难和挑战依然不少，各地要高度重视。';
const P3 = '会议强调，要压实各级责任，确保各项措施落实到位，为全年农业丰收打下坚实基础。';

// A county page written for these tests: a header (date, hotline, breadcrumb), the headline, an
// info line, two deck lines and a photo credit, three paragraphs, the editor, a footer, then the
// print view's copy of the article.
const Q1 = '11月7日，县水利局组织技术人员对全县12座小型水库开展冬季安全检查，重点查看大坝、溢洪道和放水设施运行情况。';
const Q2 = '检查组逐一核对了水库管护责任人名单和应急预案，对发现的三处渗水隐患当场交办整改，并明确了完成时限。';
const Q3 = '县水利局负责人表示，将在年底前完成全部隐患整改，确保明年汛期工程安全运行。';
const RESERVOIR_HEADLINE = '县水利局开展冬季水库安全检查';
const INFO = '发布时间：2023-11-08 10:20 来源：示例县融媒体中心';

const page = [
  '2023年11月08日 星期三',
  '新闻热线：0000-7654321',
  '当前位置：首页 > 要闻 > 县内动态',
  RESERVOIR_HEADLINE,
  INFO,
  '排查隐患 压实责任',
  '确保工程安全度汛',
  '融媒体记者 赵六/摄',
  Q1,
  Q2,
  Q3,
  '责任编辑：孙七',
  '示例县融媒体中心版权所有',
  RESERVOIR_HEADLINE,
  INFO,
  Q1,
  Q2,
  Q3,
].join('\n');

describe('cleanCapture on a whole-page text capture', () => {
  const c = cleanCapture(pageInputFromText(page));
  test('the headline is the line above the info line, not the header date', () => {
    expect(c.title).toBe(RESERVOIR_HEADLINE);
    expect(c.date?.iso).toBe('2023-11-08T10:20:00+08:00');
    expect(c.source).toBe('示例县融媒体中心');
  });
  test('short lines between the info line and the first paragraph are the deck', () => {
    expect(c.deck).toEqual(['排查隐患 压实责任', '确保工程安全度汛']);
  });
  test('the photo credit names the photographer and is not body', () => {
    expect(c.authors).toEqual([{ name: '赵六', role: 'photographer' }]);
  });
  test('the body runs from the first paragraph to the editor line', () => {
    expect(c.body.map((b) => b.text)).toEqual([Q1, Q2, Q3]);
    expect(c.editor).toBe('孙七');
  });
  test('the print-view copy below the footer is reported', () => {
    expect(c.printViewRemoved).toBe(true);
    expect(c.duplicatesRemoved).toBeGreaterThanOrEqual(3);
    expect(c.furnitureRemoved).toBeGreaterThan(0);
  });
});

test('a glued publish time is split from the first paragraph', () => {
  const c = cleanCapture(pageInputFromText([RESERVOIR_HEADLINE, `更新时间：2023-11-08 10:20:05${Q1}`, Q2, '责任编辑：孙七'].join('\n')));
  expect(c.gluedDateSplit).toBe(true);
  expect(c.date?.iso).toBe('2023-11-08T10:20:05+08:00');
  expect(c.body.map((b) => b.text)).toEqual([Q1, Q2]);
  expect(c.editor).toBe('孙七');
});

test('bulleted info lines and a list-item first paragraph', () => {
  const c = cleanCapture(
    pageInputFromText(
      [RESERVOIR_HEADLINE, '· 发布日期：2023年11月08日 10时20分', '· 来源：示例县水利局', '· 打印本页', `· ${Q1}`, Q2, '编辑：孙七'].join('\n'),
    ),
  );
  expect(c.date?.iso).toBe('2023-11-08T10:20:00+08:00');
  expect(c.source).toBe('示例县水利局');
  expect(c.body[0]).toEqual({ text: Q1, kind: 'list-item' });
  expect(c.body.map((b) => b.text)).toEqual([Q1, Q2]);
});

test('with no info line, a short name under the headline is the byline source', () => {
  const c = cleanCapture(pageInputFromText(['一夜排查十二座水库', '示例水利', Q1, Q2].join('\n')));
  expect(c.title).toBe('一夜排查十二座水库');
  expect(c.source).toBe('示例水利');
  expect(c.deck).toEqual([]);
});

test('pinyin annotations are removed from every line and counted', () => {
  const c = cleanCapture(
    pageInputFromText(
      [
        '縣水利局開(kāi)展冬季水庫安全檢查',
        '發(fā)布時間:2023年11月08日',
        '檢查組逐一核對了水庫管護責任人名單和應急預案，對發現的三處滲水隱患當場交辦整改。',
      ].join('\n'),
    ),
  );
  expect(c.title).toBe('縣水利局開展冬季水庫安全檢查');
  expect(c.date?.iso).toBe('2023-11-08');
  expect(c.pinyinRemoved).toBe(2);
});

describe('cleanCapture on extracted HTML blocks', () => {
  const input: PageInput = {
    url: null,
    format: 'html',
    documentTitle: '市政府召开常务会议_某某网',
    hints: { title: '市政府召开常务会议_某某网', siteName: '某某网' },
    blocks: [
      { text: '市政府召开常务会议', kind: 'heading' },
      { text: '相关新闻：', kind: 'paragraph' },
      { text: P1, kind: 'paragraph' },
      { text: 'return', kind: 'preformatted' },
      { text: P2, kind: 'paragraph' },
      { text: P3, kind: 'paragraph' },
      { text: '（责任编辑：陶然）', kind: 'paragraph' },
    ],
  };
  const c = cleanCapture(input);
  test('the hinted title loses its site suffix and its copy in the blocks', () => {
    expect(c.title).toBe('市政府召开常务会议');
    expect(c.body.map((b) => b.text)).toEqual([P1, 'return', P2, P3]);
  });
  test('an end-of-article marker near the top does not cut the article', () => {
    expect(c.body).toHaveLength(4);
  });
  test('the editor credit is read and left out of the body', () => {
    expect(c.editor).toBe('陶然');
  });
});

test('menu rows and a site name above the headline are not the headline; 上一篇 ends the body', () => {
  const c = cleanCapture(
    pageInputFromText(
      [
        '某某市人民政府',
        '首页 新闻中心 政务公开 互动交流',
        '市政府召开常务会议 部署春季农业生产',
        '发布日期：2019-03-02 来源：某某日报 浏览次数：',
        P1,
        P2,
        '（编辑 陶然）',
        '上一篇：某某新闻',
        P3,
      ].join('\n'),
    ),
  );
  expect(c.title).toBe('市政府召开常务会议 部署春季农业生产');
  expect(c.source).toBe('某某日报');
  expect(c.body.map((b) => b.text)).toEqual([P1, P2]);
  expect(c.editor).toBe('陶然');
});

test('a second copy of the page without footer between is dropped, deck lines included', () => {
  const c = cleanCapture(
    pageInputFromText(
      [
        '市政府召开常务会议 部署春季农业生产',
        '2019-03-02 18:59:00 来源: 某某网',
        '压实责任 抓好春耕',
        P1,
        P2,
        P3,
        '市政府召开常务会议 部署春季农业生产',
        '来源: 某某网 2019-03-02 18:59:00',
        '压实责任 抓好春耕',
        P1,
        P2,
        P3,
      ].join('\n'),
    ),
  );
  expect(c.deck).toEqual(['压实责任 抓好春耕']);
  expect(c.body.map((b) => b.text)).toEqual([P1, P2, P3]);
  expect(c.printViewRemoved).toBe(true);
});

test('a self-media post: the location stamp, an empty editor slot and what follows it are not body', () => {
  const c = cleanCapture({
    url: null,
    format: 'html',
    documentTitle: '市政府召开常务会议',
    hints: {},
    blocks: [
      { text: '发布于：北京市', kind: 'paragraph' },
      { text: P1, kind: 'paragraph' },
      { text: P2, kind: 'paragraph' },
      { text: '责任编辑：', kind: 'paragraph' },
      { text: '平台声明：该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。', kind: 'paragraph' },
      { text: '首赞', kind: 'paragraph' },
      { text: '+1', kind: 'paragraph' },
    ],
  });
  expect(c.body.map((b) => b.text)).toEqual([P1, P2]);
  expect(c.editor).toBeNull();
});

describe('a text capture of an information-disclosure page', () => {
  const HEADLINE = '某某市人民政府办公室关于做好2024年防汛工作的通知';
  const rows = [
    '索引号：11320000014000000X/2024-00123 主题分类：城乡建设、环境保护',
    '发文机关：某某市人民政府办公室 成文日期：2024年05月10日',
    `标题：${HEADLINE}`,
    '发文字号：某政办发〔2024〕12号 发布日期：2024年05月15日',
  ];
  const document = [HEADLINE, '某政办发〔2024〕12号', '各区人民政府，市各委办局：', P1, P2, '某某市人民政府办公室', '2024年5月10日'];
  const check = (lines: string[]) => {
    const c = cleanCapture(pageInputFromText(['某某市人民政府', '当前位置：首页 > 政务公开 > 政府文件', ...lines].join('\n')));
    expect(c.title).toBe(HEADLINE);
    expect(c.date?.iso).toBe('2024-05-15');
    expect(c.deck).toEqual([]);
    expect(c.body.map((b) => b.text)).toEqual(document.slice(1));
    // A number, the addressees and the signature's day are paragraphs, not subheadings.
    expect(c.body.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['某某市人民政府办公室']);
  };
  test('the table above the headline, with a 标题 row', () => check([...rows, ...document]));
  test('the table above the headline, without one', () => check([...rows.filter((r) => !r.startsWith('标题')), ...document]));
  test('the headline above the table', () => check([HEADLINE, ...rows, ...document.slice(1)]));
});

test('a colon line above the headline does not stop the search; a lead label under it is not addressees', () => {
  const c = cleanCapture(
    pageInputFromText(
      ['某某市人民政府', '热门搜索：', '市政府召开常务会议 部署春季农业生产', '发布日期：2019-03-02 来源：某某日报', '编者按：', '春耕在即', P1, P2].join('\n'),
    ),
  );
  expect(c.title).toBe('市政府召开常务会议 部署春季农业生产');
  expect(c.deck).toEqual(['编者按：', '春耕在即']);
  expect(c.body.map((b) => b.text)).toEqual([P1, P2]);
});

test('a notice without a disclosure table: the addressees above its first paragraph close the headline search', () => {
  const c = cleanCapture(
    pageInputFromText(['某某市人民政府', '关于做好春季农业生产工作的通知', '某政办发〔2024〕3号', '各区人民政府，市各委办局：', P1, P2].join('\n')),
  );
  expect(c.title).toBe('关于做好春季农业生产工作的通知');
  expect(c.body.map((b) => b.text)).toEqual(['某政办发〔2024〕3号', '各区人民政府，市各委办局：', P1, P2]);
});

describe('a media tag before the headline', () => {
  const capture = (headline: string) => cleanCapture(pageInputFromText([headline, '2019年03月02日', P1, P2].join('\n'))).title;
  test('[视频] and 【组图】 name the media form, not the subject: they are not part of the title', () => {
    expect(capture('[视频]市政府召开常务会议 部署春季农业生产')).toBe('市政府召开常务会议 部署春季农业生产');
    expect(capture('【組圖】市政府召開常務會議')).toBe('市政府召開常務會議');
  });
  test('a column tag printed with the headline stays', () => {
    expect(capture('【走基层】示例县：春耕备耕忙')).toBe('【走基层】示例县：春耕备耕忙');
  });
});

describe('every line moved out of the body is kept with the kind its rule named', () => {
  const htmlInput = (blocks: string[], removed: PageInput['removed'] = []): PageInput => ({
    url: null,
    format: 'html',
    documentTitle: null,
    hints: { title: '示例区召开防汛工作会议' },
    blocks: blocks.map((text) => ({ text, kind: 'paragraph' as const })),
    removed,
  });

  test('furniture, credits and info lines inside the body are listed by kind, in page order', () => {
    const c = cleanCapture(htmlInput([P1, '扫一扫在手机打开当前页', '来源：示例区融媒体中心', P2, '记者 林晓岚 通讯员 周默', P3]));
    expect(c.body.map((b) => b.text)).toEqual([P1, P2, P3]);
    expect(c.removed).toEqual([
      { text: '扫一扫在手机打开当前页', kind: 'share-prompt', at: 1 },
      { text: '来源：示例区融媒体中心', kind: 'info-line', at: 1 },
      { text: '记者 林晓岚 通讯员 周默', kind: 'byline', at: 2 },
    ]);
  });

  test('what extraction left out comes first, and the list is capped', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ text: `相关链接第${i}条`, kind: 'link-list' }));
    const c = cleanCapture(htmlInput([P1, '首赞', P2], many));
    expect(c.removed[0]).toEqual({ text: '相关链接第0条', kind: 'link-list' });
    expect(c.removed).toHaveLength(200);
    expect(cleanCapture(htmlInput([P1, '首赞', P2], many.slice(0, 2))).removed.at(-1)).toEqual({ text: '首赞', kind: 'reaction-widget', at: 1 });
  });

  test("extraction's spots (text blocks above) become spots in the final body", () => {
    // Extraction kept [P1, 扫一扫…, P2, P3] and left a link row out above P3 (three kept lines above it).
    const c = cleanCapture(htmlInput([P1, '扫一扫在手机打开当前页', P2, P3], [{ text: '防汛知识问答 应急指南', kind: 'link-list', at: 3 }]));
    expect(c.body.map((b) => b.text)).toEqual([P1, P2, P3]);
    expect(c.removed[0]).toEqual({ text: '防汛知识问答 应急指南', kind: 'link-list', at: 2 });
  });

  test('a whole-page capture lists the lines above its headline and the article end', () => {
    const c = cleanCapture(pageInputFromText(page));
    expect(c.removed.slice(0, 3)).toEqual([
      { text: '2023年11月08日 星期三', kind: 'page-header', at: 0 },
      { text: '新闻热线：0000-7654321', kind: 'hotline', at: 0 },
      { text: '当前位置：首页 > 要闻 > 县内动态', kind: 'breadcrumb', at: 0 },
    ]);
    expect(c.removed).toContainEqual({ text: '融媒体记者 赵六/摄', kind: 'byline', at: 0 });
    expect(c.removed).toContainEqual({ text: '示例县融媒体中心版权所有', kind: 'copyright', at: 3 });
    expect(c.removed).toContainEqual({ text: Q1, kind: 'repeated-copy', at: 3 });
  });
});

test('a byline kept beside the body (context) credits its people with their roles', () => {
  const input: PageInput = {
    url: null,
    format: 'html',
    documentTitle: null,
    hints: { title: '示例区召开防汛工作会议' },
    blocks: [P1, P2].map((text) => ({ text, kind: 'paragraph' as const })),
    context: { before: ['记者 林晓岚 摄影 周默', '发布时间：2024-06-03 10:00'], after: ['责任编辑：赵一'] },
  };
  expect(cleanCapture(input).authors).toEqual([
    { name: '林晓岚', role: 'reporter' },
    { name: '周默', role: 'photographer' },
  ]);
});
