import { HISTORY_STRINGS, historyLanguage, makeTranslator } from '../../../history/strings';
import { displayText, isOpenableUrl } from '../../../history/historyView';

describe('history page strings', () => {
  test('every language has every key, with the same placeholders', () => {
    const keys = Object.keys(HISTORY_STRINGS.zh_CN).sort();
    for (const [lang, table] of Object.entries(HISTORY_STRINGS)) {
      expect([lang, Object.keys(table).sort()]).toEqual([lang, keys]);
      for (const k of keys) {
        const ph = (s: string) => (s.match(/\$\d/g) ?? []).sort();
        expect([lang, k, ph((table as Record<string, string>)[k])]).toEqual([lang, k, ph((HISTORY_STRINGS.zh_CN as Record<string, string>)[k])]);
      }
    }
  });

  test('UI language picks the script', () => {
    expect(historyLanguage('zh-CN')).toBe('zh_CN');
    expect(historyLanguage('zh_TW')).toBe('zh_TW');
    expect(historyLanguage('zh-HK')).toBe('zh_TW');
    expect(historyLanguage('zh-Hant-MO')).toBe('zh_TW');
    expect(historyLanguage('zh')).toBe('zh_CN');
    expect(historyLanguage('en-US')).toBe('en');
    expect(historyLanguage('fr')).toBe('en');
  });

  test('substitutions fill $1..$n', () => {
    expect(makeTranslator('en')('imported', 3, 1, 2)).toBe('Imported 3, replaced 1, skipped 2 (already stored)');
    expect(makeTranslator('zh_CN')('count', 12)).toBe('共 12 条');
  });
});

describe('history rows show page text safely', () => {
  test('bidi overrides and zero-width characters are not shown; long text is cut', () => {
    expect(displayText('\u202egpj.exe\u200b标题\u2066x\u2069')).toBe('gpj.exe标题x');
    const long = displayText('字'.repeat(1000));
    expect([...long]).toHaveLength(301);
    expect(long.endsWith('…')).toBe(true);
  });

  test('only http(s) addresses get open and re-capture buttons', () => {
    expect(isOpenableUrl('https://www.example.gov.cn/a.html')).toBe(true);
    expect(isOpenableUrl('javascript:alert(1)')).toBe(false);
    expect(isOpenableUrl('data:text/html,<b>x</b>')).toBe(false);
    expect(isOpenableUrl('file:///etc/passwd')).toBe(false);
    expect(isOpenableUrl(null)).toBe(false);
  });
});
