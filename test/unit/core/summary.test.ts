import { contentSentence, splitSentences, summarize } from '../../../src/core/summary';
import type { Block } from '../../../src/core/types';

const p = (text: string): Block => ({ text, kind: 'paragraph' });

test('splitSentences keeps closing quotes with their sentence', () => {
  expect(splitSentences('他说：“要抓紧。”会议强调，要落实！还有吗？')).toEqual(['他说：“要抓紧。”', '会议强调，要落实！', '还有吗？']);
});

describe('summarize', () => {
  const body = [
    p('3月2日，市政府召开常务会议，研究部署春季农业生产和防汛准备工作。会议由市长主持。'),
    p('会议强调，要压实农业生产责任，确保春季农业生产各项措施落实到位。'),
    p('当天天气晴朗，会场布置简朴。与会人员提前到场签到。'),
    p('会议指出，防汛准备工作要早谋划早部署，确保安全度汛和农业生产两不误。'),
    p('会后，与会人员参观了农业科技展。'),
    p('一个标题'),
  ];
  test('returns the requested number of verbatim sentences in article order', () => {
    const s = summarize(body, 3);
    expect(s).toHaveLength(3);
    const all = body.map((b) => b.text).join('');
    for (const sentence of s) expect(all).toContain(sentence);
    const positions = s.map((x) => all.indexOf(x));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
  test('favours the lead and the meeting statements', () => {
    const s = summarize(body, 3);
    expect(s[0]).toMatch(/^3月2日/);
    expect(s.some((x) => x.startsWith('会议强调'))).toBe(true);
    expect(s.some((x) => x.startsWith('会议指出'))).toBe(true);
  });
  test('a short article gives what it has', () => {
    expect(summarize([p('市政府召开常务会议，研究部署工作。')], 3)).toEqual(['市政府召开常务会议，研究部署工作。']);
    expect(summarize([], 3)).toEqual([]);
  });
});

describe('summary sentences come from the content paragraphs only', () => {
  const lead = p('6月3日，示例区召开汛前安全检查部署会，安排全区汛前隐患排查和应急物资储备工作。');
  const second = p('会议要求，各街道要在6月15日前完成辖区内地下空间、低洼路段和在建工地的隐患排查。');
  const third = p('会议强调，要落实防汛值班制度，确保信息畅通、处置及时，保障群众生命财产安全。');
  const all = (extra: Block[], deck: string[] = []) => summarize([...extra, lead, second, third], 5, deck);
  const noneOf = (got: string[], bad: string) => expect(got.some((s) => s.includes(bad))).toBe(false);

  test('not the addressees of a notice', () => {
    const got = all([p('各街道办事处，区政府各部门，各直属机构，各驻区单位，区属各国有企业，各有关单位和个人：')]);
    noneOf(got, '各直属机构');
    expect(got).toHaveLength(3);
  });
  test('not a responsibility note in brackets, alone or after a sentence', () => {
    const got = summarize([lead, p('加强应急物资储备，按标准配齐抽水泵和沙袋。（责任单位：区应急管理局、各街道（镇）办事处）'), second, third], 5);
    noneOf(got, '责任单位');
    expect(got).toContain('加强应急物资储备，按标准配齐抽水泵和沙袋。');
  });
  test('not the signature: an office alone on a line and the date under it', () => {
    const got = summarize([lead, second, third, p('示例区防汛抗旱指挥部办公室'), p('2024年6月3日')], 5);
    noneOf(got, '指挥部办公室');
    noneOf(got, '2024年6月3日');
  });
  test('not a photo caption printed as a paragraph', () => {
    const got = all([p('图为检查组在示例路地下通道查看排水设施运行情况。')]);
    noneOf(got, '图为');
    noneOf(summarize([lead, p('（摄影 周默）检查组在低洼路段查看排水泵站。'), second], 5), '摄影');
  });
  test('not the dateline: the lead is quoted without it', () => {
    const got = summarize([p('本报讯（记者 林晓岚）6月3日，示例区召开汛前安全检查部署会，安排隐患排查工作。'), second, third], 5);
    expect(got[0]).toBe('6月3日，示例区召开汛前安全检查部署会，安排隐患排查工作。');
    expect(contentSentence('通讯网络建设要同步推进，确保汛期信息畅通。')).toBe('通讯网络建设要同步推进，确保汛期信息畅通。');
  });
  test('not a deck line that reached the body', () => {
    const deckLine = '压实防汛责任 全面排查隐患 确保汛期各项措施落实到位 保障城市运行安全和群众生命财产安全';
    const got = summarize([p(deckLine), lead, second, third], 5, [deckLine]);
    noneOf(got, '压实防汛责任');
  });
});
