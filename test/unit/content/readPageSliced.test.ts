/** @jest-environment jsdom */
import { readPage, readPageSliced } from '../../../src/content/readPage';
import { CaptureError } from '../../../src/messaging/errors';

const URL = 'https://www.example.gov.cn/a.html';
const items = Array.from({ length: 200 }, (_, i) => `<li><a href="/n/${i}">示例区新闻标题第${i}条</a></li>`).join('');
const PAGE = `
  <div id="nav">首页 政务公开 新闻中心 互动交流</div>
  <div id="main">
    <h1>示例区召开城市更新工作推进会</h1>
    <div class="info">发布时间：2024-04-02 09:00 来源：示例区政府办</div>
    <div id="text">
      <p>4月1日，示例区召开城市更新工作推进会，区长宋清和主持会议并讲话。</p>
      <p>会议听取了老旧小区改造、背街小巷整治等项目进展情况汇报，研究部署下一阶段重点任务。</p>
      <p class="share">分享到微信朋友圈扫一扫在手机打开当前页</p>
      <p>会议要求，各街道要倒排工期、挂图作战，确保年度改造任务按期完成，让群众早受益。</p>
    </div>
  </div>
  <div id="side"><p>区长信箱：关于小区加装电梯补贴标准的答复，按照全区统一政策执行，具体以街道公示为准。</p><ul>${items}</ul></div>`;

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
