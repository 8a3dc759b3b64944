import 'fake-indexeddb/auto';
import browser from 'webextension-polyfill';
import { mock } from '../../mocks/webextension-polyfill';
import { captureTab, chooseFrameArticle } from '../../../src/background/capture';
import type { CaptureRecord, PageInput } from '../../../src/core/types';

/** Issue 6, pages inside frames: a shell page whose article sits in a same-origin iframe. */

const SHELL_URL = 'https://www.example.gov.cn/col/shell.html';
const SHELL: PageInput = {
  url: SHELL_URL,
  format: 'html',
  documentTitle: '示例县人民政府',
  hints: { title: '示例县人民政府', isArticle: true },
  blocks: [{ text: '主办单位：示例县人民政府办公室', kind: 'paragraph' }],
};
const FRAMED: PageInput = {
  url: 'https://www.example.gov.cn/content.jsp?id=7',
  format: 'html',
  documentTitle: '示例县卫生健康局召开疫苗接种工作推进会',
  hints: { title: '示例县卫生健康局召开疫苗接种工作推进会', publishedAt: '2024-04-12 09:30', source: '示例县卫生健康局' },
  blocks: [
    { text: '4月11日下午，示例县卫生健康局召开疫苗接种工作推进会，通报一季度全县疫苗接种进展情况。', kind: 'paragraph' },
    { text: '会议指出，今年以来全县各接种单位严格落实预约接种制度，规范冷链管理，接种服务能力持续提升。', kind: 'paragraph' },
    { text: '会议要求，各乡镇卫生院要进一步优化接种流程，合理安排接种时段，确保接种安全有序。', kind: 'paragraph' },
  ],
};

const tabs = browser.tabs as unknown as Record<string, unknown>;
const scripting = browser.scripting as unknown as Record<string, unknown>;
const executeScript = scripting.executeScript;
let answers: Record<number, unknown>;
let asked: number[];

beforeEach(() => {
  mock.reset();
  asked = [];
  tabs.get = async (id: number) => ({ id, status: 'complete', url: SHELL_URL });
  tabs.sendMessage = async (_tab: number, _msg: unknown, opts: { frameId: number }) => (asked.push(opts.frameId), answers[opts.frameId]);
  scripting.executeScript = async (details: { target: { allFrames?: boolean } }) =>
    details.target.allFrames ? [{ frameId: 0 }, { frameId: 7 }, { frameId: 9 }] : [{ frameId: 0 }];
});

afterAll(() => {
  scripting.executeScript = executeScript;
});

test('a shell page without an article: the article in its frame is captured, under the address of the page', async () => {
  answers = { 0: { ok: true, value: SHELL }, 7: { ok: false, error: { code: 'page-loading', message: 'loading' } }, 9: { ok: true, value: FRAMED } };
  const { record } = await captureTab(3);
  expect(asked).toEqual([0, 7, 9]);
  expect(record.isArticle).toBe(true);
  expect(record.title).toBe('示例县卫生健康局召开疫苗接种工作推进会');
  expect(record.body.map((b) => b.text).join('\n')).toContain('优化接种流程');
  expect(record.url).toBe(SHELL_URL);
});

test('a frame sending malformed data is ignored; the top page answer stands', async () => {
  answers = { 0: { ok: true, value: SHELL }, 7: { ok: true, value: { ...FRAMED, blocks: [{ text: 1 }] } }, 9: { ok: true, value: { ...SHELL, url: null } } };
  const { record } = await captureTab(3);
  expect(asked).toEqual([0, 7, 9]);
  expect(record.isArticle).toBe(false);
  expect(record.url).toBe(SHELL_URL);
});

test('an article in the top document: no frame is read', async () => {
  answers = { 0: { ok: true, value: { ...FRAMED, url: SHELL_URL } } };
  const { record } = await captureTab(3);
  expect(asked).toEqual([0]);
  expect(record.isArticle).toBe(true);
});

test('among frames, the article with the most body text wins; non-articles never do', () => {
  const rec = (isArticle: boolean, text: string) => ({ isArticle, body: [{ text, kind: 'paragraph' }] }) as unknown as CaptureRecord;
  expect(chooseFrameArticle([{ frameId: 1, record: rec(false, '很长'.repeat(100)) }])).toBeNull();
  const best = chooseFrameArticle([
    { frameId: 1, record: rec(true, '短文') },
    { frameId: 2, record: rec(false, '很长'.repeat(100)) },
    { frameId: 3, record: rec(true, '较长的正文内容') },
  ]);
  expect(best?.frameId).toBe(3);
});
