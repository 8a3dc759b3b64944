import { isPersonName, peopleInPhrase, titledPerson } from '../../../src/core/people';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../../../src/core/surnames';

const names = (phrase: string) => peopleInPhrase(phrase).map((q) => q.name);

describe('isPersonName: a family name and one or two given characters', () => {
  test('single, compound and two-family-name surnames, both scripts', () => {
    for (const n of ['贺建林', '梁芳', '司马青云', '欧阳晓', '諸葛文', '蔣勝林', '鄭秀英', '林鄭秀英']) expect(isPersonName(n)).toBe(true);
  });
  test('a minority or foreign name written with a middle dot', () => {
    expect(isPersonName('阿布都·热合曼')).toBe(true);
    expect(isPersonName('·热合曼')).toBe(false);
  });
  test('a Tibetan name: no family name, a common opening word', () => {
    expect(isPersonName('洛桑江村')).toBe(true);
    expect(isPersonName('扎西')).toBe(true);
    expect(titledPerson('自治区政府主席白玛赤林')?.name).toBe('白玛赤林');
  });
  test('function words and fragments in a name slot are not names', () => {
    for (const w of ['应当', '人民', '性和', '会议时', '为主体', '身份', '代表性', '强调', '有关', '王说', '李的', '张了']) expect(isPersonName(w)).toBe(false);
  });
  test('a word without a family name, or too long, is not a name', () => {
    for (const w of ['中共中央', '国务院', '全体', '欧阳青青红']) expect(isPersonName(w)).toBe(false);
  });
  test('the surname lists hold both scripts', () => {
    expect(SINGLE_SURNAMES.has('张') && SINGLE_SURNAMES.has('張')).toBe(true);
    expect(COMPOUND_SURNAMES.has('欧阳') && COMPOUND_SURNAMES.has('歐陽')).toBe(true);
  });
});

describe('titles kept apart from names', () => {
  test('the name right after a post, in both scripts', () => {
    expect(titledPerson('示范区管委会主任贺建林')).toEqual({ name: '贺建林', titles: ['示范区管委会主任'] });
    expect(titledPerson('特區行政長官林鄭秀英')).toEqual({ name: '林鄭秀英', titles: ['特區行政長官'] });
  });
  test('a member of an organisation named right after it', () => {
    expect(titledPerson('某省商务厅贺建林')).toEqual({ name: '贺建林', titles: ['某省商务厅'] });
  });
  test('a post written after the name makes the item a person', () => {
    expect(peopleInPhrase('某大学教授梁芳同志')).toEqual([{ name: '梁芳', titles: ['某大学教授', '同志'] }]);
    expect(peopleInPhrase('某大学院长梁芳教授')).toEqual([{ name: '梁芳', titles: ['某大学院长', '教授'] }]);
  });
});

describe('lists of people', () => {
  test('a day glued before the first post is not a post', () => {
    expect(peopleInPhrase('26日省委副书记、省长贺建林')).toEqual([{ name: '贺建林', titles: ['省委副书记', '省长'] }]);
  });
  test('names after a post share it', () => {
    expect(peopleInPhrase('省委副书记贺建林、梁芳')).toEqual([
      { name: '贺建林', titles: ['省委副书记'] },
      { name: '梁芳', titles: ['省委副书记'] },
    ]);
  });
  test('a list ends at 等 and what follows names the group', () => {
    expect(names('贺建林、梁芳、邹明等专家和某某公司、某某速运、某某科技负责人')).toEqual(['贺建林', '梁芳', '邹明']);
  });
  test('和 and 及 join names, but a name ending in 和 stays whole', () => {
    expect(names('贺建林、梁芳和邹明、蒋富和')).toEqual(['贺建林', '梁芳', '邹明', '蒋富和']);
    expect(names('贺建林、梁芳及有关部门负责同志')).toEqual(['贺建林', '梁芳']);
  });
  test('a bare word among things that are not people is not taken for a name', () => {
    expect(names('某某集团、华为等企业负责人')).toEqual([]);
  });
});
