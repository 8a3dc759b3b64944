import { cleanCapture } from '../../../src/core/layout';
import { pageInputFromText } from '../../../src/core/textCapture';
import type { PageInput } from '../../../src/core/types';

const P1 = '3月2日上午，市委副书记、市长周敏主持召开市政府常务会议，研究部署春季农业生产工作。';
const P2 = '会议指出，今年以来全市农业生产总体平稳，但面临的困难和挑战依然不少，各地要高度重视。';
const P3 = '会议强调，要压实各级责任，确保各项措施落实到位，为全年农业丰收打下坚实基础。';

const page = [
  '2019-07-26',
  '报料热线：12345678',
  '您当前的位置 : 某某网 > 新闻中心 > 本地',
  '市政府召开常务会议 部署春季农业生产',
  '2019-03-02 18:59:00 稿源: 某某网',
  '市政府召开常务会议',
  '压实责任 抓好春耕',
  '某某网记者何立/摄',
  P1,
  P2,
  P3,
  '编辑: 陶然纠错:someone@example.com',
  '扫一扫，某某网装进手机',
  '某某网版权所有(C)',
  '市政府召开常务会议 部署春季农业生产',
  '稿源: 某某网 2019-03-02 18:59:00',
  P1,
  P2,
  P3,
].join('\n');

describe('cleanCapture on a whole-page text capture', () => {
  const c = cleanCapture(pageInputFromText(page));
  test('the headline is the line above the info line, not the header date', () => {
    expect(c.title).toBe('市政府召开常务会议 部署春季农业生产');
    expect(c.date?.iso).toBe('2019-03-02T18:59:00+08:00');
    expect(c.source).toBe('某某网');
  });
  test('short lines between the info line and the first paragraph are the deck', () => {
    expect(c.deck).toEqual(['市政府召开常务会议', '压实责任 抓好春耕']);
  });
  test('the photo credit names the photographer and is not body', () => {
    expect(c.authors).toEqual([{ name: '何立', role: 'photographer' }]);
  });
  test('the body runs from the first paragraph to the editor line', () => {
    expect(c.body.map((b) => b.text)).toEqual([P1, P2, P3]);
    expect(c.editor).toBe('陶然');
  });
  test('the print-view copy below the footer is reported', () => {
    expect(c.printViewRemoved).toBe(true);
    expect(c.duplicatesRemoved).toBeGreaterThanOrEqual(3);
    expect(c.furnitureRemoved).toBeGreaterThan(0);
  });
});

test('a glued publish time is split from the first paragraph', () => {
  const c = cleanCapture(
    pageInputFromText(['-', '市政府召开常务会议!部署春季农业生产', `最后更新: 2019-03-02 20:42:28${P1}`, P2, '- 原标题:市政府召开常务会议', '- 责任编辑: 陶然 '].join('\n')),
  );
  expect(c.gluedDateSplit).toBe(true);
  expect(c.date?.iso).toBe('2019-03-02T20:42:28+08:00');
  expect(c.body.map((b) => b.text)).toEqual([P1, P2]);
  expect(c.editor).toBe('陶然');
});

test('bulleted info lines and a list-item first paragraph', () => {
  const c = cleanCapture(
    pageInputFromText(['市政府召开常务会议', '• 2019年03月02日 15时22分', '• 来源: 某某市人民政府网站', '• 【字体:', `• ${P1}`, P2, '责任编辑: 陶然'].join('\n')),
  );
  expect(c.date?.iso).toBe('2019-03-02T15:22:00+08:00');
  expect(c.source).toBe('某某市人民政府网站');
  expect(c.body[0]).toEqual({ text: P1, kind: 'list-item' });
});

test('with no info line, a short name under the headline is the byline source', () => {
  const c = cleanCapture(pageInputFromText(['市长连夜调度，清晨再开会', '某某号', P1, P2].join('\n')));
  expect(c.title).toBe('市长连夜调度，清晨再开会');
  expect(c.source).toBe('某某号');
  expect(c.deck).toEqual([]);
});

test('pinyin annotations are removed from every line and counted', () => {
  const c = cleanCapture(pageInputFromText(['市政府召開(kāi)常務(wù)會(huì)議', '發(fā)布時間:2019年03月02日', '會(huì)議指出，要統籌做好各項工作，確保全年目標任務順利完成，為經濟發展營造良好環境。'].join('\n')));
  expect(c.title).toBe('市政府召開常務會議');
  expect(c.pinyinRemoved).toBe(5);
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
      ['某某市人民政府', '首页 新闻中心 政务公开 互动交流', '市政府召开常务会议 部署春季农业生产', '发布日期：2019-03-02 来源：某某日报 浏览次数：', P1, P2, '（编辑 陶然）', '上一篇：某某新闻', P3].join('\n'),
    ),
  );
  expect(c.title).toBe('市政府召开常务会议 部署春季农业生产');
  expect(c.source).toBe('某某日报');
  expect(c.body.map((b) => b.text)).toEqual([P1, P2]);
  expect(c.editor).toBe('陶然');
});

test('a second copy of the page without footer between is dropped, deck lines included', () => {
  const c = cleanCapture(
    pageInputFromText(['市政府召开常务会议 部署春季农业生产', '2019-03-02 18:59:00 来源: 某某网', '压实责任 抓好春耕', P1, P2, P3, '市政府召开常务会议 部署春季农业生产', '来源: 某某网 2019-03-02 18:59:00', '压实责任 抓好春耕', P1, P2, P3].join('\n')),
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
  const capture = (headline: string) =>
    cleanCapture(pageInputFromText([headline, '2019年03月02日', P1, P2].join('\n'))).title;
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
      { text: '2019-07-26', kind: 'page-header', at: 0 },
      { text: '报料热线：12345678', kind: 'hotline', at: 0 },
      { text: '您当前的位置 : 某某网 > 新闻中心 > 本地', kind: 'breadcrumb', at: 0 },
    ]);
    expect(c.removed).toContainEqual({ text: '编辑: 陶然纠错:someone@example.com', kind: 'error-report', at: 3 });
    expect(c.removed).toContainEqual({ text: '稿源: 某某网 2019-03-02 18:59:00', kind: 'after-article', at: 3 });
    expect(c.removed).toContainEqual({ text: '扫一扫，某某网装进手机', kind: 'share-prompt', at: 3 });
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
