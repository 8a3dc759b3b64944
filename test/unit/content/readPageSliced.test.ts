/** @jest-environment jsdom */
import { readPage, readPageSliced } from '../../../src/content/readPage';
import { CaptureError } from '../../../src/messaging/errors';
import { districtMeetingPage } from './districtPage';

const URL = 'https://www.example.gov.cn/a.html';
const items = Array.from({ length: 200 }, (_, i) => `<li><a href="/n/${i}">示例区新闻标题第${i}条</a></li>`).join('');
const PAGE = districtMeetingPage(`<ul>${items}</ul>`);

beforeEach(() => {
  document.body.innerHTML = PAGE; // test-only fixture of our own, not page data
});

/** Pauses after every stop test, and records whether the page had anything hidden meanwhile. */
function slicing() {
  let t = 0;
  const seen = { pauses: 0, hiddenDuringPause: 0 };
  return {
    seen,
    opts: {
      sliceMs: 1,
      deadlineMs: 1e9,
      now: () => (t += 1),
      pause: async () => {
        seen.pauses++;
        seen.hiddenDuringPause += document.querySelectorAll('[hidden]').length;
      },
    },
  };
}

describe('readPageSliced, as the content script reads the page', () => {
  it.each([
    ['no rule', null, null],
    ['a body selector and dropped selectors', { bodySelector: '#text', dropSelectors: ['.share'] }, null],
    ['a dropped selector only', { bodySelector: '', dropSelectors: ['#side'] }, null],
    ['a picked block', null, '#text'],
  ])('gives what readPage gives, with %s, without hiding anything between slices', async (_name, rule, pick) => {
    const picked = pick ? document.querySelector(pick) : null;
    const expected = readPage(document, URL, rule, picked);
    const { seen, opts } = slicing();
    const got = await readPageSliced(document, URL, rule, picked, opts);
    expect(got).toEqual(expected);
    expect(seen.pauses).toBeGreaterThan(0);
    expect(seen.hiddenDuringPause).toBe(0);
    expect(document.querySelectorAll('[hidden]')).toHaveLength(0);
  });

  it('drops what the rule drops', async () => {
    const { opts } = slicing();
    const got = await readPageSliced(document, URL, { bodySelector: '#text', dropSelectors: ['.share'] }, null, opts);
    expect(got.blocks.map((b) => b.text).join('\n')).not.toContain('分享到');
    expect(got.blocks.map((b) => b.text).join('\n')).toContain('倒排工期');
  });

  it('turns the deadline into a page-too-large CaptureError', async () => {
    let t = 0;
    const run = readPageSliced(document, URL, null, null, { sliceMs: 1, deadlineMs: 3, now: () => (t += 1), pause: async () => {} });
    await expect(run).rejects.toBeInstanceOf(CaptureError);
    await expect(run).rejects.toMatchObject({ code: 'page-too-large', message: expect.stringMatching(/^page too large/) });
  });

  it('refuses a page that is still loading', async () => {
    const state = jest.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    try {
      await expect(readPageSliced(document, URL, null)).rejects.toMatchObject({ code: 'page-loading' });
    } finally {
      state.mockRestore();
    }
  });
});
