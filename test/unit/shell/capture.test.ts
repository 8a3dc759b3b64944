import 'fake-indexeddb/auto';
import browser from 'webextension-polyfill';
import { mock } from '../../mocks/webextension-polyfill';
import { captureTab, checkPageInput, PARSED_WAIT_MS, recordAndStore, selectorRule, waitForLoad } from '../../../src/background/capture';
import { getCapture, listCaptures } from '../../../src/background/db';
import { backgroundHandlers } from '../../../src/background/handlers';
import { validateRecord } from '../../../src/core/validateRecord';
import { toReply } from '../../../src/messaging/protocol';
import { PartsOnOffer } from '../../../src/messaging/blockParts';
import type { PageInput } from '../../../src/core/types';
import { DEFAULT_SETTINGS } from '../../../src/settings/definition';

/** The background's capture path with the browser mocked and IndexedDB from fake-indexeddb. */

const URL_A = 'https://www.example.gov.cn/news/2024/0402/a.html';
const INPUT: PageInput = {
  url: URL_A,
  format: 'html',
  documentTitle: '示例区召开城市更新工作推进会_示例区人民政府',
  hints: { title: '示例区召开城市更新工作推进会', publishedAt: '2024-04-02 09:00', source: '示例区政府办' },
  blocks: [
    { text: '4月1日，示例区召开城市更新工作推进会，研究部署下一阶段重点任务。', kind: 'paragraph' },
    { text: '会议听取了老旧小区改造、背街小巷整治等项目进展情况汇报。', kind: 'paragraph' },
    { text: '会议要求，各街道要倒排工期、挂图作战，确保年度改造任务按期完成。', kind: 'paragraph' },
    { text: '会议强调，要坚持群众路线，把好事办好、实事办实。', kind: 'paragraph' },
  ],
};

const tabs = browser.tabs as unknown as Record<string, unknown>;
let pageAnswer: unknown;

beforeEach(async () => {
  mock.reset();
  pageAnswer = { ok: true, value: INPUT };
  tabs.get = async (id: number) => ({ id, status: 'complete', url: URL_A });
  tabs.sendMessage = async () => pageAnswer;
  const existing = await listCaptures();
  if (existing.length) await backgroundHandlers.discard({ type: 'discard', id: existing[0].id }, {});
  for (const r of await listCaptures()) await backgroundHandlers.discard({ type: 'discard', id: r.id }, {});
});

test('capture injects, reads, builds with the current settings and stores before answering', async () => {
  await browser.storage.sync.set({ summarySentences: 4, siteRules: [{ domain: 'example.gov.cn', bodySelector: '#zoom', dropSelectors: ['.share'] }] });
  const sent: unknown[] = [];
  tabs.sendMessage = async (_id: number, msg: unknown) => (sent.push(msg), pageAnswer);
  const { record, duplicate } = await captureTab(5);
  expect(mock.calls['scripting.executeScript']?.[0]?.[0]).toMatchObject({ target: { tabId: 5 }, injectImmediately: true });
  expect(sent[0]).toEqual({ type: 'extract', rule: { bodySelector: '#zoom', dropSelectors: ['.share'] } });
  expect(duplicate).toBeNull();
  expect(record.title).toBe('示例区召开城市更新工作推进会');
  expect(record.summary.length).toBeLessThanOrEqual(4);
  expect((await getCapture(record.id))?.title).toBe(record.title);
  const check = validateRecord(record);
  expect(check.ok ? [] : check.errors).toEqual([]);
});

test('a second capture of the same page is kept beside the first, and reported', async () => {
  const first = await captureTab(5);
  const second = await captureTab(5);
  expect(second.duplicate).toMatchObject({ id: first.record.id, match: 'url+content' });
  expect(second.record.id).not.toBe(first.record.id);
  expect((await listCaptures()).length).toBe(2);
  await backgroundHandlers.discard({ type: 'discard', id: first.record.id }, {});
  expect((await listCaptures()).map((r) => r.id)).toEqual([second.record.id]);
});

test('corrections of an unchanged page carry over to its next capture', async () => {
  const first = await captureTab(5);
  const corrected = await backgroundHandlers.correct({ type: 'correct', id: first.record.id, corrections: { source: '示例区融媒体中心' } }, {});
  expect(corrected.corrections).toEqual({ source: '示例区融媒体中心' });
  expect(corrected).not.toHaveProperty('body');
  expect((await getCapture(first.record.id))?.body).toEqual(first.record.body);
  const second = await captureTab(5);
  expect(second.record.corrections).toEqual({ source: '示例区融媒体中心' });
  // The new capture shows the correction in the field itself, like the first.
  expect(second.record.source).toBe('示例区融媒体中心');
  expect(second.record.extracted).toEqual({ source: '示例区政府办' });
});

test('tags and note are stored with the record and kept by the next capture of an unchanged page', async () => {
  const first = await captureTab(5);
  const annotated = await backgroundHandlers.annotate(
    { type: 'annotate', id: first.record.id, tags: [' 城市更新 ', '城市更新', '待核实'], note: '  与区政府工作报告对照。 ' },
    {},
  );
  expect([annotated.tags, annotated.note]).toEqual([['城市更新', '待核实'], '与区政府工作报告对照。']);
  expect(annotated).not.toHaveProperty('body');
  const second = await captureTab(5);
  expect([second.record.tags, second.record.note]).toEqual([['城市更新', '待核实'], '与区政府工作报告对照。']);
  const cleared = await backgroundHandlers.annotate({ type: 'annotate', id: second.record.id, tags: [], note: '' }, {});
  expect(cleared).not.toHaveProperty('tags');
  expect(cleared).not.toHaveProperty('note');
});

test('a page judged not an article is answered but not stored, unless the user asks', async () => {
  pageAnswer = { ok: true, value: { ...INPUT, hints: { ...INPUT.hints, isArticle: false, notArticleReason: 'index page: mostly links, no paragraph run' } } };
  const reply = await backgroundHandlers.capture({ type: 'capture', tabId: 5 }, {});
  expect(reply.unsaved).toBe('not-article');
  expect(reply.record.isArticle).toBe(false);
  expect(await listCaptures()).toEqual([]);
  const kept = await backgroundHandlers.capture({ type: 'capture', tabId: 5, keepNonArticle: true }, {});
  expect(kept.unsaved).toBeUndefined();
  expect((await getCapture(kept.record.id))?.notArticleReason).toMatch(/^index page/);
});

test('restricted pages are refused before any injection', async () => {
  tabs.get = async (id: number) => ({ id, status: 'complete', url: 'chrome://settings/' });
  await expect(captureTab(5)).rejects.toMatchObject({ code: 'restricted-page' });
  expect(mock.calls['scripting.executeScript']).toBeUndefined();
});

test('an error in the page comes back as that error', async () => {
  pageAnswer = { ok: false, error: { code: 'page-loading', message: 'the page is still loading' } };
  await expect(captureTab(5)).rejects.toMatchObject({ code: 'page-loading' });
});

test('malformed page data is refused with the path of the problem', () => {
  expect(() => checkPageInput({ ...INPUT, blocks: [{ text: 1, kind: 'paragraph' }] })).toThrow(/blocks/);
  expect(checkPageInput(INPUT).blocks).toHaveLength(4);
});

test('export downloads the stored record as JSON with a readable name', async () => {
  const { record } = await recordAndStore(INPUT, DEFAULT_SETTINGS);
  // As in Chrome's service worker, which has no URL.createObjectURL (Node has one).
  const createObjectURL = URL.createObjectURL;
  (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
  const res = await backgroundHandlers.exportRecord({ type: 'exportRecord', id: record.id, format: 'json' }, {}).finally(() => {
    URL.createObjectURL = createObjectURL;
  });
  expect(res.filename).toMatch(/^2024-04-02[ _]示例区召开城市更新工作推进会\.json$/);
  const [opts] = mock.calls['downloads.download'].at(-1) as [{ url: string; filename: string }];
  expect(opts.filename).toBe(res.filename);
  const json = decodeURIComponent(opts.url.replace(/^data:[^,]*,/, ''));
  expect(JSON.parse(json).id).toBe(record.id);
});

test('a capture made while the popup was closed is handed over once', async () => {
  const result = await recordAndStore(INPUT, DEFAULT_SETTINGS);
  const { putPending } = await import('../../../src/background/pending');
  await putPending(9, result);
  const reply = await backgroundHandlers.pendingCapture({ type: 'pendingCapture', tabId: 9 }, {});
  expect(reply?.record.id).toBe(result.record.id);
  // The popup is answered without the body (it can be megabytes); copy and export ask by id.
  expect(reply?.record).not.toHaveProperty('body');
  expect(reply?.record.title).toBe(result.record.title);
  expect(await backgroundHandlers.pendingCapture({ type: 'pendingCapture', tabId: 9 }, {})).toBeNull();
});

test('the reply to a capture leaves out only the body, which stays stored', async () => {
  const result = await recordAndStore(INPUT, DEFAULT_SETTINGS);
  const reply = toReply(result);
  const { body, ...rest } = result.record;
  expect(body.length).toBeGreaterThan(0);
  expect(reply).toEqual({ duplicate: result.duplicate, record: rest });
  expect((await getCapture(result.record.id))?.body).toEqual(body);
});

describe('a body too long for one message comes in parts', () => {
  const long = Array.from({ length: 12 }, (_, i) => ({ text: `第${i + 1}段。${'会议强调要压实责任推动工作落实'.repeat(4_000)}`, kind: 'paragraph' as const }));
  const offer = () => new PartsOnOffer();

  test("every part is asked for with the head's token, and the parts are joined in order into the stored body", async () => {
    const page = offer();
    const sent: any[] = [];
    tabs.sendMessage = async (_id: number, msg: any) => {
      sent.push(msg);
      if (msg.type === 'extract') return { ok: true, value: page.head({ ...INPUT, blocks: long }) };
      const blocks = page.part(msg.token, msg.index);
      // Later parts answer first: the order of the body must not depend on the order of answers.
      await new Promise((r) => setTimeout(r, 20 - msg.index * 4));
      return { ok: true, value: { blocks } };
    };
    const { record } = await captureTab(5);
    const head = sent[0];
    expect(head.type).toBe('extract');
    const parts = sent.slice(1);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((m) => m.index).sort((a, b) => a - b)).toEqual(parts.map((_, i) => i + 1));
    expect(new Set(parts.map((m) => m.token)).size).toBe(1);
    const stored = await getCapture(record.id);
    expect(stored!.body.map((b) => b.text.slice(0, 5))).toEqual(long.map((b) => b.text.slice(0, 5)));
  });

  test('a part over the size a part may have is refused with a clear message, and nothing is stored', async () => {
    const page = offer();
    tabs.sendMessage = async (_id: number, msg: any) => {
      if (msg.type === 'extract') return { ok: true, value: page.head({ ...INPUT, blocks: long }) };
      return { ok: true, value: { blocks: Array.from({ length: 5 }, () => ({ text: '甲'.repeat(150_000), kind: 'paragraph' })) } };
    };
    await expect(captureTab(5)).rejects.toMatchObject({ code: 'bad-request', message: expect.stringContaining('at most') });
    expect(await listCaptures()).toEqual([]);
  });

  test('a part the page no longer holds fails the capture with its reason', async () => {
    const page = offer();
    tabs.sendMessage = async (_id: number, msg: any) => {
      if (msg.type === 'extract') return { ok: true, value: page.head({ ...INPUT, blocks: long }) };
      try {
        return { ok: true, value: { blocks: page.part('stale', msg.index) } };
      } catch (e) {
        return { ok: false, error: { code: (e as { code: string }).code, message: (e as Error).message } };
      }
    };
    await expect(captureTab(5)).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('no longer held') });
  });
});

test('site rules reach the page only for their own site', () => {
  const settings = { ...DEFAULT_SETTINGS, siteRules: [{ domain: 'example.gov.cn', bodySelector: '#zoom', dropSelectors: [] }] };
  expect(selectorRule(URL_A, settings)).toEqual({ bodySelector: '#zoom', dropSelectors: [] });
  expect(selectorRule('https://www.other.gov.cn/', settings)).toBeNull();
});

describe('waiting for a loading tab', () => {
  const onUpdated = browser.tabs.onUpdated as unknown as { listeners: unknown[]; emit: (...a: unknown[]) => void };
  const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<'timed out'>((r) => setTimeout(() => r('timed out'), ms))]);

  test('a load that completes between the status check and the listener does not hang', async () => {
    // The caller saw "loading"; by the time the wait starts the tab is complete and no event follows.
    tabs.get = async (id: number) => ({ id, status: 'complete', url: URL_A });
    const tab = await within(waitForLoad(5, 10_000), 1_000);
    expect(tab).toMatchObject({ id: 5, status: 'complete' });
    expect(onUpdated.listeners).toHaveLength(0);
  });

  test('a load completing later is heard by the listener registered first', async () => {
    tabs.get = async (id: number) => ({ id, status: 'loading', url: URL_A });
    const wait = waitForLoad(5, 10_000);
    await new Promise((r) => setTimeout(r, 10));
    expect(onUpdated.listeners).toHaveLength(1);
    onUpdated.emit(6, { status: 'complete' }, { id: 6, status: 'complete' });
    onUpdated.emit(5, { status: 'complete' }, { id: 5, status: 'complete', url: URL_A });
    expect(await within(wait, 1_000)).toMatchObject({ id: 5, status: 'complete' });
    expect(onUpdated.listeners).toHaveLength(0);
  });

  test('a tab that never finishes ends the wait at the timeout, listener removed', async () => {
    tabs.get = async (id: number) => ({ id, status: 'loading', url: URL_A });
    expect(await within(waitForLoad(5, 50), 2_000)).toBeNull();
    expect(onUpdated.listeners).toHaveLength(0);
  });

  test('the capture of a tab that finished loading meanwhile goes ahead at once', async () => {
    let calls = 0;
    // First read (prepareTab): loading; every later read: complete, with no onUpdated event at all.
    tabs.get = async (id: number) => ({ id, status: calls++ === 0 ? 'loading' : 'complete', url: URL_A });
    const started = Date.now();
    const result = await captureTab(5);
    expect(result.record.title).toBe('示例区召开城市更新工作推进会');
    // The wait's own bound is 4 s: finishing well inside it shows the race no longer waits it out.
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test('a parsed document whose images never finish waits the short bound, one still parsing the long one', async () => {
    tabs.get = async (id: number) => ({ id, status: 'loading', url: URL_A });
    const sent: string[] = [];
    let readyState = 'interactive';
    tabs.sendMessage = async (_id: number, msg: { type: string }) => {
      sent.push(msg.type);
      return msg.type === 'ping' ? { ok: true, value: { ready: true, readyState } } : pageAnswer;
    };
    let started = Date.now();
    await captureTab(5);
    const parsedWait = Date.now() - started;
    expect(sent).toEqual(['ping', 'extract']);
    expect(parsedWait).toBeGreaterThanOrEqual(PARSED_WAIT_MS - 50);
    readyState = 'loading';
    started = Date.now();
    await captureTab(5);
    // The long bound (4 s) applies while the document itself is still coming in.
    expect(Date.now() - started).toBeGreaterThan(parsedWait + 2_000);
  }, 15_000);
});

describe('export from the popup uses the settings fields', () => {
  async function csvHeader(): Promise<string> {
    const { record } = await recordAndStore(INPUT, DEFAULT_SETTINGS);
    const createObjectURL = URL.createObjectURL;
    (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
    await backgroundHandlers.exportRecord({ type: 'exportRecord', id: record.id, format: 'csv' }, {}).finally(() => {
      URL.createObjectURL = createObjectURL;
    });
    const [opts] = mock.calls['downloads.download'].at(-1) as [{ url: string }];
    return decodeURIComponent(opts.url.replace(/^data:[^,]*,/, ''))
      .replace(/^\ufeff/, '')
      .split('\r\n')[0];
  }

  test('all fields chosen (the default): CSV keeps every column, contentHash included', async () => {
    const header = await csvHeader();
    expect(header).toContain('"contentHash"');
    expect(header).toContain('"cleaning"');
  });

  test('a narrower choice narrows the columns', async () => {
    await browser.storage.sync.set({ exportFields: ['title', 'publishedAt'] });
    const header = await csvHeader();
    expect(header).toBe('"id","title","publishedAt","tags","note"');
  });
});
