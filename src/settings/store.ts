import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, SETTING_KEYS, parseSettings, type Settings } from './definition';
import { VERSION_KEY, migrateSettings } from './migrations';

/** storage.sync edge of the settings: read (validated), write (validated), watch, migrate. */

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get([...SETTING_KEYS]);
  return parseSettings(stored);
}

/** Writes only the given fields, after validation, so a bad value never reaches storage. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = parseSettings({ ...current, ...patch });
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof Settings)[]) {
    if (key in next) changed[key] = next[key];
  }
  await browser.storage.sync.set(changed);
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await browser.storage.sync.remove([...SETTING_KEYS]);
  return { ...DEFAULT_SETTINGS };
}

/** Calls back with the whole validated settings whenever another page or machine changes one. */
export function watchSettings(onChange: (s: Settings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync') return;
    if (!Object.keys(changes).some((k) => (SETTING_KEYS as string[]).includes(k))) return;
    void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Runs on install/update; writes back only when a migration changed the stored layout. */
export async function runSettingsMigrations(): Promise<number[]> {
  const all = await browser.storage.sync.get(null);
  const result = migrateSettings(all);
  if (!result.changed) return [];
  if (result.removedKeys.length) await browser.storage.sync.remove(result.removedKeys);
  const { [VERSION_KEY]: version, ...rest } = result.stored;
  await browser.storage.sync.set({ ...rest, [VERSION_KEY]: version });
  return result.applied;
}
