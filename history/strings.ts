import { t as message } from '../popup/i18n';

/**
 * The history page's words, as keys of the extension's one message table (public/_locales,
 * zh_CN default, zh_TW, en), the same mechanism as the popup and the options page. A key here is
 * `hist` + the key in camel case in the messages files (tab_not-article → histTabNotArticle);
 * a unit test checks that each exists in every locale.
 */
export const HISTORY_KEYS = [
  'pageTitle',
  'count',
  'shown',
  'searchPlaceholder',
  'allSites',
  'dateField',
  'byPublished',
  'byCaptured',
  'from',
  'to',
  'selectAll',
  'selected',
  'export',
  'copy',
  'delete',
  'import',
  'more',
  'open',
  'recapture',
  'details',
  'tags',
  'tagsHint',
  'note',
  'editAnnotations',
  'save',
  'annotated',
  'untitled',
  'notArticle',
  'published',
  'captured',
  'empty',
  'noMatch',
  'nothingSelected',
  'exported',
  'copied',
  'confirmDelete',
  'deleted',
  'imported',
  'importErrors',
  'recapturing',
  'recaptured',
  'duplicateNote',
  'keepBoth',
  'replace',
  'replaced',
  'failed',
  'summary',
  'body',
  'captureAll',
  'cancel',
  'batchProgress',
  'batchDone',
  'tab_waiting',
  'tab_working',
  'tab_saved',
  'tab_duplicate',
  'tab_already',
  'blankTab',
  'tabAtPosition',
  'includeCaptured',
  'tab_not-article',
  'tab_skipped',
  'tab_failed',
  'grantAccess',
  'needsAccess',
] as const;

export type HistoryStringKey = (typeof HISTORY_KEYS)[number];

export function messageKey(key: HistoryStringKey): string {
  return `hist${key.replace(/(^|[_-])(\w)/g, (_m, _s, c: string) => c.toUpperCase())}`;
}

/** `getMessage` is the extension's (popup/i18n.ts); tests pass their own reader of the messages files. */
export function makeTranslator(getMessage: (key: string, subs?: string[]) => string = message) {
  return (key: HistoryStringKey, ...subs: (string | number)[]): string => getMessage(messageKey(key), subs.length ? subs.map(String) : undefined);
}
