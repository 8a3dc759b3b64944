/**
 * In-memory stand-in for webextension-polyfill in unit tests (mapped once in jest.config.cjs).
 * Storage areas behave like the real ones (get with null/key/list/defaults, set, remove, clear,
 * onChanged with old/new values); runtime messaging dispatches to registered listeners with a
 * sender the test chooses. Other namespaces record calls so tests can assert on them.
 */
type Listener = (...args: any[]) => unknown;

class MockEvent<L extends Listener = Listener> {
  listeners: L[] = [];
  addListener(l: L) {
    this.listeners.push(l);
  }
  removeListener(l: L) {
    this.listeners = this.listeners.filter((x) => x !== l);
  }
  hasListener(l: L) {
    return this.listeners.includes(l);
  }
  emit(...args: Parameters<L>) {
    return this.listeners.map((l) => l(...args));
  }
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

class MockStorageArea {
  data: Record<string, unknown> = {};
  constructor(
    private readonly area: string,
    private readonly changed: MockEvent,
  ) {}
  async get(keys?: null | string | string[] | Record<string, unknown>) {
    if (keys === null || keys === undefined) return clone(this.data);
    const names = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    const out: Record<string, unknown> = {};
    for (const k of names) {
      if (k in this.data) out[k] = clone(this.data[k]);
      else if (keys && typeof keys === 'object' && !Array.isArray(keys)) out[k] = keys[k];
    }
    return out;
  }
  async set(items: Record<string, unknown>) {
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: clone(this.data[k]), newValue: clone(v) };
      this.data[k] = clone(v);
    }
    this.changed.emit(changes, this.area);
  }
  async remove(keys: string | string[]) {
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const k of typeof keys === 'string' ? [keys] : keys) {
      if (k in this.data) changes[k] = { oldValue: this.data[k] };
      delete this.data[k];
    }
    if (Object.keys(changes).length) this.changed.emit(changes, this.area);
  }
  async clear() {
    await this.remove(Object.keys(this.data));
  }
}

const EXTENSION_ID = 'mockextensionid';
const onChanged = new MockEvent();
const onMessage = new MockEvent<(message: unknown, sender: unknown) => unknown>();

/** The sender attached to the next runtime.sendMessage; tests set it to impersonate a page. */
let nextSender: Record<string, unknown> = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup/popup.html` };

const calls: Record<string, unknown[][]> = {};
const record =
  (name: string, result?: (...args: unknown[]) => unknown) =>
  async (...args: unknown[]) => {
    (calls[name] ??= []).push(args);
    return result ? result(...args) : undefined;
  };

const browser = {
  runtime: {
    id: EXTENSION_ID,
    getURL: (path: string) => `chrome-extension://${EXTENSION_ID}/${path.replace(/^\//, '')}`,
    onMessage,
    onInstalled: new MockEvent(),
    async sendMessage(message: unknown) {
      // eslint-disable-next-line @typescript-eslint/await-thenable -- a listener answers with a value or a promise
      for (const reply of onMessage.emit(clone(message), nextSender)) if (reply !== undefined) return clone(await reply);
      return undefined;
    },
  },
  storage: {
    onChanged,
    sync: new MockStorageArea('sync', onChanged),
    local: new MockStorageArea('local', onChanged),
    session: new MockStorageArea('session', onChanged),
  },
  i18n: {
    messages: {} as Record<string, string>,
    getMessage(key: string, subs?: string | string[]) {
      const msg = browser.i18n.messages[key];
      if (msg === undefined) return '';
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return msg.replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
    },
    getUILanguage: () => 'zh-CN',
  },
  tabs: {
    get: record('tabs.get', (id) => ({ id, status: 'complete', url: 'https://www.example.gov.cn/a.html' })),
    query: record('tabs.query', () => [{ id: 1, active: true }]),
    sendMessage: record('tabs.sendMessage'),
    create: record('tabs.create', () => ({ id: 99 })),
    onUpdated: new MockEvent(),
  },
  scripting: { executeScript: record('scripting.executeScript', () => [{ result: undefined }]) },
  downloads: { download: record('downloads.download', () => 1) },
  action: { setBadgeText: record('action.setBadgeText'), setTitle: record('action.setTitle'), openPopup: record('action.openPopup') },
  contextMenus: { create: record('contextMenus.create'), removeAll: record('contextMenus.removeAll'), onClicked: new MockEvent() },
  commands: { getAll: record('commands.getAll', () => []) },
};

/** Test helpers, not part of the real API. */
export const mock = {
  EXTENSION_ID,
  calls,
  setSender(sender: Record<string, unknown>) {
    nextSender = sender;
  },
  reset() {
    for (const area of [browser.storage.sync, browser.storage.local, browser.storage.session]) area.data = {};
    onChanged.listeners = [];
    onMessage.listeners = [];
    for (const k of Object.keys(calls)) delete calls[k];
    nextSender = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup/popup.html` };
    browser.i18n.messages = {};
  },
};

export default browser;
