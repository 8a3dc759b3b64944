import { cutBody, newProseSuffix } from '../../../../src/core/cleaner/cutBody';
import { makeTextLine } from '../../../../src/core/cleaner/textLines';
import { textKey } from '../../../../src/core/text';
import { dropped, extractedBlocks, HEADLINE, P1, P2, P3, textCapture, type Staged } from './pages';

const cut = (s: Staged, seen: string[] = []) => cutBody(s.page, 0, new Set(seen.map(textKey)), s.reading);
const bodyOf = (s: Staged) => s.reading.out.body.map((b) => b.text);
const RELATED = '相关新闻：';
const OTHER = '县农业农村局召开春季农业生产现场推进会，部署全县农机检修和种子调运工作，确保春耕生产顺利开展。';

describe('cutBody: stage 4, from the first paragraph to the article’s end', () => {
  test('the editor credit ends the body', () => {
    const s = textCapture([P1, P2, '责任编辑：陶然', P3]);
    const c = cut(s);
    expect(bodyOf(s)).toEqual([P1, P2]);
    expect(c.end).toBe(2);
    expect(s.reading.out.editor).toBeNull();
  });
  test('an editor credit above the body is read and left out', () => {
    const s = textCapture(['责任编辑：陶然', P1]);
    cut(s);
    expect(bodyOf(s)).toEqual([P1]);
    expect(s.reading.out.editor).toBe('陶然');
    expect(s.reading.out.provenance.editor).toBe('info-line-below');
    expect(dropped(s)).toEqual([['责任编辑：陶然', 'editor-credit']]);
  });
  test('an end-of-article marker ends the body when less new prose follows it than the body holds', () => {
    const s = textCapture([P1, P2, RELATED, OTHER]);
    expect(cut(s).end).toBe(2);
    expect(bodyOf(s)).toEqual([P1, P2]);
  });
  test('a marker near the top, with more of the article below it, is furniture and the body goes on', () => {
    const s = textCapture([P1, RELATED, P2, P3]);
    expect(cut(s).end).toBe(4);
    expect(bodyOf(s)).toEqual([P1, P2, P3]);
    expect(dropped(s)).toEqual([[RELATED, 'related-list']]);
  });
  test('copies of the headline and deck are duplicates', () => {
    const s = textCapture([HEADLINE, P1, P2]);
    cut(s, [HEADLINE]);
    expect(bodyOf(s)).toEqual([P1, P2]);
    expect(s.reading.out.duplicatesRemoved).toBe(1);
  });
  test('a source line and a credit line inside the body give their fields and leave it, each at its spot', () => {
    const s = extractedBlocks([P1, '来源：示例县融媒体中心', P2, '记者 林晓岚 通讯员 周默', P3]);
    cut(s);
    expect(bodyOf(s)).toEqual([P1, P2, P3]);
    expect(s.reading.out.source).toBe('示例县融媒体中心');
    expect(s.reading.out.provenance.source).toBe('info-line-in-body');
    expect(s.reading.out.authors.map((a) => a.name)).toEqual(['林晓岚', '周默']);
    expect(s.reading.finish(s.page.lines.slice(0), s.page.lines).removed).toEqual([
      { text: '来源：示例县融媒体中心', kind: 'info-line', at: 1 },
      { text: '记者 林晓岚 通讯员 周默', kind: 'byline', at: 2 },
    ]);
  });
  test('the dateline of the first paragraph credits its reporter', () => {
    const s = textCapture([`本网讯（记者 林晓岚）${P1}`, P2]);
    cut(s);
    expect(s.reading.out.authors).toEqual([{ name: '林晓岚', role: 'reporter' }]);
  });
  test('a short unpunctuated line of a text capture is a subheading; a number, addressees or a bare day is not', () => {
    const s = textCapture([P1, '加强农资市场监管', P2, '示政办发〔2024〕7号', '各乡镇人民政府：', P3, '2024年3月5日']);
    cut(s);
    expect(s.reading.out.body.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['加强农资市场监管']);
  });
  test('extracted blocks keep their kinds', () => {
    const s = extractedBlocks([P1, '加强农资市场监管', P2]);
    cut(s);
    expect(s.reading.out.body.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
  test('a second copy of the paragraphs is dropped; three in a row are a print view', () => {
    const s = textCapture([P1, P2, P3, P1, P2, P3]);
    const c = cut(s);
    expect(bodyOf(s)).toEqual([P1, P2, P3]);
    expect(c.lines).toHaveLength(6);
    expect(c.kept).toHaveLength(3);
    expect(s.reading.out.duplicatesRemoved).toBe(3);
    expect(s.reading.out.printViewRemoved).toBe(true);
    expect(dropped(s).map(([, kind]) => kind)).toEqual(['repeated-copy', 'repeated-copy', 'repeated-copy']);
  });
  test('the items under a legal notice’s heading are furniture, though they read as prose', () => {
    const item = '请读者在使用本栏目信息时自行核对原文，以正式印发的文件为准。';
    const s = textCapture([P1, '免责声明', item, '加强农资市场监管', P2, P3]);
    cut(s);
    expect(bodyOf(s)).toEqual([P1, '加强农资市场监管', P2, P3]);
    expect(dropped(s)).toEqual([
      ['免责声明', 'legal-notice'],
      [item, 'legal-notice'],
    ]);
  });
});

describe('newProseSuffix', () => {
  test('the Han count of new prose from each line on; a repeated line is not new', () => {
    const lines = [P1, '相关新闻：', P2, P1].map((t) => makeTextLine(t, 'paragraph', false, 0));
    const han1 = lines[0].han;
    const han2 = lines[2].han;
    expect(newProseSuffix(lines)).toEqual([han1 + han2, han2, han2, 0, 0]);
  });
});
