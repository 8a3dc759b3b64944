import { extractMeeting, numberedDirectives } from '../../../src/core/meeting';
import { peopleInPhrase, titledPerson } from '../../../src/core/people';
import type { Block } from '../../../src/core/types';

const p = (text: string): Block => ({ text, kind: 'paragraph' });

describe('people in official phrasing', () => {
  test('posts then a name', () => {
    expect(titledPerson('市委副书记、市长、市防汛指挥部指挥长周敏')).toEqual({
      name: '周敏',
      titles: ['市委副书记', '市长', '市防汛指挥部指挥长'],
    });
  });
  test('a collective label then bare names', () => {
    expect(peopleInPhrase('市领导何立、欧阳青青、陶然').map((q) => q.name)).toEqual(['何立', '欧阳青青', '陶然']);
  });
  test('posts without a name give nobody', () => {
    expect(peopleInPhrase('市防汛指挥部副指挥长')).toEqual([]);
  });
  test('two people each with their posts', () => {
    expect(peopleInPhrase('副市长何立、市政府秘书长陶然')).toEqual([
      { name: '何立', titles: ['副市长'] },
      { name: '陶然', titles: ['市政府秘书长'] },
    ]);
  });
});

describe('numberedDirectives', () => {
  test('一要…二要… paragraphs, one entry each', () => {
    expect(numberedDirectives(['一要压实责任。', '二要强化保障。', '三要严明纪律。'])).toHaveLength(3);
  });
  test('一是…二是… inside one paragraph are split', () => {
    expect(numberedDirectives(['会议要求：一是压实责任；二是强化保障；三是严明纪律。'])).toEqual(['一是压实责任', '二是强化保障', '三是严明纪律。']);
  });
  test('统一要求 and a lone 一要 are not directives', () => {
    expect(numberedDirectives(['各地要按照统一要求推进工作。二要求真务实。'])).toEqual([]);
  });
});

describe('extractMeeting', () => {
  const body = [
    p('3月2日下午，市委书记、市防汛指挥部指挥长周敏主持召开防汛工作会议，研究部署汛期各项工作。'),
    p('市委副书记、市长何立出席并讲话。'),
    p('会议指出，当前已进入主汛期，各地要克服麻痹思想。'),
    p('何立强调，要压实责任，确保安全度汛。'),
    p('一要加强监测预警。'),
    p('二要做好应急准备。'),
    p('市领导陶然、欧阳青青出席会议。副市长王青参加会议。'),
  ];
  const m = extractMeeting('市防汛工作会议召开', body, '2019-03-03T10:00:00+08:00');
  test('date resolved against the publish date', () => expect(m?.date).toBe('2019-03-02'));
  test('host with titles', () => expect(m?.host).toEqual({ name: '周敏', titles: ['市委书记', '市防汛指挥部指挥长'] }));
  test('speakers other than the host', () => expect(m?.speakers.map((s) => s.name)).toEqual(['何立']));
  test('attendees with titles', () =>
    expect(m?.attendees).toEqual([
      { name: '陶然', titles: ['市领导'] },
      { name: '欧阳青青', titles: ['市领导'] },
      { name: '王青', titles: ['副市长'] },
    ]));
  test('directives and statements', () => {
    expect(m?.directives).toEqual(['一要加强监测预警。', '二要做好应急准备。']);
    expect(m?.statements).toEqual(['会议指出，当前已进入主汛期，各地要克服麻痹思想。']);
  });
  test('a year-end meeting reported in January belongs to the previous year', () => {
    const late = extractMeeting(null, [p('12月30日，市政府召开常务会议，周敏主持会议。')], '2020-01-02');
    expect(late?.date).toBe('2019-12-30');
  });
  test('an article that reports no meeting has none', () => {
    expect(extractMeeting('春季花展开幕', [p('3月2日，春季花展在市植物园开幕，吸引大量市民前往观赏。')], '2019-03-02')).toBeNull();
  });
});

describe('more ways reports credit people', () => {
  test('a date between the chairman and 主持', () => {
    const m = extractMeeting(null, [p('国务院总理周敏6月1日主持召开国务院常务会议，部署有关工作。')], '2019-06-02');
    expect(m?.host?.name).toBe('周敏');
    expect(m?.date).toBe('2019-06-01');
  });
  test('speakers who 发言, 介绍 or 说', () => {
    const m = extractMeeting(
      '示例省召开民营企业座谈会',
      [p('座谈会上，省发展改革委主任何立、市委书记陶然先后发言。'), p('省委副书记、省长王青说，要牢记嘱托。'), p('他说，要抓好落实。')],
      '2019-06-02',
    );
    expect(m?.speakers.map((s) => s.name)).toEqual(['何立', '陶然', '王青']);
  });
  test('a comma-separated attendee sentence, each person with posts', () => {
    const m = extractMeeting(null, [p('7月29日上午，全县表彰大会举行。县委常委、政法委书记何立，副县长陶然，县人武部部长王青参加了会议。')], '2019-07-30');
    expect(m?.attendees).toEqual([
      { name: '何立', titles: ['县委常委', '政法委书记'] },
      { name: '陶然', titles: ['副县长'] },
      { name: '王青', titles: ['县人武部部长'] },
    ]);
  });
  test('a bare list of short names before 出席', () => {
    const m = extractMeeting(null, [p('何立、陶然、王青出席座谈会，有关部门负责同志参加座谈会。')], '2019-07-30');
    expect(m?.attendees.map((a) => a.name)).toEqual(['何立', '陶然', '王青']);
  });
  test('a title written after the name', () => {
    expect(titledPerson('某某大学地理学院陶然教授')).toEqual({ name: '陶然', titles: ['某某大学地理学院', '教授'] });
    expect(titledPerson('学会副理事长何立研究员')).toEqual({ name: '何立', titles: ['学会副理事长', '研究员'] });
  });
  test('a noun phrase before 讲话 is not a speaker', () => {
    const m = extractMeeting(null, [p('会议传达学习了总书记重要讲话精神，周敏主持会议。')], '2019-07-30');
    expect(m?.speakers).toEqual([]);
  });
});

test('an organisation is not a person', () => {
  expect(titledPerson('中国科学院')).toBeNull();
  expect(titledPerson('市财政局')).toBeNull();
});

test('同志 after a name is a courtesy, not a post', () => {
  const m = extractMeeting(null, [p('3月2日，周敏同志主持召开专题会议，研究有关工作。')], '2019-03-03');
  expect(m?.host).toEqual({ name: '周敏', titles: ['同志'] });
});

describe('events reported like meetings: forums, ceremonies, inspection visits', () => {
  test('a span of days is dated by its first day, and a printed year wins over the reference', () => {
    const span = extractMeeting(null, [p('5月10-12日，2019年全国示例学术年会在示例大学举行。'), p('示例大学校长周敏主持开幕式。')], '2019-05-18');
    expect(span?.date).toBe('2019-05-10');
    const yearly = extractMeeting(null, [p('2014年8月22日，第三届示例安全论坛在示例体育场举行。示例公司副总裁陶然主持了本次论坛。')], '2014-08-24');
    expect(yearly?.date).toBe('2014-08-22');
    expect(yearly?.host?.name).toBe('陶然');
  });

  test('guests listed over commas who attend and then speak are all speakers', () => {
    const m = extractMeeting(
      null,
      [
        p(
          '5月11日上午，大会开幕式在示例大学举行。示例大学党委书记周敏教授、示例学会秘书长何立研究员，示例科学院院士、示例委员会主任陶然研究员参加开幕式并先后致辞。',
        ),
      ],
      '2019-05-18',
    );
    expect(m?.speakers.map((s) => s.name)).toEqual(['周敏', '何立', '陶然']);
    expect(m?.attendees).toEqual([]);
  });

  test('an inspection visit is not a meeting, and those who accompany it attend nothing', () => {
    const m = extractMeeting(
      '示例区领导到示例街道开展调研',
      [p('2019年2月27日下午，示例区委常委周敏一行到示例街道进行实地考察调研，市发展改革局副局长何立，区委副书记陶然陪同调研。')],
      '2019-03-06',
    );
    expect(m).toBeNull();
  });

  test('a forum mentioned only in passing further down does not make the article a meeting report', () => {
    const body = [
      p('今年以来，示例市外贸进出口保持平稳增长，一季度进出口总值同比增长百分之六。'),
      p('示例市商务局局长周敏表示，将继续稳住外贸基本盘，推动加工贸易转型升级。'),
      p('据悉，该市企业还将组团参加下月举办的国际贸易论坛。'),
    ];
    expect(extractMeeting('示例市外贸一季度平稳增长', body, '2024-04-20')).toBeNull();
    expect(extractMeeting('示例国际贸易论坛开幕', body, '2024-04-20')).not.toBeNull();
  });

  test('a consul or an envoy is a post before a name', () => {
    expect(titledPerson('中国驻示例城市总领馆副总领事周敏')?.name).toBe('周敏');
  });
});

// Reports written for these tests: invented names and places, one construction each.
const report = (title: string | null, paras: string[], published = '2021-06-10') => extractMeeting(title, paras.map(p), published);
const namesOf = (m: ReturnType<typeof extractMeeting>) => [...(m?.speakers ?? []), ...(m?.attendees ?? [])].map((q) => q.name);

describe('is a meeting reported? the headline and the lead decide', () => {
  test("a 会见 of a conference's delegates is not a meeting report", () => {
    const m = report('贺建林会见出席示例论坛的外方代表', [
      '央视网消息：贺建林8日在北京会见了出席示例合作论坛的外方主要代表。贺建林表示，会议主题具有重要意义。',
      '示例国代表梁芳、邹明先后发言。',
    ]);
    expect(m).toBeNull();
    expect(report('贺建林致信祝贺示例论坛开幕', ['贺建林8日致信祝贺示例合作论坛开幕。'])).toBeNull();
    expect(report('贺建林向示例论坛致贺信', ['第五届示例论坛8日在示例市开幕。贺建林发来贺信。'])).toBeNull();
  });
  test('an inspection tour (考察, 调研) is not a meeting, even with a talk on the way', () => {
    expect(report('贺建林在示例省调研', ['示例省委书记贺建林8日在示例市调研，与企业技术团队座谈交流。', '省发展改革委主任梁芳陪同调研。'])).toBeNull();
  });
  test('a letter (回信) and a notice setting up a group are not meetings', () => {
    expect(
      report('贺建林给示例村村民回信', [
        '近日，贺建林给示例村村民回信，勉励他们建设好家乡。',
        '示例村村民在来信中汇报了村里的新变化。',
        '2019年，贺建林在示例村主持召开座谈会，同村民代表交流。',
      ]),
    ).toBeNull();
    expect(
      report('示例省成立就业工作领导小组', [
        '示例省政府办公厅8日发布成立就业工作领导小组的通知。',
        '领导小组的主要职责：一是统筹就业政策，二是协调解决重大问题。领导小组实行工作会议制度，由组长召集。',
      ]),
    ).toBeNull();
  });
  test('a tour during which the leader 主持召开 a 座谈会 is a meeting', () => {
    const m = report('贺建林在示例市考察并主持召开座谈会', ['8日至9日，贺建林在示例市考察并主持召开推进示范区建设座谈会。']);
    expect(m?.host?.name).toBe('贺建林');
  });
  test('a lead that says the conference was held makes a meeting report under a 会见 headline', () => {
    const m = report('贺建林会见全省民政会议代表', ['第五次全省民政会议8日在示例市召开。', '贺建林会见与会代表并讲话。']);
    expect(m).not.toBeNull();
    expect(m?.speakers.map((q) => q.name)).toEqual(['贺建林']);
  });
  test('a meeting to come or cited as past, a show hosted, a product launch: none is reported', () => {
    expect(report('示例峰会筹备有序', ['今年将举办示例峰会，届时省长贺建林将出席开幕式并致辞。'])).toBeNull();
    expect(report('示例集团业绩承压', ['贺建林在前不久召开的中期业绩会上表示，公司经营稳健。'])).toBeNull();
    expect(report('艺人梁芳主持首秀', ['艺人梁芳8日晚主持某大型时尚活动，在主持中数次道歉。'])).toBeNull();
    expect(report('示例手机正式发布', ['今天凌晨，示例公司举行发布会，正式发布新一代手机。'])).toBeNull();
  });
  test("a headline that is a gathering's name reports it", () => {
    expect(report('示例工程第二场新闻发布会', ['女士们、先生们：', '很高兴又一次和大家见面。'])).not.toBeNull();
  });
  test('headline lines repeated above the text are not the lead', () => {
    const m = report('示例县表彰退役军人', [
      '示例县举行',
      '首届最美退役军人表彰大会',
      '7月29日上午，示例县举行首届最美退役军人表彰大会。副县长贺建林参加了会议。',
    ]);
    expect(m?.date).toBe('2021-07-29');
  });
});

describe('the chairman: 主持 in every word order', () => {
  const hostOf = (lead: string, title: string | null = null) => report(title, [lead])?.host?.name ?? null;
  test('X主持召开 and X主持会议', () => {
    expect(hostOf('示例省委书记贺建林主持召开省委常委会会议。')).toBe('贺建林');
    expect(hostOf('示例市委常委会8日召开会议。市委书记梁芳主持会议。')).toBe('梁芳');
  });
  test('会议由X主持', () => {
    expect(hostOf('示例省委常委会8日召开会议，会议由省委书记贺建林主持。')).toBe('贺建林');
    expect(hostOf('示例省委常委会8日召开会议，会议由贺建林主持。')).toBe('贺建林');
  });
  test('X主持会议并讲话', () => expect(hostOf('示例市委8日召开全会，市委书记梁芳主持会议并讲话。')).toBe('梁芳'));
  test('a day, a time and a place between the name and 主持', () => {
    expect(hostOf('示例市市长贺建林4日主持召开市政府常务会议。')).toBe('贺建林');
    expect(hostOf('示例省长梁芳8日下午在示例市主持召开座谈会。')).toBe('梁芳');
  });
  test('a coordinated first event: X在…考察，并主持召开', () =>
    expect(hostOf('8日至9日，示例省长贺建林在示例市、示范区考察，并主持召开恢复重建专题会议。')).toBe('贺建林'));
  test('X在主持学习时强调', () => expect(hostOf('示例省委常委会8日下午进行第五次集体学习。省委书记贺建林在主持学习时强调，要抓好落实。')).toBe('贺建林'));
  test('a leader who 召开 a 座谈会 he then leads', () => expect(hostOf('示例省委书记贺建林8日在示例市召开民营企业座谈会，听取意见和建议。')).toBe('贺建林'));
  test('the headline says who chaired when the body does not', () =>
    expect(hostOf('示例省委8日召开常委会会议。', '示例省委召开常委会会议 贺建林主持')).toBe('贺建林'));
  test('nobody is said to chair: no host', () => {
    expect(hostOf('示例省委8日召开会议，传达学习有关文件精神。')).toBeNull();
    expect(hostOf('示例市委8日召开常委会会议。会议由市委召集。')).toBeNull();
    expect(hostOf('市政府8日召开企业座谈会，听取意见。')).toBeNull();
  });
});

describe('the day the meeting was held, from the publish date', () => {
  const dateOf = (lead: string, published: string, more: string[] = []) => report(null, [lead, ...more], published)?.date ?? null;
  test('a day of this month, or of last month when it lies after the publish day', () => {
    expect(dateOf('示例市委常委会26日召开会议。', '2021-06-28')).toBe('2021-06-26');
    expect(dateOf('示例市委常委会26日召开会议。', '2021-07-02')).toBe('2021-06-26');
    expect(dateOf('示例市委常委会30日召开会议。', '2021-01-03')).toBe('2020-12-30');
  });
  test('3月26号 and a year printed in the text', () => {
    expect(dateOf('3月26号，示例省政府召开春耕生产会议。', '2021-03-27')).toBe('2021-03-26');
    expect(dateOf('2019年12月30日，示例市政府召开常务会议。', '2020-01-02')).toBe('2019-12-30');
  });
  test('今天, 昨天, 周日 and 上周五', () => {
    expect(dateOf('今天，示例省委召开会议。', '2021-06-10')).toBe('2021-06-10');
    expect(dateOf('示例省委昨天召开会议。', '2021-06-10')).toBe('2021-06-09');
    // 2021-06-14 is a Monday.
    expect(dateOf('示例省委周日召开电视电话会议。', '2021-06-14')).toBe('2021-06-13');
    expect(dateOf('示例省委上周五召开会议。', '2021-06-14')).toBe('2021-06-11');
    // 2021-06-19 is a Saturday: 周五 is the day before, 上周五 a week earlier.
    expect(dateOf('示例省委周五召开会议。', '2021-06-19')).toBe('2021-06-18');
    expect(dateOf('示例省委上周五召开会议。', '2021-06-19')).toBe('2021-06-11');
  });
  test('a meeting over several days is dated by its first day', () => {
    expect(dateOf('示例省经济工作会议8日至10日在示例市举行。', '2021-06-10')).toBe('2021-06-08');
    expect(dateOf('示例省委常委会6月7和8日连续两天召开专题民主生活会。', '2021-06-10')).toBe('2021-06-07');
    expect(dateOf('5月12日、13日和15日，示例省长贺建林先后召开三场座谈会。', '2021-05-20')).toBe('2021-05-12');
  });
  test('only 近日: the day is unknown, not the publish date', () => expect(dateOf('近日，示例省长贺建林主持召开领导小组会议。', '2021-06-10')).toBeNull());
  test("days that belong to other things are not the meeting's", () => {
    expect(dateOf('示例市长贺建林8日主持召开常务会议。会议指出，日前公布的审计报告反映了问题。', '2021-06-10')).toBe('2021-06-08');
    expect(dateOf('6月1日，示例省发布春耕方案。', '2021-06-10', ['近日，示例省长贺建林主持召开领导小组会议。'])).toBeNull();
    expect(dateOf('示例省委近日作出批示。', '2021-06-10', ['示例省领导小组8日召开会议，传达批示精神。'])).toBe('2021-06-08');
  });
  test('a day opening the lead dates a meeting told later in it', () =>
    expect(dateOf('8月23号，示例市委常委会的会议室迎来了十位客人。', '2021-09-05', ['会议一开始，市委书记贺建林首先发言。'])).toBe('2021-08-23'));
});

describe('speakers and attendees', () => {
  test('posts shared over a list, lists over commas, host not repeated', () => {
    const m = report(null, ['示例省长贺建林8日主持召开省政府全体会议。副省长梁芳、邹明，省政府秘书长蒋立新出席会议。', '贺建林强调，要抓好落实。']);
    expect(m?.host?.name).toBe('贺建林');
    expect(m?.attendees).toEqual([
      { name: '梁芳', titles: ['副省长'] },
      { name: '邹明', titles: ['副省长'] },
      { name: '蒋立新', titles: ['省政府秘书长'] },
    ]);
    expect(m?.speakers).toEqual([]);
  });
  test('unnamed officials close a list; 等 ends one; 还有 opens one', () => {
    const m = report(null, ['示例省委8日召开座谈会。梁芳、邹明，省直有关部门负责人出席座谈会。', '出席座谈会的党外人士还有蒋立新、方晓、严华等。']);
    expect(namesOf(m)).toEqual(['梁芳', '邹明', '蒋立新', '方晓', '严华']);
    const listed = report(null, ['示例省委8日召开全会。出席会议的有：省委委员梁芳、邹明，候补委员蒋立新。']);
    expect(listed?.attendees).toEqual([
      { name: '梁芳', titles: ['省委委员'] },
      { name: '邹明', titles: ['省委委员'] },
      { name: '蒋立新', titles: ['候补委员'] },
    ]);
  });
  test('应邀出席 and 列席 attend; those in a 默哀 sentence attended', () => {
    const m = report(null, [
      '示例省政府8日召开廉政工作会议。省纪委书记梁芳应邀出席会议，省法院院长邹明列席会议。',
      '会议开始时，出席会议的省委常委蒋立新、方晓等全体起立默哀。',
    ]);
    expect(namesOf(m)).toEqual(['梁芳', '邹明', '蒋立新', '方晓']);
  });
  test('出席并讲话, 在讲话中表示, 作总结讲话, 通报, 汇报 and 讲解 make speakers', () => {
    const m = report(null, [
      '示例省委8日召开工作会议。省委书记贺建林出席会议并讲话。',
      '省长梁芳在讲话中表示，要稳字当头。副省长邹明作总结讲话。',
      '省发展改革委主任蒋立新通报了有关情况，省财政厅厅长方晓汇报了预算执行情况。',
      '示例大学教授严华同志就这个问题进行讲解。',
    ]);
    expect(m?.speakers.map((q) => q.name)).toEqual(['贺建林', '梁芳', '邹明', '蒋立新', '方晓', '严华']);
  });
  test('先后发言, 发了言, 作了重点发言, 谈了看法, 就…提出建议', () => {
    const m = report('示例省委召开专家座谈会', [
      '座谈会上，省工商联主席贺建林、无党派人士代表梁芳先后发言。',
      '会上，邹明、蒋立新等专家和示例公司负责人发了言。',
      '方晓、严华就这个问题作了重点发言。',
      '省政协委员唐伟、宋琳等分别谈了各自的看法。省民盟主委萧然就发展民营经济提出了建议。',
    ]);
    expect(m?.speakers.map((q) => q.name)).toEqual(['贺建林', '梁芳', '邹明', '蒋立新', '方晓', '严华', '唐伟', '宋琳', '萧然']);
  });
  test('致辞 and 作…报告 make speakers; 作出指示 does not', () => {
    const m = report(null, [
      '示例县8日举行表彰大会。县退役军人事务局局长贺建林向大会致词，县长梁芳作了题为《奋进新征程》的工作报告。',
      '市委书记邹明作出重要指示，要求做好服务保障。',
    ]);
    expect(m?.speakers.map((q) => q.name)).toEqual(['贺建林', '梁芳']);
  });
  test('words said to the press, or a scholar quoted, are not a speech at the meeting', () => {
    const m = report(null, [
      '示例省委常委会8日召开会议。',
      '示例大学教授贺建林指出，会议释放了积极信号。据示例日报援引，省发展改革委主任梁芳强调，要抓好落实。',
    ]);
    expect(namesOf(m)).toEqual([]);
  });
  test('a clause opened by 会上 / 会议一开始 names who took the floor there', () => {
    const m = report(null, [
      '示例省委常委会8日召开见面会。会议一开始，省委书记贺建林首先播放了一段录像。',
      '在座谈会上，示例物流协会副会长梁芳带来了最新数据。会上，有关部门负责同志作了发言。',
    ]);
    expect(m?.speakers.map((q) => q.name)).toEqual(['贺建林', '梁芳']);
  });
  test('a list closed by a comma before the verb; 宣读 takes the floor', () => {
    const m = report(null, [
      '示例学术年会8日在示例大学举行。示例大学贺建林教授、示例研究所梁芳研究员等2位专家，分别作了题为“区域发展”的学术报告。',
      '副局长邹明宣读了表彰决定。',
    ]);
    expect(m?.speakers.map((q) => q.name)).toEqual(['贺建林', '梁芳', '邹明']);
  });
  test('听取X作的说明: the reporter spoke at the meeting', () => {
    const m = report(null, ['示例省人大常委会第五次会议，听取了省财政厅厅长贺建林代表省政府对预算调整方案作的说明。']);
    expect(m?.speakers.map((q) => q.name)).toEqual(['贺建林']);
  });
  test('at a 座谈会 a participant named with a post who 说 spoke there; elsewhere a quote is not', () => {
    const forum = report('示例省长召开座谈会听取意见', ['示例省长贺建林8日主持召开企业家座谈会。', '示例集团董事长梁芳说，订单在回升。']);
    expect(forum?.speakers.map((q) => q.name)).toEqual(['梁芳']);
    const session = report('示例省委召开民主生活会', ['示例省委常委会8日召开民主生活会。', '示例大学教授梁芳说，会议很重要。']);
    expect(namesOf(session)).toEqual([]);
  });
  test('who sent a 批示 or 指示, who only 陪同 a tour: not attendees; 陪同考察并出席座谈会: attended', () => {
    const m = report('示例省召开春耕生产会议 贺建林作出批示', [
      '示例省政府8日召开春耕生产会议。省长贺建林作出批示，强调要抓好春耕。',
      '示例省委书记梁芳近日作出重要指示强调，要保障粮食安全。副省长唐伟在批示中指出，要抓好春耕。',
      '邹明陪同考察。蒋立新陪同考察并出席座谈会。',
    ]);
    expect(namesOf(m)).toEqual(['蒋立新']);
  });
  test('traditional script is kept', () => {
    const m = report('示例省委召開常委會會議', ['示例省委常委會8日召開會議，省委書記賀建林主持會議。副省長梁芳、鄒明出席會議。']);
    expect(m?.host?.name).toBe('賀建林');
    expect(namesOf(m)).toEqual(['梁芳', '鄒明']);
  });
  test("words in a name's place are not people", () => {
    const m = report(null, ['示例县8日召开约谈会议。24位县委书记参加约谈，4位县委书记作代表性发言。她以成员身份出席会议。']);
    expect(namesOf(m)).toEqual([]);
  });
});

describe('numbered directives', () => {
  const count = (paras: string[]) => numberedDirectives(paras).length;
  test('第一…第五 and （一）…（三）', () => {
    expect(count(['贺建林说，做好下一阶段工作，第一，要坚定信心。第二，要压实责任。第三，要狠抓落实。'])).toBe(3);
    expect(count(['会议要求：（一）加强监测预警；（二）做好应急准备；（三）严明工作纪律。'])).toBe(3);
  });
  test('several lists are added up', () => {
    expect(count(['会议要求，一要严肃整改问题。二要建立长效机制。', '会议指出，一要扩大有效投资。二要提振消费信心。三要稳定外贸外资。'])).toBe(5);
  });
  test('a list recounting what was done is past measures', () => {
    expect(count(['今年我们采取了一系列措施。一是加快了财政支出进度，并没有超出预算。二是两次降低了存款准备金率。'])).toBe(0);
  });
  test('a slogan, a run of ordinal labels and a count without items are not directives', () => {
    expect(count(['发展经济，一靠教育、二靠科技。'])).toBe(0);
    expect(count(['三次产业中，第一、第二、第三产业协同发展。'])).toBe(0);
    expect(count(['会议确定了12个方面57项重点任务。'])).toBe(0);
  });
  test("a commentator's points are not the meeting's", () => {
    expect(count(['「示例岛」表示，会议规模至少说明三点，一是内容重要，二是事情紧急，三是不再层层转发文件。'])).toBe(0);
  });
});
