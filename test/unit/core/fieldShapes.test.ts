import { isAfterCapture, sourceShapeProblem } from '../../../src/core/fieldShapes';
import { cleanSource } from '../../../src/core/infoLineFields';
import { readInfoLine } from '../../../src/extract/pageInfoLine';

describe('the shape of a source', () => {
  test.each([
    ['新华社', null],
    ['某某市人民政府办公室', null],
    ['21世纪经济报道', null],
    ['本站原创', null],
    ['网络', null],
    ['size="20"', 'markup'],
    ['<font color=red>', 'markup'],
    ['&nbsp;', 'markup'],
    ['访问量：199', 'counter'],
    ['浏览次数 12', 'counter'],
    ['1024', 'counter'],
    ['（12）', 'counter'],
    ['——', 'counter'],
    ['{{source}}', 'markup'],
    ['style', 'markup'],
    ['某某网 &amp; 某某报', 'markup'],
    ['CCTV', null],
    ['转载文章', 'label'],
    ['原創', 'label'],
    ['发布时间', 'label'],
    ['作者：张三', 'label'],
    ['市政府召开常务会议，研究部署防汛工作。', 'sentence'],
    ['2024-05-06 10:00', 'date'],
    ['某某省某某市某某区某某街道某某社区居民委员会办公室综合科第一工作小组', 'too long'],
  ])('%s → %s', (value, problem) => {
    expect(sourceShapeProblem(value)).toBe(problem);
  });

  test('both readers refuse a slot filled with markup, a counter or a label', () => {
    expect(cleanSource('size="20"')).toBeNull();
    expect(cleanSource('访问量：199')).toBeNull();
    expect(cleanSource('转载文章')).toBeNull();
    expect(readInfoLine('来源：size="20" 发布时间：2024-01-02').source).toBeUndefined();
    expect(readInfoLine('来源：转载文章').source).toBeUndefined();
  });

  test('a vague origin glued to its label is a sentence; in a labelled slot it is the statement', () => {
    expect(readInfoLine('信息来源于网络').source).toBeUndefined();
    expect(readInfoLine('来源：网络').source).toBe('网络');
  });
});

describe('a publish date after the capture', () => {
  const captured = new Date('2024-06-01T04:00:00Z');
  test('a day ahead is allowed for zones and clocks; two days ahead is not a publish date', () => {
    expect(isAfterCapture('2024-06-01', captured)).toBe(false);
    expect(isAfterCapture('2024-06-02T09:00:00+08:00', captured)).toBe(false);
    expect(isAfterCapture('2024-06-04', captured)).toBe(true);
  });
});
