import browser from 'webextension-polyfill';

/**
 * UI strings come from _locales (zh_CN by default, zh_TW, en). A missing key shows the key itself,
 * which a unit test prevents by checking every key used here exists in every locale.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? undefined : Array.isArray(substitutions) ? substitutions.map(String) : [String(substitutions)];
  return browser.i18n.getMessage(key, subs) || key;
}

/** Fills every element marked data-i18n (text) or data-i18n-placeholder in a static page. */
export function localizePage(root: ParentNode = document): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = t(el.dataset.i18n!);
  for (const el of Array.from(root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))) {
    el.placeholder = t(el.dataset.i18nPlaceholder!);
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-title]'))) el.title = t(el.dataset.i18nTitle!);
  document.documentElement.lang = browser.i18n.getUILanguage();
}
