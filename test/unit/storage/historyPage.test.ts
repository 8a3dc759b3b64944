import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HISTORY_KEYS, makeTranslator, messageKey } from '../../../history/strings';
import { displayText, isOpenableUrl } from '../../../history/historyView';

const messages = (l: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../public/_locales', l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

/** What chrome.i18n.getMessage does with $1..$9 and a list of substitutions. */
const reader = (l: string) => (key: string, subs?: string[]) =>
  (messages(l)[key]?.message ?? '').replace(/\$(\d)/g, (m, i: string) => subs?.[Number(i) - 1] ?? m);

describe('history page strings', () => {
  test('every key of the page is a message in every locale', () => {
    for (const l of ['zh_CN', 'zh_TW', 'en']) {
      const missing = HISTORY_KEYS.map(messageKey).filter((k) => !messages(l)[k]);
      expect([l, missing]).toEqual([l, []]);
    }
    expect(messageKey('tab_not-article')).toBe('histTabNotArticle');
  });

  test('substitutions fill $1..$n', () => {
    expect(makeTranslator(reader('en'))('imported', 3, 1, 2)).toBe('Imported 3, replaced 1, skipped 2 (already stored)');
    expect(makeTranslator(reader('zh_CN'))('count', 12)).toBe('共 12 条');
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
