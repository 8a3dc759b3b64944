import { cleanPersonName, isCreditLine, parseCredits, creditedNames, splitNames } from '../../../src/core/names';

describe('cleanPersonName', () => {
  test.each([
    ['周敏 XH017', '周敏'],
    ['周敏_NF20381', '周敏'],
    ['责任编辑：周敏', '周敏'],
    ['（编辑：周敏）', '周敏'],
    ['[责编:周敏]', '周敏'],
    [' 周敏 ', '周敏'],
    ['_NF20381', ''],
    ['', ''],
  ])('%s → %s', (raw, name) => expect(cleanPersonName(raw)).toBe(name));
});

test('splitNames splits on spaces and list commas and drops noise', () => {
  expect(splitNames('周敏 何立、欧阳青青')).toEqual(['周敏', '何立', '欧阳青青']);
  expect(splitNames('周敏 AB123')).toEqual(['周敏']);
});

describe('parseCredits', () => {
  test('reporters and correspondents in a dateline bracket', () => {
    expect(parseCredits('本报讯（记者 周敏 何立 通讯员 陶然）昨天上午，')).toEqual([
      { name: '周敏', role: 'reporter' },
      { name: '何立', role: 'reporter' },
      { name: '陶然', role: 'correspondent' },
    ]);
  });
  test('a prefixed reporter title (全媒体记者) in traditional script', () => {
    expect(parseCredits('某某網訊(全媒體記者陶然)3月2日上午')).toEqual([{ name: '陶然', role: 'reporter' }]);
  });
  test('a trailing /摄 makes the group photographers', () => {
    expect(parseCredits('某某网记者周敏 何立/摄')).toEqual([
      { name: '周敏', role: 'photographer' },
      { name: '何立', role: 'photographer' },
    ]);
    expect(parseCredits('何立/摄')).toEqual([{ name: '何立', role: 'photographer' }]);
  });
  test('文/ and 图/ credits', () => {
    expect(parseCredits('文/周敏 图/何立')).toEqual([
      { name: '周敏', role: 'author' },
      { name: '何立', role: 'photographer' },
    ]);
  });
  test('body sentences credit nobody', () => {
    expect(parseCredits('市领导出席会议并讲话。')).toEqual([]);
  });
});

test('isCreditLine tells credit lines from body text', () => {
  expect(isCreditLine('某某网记者周敏 何立/摄')).toBe(true);
  expect(isCreditLine('记者 周敏')).toBe(true);
  expect(isCreditLine('某某网讯（记者周敏）3月2日上午，市政府召开常务会议，研究部署春耕工作。')).toBe(false);
});

describe('creditedNames', () => {
  test.each([
    ['周敏、何立', '周敏、何立'],
    ['周敏 何立', '周敏、何立'],
    ['Demi Xia', 'Demi Xia'],
    ['系统管理员', null],
    ['（责任编辑：周敏 XH017）', '周敏'],
    ['', null],
  ])('%s → %s', (raw, name) => expect(creditedNames(raw)).toBe(name));
});

describe('bylines with a space between label and name', () => {
  test('记者 … 摄影 … gives each person their role', () => {
    expect(parseCredits('记者 林晓岚 摄影 周默')).toEqual([
      { name: '林晓岚', role: 'reporter' },
      { name: '周默', role: 'photographer' },
    ]);
    expect(isCreditLine('记者 林晓岚 摄影 周默')).toBe(true);
  });
  test('文 … 图 … name the writer and the photographer', () => {
    expect(parseCredits('文 张小川 图 李青禾')).toEqual([
      { name: '张小川', role: 'author' },
      { name: '李青禾', role: 'photographer' },
    ]);
  });
  test('a spaced label needs a person after it: 摄影 比赛 is a phrase', () => {
    expect(parseCredits('摄影 比赛')).toEqual([]);
    expect(isCreditLine('摄影 比赛')).toBe(false);
  });
  test('names stop at another field’s label', () => {
    expect(parseCredits('本报记者 魏小禾 来源：示例日报')).toEqual([{ name: '魏小禾', role: 'reporter' }]);
  });
});
