import { cutBody } from '../../../../src/core/cleaner/cutBody';
import { readTail } from '../../../../src/core/cleaner/readTail';
import { dropped, P1, P2, P3, textCapture, type Staged } from './pages';

/** Stages 4 and 5 over a capture that is all body and tail. */
function tail(s: Staged): void {
  readTail(s.page, cutBody(s.page, 0, new Set(), s.reading), s.reading);
}

describe('readTail: stage 5, what follows the article’s end', () => {
  test('the editor and the source below the article are read; the lines stay out of the body', () => {
    const s = textCapture([P1, P2, '责任编辑：陶然', '来源：示例县融媒体中心', '主办单位：示例县人民政府办公室']);
    tail(s);
    expect(s.reading.out.body.map((b) => b.text)).toEqual([P1, P2]);
    expect(s.reading.out.editor).toBe('陶然');
    expect(s.reading.out.source).toBe('示例县融媒体中心');
    expect(s.reading.out.provenance).toEqual({ editor: 'info-line-below', source: 'info-line-below' });
    expect(s.reading.out.furnitureRemoved).toBe(3);
    expect(dropped(s)).toEqual([
      ['责任编辑：陶然', 'after-article'],
      ['来源：示例县融媒体中心', 'after-article'],
      ['主办单位：示例县人民政府办公室', 'site-operator'],
    ]);
  });
  test('a field found above is not replaced by the tail’s', () => {
    const s = textCapture([P1, '责任编辑：陶然', '来源：示例县水利局']);
    s.reading.out.source = '示例县融媒体中心';
    tail(s);
    expect(s.reading.out.source).toBe('示例县融媒体中心');
  });
  test('credits in the tail name the article’s people', () => {
    const s = textCapture([P1, '责任编辑：陶然', '记者 林晓岚 通讯员 周默']);
    tail(s);
    expect(s.reading.out.authors.map((a) => a.name)).toEqual(['林晓岚', '周默']);
  });
  test('the body’s paragraphs again below it are a print view, not furniture', () => {
    const s = textCapture([P1, P2, P3, '责任编辑：陶然', P1, P2, P3]);
    tail(s);
    expect(s.reading.out.duplicatesRemoved).toBe(3);
    expect(s.reading.out.printViewRemoved).toBe(true);
    expect(s.reading.out.furnitureRemoved).toBe(1);
    expect(dropped(s).map(([, kind]) => kind)).toEqual(['after-article', 'repeated-copy', 'repeated-copy', 'repeated-copy']);
  });
  test('one paragraph repeated is a repeat, not a print view, unless the body is that short', () => {
    const s = textCapture([P1, P2, P3, '责任编辑：陶然', P1]);
    tail(s);
    expect(s.reading.out.duplicatesRemoved).toBe(1);
    expect(s.reading.out.printViewRemoved).toBe(false);
    const short = textCapture([P1, '责任编辑：陶然', P1]);
    tail(short);
    expect(short.reading.out.printViewRemoved).toBe(true);
  });
  test('only the first thirty lines after the end are listed', () => {
    const footer = Array.from({ length: 40 }, (_, k) => `友情链接${k + 1}`);
    const s = textCapture([P1, '责任编辑：陶然', ...footer]);
    tail(s);
    expect(dropped(s)).toHaveLength(30);
    expect(s.reading.out.furnitureRemoved).toBe(41);
  });
});
