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
    ['展开全文', 'page-tools'],
    ['閱讀全文 >>', 'page-tools'],
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
    const prose = '会议要求，各地要公布举报电话和新闻热线，畅通群众反映问题渠道，对扫一扫即可查询的信息要及时更新，确保群众办事方便快捷。';
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
  test("the site's tip-off line is furniture; an article sentence naming a hotline is not", () => {
    expect(furnitureKind('违法和不良信息举报电话：12377')).toBe('hotline');
    expect(furnitureKind('社会公众发现违法线索的，可拨打举报电话010-12345678反映。')).toBeNull();
  });
});

describe("a site's legal notice is furniture wherever it sits and however long", () => {
  const long = (s: string) => s + '任何媒体、网站或个人未经协议授权，不得以任何方式复制发表，已经授权的应在授权范围内使用。'.repeat(4);
  test.each([
    ['版权及免责声明：'],
    ['【免責聲明】'],
    ['法律声明'],
    [long('一、凡本站注明“来源：某某县人民政府网”的所有文字、图片和音视频稿件，版权均属本站所有，')],
    [long('二、凡注明来源为“某某日报”的作品，')],
    ['本网站所有内容均由各供稿单位提供，本网站不对其真实性、准确性作任何保证，请读者自行核实。'],
    [long('三、本网站所刊登的各类政策文件、公告信息仅供参考，')],
    ['本網轉載其他媒體之作品，意在為公眾提供更多資訊，並不代表本網贊同其觀點。'],
    ['四、如因作品内容、版权和其他问题需要同本站联系的，请在作品发布之日起30日内进行。'],
    ['（本文为原创稿件，转载请注明出处）'],
    ['部分内容来源于网络，版权归原作者所有，如有侵权，请联系删除。'],
  ])('%s', (line) => {
    expect(furnitureKind(line)).toBe('legal-notice');
  });
  test('it ends the article like the copyright line', () => {
    expect(endsArticle('legal-notice')).toBe(true);
  });
  test('an article about copyright or a site names no notice of its own and stays', () => {
    for (const prose of [
      '会议指出，要加强版权保护，严厉打击盗版等侵权行为，营造尊重知识产权的良好氛围。',
      '本网讯（记者 王某）近日，市版权局发布版权声明示范文本，引导企业规范使用他人作品。',
      '市民可登录本网站查询办事指南，也可拨打12345热线咨询，如对办理结果有异议，可依法申请复核。',
      '声明',
      '经营者如有侵权行为，市场监管部门将依法予以查处，并向社会公开处理结果。',
      // A statement a government publishes as news is no site notice.
      '严正声明',
      '郑重声明：近期有不法分子冒用我局名义开展所谓资格认证，我局从未委托任何机构开展此类活动。',
    ])
      expect([prose, furnitureKind(prose)]).toEqual([prose, null]);
  });
});

describe("a licence is the footer's only with its label and number", () => {
  test('the footer line is furniture; a sentence about checking licences is not', () => {
    expect(furnitureKind('增值电信业务经营许可证：京B2-20201234')).toBe('copyright');
    expect(furnitureKind('执法人员重点检查经营者的许可证照是否齐全有效，发现问题当场责令整改。')).toBeNull();
  });
});

describe('an app prompt inside the article', () => {
  test('is furniture; a sentence about an app is not', () => {
    expect(furnitureKind('海量资讯、精准解读，尽在某某新闻APP')).toBe('app-promo');
    expect(furnitureKind('(本文来自某某新闻，更多原创资讯请下载“某某新闻”APP)')).toBe('app-promo');
    expect(furnitureKind('市民可通过“某某办”APP在线办理公积金提取业务，全程无需跑腿。')).toBeNull();
  });
});

describe('markup: a line of leaked tags is furniture, a line that mentions a tag is text', () => {
  test.each([['</div>'], ['<p align="center">'], ['<span style="color:#333">编辑</span>']])('%s is stray-markup', (line) =>
    expect(furnitureKind(line, [], false)).toBe('stray-markup'),
  );

  test.each([['网页中一律不得通过<script>标签引用外部脚本'], ['<img>标签应当写明替代文字'], ['禁止使用<iframe>嵌入第三方页面，确需嵌入的须报备']])(
    '%s stays in the body',
    (line) => expect(furnitureKind(line, [], false)).toBeNull(),
  );
});
