import 'fake-indexeddb/auto';
import browser from 'webextension-polyfill';
import { mock } from '../../mocks/webextension-polyfill';
import { captureTab } from '../../../src/background/capture';
import { captureStore, countCaptures } from '../../../src/background/db';
import { backgroundHandlers } from '../../../src/background/handlers';
import { validateRecord } from '../../../src/core/validateRecord';
import type { CaptureRecord, PageInput } from '../../../src/core/types';
import { callBackground } from '../../../src/messaging/client';
import { CaptureError, fromWireError, toWireError } from '../../../src/messaging/errors';
import { BackgroundRequestSchema, type BackgroundRequest, type BackgroundResponses } from '../../../src/messaging/protocol';
import { extensionOrigin } from '../../../src/messaging/extensionOrigin';
import { bySchema, createListener, isOwnExtensionPage } from '../../../src/messaging/transport';
import { sampleRecord } from '../export/sampleRecord';

/**
 * Issue 6, storage full: the background answers with code 'storage-full' and the unsaved record,
 * the caller gets it back only if it passes the record schema, and the record can still be exported.
 */

const INPUT: PageInput = {
  url: 'https://www.example.gov.cn/news/a.html',
  format: 'html',
  documentTitle: '示例区召开城市更新工作推进会',
  hints: { title: '示例区召开城市更新工作推进会', publishedAt: '2024-04-02 09:00', source: '示例区政府办' },
  blocks: [
    { text: '4月1日，示例区召开城市更新工作推进会，研究部署下一阶段重点任务。', kind: 'paragraph' },
    { text: '会议要求，各街道要倒排工期、挂图作战，确保年度改造任务按期完成。', kind: 'paragraph' },
  ],
};

// Writes fail below Dexie the way a full disk makes IndexedDB fail; in place before the database opens.
let full = false;
captureStore().db.use({
  stack: 'dbcore',
  name: 'quota',
  create: (down) => ({
    ...down,
    table: (name) => {
      const t = down.table(name);
      return { ...t, mutate: (req) => (full ? Promise.reject(new DOMException('simulated', 'QuotaExceededError')) : t.mutate(req)) };
    },
  }),
});

const tabs = browser.tabs as unknown as Record<string, unknown>;

beforeEach(() => {
  mock.reset();
  full = false;
  tabs.get = async (id: number) => ({ id, status: 'complete', url: INPUT.url });
  tabs.sendMessage = async () => ({ ok: true, value: INPUT });
  browser.runtime.onMessage.addListener(
    createListener<BackgroundRequest, BackgroundResponses>(bySchema(BackgroundRequestSchema), backgroundHandlers, (s) =>
      isOwnExtensionPage(s, browser.runtime.id, extensionOrigin()),
    ),
  );
});

test('a capture refused by a full storage reaches the popup as storage-full with the valid record', async () => {
  full = true;
  const err = await callBackground({ type: 'capture', tabId: 5 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(CaptureError);
  expect((err as CaptureError).code).toBe('storage-full');
  const unsaved = (err as CaptureError).unsaved as CaptureRecord;
  expect(unsaved.title).toBe('示例区召开城市更新工作推进会');
  const check = validateRecord(unsaved);
  expect(check.ok ? [] : check.errors).toEqual([]);
  full = false;
  expect(await countCaptures()).toBe(0);
});

test('the unsaved record can be exported as JSON through the background', async () => {
  full = true;
  const { unsaved } = (await captureTab(5).catch((e: unknown) => e)) as CaptureError;
  expect(unsaved).toBeDefined();
  const createObjectURL = URL.createObjectURL;
  (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
  const res = await callBackground({ type: 'exportUnsaved', record: unsaved!, format: 'json' }).finally(() => {
    URL.createObjectURL = createObjectURL;
  });
  expect(res.filename).toMatch(/^2024-04-02[ _]示例区召开城市更新工作推进会\.json$/);
  const [opts] = mock.calls['downloads.download'].at(-1) as [{ url: string; filename: string }];
  const exported = JSON.parse(decodeURIComponent(opts.url.replace(/^data:[^,]*,/, '')));
  expect(exported).toEqual(JSON.parse(JSON.stringify(unsaved)));
  expect(validateRecord(exported).ok).toBe(true);
});

test('an export of an unsaved record that is not a valid record is refused before any download', async () => {
  const broken = { ...sampleRecord(), contentHash: 'not-a-hash' };
  const err = await callBackground({ type: 'exportUnsaved', record: broken as never }).catch((e: unknown) => e);
  expect((err as CaptureError).code).toBe('bad-request');
  expect(mock.calls['downloads.download']).toBeUndefined();
});

describe('the record travelling with the error is checked where it arrives', () => {
  test('a valid record with storage-full comes through', () => {
    const r = sampleRecord();
    const back = fromWireError(JSON.parse(JSON.stringify(toWireError(new CaptureError('storage-full', 'full', { unsaved: r })))));
    expect(back.code).toBe('storage-full');
    expect(back.unsaved).toEqual(JSON.parse(JSON.stringify(r)));
  });

  test('a malformed record is dropped, the error stays', () => {
    const back = fromWireError({ code: 'storage-full', message: 'full', unsaved: { ...sampleRecord(), body: 'x' } });
    expect(back.code).toBe('storage-full');
    expect(back.unsaved).toBeUndefined();
  });

  test('only storage-full may carry a record', () => {
    expect(fromWireError({ code: 'internal', message: 'x', unsaved: sampleRecord() }).unsaved).toBeUndefined();
    expect(toWireError(new CaptureError('internal', 'x'))).toEqual({ code: 'internal', message: 'x' });
  });
});
