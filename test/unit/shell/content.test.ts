/** @jest-environment jsdom */
import * as extraction from '../../../src/extract/extractPage';

// A pass-through, so a test can see how readPage calls extraction.
jest.mock('../../../src/extract/extractPage', () => {
  const actual = jest.requireActual('../../../src/extract/extractPage');
  return { ...actual, extractPage: jest.fn(actual.extractPage) };
});
import { readPage } from '../../../src/content/readPage';
import { locateRegion } from '../../../src/content/region';
import { resolveRule, safeQueryAll, withScope } from '../../../src/content/scope';
import { climbToBlock } from '../../../src/content/picker';
import { districtMeetingPage } from '../content/districtPage';

const PAGE = districtMeetingPage();

beforeEach(() => {
  document.body.innerHTML = PAGE; // test-only fixture of our own, not page data
});

describe('scoping extraction without copying the page', () => {
  test('hides dropped elements and everything outside the root, then restores exactly', () => {
    const root = document.getElementById('text')!;
    const drop = safeQueryAll(document, '.share');
    document.getElementById('nav')!.setAttribute('hidden', ''); // hidden by the page itself
    const seen = withScope(document, { root, drop }, () => ({
      side: document.getElementById('side')!.hasAttribute('hidden'),
      h1: document.querySelector('h1')!.hasAttribute('hidden'),
      share: drop[0].hasAttribute('hidden'),
      inRoot: root.querySelector('p')!.hasAttribute('hidden'),
    }));
    expect(seen).toEqual({ side: true, h1: true, share: true, inRoot: false });
    expect(document.querySelectorAll('[hidden]').length).toBe(1);
    expect(document.getElementById('nav')!.hasAttribute('hidden')).toBe(true);
  });

  test('restores even when extraction throws', () => {
    expect(() =>
      withScope(document, { drop: safeQueryAll(document, 'p') }, () => {
        throw new Error('x');
      }),
    ).toThrow('x');
    expect(document.querySelectorAll('[hidden]').length).toBe(0);
  });

  test('a malformed selector from settings matches nothing instead of failing', () => {
    expect(safeQueryAll(document, 'div[[')).toEqual([]);
    expect(resolveRule(document, { bodySelector: '###', dropSelectors: ['p:bad('] })).toEqual({ root: null, drop: [] });
  });
});

describe('reading the page', () => {
  test('a site rule drops its selectors; page facts still come from the whole page', () => {
    const plain = readPage(document, 'https://www.example.gov.cn/a.html', null);
    const ruled = readPage(document, 'https://www.example.gov.cn/a.html', { bodySelector: '#text', dropSelectors: ['.share'] });
    const text = (p: typeof plain) => p.blocks.map((b) => b.text).join('\n');
    expect(text(ruled)).not.toContain('扫一扫');
    expect(text(ruled)).toContain('倒排工期');
    expect(text(ruled)).not.toContain('区长信箱');
    expect(ruled.hints.title).toBe(plain.hints.title);
    expect(document.querySelectorAll('[hidden]').length).toBe(0);
  });

  test('a picked block becomes the body, and counts as an article', () => {
    const picked = document.getElementById('side')!;
    const input = readPage(document, 'https://www.example.gov.cn/a.html', null, picked);
    expect(input.blocks.map((b) => b.text).join('')).toContain('加装电梯');
    expect(input.blocks.map((b) => b.text).join('')).not.toContain('推进会');
    expect(input.hints.isArticle).toBe(true);
  });

  test('a picked block goes to extractPage as its root, on the page as it is', () => {
    const picked = document.getElementById('text')!;
    const seen: { root: unknown; hidden: number }[] = [];
    const spy = extraction.extractPage as jest.MockedFunction<typeof extraction.extractPage>;
    const actual = jest.requireActual<typeof extraction>('../../../src/extract/extractPage').extractPage;
    spy.mockImplementation((doc, url, options) => {
      seen.push({ root: options?.root ?? null, hidden: doc.querySelectorAll('[hidden]').length });
      return actual(doc, url, options);
    });
    try {
      const input = readPage(document, 'https://www.example.gov.cn/a.html', null, picked);
      // One extraction, rooted at the pick: nothing around it was hidden to fake a narrower page.
      expect(seen).toEqual([{ root: picked, hidden: 0 }]);
      const text = input.blocks.map((b) => b.text).join('');
      expect(text).toContain('倒排工期');
      expect(text).not.toContain('区长信箱');
      // The facts still come from the info line outside the picked block.
      expect(input.hints.publishedAt).toMatch(/^2024-04-02/);
      expect(input.hints.source).toBe('示例区政府办');
      expect(input.hints.isArticle).toBe(true);
    } finally {
      spy.mockImplementation(actual);
    }
  });

  test('a picked block without text falls back to the whole page', () => {
    document.body.insertAdjacentHTML('beforeend', '<div id="empty"><img alt=""></div>');
    const input = readPage(document, 'https://www.example.gov.cn/a.html', null, document.getElementById('empty'));
    expect(input.blocks.map((b) => b.text).join('')).toContain('倒排工期');
  });

  test('a document still loading is refused with a clear code', () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      expect(() => readPage(document, 'https://x.gov.cn/', null)).toThrow(expect.objectContaining({ code: 'page-loading' }));
    } finally {
      delete (document as unknown as Record<string, unknown>).readyState;
    }
  });
});

describe('finding the captured region again', () => {
  test('the deepest element holding the first and last blocks', () => {
    const blocks = Array.from(document.querySelectorAll('#text p:not(.share)')).map((p) => ({ text: p.textContent, kind: 'paragraph' as const }));
    expect(locateRegion(document, blocks)?.id).toBe('text');
  });

  test('one block: its own element; text not on the page: nothing', () => {
    expect(locateRegion(document, [{ text: '区长信箱：关于小区加装电梯补贴标准的答复', kind: 'paragraph' }])?.tagName).toBe('P');
    expect(locateRegion(document, [{ text: '这段文字不在页面上出现过', kind: 'paragraph' }])).toBeNull();
    expect(locateRegion(document, [])).toBeNull();
  });

  test('the picker climbs from a short inline element to a block with text', () => {
    document.querySelector('#text p')!.insertAdjacentHTML('afterbegin', '<b id="tiny">4月1日</b>');
    expect(climbToBlock(document.getElementById('tiny'), document)?.tagName).toBe('P');
  });
});
