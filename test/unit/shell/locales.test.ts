import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HISTORY_KEYS, messageKey } from '../../../history/strings';
import { EXPORTABLE_FIELDS } from '../../../src/settings/definition';

const ROOT = join(__dirname, '../../..');
/** Names that are the same in every language (formats, placeholders of code). */
const ALLOWED_LATIN = new Set(['JSON', 'JSONL', 'CSV', 'Markdown']);
const LOCALES = ['zh_CN', 'zh_TW', 'en'];
const load = (l: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|html)$/.test(f) ? [p] : [];
  });
}

/** Keys the UI asks for: t('key'), data-i18n*, and the string keys the popup maps to messages. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  const files = [...sources(join(ROOT, 'popup')), ...sources(join(ROOT, 'options')), ...sources(join(ROOT, 'src/background'))];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\bt\('([A-Za-z]+)'|data-i18n(?:-placeholder|-title)?="([A-Za-z]+)"|getMessage\('([A-Za-z]+)'\)/g))
      keys.add(m[1] ?? m[2] ?? m[3]);
    // Message keys held in tables and button()/setStatus() calls.
    for (const m of text.matchAll(
      /'((?:status|error|report|role|label|opt|script|duplicate)[A-Z][A-Za-z]*|exportJson|copyJson|copied|editFields|wrongPart|pickBlock|exported|outlineShown)'/g,
    ))
      keys.add(m[1]);
  }
  const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
  for (const m of manifest.matchAll(/__MSG_([A-Za-z]+)__/g)) keys.add(m[1]);
  return keys;
}

describe('UI languages', () => {
  test('zh_CN is the default locale', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).default_locale).toBe('zh_CN');
  });

  test('every locale has exactly the same keys, none empty', () => {
    const reference = Object.keys(load('zh_CN')).sort();
    for (const l of LOCALES) {
      const messages = load(l);
      expect(Object.keys(messages).sort()).toEqual(reference);
      for (const [k, v] of Object.entries(messages)) expect([k, v.message.trim().length > 0]).toEqual([k, true]);
    }
  });

  test('every key the UI uses exists', () => {
    const have = new Set(Object.keys(load('zh_CN')));
    const missing = [...usedKeys()].filter((k) => !have.has(k));
    expect(missing).toEqual([]);
  });

  test('placeholders match across languages', () => {
    const cn = load('zh_CN');
    for (const l of LOCALES) {
      const messages = load(l);
      for (const k of Object.keys(cn)) {
        const count = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
        expect([k, count(messages[k].message)]).toEqual([k, count(cn[k].message)]);
      }
    }
  });

  test('no Chinese message is plain English (ASCII letters and no Chinese)', () => {
    for (const l of ['zh_CN', 'zh_TW']) {
      const english = Object.entries(load(l)).filter(
        ([, v]) => /[A-Za-z]{2}/.test(v.message) && !/[\u3400-\u9fff]/.test(v.message) && !ALLOWED_LATIN.has(v.message),
      );
      expect([l, english]).toEqual([l, []]);
    }
  });

  test('one term per script for capturing: 采集 in simplified, 採集 in traditional', () => {
    const text = (l: string) =>
      Object.values(load(l))
        .map((v) => v.message)
        .join('\n');
    expect(text('zh_CN')).not.toMatch(/擷取|撷取|抓取/);
    expect(text('zh_TW')).not.toMatch(/擷取|撷取|采集/);
    expect(text('zh_TW')).toMatch(/採集/);
  });

  test('the history page uses the same messages', () => {
    const have = new Set(Object.keys(load('zh_CN')));
    expect(HISTORY_KEYS.map(messageKey).filter((k) => !have.has(k))).toEqual([]);
  });

  test('the options name each export field in words, not by its record key', () => {
    const options = readFileSync(join(ROOT, 'options/options.ts'), 'utf8');
    expect(options).toMatch(/t\(fieldLabelKey\(f\)\)/);
    for (const l of LOCALES) {
      const messages = load(l);
      for (const f of EXPORTABLE_FIELDS) {
        const label = messages[`field${f[0].toUpperCase()}${f.slice(1)}`]?.message;
        expect([l, f, typeof label === 'string' && label !== f]).toEqual([l, f, true]);
      }
    }
  });

  test('every page title comes from the messages', () => {
    for (const page of ['popup/popup.html', 'options/options.html', 'history/history.html']) {
      expect([page, /<title data-i18n="[A-Za-z]+">/.test(readFileSync(join(ROOT, page), 'utf8'))]).toEqual([page, true]);
    }
  });

  test('traditional locale is not simplified text', () => {
    expect(load('zh_TW').statusReading.message).not.toBe(load('zh_CN').statusReading.message);
  });
});
