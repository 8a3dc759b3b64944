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
    expect(numberedDirectives(['会议要求：一是压实责任；二是强化保障；三是严明纪律。'])).toEqual([
      '一是压实责任',
      '二是强化保障',
      '三是严明纪律。',
    ]);
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
    const m = extractMeeting('示例省召开民营企业座谈会', [
      p('座谈会上，省发展改革委主任何立、市委书记陶然先后发言。'),
      p('省委副书记、省长王青说，要牢记嘱托。'),
      p('他说，要抓好落实。'),
    ], '2019-06-02');
    expect(m?.speakers.map((s) => s.name)).toEqual(['何立', '陶然', '王青']);
  });
  test('a comma-separated attendee sentence, each person with posts', () => {
    const m = extractMeeting(null, [
      p('7月29日上午，全县表彰大会举行。县委常委、政法委书记何立，副县长陶然，县人武部部长王青参加了会议。'),
    ], '2019-07-30');
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
    const m = extractMeeting(null, [
      p('5月11日上午，大会开幕式在示例大学举行。示例大学党委书记周敏教授、示例学会秘书长何立研究员，示例科学院院士、示例委员会主任陶然研究员参加开幕式并先后致辞。'),
    ], '2019-05-18');
    expect(m?.speakers.map((s) => s.name)).toEqual(['周敏', '何立', '陶然']);
    expect(m?.attendees).toEqual([]);
  });

  test('an inspection visit is not a meeting, and those who accompany it attend nothing', () => {
    const m = extractMeeting('示例区领导到示例街道开展调研', [
      p('2019年2月27日下午，示例区委常委周敏一行到示例街道进行实地考察调研，市发展改革局副局长何立，区委副书记陶然陪同调研。'),
    ], '2019-03-06');
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
