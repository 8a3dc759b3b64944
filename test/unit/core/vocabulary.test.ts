import * as OpenCC from 'opencc-js';
import * as vocabulary from '../../../src/core/vocabulary';
import fc from 'fast-check';
import { alternation, escapeRegExp, isNotASource, isSpaceCode, mayOpenWith, NO_HAN_BEFORE, standaloneAlternation } from '../../../src/core/vocabulary';
import { readInfoLine } from '../../../src/extract/pageInfoLine';
import { parseInfoLine } from '../../../src/core/infoLineFields';

/** Every list of words in the vocabulary (lists of pattern sources, such as notice phrases, are tested by their own cases). */
const isWord = (w: unknown) => typeof w === 'string' && !/[(|[\]\\]/.test(w);
const LISTS = Object.entries(vocabulary).filter((e): e is [string, readonly string[]] => Array.isArray(e[1]) && (e[1] as unknown[]).flat().every(isWord));
const toTraditional = (OpenCC as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string }).Converter({ from: 'cn', to: 'tw' });
const toSimplified = (OpenCC as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string }).Converter({ from: 'tw', to: 'cn' });

describe('the shared vocabulary', () => {
  test.each(LISTS)('%s lists every word in both scripts', (_name, words) => {
    const flat = (words as readonly (string | readonly string[])[]).flat() as string[];
    const have = new Set(flat);
    for (const w of flat) {
      // A word that has a traditional form different from itself must be listed in that form too
      // (and a traditional word in its simplified form), or a mirror site's page would lose it.
      const t = toTraditional(w);
      const s = toSimplified(w);
      if (t !== w && !/[A-Za-z]/.test(w)) expect([w, have.has(t) || flat.some((o) => o !== w && toSimplified(o) === toSimplified(w))]).toEqual([w, true]);
      if (s !== w) expect([w, have.has(s)]).toEqual([w, true]);
    }
  });

  test('alternation tries longer words first', () => {
    expect(new RegExp(alternation(['时间', '发布时间'])).exec('发布时间：2024')?.[0]).toBe('发布时间');
    const re = new RegExp(`^${alternation(['a.b', 'c', '发布', '发布日期', '發佈時間'])}$`);
    for (const w of ['a.b', 'c', '发布', '发布日期', '發佈時間']) expect(re.test(w)).toBe(true);
    for (const w of ['axb', '发', '发布日', '發佈']) expect(re.test(w)).toBe(false);
  });

  test('the pattern builders write what escaping each word and testing each against the others wrote', () => {
    // The builders' earlier form, kept here as the reference: a pattern's replace per character,
    // and every word tested against every other for an ending.
    type Node = { end: boolean; next: Map<string, Node> };
    const reference = (words: readonly string[]): string => {
      const root: Node = { end: false, next: new Map() };
      for (const w of new Set(words)) {
        let node = root;
        for (const ch of w) {
          let child = node.next.get(ch);
          if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
          node = child;
        }
        node.end = true;
      }
      const source = (node: Node): string => {
        const branches = [...node.next].map(([ch, child]) => escapeRegExp(ch) + source(child));
        if (!branches.length) return '';
        const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
        return node.end ? `(?:${body})?` : body;
      };
      return `(?:${source(root)})`;
    };
    const standaloneReference = (words: readonly string[]): string => {
      const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
      const one = (w: string) => (sorted.some((o) => o !== w && o.endsWith(w)) ? `${NO_HAN_BEFORE}${escapeRegExp(w)}` : escapeRegExp(w));
      return `(?:${sorted.map(one).join('|')})`;
    };
    const word = fc.array(fc.constantFrom(...('编辑责任发布时间日期.*+?^$' + '{}()|[]\\/ab')), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        expect(alternation(words)).toBe(reference(words));
        expect(standaloneAlternation(words)).toBe(standaloneReference(words));
      }),
      { numRuns: 2000 },
    );
    for (const list of [vocabulary.SOURCE_LABELS, vocabulary.EDITOR_LABELS, vocabulary.AUTHOR_LABELS, vocabulary.PUBLISH_DATE_LABELS]) {
      expect(alternation(list)).toBe(reference(list));
      expect(standaloneAlternation(list)).toBe(standaloneReference(list));
    }
  });

  test('a space by its code is what trim drops, for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== (String.fromCharCode(c).trim() === '')) differ.push(c);
    expect(differ).toEqual([]);
  });

  test('the opening test skips spaces and opening brackets, then asks for a first character of the words', () => {
    const words = ['版权声明', '免责声明', '附件', '相关链接'];
    const gate = mayOpenWith(words);
    const reference = (text: string) => {
      const t = text.replace(/^[\s【\[〔(（]+/, '');
      return t.length > 0 && words.some((w) => w[0] === t[0]);
    };
    const piece = fc.constantFrom(' ', '\u3000', '\u00a0', '\u200b', '\n', '【', '[', '〔', '(', '（', '版', '免', '附', '相', '关', 'a', '：');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        expect(gate(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('a placeholder in the origin slot names no source; the site itself does', () => {
    expect(isNotASource('转载文章')).toBe(true);
    expect(isNotASource('原創')).toBe(true);
    expect(isNotASource('本站原创')).toBe(false);
    expect(isNotASource('某某日报')).toBe(false);
  });
});

describe('both readers know every label in both scripts', () => {
  test.each(vocabulary.SOURCE_LABELS.map((l) => [l]))('%s', (label) => {
    expect(readInfoLine(`${label}：某某日报`).source).toBe('某某日报');
    expect(parseInfoLine(`${label}：某某日报`)?.source).toBe('某某日报');
  });
  test.each(vocabulary.EDITOR_LABELS.map((l) => [l]))('%s', (label) => {
    expect(readInfoLine(`${label}：王小明`).editor).toBe('王小明');
    expect(parseInfoLine(`${label}：王小明`)?.editor).toBe('王小明');
  });
  test.each(vocabulary.PUBLISH_DATE_LABELS.map((l) => [l]))('%s', (label) => {
    expect(readInfoLine(`${label}：2024-03-05`).dateLabelled).toBe(true);
    expect(parseInfoLine(`${label}：2024-03-05`)?.date?.iso).toBe('2024-03-05');
  });
  test.each(vocabulary.OTHER_DATE_WORDS.map((w) => [`${w}日期`]))('%s is not the publish date', (label) => {
    expect(readInfoLine(`${label}：2024-03-05`).date).toBeUndefined();
    expect(parseInfoLine(`${label}：2024-03-05`)?.date ?? null).toBeNull();
  });
});

describe("a bare time or date label glued after another word is that word's (报名时间, 截止日期)", () => {
  test("neither reader takes an event's time for the publish label", () => {
    expect(readInfoLine('（一）报名时间：2024年3月20日至4月10日。').dateLabelled).toBe(false);
    expect(parseInfoLine('（一）报名时间：2024年3月20日至4月10日。')).toBeNull();
    expect(readInfoLine('时间：2024-03-20').dateLabelled).toBe(true);
    expect(readInfoLine('发布时间：2024-03-20').dateLabelled).toBe(true);
  });
});

describe('the cheap tests in front of label patterns never hide a match', () => {
  const { mayOpenWith, mayEndWithLabel, opensWithNoticeLabel, isNoticeHeading, isCompanionLinkLine, isLegalNotice } = vocabulary;
  const labels = ['版权声明', '免責聲明', '当前位置'];
  const open = mayOpenWith(labels);
  test.each(['版权声明：', '  免責聲明', '【版权声明】', '（ 当前位置：首页', '\u3000\u00a0[免責聲明]'])('may open with a label: %s', (line) => {
    expect(open(line)).toBe(true);
  });
  test.each(['会议强调，要压实责任。', '', '   ', '【会议】版权声明'])('cannot open with one: %s', (line) => {
    expect(open(line)).toBe(false);
  });
  test('a label right before its value, then a colon and spaces', () => {
    const end = mayEndWithLabel(['成文日期', '发布时间']);
    expect(end('成文日期：')).toBe(true);
    expect(end('发布时间 : ')).toBe(true);
    expect(end('来源：某某网 ')).toBe(false);
  });
  test('the gated readers still read what their patterns read', () => {
    expect(opensWithNoticeLabel('【免责声明】本站部分内容来源于网络')).toBe(true);
    expect(opensWithNoticeLabel('声明：本网站所刊登的')).toBe(true);
    expect(isNoticeHeading('【版權及免責聲明】：')).toBe(true);
    expect(isNoticeHeading('郑重声明')).toBe(false);
    expect(isCompanionLinkLine(' 关联稿件：《某某办法》政策解读')).toBe(true);
    expect(isCompanionLinkLine('会议审议了相关文件：')).toBe(false);
  });
  test.each([
    ['凡本站注明“来源：某某网”的作品，版权均属本站', true],
    ['一、本网站所刊登的各种新闻、信息', true],
    ['如有侵权，请联系删除。', true],
    ['文章内容仅供参考，并不代表本站观点。', true],
    ['转载请注明出处。', true],
    ['部分内容来源于网络，仅供学习交流。', true],
    ['会议指出，凡是涉及群众切身利益的事项都要公开。', false],
    ['市政府召开常务会议，研究部署防汛工作，会议强调要压实各方责任，确保安全度汛。本网记者', false],
  ])('a notice phrase, whichever group holds it: %s', (line, notice) => {
    expect(isLegalNotice(line)).toBe(notice);
  });
});
