import { splitSentences, summarize } from '../../../src/core/summary';
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
