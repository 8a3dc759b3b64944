import browser from 'webextension-polyfill';
import { mock } from '../../mocks/webextension-polyfill';
import { captureAllTabs, lacksHostAccess, outcomeForError, tally, type TabOutcome } from '../../../history/captureAll';
import { sampleRecord } from '../export/sampleRecord';

type AnyFn = (...a: any[]) => any;
const tabsApi = browser.tabs as unknown as Record<string, AnyFn>;
const saved = { getCurrent: tabsApi.getCurrent, query: tabsApi.query };

beforeEach(() => {
  mock.reset();
  mock.setSender({ id: mock.EXTENSION_ID, url: `chrome-extension://${mock.EXTENSION_ID}/history/history.html` });
  tabsApi.getCurrent = async () => ({ id: 10, windowId: 3 });
  tabsApi.query = async (q: { windowId: number }) =>
    q.windowId === 3
      ? [
          { id: 10, title: 'history' },
          { id: 11, title: '甲' },
          { id: 12, title: 'chrome settings' },
          { id: 13, title: '乙' },
          { id: 14, title: '列表页' },
        ]
      : [];
  // The background's answers, as envelopes: one fresh capture, one restricted page, one duplicate, one list page.
  browser.runtime.onMessage.addListener(((msg: { type: string; tabId: number }) => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    if (msg.tabId === 11) return ok({ record: sampleRecord({ id: 'r11', title: '甲文章' }), duplicate: null });
    if (msg.tabId === 12) return Promise.resolve({ ok: false, error: { code: 'restricted-page', message: 'browser page' } });
    if (msg.tabId === 13)
      return ok({ record: sampleRecord({ id: 'r13' }), duplicate: { id: 'old', match: 'url', capturedAt: '2024-01-01T00:00:00Z', title: null } });
    if (msg.tabId === 14) return ok({ record: sampleRecord({ id: 'r14', isArticle: false, notArticleReason: 'list page' }), duplicate: null });
    return Promise.resolve({ ok: false, error: { code: 'internal', message: 'unexpected' } });
  }) as never);
});

afterAll(() => Object.assign(tabsApi, saved));

describe('capture all tabs in this window', () => {
  test('captures every other tab in turn and reports each result', async () => {
    const seen: string[] = [];
    const letter = (st: string) => (st === 'waiting' ? '.' : st === 'working' ? '*' : st[0]);
    const outcomes = await captureAllTabs((o) => seen.push(o.map((x) => letter(x.status)).join('')));
    expect(outcomes.map((o) => [o.tabId, o.status])).toEqual([
      [11, 'saved'],
      [12, 'skipped'],
      [13, 'duplicate'],
      [14, 'not-article'],
    ]);
    expect(outcomes[0].label).toBe('甲文章');
    expect(outcomes[1].message).toBe('browser page');
    expect(outcomes[3].message).toBe('list page');
    // Progress: all waiting first, then one tab working at a time.
    expect(seen.slice(0, 4)).toEqual(['....', '*...', 's...', 's*..']);
    expect(seen.every((s) => (s.match(/\*/g) ?? []).length <= 1)).toBe(true);
    expect(tally(outcomes)).toMatchObject({ saved: 1, skipped: 1, duplicate: 1, 'not-article': 1, failed: 0 });
  });

  test('cancelling leaves the remaining tabs skipped, not lost track of', async () => {
    const stop = new AbortController();
    const outcomes = await captureAllTabs((o: readonly TabOutcome[]) => {
      if (o[0].status === 'saved') stop.abort();
    }, stop.signal);
    expect(outcomes.map((o) => o.status)).toEqual(['saved', 'skipped', 'skipped', 'skipped']);
    expect(outcomes[3].message).toBe('cancelled');
  });

  test('tabs already in the history are left alone unless the user asks', async () => {
    tabsApi.query = async () => [
      { id: 11, index: 1, title: '甲', url: 'http://127.0.0.1/a.html' },
      { id: 13, index: 2, title: '乙', url: 'http://127.0.0.1/b.html' },
    ];
    const isCaptured = async (url: string) => url.endsWith('/a.html');
    const skipping = await captureAllTabs(() => {}, { isCaptured });
    expect(skipping.map((o) => [o.tabId, o.status, o.reason?.key])).toEqual([
      [11, 'already', 'histReasonAlreadyCaptured'],
      [13, 'duplicate', undefined],
    ]);
    expect(skipping[0].label).toBe('甲');
    const asked = await captureAllTabs(() => {}, { isCaptured, includeCaptured: true });
    expect(asked.map((o) => o.status)).toEqual(['saved', 'duplicate']);
  });

  test('a blank tab is skipped as blank, whether its address is shown or only named in the refusal', async () => {
    tabsApi.query = async () => [
      { id: 20, index: 0, url: 'about:blank', title: '' },
      { id: 21, index: 4 },
    ];
    mock.reset();
    mock.setSender({ id: mock.EXTENSION_ID, url: `chrome-extension://${mock.EXTENSION_ID}/history/history.html` });
    browser.runtime.onMessage.addListener(((msg: { tabId: number }) =>
      msg.tabId === 21
        ? Promise.resolve({
            ok: false,
            error: {
              code: 'restricted-page',
              message:
                'The extension may not read this page (Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.).',
            },
          })
        : undefined) as never);
    const outcomes = await captureAllTabs(() => {});
    expect(outcomes.map((o) => [o.status, o.blank, o.reason?.key, lacksHostAccess(o)])).toEqual([
      ['skipped', true, 'histReasonBlankTab', false],
      ['skipped', true, 'histReasonBlankTab', false],
    ]);
    // With every website readable, a tab whose address is still hidden is no website: a blank or browser tab.
    tabsApi.query = async () => [{ id: 22, index: 2 }];
    const hidden = await captureAllTabs(() => {}, { webAccess: true });
    expect(hidden.map((o) => [o.status, o.blank, o.reason?.key])).toEqual([['skipped', true, 'histReasonBlankTab']]);
    // A tab whose title and address are hidden is named by its place in the window, never its id.
    expect(outcomes[1].position).toBe(5);
    expect(outcomes.every((o) => !o.label.includes('#'))).toBe(true);
  });

  test('a page judged not an article gets its reason as a message key', async () => {
    const outcomes = await captureAllTabs(() => {});
    expect(outcomes[3].reason).toEqual({ key: 'reasonGeneric', warn: true });
  });

  test('error codes: pages nobody may read are skipped, anything else failed', () => {
    expect(outcomeForError('restricted-page')).toBe('skipped');
    expect(outcomeForError('no-tab')).toBe('skipped');
    expect(outcomeForError('injection-failed')).toBe('failed');
    expect(outcomeForError(undefined)).toBe('failed');
  });
});

describe('missing host access is recognised, other refusals are not', () => {
  test.each([
    [
      'skipped',
      'The extension may not read this page (Cannot access contents of the page. Extension manifest must request permission to access the respective host.).',
      true,
    ],
    ['failed', 'Missing host permission for the tab', true],
    ['skipped', 'The extension may not read this page (Cannot access a chrome:// URL).', false],
    ['saved', 'must request permission', false],
  ] as const)('%s: %s', (status, message, expected) => {
    expect(lacksHostAccess({ status, message })).toBe(expected);
  });
});
