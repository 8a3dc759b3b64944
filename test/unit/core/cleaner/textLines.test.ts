import { isProseText, makeTextLine, noticeItems, opensDocument, readCleanerPage } from '../../../../src/core/cleaner/textLines';
import { pageInputFromText } from '../../../../src/core/textCapture';
import type { PageInput } from '../../../../src/core/types';
import { P1, P2 } from './pages';

const line = (text: string) => makeTextLine(text, 'paragraph', false, 0);
const lines = (texts: string[]) => texts.map(line);

describe('readCleanerPage: the lines every stage reads', () => {
  test('a text capture loses its bullets, and a bulleted line is a list item', () => {
    const { page } = readCleanerPage(pageInputFromText(['· 来源：示例县水利局', '● 县水利局开展汛前检查'].join('\n')));
    expect(page.lines.map((l) => [l.text, l.kind, l.bulleted])).toEqual([
      ['来源：示例县水利局', 'list-item', true],
      ['县水利局开展汛前检查', 'list-item', true],
    ]);
    expect(page.wholePage).toBe(true);
  });
  test("extracted blocks keep their bullets and kinds: they are the page reader's", () => {
    const input: PageInput = { url: null, format: 'html', documentTitle: null, hints: {}, blocks: [{ text: '· 县水利局开展汛前检查', kind: 'heading' }] };
    const { page } = readCleanerPage(input);
    expect(page.lines.map((l) => [l.text, l.kind, l.bulleted])).toEqual([['· 县水利局开展汛前检查', 'heading', false]]);
    expect(page.wholePage).toBe(false);
  });
  test('toned pinyin annotations are taken out and counted; untoned ones only on a page that has toned ones', () => {
    const annotated = readCleanerPage(pageInputFromText(['县政府召开(kāi)常务(wù)会议(yì)', '好的(de)开始'].join('\n')));
    expect(annotated.page.lines.map((l) => l.text)).toEqual(['县政府召开常务会议', '好的开始']);
    expect(annotated.pinyinRemoved).toBe(4);
    const plain = readCleanerPage(pageInputFromText('好的(de)开始'));
    expect(plain.page.lines[0].text).toBe('好的(de)开始');
    expect(plain.pinyinRemoved).toBe(0);
  });
  test('empty blocks are skipped; each line keeps the number of its block, or the caller’s number for it', () => {
    const input: PageInput = {
      url: null,
      format: 'html',
      documentTitle: null,
      hints: {},
      blocks: [
        { text: P1, kind: 'paragraph' },
        { text: '   ', kind: 'paragraph' },
        { text: P2, kind: 'paragraph' },
      ],
    };
    expect(readCleanerPage(input).page.lines.map((l) => l.from)).toEqual([0, 2]);
    expect(readCleanerPage(input, [], [5, 6, 9]).page.lines.map((l) => l.from)).toEqual([5, 9]);
  });
  test('each line carries its Han count and comparison key', () => {
    const l = line('县政府 召开会议。');
    expect(l.han).toBe(7);
    expect(l.key).toBe(line('县政府召开会议').key);
  });
});

describe('isProseText', () => {
  test('a sentence with fifteen Han characters is prose; fourteen is not', () => {
    expect(isProseText(line('县水利局开展了水库安全检查工作。'))).toBe(true);
    expect(isProseText(line('县水利局开展水库安全检查工作。'))).toBe(false);
  });
  test('a long line is prose without punctuation; a short one without a sentence end is not', () => {
    expect(isProseText(line('县'.repeat(81)))).toBe(true);
    expect(isProseText(line('县水利局今天组织开展了全县水库安全检查工作'))).toBe(false);
  });
});

describe('opensDocument: the addressees above a document’s first paragraph', () => {
  test('a colon line above prose', () => {
    expect(opensDocument(lines(['各乡镇人民政府，县直各单位：', P1]), 0)).toBe(true);
  });
  test('not above short lines, and not a lead’s label', () => {
    expect(opensDocument(lines(['热门搜索：', '春耕', '防汛']), 0)).toBe(false);
    expect(opensDocument(lines(['编者按：', P1]), 0)).toBe(false);
    expect(opensDocument(lines(['各乡镇人民政府，县直各单位：']), 0)).toBe(false);
  });
});

describe('noticeItems: the prose items under a legal notice’s heading', () => {
  test('the items up to the first line that is not prose', () => {
    const items = noticeItems(
      lines([
        '免责声明',
        '本网站转载的文章仅代表作者本人观点，不代表本网站赞同其观点和对其真实性负责。',
        '如有侵权请联系本网站删除，我们将在核实后及时处理。',
        '联系我们',
        P2,
      ]),
    );
    expect(items).toEqual([false, true, true, false, false]);
  });
  test('prose with no heading above it is no notice', () => {
    expect(noticeItems(lines([P1, P2]))).toEqual([false, false]);
  });
});
