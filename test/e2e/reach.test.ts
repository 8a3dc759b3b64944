import { join } from 'node:path';
import { ROOT, captureInPopup, launchExtension, openPopup, serve, tabIdOf, type LoadedExtension, type TestServer } from './helpers';

/** Keyboard shortcut, context menu, and the UI languages. */
let server: TestServer;

beforeAll(async () => {
  server = await serve(join(ROOT, 'samples'));
});
afterAll(async () => {
  await server?.close();
});

describe('shortcut and context menu', () => {
  let ext: LoadedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('the popup links to the history of all captures', async () => {
    const { popup } = await captureInPopup(ext, server.url('/sample-meeting.html'));
    const opened = ext.context.waitForEvent('page');
    await popup.click('#history-link');
    const history = await opened;
    await history.waitForLoadState();
    expect(history.url()).toBe(`chrome-extension://${ext.extensionId}/history/history.html`);
    await history.close();
  });

  test('the keyboard shortcut opens the popup', async () => {
    const commands = (await ext.sw(async () => chrome.commands.getAll())) as chrome.commands.Command[];
    const action = commands.find((c) => c.name === '_execute_action');
    expect(action?.shortcut).toBe('Alt+Shift+S');
  });

  test('"capture this page" captures without the popup, which then shows the result', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/sample-meeting.html'));
    const tabId = await tabIdOf(ext, page);
    await ext.sw((id: number) => (globalThis as any).__e2e.clickContextMenu(id), tabId);
    expect(await ext.sw((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('✓');
    const before = (await ext.sw(async () => chrome.storage.session.get(null))) as Record<string, { id: string }>;
    const pendingId = before[`pending:${tabId}`]?.id;
    expect(pendingId).toBeTruthy();

    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('body[data-state="captured"]');
    // The popup showed the stored capture instead of capturing again.
    expect(await popup.getAttribute('.card', 'data-record-id')).toBe(pendingId);
    expect(await ext.sw((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
  });
});

describe('UI languages', () => {
  test.each([
    ['zh-CN', '导出', '发布时间'],
    ['zh-TW', '匯出', '發布時間'],
    ['en-US', 'Export', 'Published'],
  ])('%s', async (lang, exportLabel, dateLabel) => {
    const ext = await launchExtension({ lang });
    try {
      const { popup } = await captureInPopup(ext, server.url('/sample-meeting.html'));
      expect(await popup.textContent('[data-action="export"]')).toBe(exportLabel);
      expect(await popup.textContent('.facts dt')).toBe(dateLabel);
    } finally {
      await ext.close();
    }
  });
});
