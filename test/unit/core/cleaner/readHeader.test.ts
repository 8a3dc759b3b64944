import { readHeadline } from '../../../../src/core/cleaner/findHeadline';
import { readHeader, type Header } from '../../../../src/core/cleaner/readHeader';
import { textKey } from '../../../../src/core/text';
import { dropped, extractedBlocks, HEADLINE, INFO, P1, P2, textCapture, type Staged } from './pages';

/** Stages 1 and 2 over a capture, as the pipeline runs them. */
function header(s: Staged, hintedDeck: string[] = []): Header {
  const h = readHeadline(s.page, s.input, s.reading);
  return readHeader(s.page, h.next, h.titleKeys, new Set(hintedDeck.map(textKey)), s.reading);
}

describe('readHeader: stage 2, the lines between the headline and the first paragraph', () => {
  test('the info line gives the date and source, leaves the body, and the body starts at the first paragraph', () => {
    const s = textCapture([HEADLINE, INFO, P1, P2]);
    const h = header(s);
    expect(h).toEqual({ bodyFrom: 2, deckLines: [], sawInfo: true });
    expect(s.reading.out.date?.iso).toBe('2024-03-05T09:30:00+08:00');
    expect(s.reading.out.source).toBe('示例县融媒体中心');
    expect(s.reading.out.provenance).toEqual({
      publishedAt: 'info-line-under-headline',
      source: 'info-line-under-headline',
      title: 'text-headline-above-info-line',
    });
    expect(dropped(s)).toEqual([[INFO, 'info-line']]);
  });
  test('short unpunctuated lines are deck lines, for the deck stage; furniture and a credit line are not', () => {
    const s = textCapture([HEADLINE, INFO, '抓早抓实 不误农时', '【打印本页】【关闭窗口】', '记者 林晓岚 通讯员 周默', '整修渠道一百二十公里', P1]);
    const h = header(s);
    expect(h.deckLines).toEqual(['抓早抓实 不误农时', '整修渠道一百二十公里']);
    expect(h.bodyFrom).toBe(6);
    expect(s.reading.out.authors).toEqual([
      { name: '林晓岚', role: 'reporter' },
      { name: '周默', role: 'correspondent' },
    ]);
    expect(s.reading.out.furnitureRemoved).toBe(1);
    expect(dropped(s)).toEqual([
      [INFO, 'info-line'],
      ['【打印本页】【关闭窗口】', 'page-tools'],
      ['记者 林晓岚 通讯员 周默', 'byline'],
    ]);
  });
  test('a second copy of the headline is a duplicate; a copy of the page reader’s deck is skipped', () => {
    const s = textCapture([HEADLINE, HEADLINE, '抓早抓实 不误农时', INFO, P1]);
    const h = header(s, ['抓早抓实 不误农时']);
    expect(h.deckLines).toEqual([]);
    expect(s.reading.out.duplicatesRemoved).toBe(1);
  });
  test('a publish time glued to the first paragraph is split off it', () => {
    const s = textCapture([HEADLINE, `发布时间：2024-03-05 09:30${P1}`, P2]);
    const h = header(s);
    expect(h).toEqual({ bodyFrom: 1, deckLines: [], sawInfo: true });
    expect(s.page.lines[1].text).toBe(P1);
    expect(s.reading.out.gluedDateSplit).toBe(true);
    expect(s.reading.out.date?.iso).toBe('2024-03-05T09:30:00+08:00');
  });
  test('a document’s number or its addressees open the document: the header ends there', () => {
    const numbered = textCapture([HEADLINE, INFO, '示政办发〔2024〕7号', '各乡镇人民政府，县直各单位：', P1]);
    expect(header(numbered)).toEqual({ bodyFrom: 2, deckLines: [], sawInfo: true });
    const addressed = textCapture([HEADLINE, INFO, '各乡镇人民政府，县直各单位：', P1]);
    expect(header(addressed).bodyFrom).toBe(2);
  });
  test('twelve lines with no paragraph in sight are no header: read as body, nothing dropped, the info kept', () => {
    const short = Array.from({ length: 12 }, (_, k) => `第${k + 1}项工作安排`);
    const s = textCapture([HEADLINE, INFO, ...short, P1]);
    expect(header(s)).toEqual({ bodyFrom: 1, deckLines: [], sawInfo: true });
    expect(s.reading.out.source).toBe('示例县融媒体中心');
    expect(dropped(s)).toEqual([]);
  });
  test('more than six deck lines are no deck', () => {
    const seven = Array.from({ length: 7 }, (_, k) => `第${k + 1}项工作安排`);
    expect(header(textCapture([HEADLINE, INFO, ...seven, P1])).deckLines).toEqual([]);
    expect(header(textCapture([HEADLINE, INFO, ...seven.slice(1), P1])).deckLines).toHaveLength(6);
  });
  test('a headline with no info line under it is the first candidate, a guess', () => {
    const s = textCapture([HEADLINE, P1]);
    expect(header(s).sawInfo).toBe(false);
    expect(s.reading.out.provenance.title).toBe('text-first-headline-candidate');
  });
  test('extracted blocks have no deck lines: the header ends at the first line it cannot name', () => {
    const s = extractedBlocks(['来源：示例县融媒体中心', '抓早抓实 不误农时', P1], { title: HEADLINE });
    expect(header(s)).toEqual({ bodyFrom: 1, deckLines: [], sawInfo: true });
    expect(s.reading.out.provenance.title).toBeUndefined();
  });
});
