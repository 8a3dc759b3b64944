import { Reading } from '../../../../src/core/cleaner/reading';
import { parseInfoLine } from '../../../../src/core/infoLineFields';

const info = (text: string) => {
  const i = parseInfoLine(text);
  if (!i) throw new Error(`not an info line: ${text}`);
  return i;
};

describe('Reading: the record as the stages fill it in', () => {
  test('the first info line to give a field gives it, with its spot', () => {
    const r = new Reading(0);
    r.takeInfo(info('来源：示例县融媒体中心'), 'info-line-under-headline');
    r.takeInfo(info('发布时间：2024-03-05 09:30 来源：示例县水利局'), 'info-line-in-body');
    r.takeInfo(info('发布时间：2024-03-06 10:00 责任编辑：陶然'), 'info-line-below');
    r.takeInfo(info('责任编辑：孙七'), 'info-line-below');
    expect(r.out.source).toBe('示例县融媒体中心');
    expect(r.out.date?.iso).toBe('2024-03-05T09:30:00+08:00');
    expect(r.out.editor).toBe('陶然');
    expect(r.out.provenance).toEqual({ source: 'info-line-under-headline', publishedAt: 'info-line-in-body', editor: 'info-line-below' });
  });
  test('an author is credited once, in the order found', () => {
    const r = new Reading(0);
    r.addAuthors([{ name: '林晓岚', role: 'reporter' }]);
    r.addAuthors([
      { name: '林晓岚', role: 'photographer' },
      { name: '周默', role: 'correspondent' },
    ]);
    expect(r.out.authors).toEqual([
      { name: '林晓岚', role: 'reporter' },
      { name: '周默', role: 'correspondent' },
    ]);
  });
  test('the lines extraction left out come first; a stage’s line stands above the body unless it says where', () => {
    const r = new Reading(0, [{ text: '防汛知识问答', kind: 'link-list', at: 0 }]);
    r.drop('新闻热线：0000-1234567', 'hotline');
    expect(r.finish([], []).removed).toEqual([
      { text: '防汛知识问答', kind: 'link-list', at: 0 },
      { text: '新闻热线：0000-1234567', kind: 'hotline', at: 0 },
    ]);
  });
  test('the notes say what was dropped or split', () => {
    const r = new Reading(0);
    r.out.printViewRemoved = true;
    r.out.gluedDateSplit = true;
    expect(r.finish([], []).notes).toEqual([
      'a second copy of the article (print view) was dropped',
      'publish time glued to the first paragraph was split off',
    ]);
  });
});
