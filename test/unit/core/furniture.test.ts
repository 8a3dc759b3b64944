import { endsArticle, furnitureKind } from '../../../src/core/furniture';

describe('furnitureKind names each pattern of page furniture', () => {
  test.each([
    ['报料热线：12345678', 'hotline'],
    ['违法和不良信息举报电话：0000-1234567', 'hotline'],
    ['您当前的位置 : 某某网 > 新闻中心 > 本地', 'breadcrumb'],
    ['扫一扫，用手机看新闻', 'share-prompt'],
    ['掃描二維碼', 'share-prompt'],
    ['手机版', 'share-prompt'],
    ['【字体：大 中 小】', 'page-tools'],
    ['字體:', 'page-tools'],
    ['打印本页 关闭窗口', 'page-tools'],
    ['纠错：someone@example.com', 'error-report'],
    ['Copyright(C) 2001-2020 example.com All Rights Reserved', 'copyright'],
    ['某某传媒版权所有，未经授权不得转载', 'copyright'],
    ['互联网新闻信息服务许可证：1234567', 'copyright'],
    ['主办单位：某某省人民政府办公厅', 'site-operator'],
    ['运行维护单位：某某公司', 'site-operator'],
    ['相关推荐 -', 'related-list'],
    ['相關文章', 'related-list'],
    ['相关文件', 'related-list'],
    ['相关链接：', 'related-list'],
    ['原标题：某某会议召开', 'original-title'],
    ['打?。?span id="x">', 'mojibake'],
    ['<div class="share">', 'stray-markup'],
    ['-', 'punctuation-only'],
    ['Baidu', 'stray-markup'],
  ])('%s → %s', (line, kind) => expect(furnitureKind(line)).toBe(kind));

  test('body paragraphs are never furniture, whatever words they use', () => {
    const prose =
      '会议要求，各地要公布举报电话和新闻热线，畅通群众反映问题渠道，对扫一扫即可查询的信息要及时更新，确保群众办事方便快捷。';
    expect(furnitureKind(prose)).toBeNull();
    expect(furnitureKind('游客咨询电话：12345678')).toBeNull();
  });
  test('user-configured phrases are furniture', () => {
    expect(furnitureKind('本站声明：仅供参考', ['本站声明'])).toBe('custom');
  });
  test('a lone Latin word is furniture only on a whole-page capture', () => {
    expect(furnitureKind('return', [], false)).toBeNull();
  });
  test('end-of-article kinds', () => {
    expect(endsArticle('share-prompt')).toBe(true);
    expect(endsArticle('page-tools')).toBe(false);
  });
});

test('previous/next links end the article; view counters are furniture', () => {
  expect(furnitureKind('上一篇：某某新闻')).toBe('prev-next');
  expect(endsArticle('prev-next')).toBe(true);
  expect(furnitureKind('浏览次数：1234')).toBe('counter');
});

test('self-media platform furniture: like buttons, the IP location stamp, the liability notice', () => {
  expect(furnitureKind('首赞')).toBe('reaction-widget');
  expect(furnitureKind('+1')).toBe('reaction-widget');
  expect(furnitureKind('在看 12')).toBe('reaction-widget');
  expect(furnitureKind('播报文章')).toBe('read-aloud');
  expect(furnitureKind('语音播报文章，释放双眼')).toBe('read-aloud');
  expect(furnitureKind('以上内容为创作者平台用户上传并发布，本平台仅提供信息存储服务')).toBe('platform-disclaimer');
  expect(furnitureKind('发布于：北京市')).toBe('location-stamp');
  expect(furnitureKind('IP属地：广东')).toBe('location-stamp');
  // With a date it is the info line, not the location stamp.
  expect(furnitureKind('发布于：2024-05-20 北京')).toBeNull();
  const notice = '平台声明：该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。';
  expect(furnitureKind(notice)).toBe('platform-disclaimer');
  expect(endsArticle('platform-disclaimer')).toBe(true);
  expect(endsArticle('location-stamp')).toBe(false);
  // A body sentence that merely mentions an author or a platform stays.
  expect(furnitureKind('会议要求，各平台要落实主体责任，作者对发布内容负责，确保信息真实准确，切实维护网络空间清朗。')).toBeNull();
});

test('a credit label the template left empty: an editor slot ends the article, others are dropped', () => {
  expect(furnitureKind('责任编辑：')).toBe('empty-credit');
  expect(furnitureKind('審核:')).toBe('empty-credit');
  expect(endsArticle('empty-credit')).toBe(true);
  expect(furnitureKind('来源：')).toBe('empty-label');
  expect(endsArticle('empty-label')).toBe(false);
  expect(furnitureKind('责任编辑：陶然')).toBeNull();
});

describe('hotline lines and sentences that give a number', () => {
  test('the site\'s tip-off line is furniture; an article sentence naming a hotline is not', () => {
    expect(furnitureKind('违法和不良信息举报电话：12377')).toBe('hotline');
    expect(furnitureKind('社会公众发现违法线索的，可拨打举报电话010-12345678反映。')).toBeNull();
  });
});
