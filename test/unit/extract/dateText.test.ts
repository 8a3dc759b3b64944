import { toIsoDate } from '../../../src/core/dates';
import { findDates, formatDateParts } from '../../../src/extract/dateText';

const iso = (text: string) => {
  const d = findDates(text)[0];
  return d ? formatDateParts(d) : null;
};

describe('findDates', () => {
  it.each([
    ['发布时间：2024-05-15 08:58:52', '2024-05-15T08:58:52+08:00'],
    ['2024年5月15日 08:58 来源：新华网', '2024-05-15T08:58:00+08:00'],
    ['2024/05/15', '2024-05-15'],
    ['2024.05.11', '2024-05-11'],
    ['2005.08.2605:39（来源：上海证券报）', '2005-08-26T05:39:00+08:00'],
    ['2024 05/09 22:27:02 来源：新华网', '2024-05-09T22:27:02+08:00'],
    ['2024年5月20日週一 下午2:05', '2024-05-20T14:05:00+08:00'],
    ['2019年9月7日 13时43分', '2019-09-07T13:43:00+08:00'],
    ['2012-12-10T09:24:01Z', '2012-12-10T09:24:01+00:00'],
    ['Dec 28 Sat 2013 00:28', '2013-12-28T00:28:00+08:00'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('rejects impossible dates and digits that belong to longer numbers', () => {
    expect(findDates('2024-13-40')).toEqual([]);
    expect(findDates('电话：0102024-05-15')).toEqual([]);
    expect(findDates('第1234号')).toEqual([]);
  });

  it('keeps the day only when the time is not valid', () => {
    expect(iso('2007-08-20-23:59:59')).toBe('2007-08-20');
  });

  it('finds every date in a line, in order', () => {
    expect(findDates('更新：2024-05-16 发布：2024-05-15').map((d) => d.day)).toEqual([16, 15]);
  });
});

describe('times of day in both readers', () => {
  test.each([
    ['2022年12月5日 傍晚6:30', '2022-12-05T18:30:00+08:00'],
    ['2022-12-05 晚间 9:05', '2022-12-05T21:05:00+08:00'],
    ['2022-12-05 凌晨12:10', '2022-12-05T00:10:00+08:00'],
    ['2022-12-05 清晨6:10', '2022-12-05T06:10:00+08:00'],
  ])('%s', (text, iso) => {
    expect(formatDateParts(findDates(text)[0])).toBe(iso);
    expect(toIsoDate(text)?.iso).toBe(iso);
  });
});
