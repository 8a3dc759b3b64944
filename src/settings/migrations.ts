/**
 * Ordered migrations of the stored settings layout. Each entry lifts a stored object from
 * version `to - 1` to `to`; they run in order on install/update, and the result is written back
 * only when something changed.
 */
export type StoredSettings = Record<string, unknown>;

export interface Migration {
  to: number;
  why: string;
  migrate(stored: StoredSettings): StoredSettings;
}

export const VERSION_KEY = 'settingsVersion';

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    why: 'first versioned layout: one storage.sync key per setting (each key stays under the 8 kB item quota)',
    migrate: (stored) => {
      // An unversioned layout kept everything under one "settings" object.
      const nested = stored.settings;
      if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
        const { settings: _drop, ...rest } = stored;
        return { ...(nested as StoredSettings), ...rest };
      }
      return stored;
    },
  },
  {
    to: 2,
    why: 'summary length became a sentence count bounded to 3–5; the old free "summaryLength" key goes',
    migrate: (stored) => {
      if (!('summaryLength' in stored)) return stored;
      const { summaryLength, ...rest } = stored;
      const n = Math.round(Number(summaryLength));
      return 'summarySentences' in rest || !Number.isFinite(n) ? rest : { ...rest, summarySentences: Math.min(5, Math.max(3, n)) };
    },
  },
];

export const SETTINGS_VERSION = MIGRATIONS[MIGRATIONS.length - 1].to;

export interface MigrationResult {
  stored: StoredSettings;
  changed: boolean;
  applied: number[];
  /** Keys present before that the new layout no longer has, so the caller can remove them. */
  removedKeys: string[];
}

export function migrateSettings(input: StoredSettings, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  const raw = input[VERSION_KEY];
  const from = typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 0;
  let stored: StoredSettings = { ...input };
  delete stored[VERSION_KEY];
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.to <= from) continue;
    stored = m.migrate(stored);
    applied.push(m.to);
  }
  const target = migrations.length ? migrations[migrations.length - 1].to : 0;
  // A newer layout written by a newer version is left alone: downgrades do not rewrite it.
  const version = Math.max(from, target);
  const out = { ...stored, [VERSION_KEY]: version };
  const removedKeys = Object.keys(input).filter((k) => !(k in out));
  const changed = applied.length > 0 || removedKeys.length > 0 || input[VERSION_KEY] !== version;
  return { stored: out, changed, applied, removedKeys };
}
