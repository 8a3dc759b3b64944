import { classHint } from '../../../src/extract/classHints';
import { chineseWeightLength, lineWeight, measureSquashed, measureText, punctuationCount, visibleLength } from '../../../src/extract/density';
import { makeLine, squash, type Line } from '../../../src/extract/lines';
import { DOMS } from './doms';

const [, parse] = DOMS[0];
const el = (cls = '') => parse(`<html><body><div class="${cls}">x</div></body></html>`).querySelector('div')!;
const line = (text: string, extra: Partial<Line> = {}): Line => ({
  ...makeLine(text, el(), 'paragraph', 0, 'none', 0),
  ...extra,
});

describe('density for Chinese text', () => {
  it('counts full-width and ASCII sentence punctuation', () => {
    expect(punctuationCount('会议指出，要抓好落实；确保实效。')).toBe(3);
    expect(punctuationCount('Hello, world.')).toBe(2);
  });

  it('weighs a Latin letter as a third of a Chinese character', () => {
    expect(chineseWeightLength('政务公开')).toBe(4);
    expect(chineseWeightLength('abcdef')).toBe(2);
  });

  it('scores a punctuated sentence above a label, and a link line below zero', () => {
    const prose = lineWeight(line('会议强调，要坚持人民至上、生命至上，压紧压实各方责任，确保安全。'));
    const label = lineWeight(line('政务公开'));
    const links = lineWeight(line('全市防汛工作会议召开', { linkChars: 10 }));
    expect(prose).toBeGreaterThan(20);
    expect(label).toBeLessThan(0);
    expect(links).toBeLessThan(0);
  });

  it('scores footer wording negative however long it is', () => {
    expect(lineWeight(line('版权所有：示例市人民政府办公室，未经许可不得转载，违者必究。ICP备00000000号'))).toBeLessThan(0);
  });

  it('damps prose inside furniture-classed containers and lifts it inside article containers', () => {
    const text = '会议强调，要坚持人民至上、生命至上，压紧压实各方责任，确保安全。';
    const plain = lineWeight(line(text));
    expect(lineWeight(line(text, { hint: 'negative' }))).toBeLessThan(plain / 2);
    expect(lineWeight(line(text, { hint: 'positive' }))).toBeGreaterThan(plain);
  });
});

describe('classHint', () => {
  it.each([
    ['TRS_Editor', 'positive'],
    ['article-content', 'positive'],
    ['comment-list', 'negative'],
    ['relatedNews', 'negative'],
    ['nav', 'negative'],
    ['canvas-wrap', 'none'],
    ['', 'none'],
  ])('%s → %s', (cls, hint) => expect(classHint(el(cls))).toBe(hint));

  // classHint reads the className and id properties, which a form's named controls shadow and
  // which SVG gives as objects: those must fall back to the attributes.
  describe.each(DOMS)('on %s, elements whose properties are not the attributes', (_name, parseOn) => {
    const page = parseOn(`<html><body>
      <form class="comment-form" id="f1"><input name="id"><input name="className"></form>
      <form id="article-content"><input name="id"></form>
      <svg class="sidebar-icon"><g id="related"></g></svg></body></html>`);
    it('a form whose controls are named id and className', () => {
      const [a, b] = Array.from(page.querySelectorAll('form'));
      expect(classHint(a)).toBe('negative');
      expect(classHint(b)).toBe('positive');
    });
    it('SVG elements, whose className is not a string', () => {
      expect(classHint(page.querySelector('svg')!)).toBe('negative');
      expect(classHint(page.querySelector('g')!)).toBe('negative');
    });
  });
});

describe('line measures counted in one loop', () => {
  it('agree with the regex definitions on mixed text of every whitespace width', () => {
    const pieces = [
      '会议',
      '指出',
      '，',
      '。',
      '！',
      '？',
      '；',
      '：',
      '、',
      ',',
      '.',
      '!',
      '?',
      ';',
      '“',
      '”',
      'abc',
      'XYZ',
      '2024',
      ' ',
      '\u3000',
      '\u00a0',
      '\t',
      '\n',
      '\u200b',
      '\ufeff',
      '\u2003',
      '\u0001',
      '-',
      '（',
      '）',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 300; k++) {
      let s = '';
      for (let i = 0, n = Math.floor(next() * 40); i < n; i++) s += pieces[Math.floor(next() * pieces.length)];
      const m = measureText(s);
      expect([s, m.chars, m.punct]).toEqual([s, visibleLength(s), punctuationCount(s)]);
      expect(m.chars - m.latin + m.latin / 3).toBeCloseTo(s.replace(/\s+/g, '').length - (s.match(/[A-Za-z0-9]/g)?.length ?? 0) * (2 / 3), 9);
    }
  });

  it('counts as chars exactly what compacting leaves, so bodyLines can skip long lines by chars', () => {
    const pieces = ['会议', '，', 'abc', ' ', '\u3000', '\u00a0', '\t', '\n', '\u200b', '\ufeff', '\u2003', '\u2028', '【打印】'];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 300; k++) {
      let raw = '';
      for (let i = 0, n = 1 + Math.floor(next() * 30); i < n; i++) raw += pieces[Math.floor(next() * pieces.length)];
      for (const text of [raw, squash(raw)]) {
        const line = makeLine(text, el(), 'paragraph', 0, 'none', 0);
        expect([text, line.chars]).toEqual([text, text.replace(/[\s\u3000\u00a0]+/g, '').length]);
      }
    }
  });

  it('visibleLength and measureSquashed count every UTF-16 code unit as the regexes do', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (visibleLength(s) !== s.replace(/\s+/g, '').length) throw new Error(`visibleLength differs at U+${c.toString(16)}`);
      const t = squash(s);
      const m = measureSquashed(t);
      const want = {
        chars: t.replace(/\s+/g, '').length,
        punct: t.match(/[，。！？；：、,.!?;“”]/g)?.length ?? 0,
        latin: t.match(/[A-Za-z0-9]/g)?.length ?? 0,
      };
      if (m.chars !== want.chars || m.punct !== want.punct || m.latin !== want.latin) throw new Error(`measureSquashed differs at U+${c.toString(16)}`);
    }
  });

  it("measureSquashed gives measureText on the walk's squashed lines", () => {
    // Every punctuation mark and letter range the one-pass count knows, and neighbours it must not count.
    const pieces = [
      '会议',
      '，',
      '。',
      '！',
      '？',
      '；',
      '：',
      '、',
      ',',
      '.',
      '!',
      '?',
      ';',
      '“',
      '”',
      '‘',
      '…',
      ':',
      '@',
      '[',
      '`',
      '{',
      '/',
      'abc',
      'XYZ',
      'Zz',
      '2024',
      ' ',
      '  ',
      '\u3000',
      '\u00a0',
      '\t',
      '\n',
      '\u200b',
      '\ufeff',
      '\u2003',
      '\u1680',
      '\u202f',
      '-',
      'ｃ',
      '２',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let spaced = 0;
    for (let k = 0; k < 300; k++) {
      let raw = '';
      for (let i = 0, n = Math.floor(next() * 40); i < n; i++) raw += pieces[Math.floor(next() * pieces.length)];
      const s = squash(raw);
      if (s.includes(' ')) spaced++;
      expect([s, measureSquashed(s)]).toEqual([s, measureText(s)]);
    }
    // The spaces are what the shortcut counts: the inputs must hold plenty of them.
    expect(spaced).toBeGreaterThan(100);
  });
});

describe('lineWeight: site footer lines in either script', () => {
  it.each([
    ['版权所有：示例市人民政府办公室，未经许可不得转载使用', '版權所有：示例市人民政府辦公室，未經許可不得轉載使用'],
    ['免责声明：本网站所载内容仅供参考，不构成任何建议。', '免責聲明：本網站所載內容僅供參考，不構成任何建議。'],
    ['示例省公网安备 00000000000000号，备案信息以管理部门为准。', '示例省公網安備 00000000000000號，備案信息以管理部門為準。'],
  ])('weighs %s and %s as furniture', (simplified, traditional) => {
    for (const text of [simplified, traditional]) expect(lineWeight(line(text))).toBeLessThan(0);
  });
});
