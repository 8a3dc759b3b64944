import browser from 'webextension-polyfill';
import { mock } from '../../mocks/webextension-polyfill';
import { DEFAULT_SETTINGS, SETTING_KEYS, parseSettings, siteRuleFor } from '../../../src/settings/definition';
import { MIGRATIONS, SETTINGS_VERSION, VERSION_KEY, migrateSettings } from '../../../src/settings/migrations';
import { loadSettings, resetSettings, runSettingsMigrations, saveSettings, watchSettings } from '../../../src/settings/store';

beforeEach(() => mock.reset());

describe('settings definition', () => {
  test('defaults come from the schema and cover every setting', () => {
    expect(DEFAULT_SETTINGS.outputScript).toBe('original');
    expect(DEFAULT_SETTINGS.summarySentences).toBe(3);
    expect(DEFAULT_SETTINGS.contextMenu).toBe(true);
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual([...SETTING_KEYS].sort());
  });

  test('each bad stored field falls back to its own default, good fields survive', () => {
    const s = parseSettings({
      outputScript: 'klingon',
      summarySentences: 9,
      exportFormat: 'csv',
      keepSnapshot: 'yes',
      extraBoilerplate: ['  扫一扫在手机打开  ', '', 42],
      siteRules: [{ domain: 'WWW.Example.gov.cn', bodySelector: '#zoom' }, { bodySelector: 'no domain' }, null],
      exportFields: ['title', 'nope', 'title', 'source'],
      unknownKey: 1,
    });
    expect(s.outputScript).toBe('original');
    expect(s.summarySentences).toBe(3);
    expect(s.exportFormat).toBe('csv');
    expect(s.keepSnapshot).toBe(false);
    expect(s.extraBoilerplate).toEqual(['扫一扫在手机打开']);
    expect(s.siteRules).toEqual([{ domain: 'www.example.gov.cn', bodySelector: '#zoom', dropSelectors: [] }]);
    expect(s.exportFields).toEqual(['title', 'source']);
    expect('unknownKey' in s).toBe(false);
  });

  test('non-object storage gives the defaults', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('x')).toEqual(DEFAULT_SETTINGS);
  });

  test('site rule: subdomains match, the most specific domain wins, look-alike hosts do not', () => {
    const rules = [
      { domain: 'gov.cn', bodySelector: '.a', dropSelectors: [] },
      { domain: 'news.city.gov.cn', bodySelector: '.b', dropSelectors: [] },
    ];
    expect(siteRuleFor('https://news.city.gov.cn/x', rules)?.bodySelector).toBe('.b');
    expect(siteRuleFor('https://www.other.gov.cn/x', rules)?.bodySelector).toBe('.a');
    expect(siteRuleFor('https://notgov.cn/x', rules)).toBeNull();
    expect(siteRuleFor('not a url', rules)).toBeNull();
  });
});

describe('settings migrations', () => {
  test('unversioned nested layout is flattened, old key converted, version stamped', () => {
    const r = migrateSettings({ settings: { outputScript: 'simplified', summaryLength: 7 } });
    expect(r.changed).toBe(true);
    expect(r.applied).toEqual(MIGRATIONS.map((m) => m.to));
    expect(r.stored).toEqual({ outputScript: 'simplified', summarySentences: 5, [VERSION_KEY]: SETTINGS_VERSION });
    expect(r.removedKeys.sort()).toEqual(['settings']);
  });

  test('an up-to-date store is not rewritten', () => {
    const r = migrateSettings({ outputScript: 'simplified', [VERSION_KEY]: SETTINGS_VERSION });
    expect(r.changed).toBe(false);
    expect(r.applied).toEqual([]);
  });

  test('a store written by a newer version keeps its version', () => {
    const r = migrateSettings({ [VERSION_KEY]: SETTINGS_VERSION + 3 });
    expect(r.stored[VERSION_KEY]).toBe(SETTINGS_VERSION + 3);
    expect(r.changed).toBe(false);
  });

  test('runSettingsMigrations writes through storage.sync and removes dropped keys', async () => {
    await browser.storage.sync.set({ settings: { summarySentences: 4 }, summaryLength: 3 });
    expect(await runSettingsMigrations()).toEqual([1, 2]);
    const all = await browser.storage.sync.get(null);
    expect(all).toEqual({ summarySentences: 4, [VERSION_KEY]: SETTINGS_VERSION });
    expect(await runSettingsMigrations()).toEqual([]);
  });
});

describe('settings store', () => {
  test('save validates and persists one key per setting; load reads them back', async () => {
    const saved = await saveSettings({ outputScript: 'traditional-hk', summarySentences: 4 });
    expect(saved.outputScript).toBe('traditional-hk');
    expect(await browser.storage.sync.get('summarySentences')).toEqual({ summarySentences: 4 });
    expect((await loadSettings()).summarySentences).toBe(4);
  });

  test('an invalid value is never written', async () => {
    await saveSettings({ summarySentences: 99 });
    expect((await browser.storage.sync.get('summarySentences')).summarySentences).toBe(3);
  });

  test('watchers see changes from elsewhere until aborted; reset restores defaults', async () => {
    const seen: number[] = [];
    const ctl = new AbortController();
    watchSettings((s) => seen.push(s.summarySentences), ctl.signal);
    await browser.storage.sync.set({ summarySentences: 5 });
    await new Promise((r) => setTimeout(r, 0));
    ctl.abort();
    await browser.storage.sync.set({ summarySentences: 4 });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([5]);
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
