import { findFullDates, toIsoDate } from '../../../src/core/dates';

describe('toIsoDate: dates with a year', () => {
  test.each([
    ['2019-03-04 08:05:09', '2019-03-04T08:05:09+08:00', 'second'],
    ['2019/3/4', '2019-03-04', 'day'],
    ['2019.03.04', '2019-03-04', 'day'],
    ['2018年11月02日 09时07分', '2018-11-02T09:07:00+08:00', 'minute'],
    ['2018年11月02日 09時07分', '2018-11-02T09:07:00+08:00', 'minute'],
    ['2018年11月2日', '2018-11-02', 'day'],
    ['发布时间：２０１８年１１月２日', '2018-11-02', 'day'],
    ['2018年11月2日 星期五 10:30', '2018-11-02T10:30:00+08:00', 'minute'],
    ['2018年11月2日下午3时', '2018-11-02T15:00:00+08:00', 'minute'],
    ['更新于 2018-11-02 21:40:11来源', '2018-11-02T21:40:11+08:00', 'second'],
  ])('%s', (raw, iso, precision) => {
    expect(toIsoDate(raw)).toEqual({ iso, precision });
  });

  test('zoned ISO instants are moved to China time', () => {
    expect(toIsoDate('2019-03-04T00:30:00Z')?.iso).toBe('2019-03-04T08:30:00+08:00');
    expect(toIsoDate('2019-03-03T20:30:00-04:00')?.iso).toBe('2019-03-04T08:30:00+08:00');
    expect(toIsoDate('2019-03-04T23:30:00+00:00')?.iso).toBe('2019-03-05T07:30:00+08:00');
    expect(toIsoDate('2019-03-04T08:30:00+0800')?.iso).toBe('2019-03-04T08:30:00+08:00');
  });

  test('impossible calendar days are rejected', () => {
    expect(toIsoDate('2019年2月30日')).toBeNull();
    expect(toIsoDate('2019-13-01')).toBeNull();
    expect(toIsoDate('no date here')).toBeNull();
    expect(toIsoDate('')).toBeNull();
  });

  test('an impossible time keeps the day only', () => {
    expect(toIsoDate('2019-03-04 25:10')).toEqual({ iso: '2019-03-04', precision: 'day' });
  });
});

describe('toIsoDate: month-day phrases against a reference', () => {
  test('takes the reference year', () => {
    expect(toIsoDate('3月2日上午', { reference: '2019-03-05' })?.iso).toBe('2019-03-02');
  });
  test('a phrase months after the reference belongs to the previous year', () => {
    expect(toIsoDate('11月30日', { reference: '2019-01-04' })?.iso).toBe('2018-11-30');
    expect(toIsoDate('11月30日', { reference: new Date('2019-01-04T02:00:00Z') })?.iso).toBe('2018-11-30');
  });
  test('a phrase shortly after the reference stays in its year (announced events)', () => {
    expect(toIsoDate('3月20日起', { reference: '2019-03-05' })?.iso).toBe('2019-03-20');
  });
  test('a phrase far before the reference is next year (year-end notices)', () => {
    expect(toIsoDate('1月3日', { reference: '2019-12-28' })?.iso).toBe('2020-01-03');
  });
  test('the reference day is read in China time', () => {
    // 17:00 UTC on 31 Dec is already 1 Jan in China.
    expect(toIsoDate('1月1日', { reference: new Date('2018-12-31T17:00:00Z') })?.iso).toBe('2019-01-01');
  });
  test('no reference, no year: null', () => {
    expect(toIsoDate('3月2日')).toBeNull();
  });
});

test('findFullDates lists each dated mention in order', () => {
  expect(findFullDates('起草于2019年3月1日，2019-03-04 10:00 发布').map((d) => d.iso)).toEqual(['2019-03-01', '2019-03-04T10:00:00+08:00']);
});
