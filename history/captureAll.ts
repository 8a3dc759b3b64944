import browser from 'webextension-polyfill';
import { callBackground } from '../src/messaging/client';
import type { ErrorCode } from '../src/messaging/errors';
import { notArticleReason } from '../popup/cleaningReport';
import { describeError } from '../popup/errors';

export type TabStatus = 'waiting' | 'working' | 'saved' | 'duplicate' | 'already' | 'not-article' | 'skipped' | 'failed';

export interface TabOutcome {
  tabId: number;
  /** The tab's title as the browser shows it (its address when it has none); the record's title after. */
  label: string;
  /** A blank tab (about:blank, a new-tab page): the page shows its word for one. */
  blank?: boolean;
  /** The tab's place in the window (1 = first): names a tab whose title and address are hidden. */
  position: number;
  status: TabStatus;
  /** Technical detail (the browser's or the extension's English), for whoever reports a bug. */
  message: string;
  /** Why, as a message key of the UI (public/_locales), with its substitutions. */
  reason?: { key: string; subs?: string[] };
  recordId?: string;
}

export interface CaptureAllOptions {
  signal?: AbortSignal;
  /** Capture tabs whose address is already stored too (the user ticked "capture again"). */
  includeCaptured?: boolean;
  /** Whether a capture of this address is stored (the history page asks its database). */
  isCaptured?: (url: string) => Promise<boolean>;
  /**
   * The extension may read every http(s) site (the optional host permission is granted): a tab
   * whose address is still hidden from it is then a blank tab or a browser page, not a website.
   */
  webAccess?: boolean;
}

/** New-tab pages and about:blank hold nothing to capture; they are skipped for that reason. */
const BLANK_URL = /^(?:about:blank|about:newtab|chrome:\/\/newtab\/?|chrome-search:\/\/local-ntp.*|edge:\/\/newtab\/?)$/i;
export function isBlankTab(tab: { url?: string; pendingUrl?: string }): boolean {
  return BLANK_URL.test(tab.url ?? tab.pendingUrl ?? '');
}

/**
 * Without a host permission for it, the browser hides a tab's address and title from the
 * extension (no "tabs" permission is asked for); the refusal to script it still names the address
 * (`Cannot access contents of url "about:blank"`), which tells a blank tab from a site we may not read.
 */
const REFUSED_URL = /contents of url "([^"]*)"/i;
function refusedBlank(message: string): boolean {
  const url = REFUSED_URL.exec(message)?.[1];
  return url !== undefined && isBlankTab({ url });
}

/** Pages that no extension may read, or that are gone, are skipped rather than failed. */
const SKIP_CODES: readonly ErrorCode[] = ['restricted-page', 'no-tab'];

export function outcomeForError(code: ErrorCode | undefined): TabStatus {
  return code && SKIP_CODES.includes(code) ? 'skipped' : 'failed';
}

/**
 * The shipped build reads a page only with activeTab (one toolbar click, one tab) or an optional
 * host permission; a tab skipped for lack of it can be captured once the user grants access.
 */
const MISSING_HOST_ACCESS = /must request permission|missing host permission|permission to access/i;
export function lacksHostAccess(o: Pick<TabOutcome, 'status' | 'message'>): boolean {
  return (o.status === 'skipped' || o.status === 'failed') && MISSING_HOST_ACCESS.test(o.message);
}

export const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] };

export function tally(outcomes: readonly TabOutcome[]): Record<TabStatus, number> {
  const out: Record<TabStatus, number> = { waiting: 0, working: 0, saved: 0, duplicate: 0, already: 0, 'not-article': 0, skipped: 0, failed: 0 };
  for (const o of outcomes) out[o.status]++;
  return out;
}

/**
 * Captures every other tab of this page's window, one at a time (each capture injects a script
 * and runs the core; in parallel they would compete for the same CPU), through the same
 * background `capture` request as the popup. One tab failing never stops the rest. A tab whose
 * address is already stored is left alone unless the user asked to capture those again; a blank
 * tab is skipped as blank. A page judged not an article is not stored (the background's rule).
 */
export async function captureAllTabs(onProgress: (outcomes: readonly TabOutcome[]) => void, opts: CaptureAllOptions | AbortSignal = {}): Promise<TabOutcome[]> {
  const { signal, includeCaptured = false, isCaptured, webAccess = false } = opts instanceof AbortSignal ? { signal: opts } : opts;
  const self = await browser.tabs.getCurrent();
  const tabs = (await browser.tabs.query({ windowId: self?.windowId ?? browser.windows.WINDOW_ID_CURRENT })).filter(
    (tab) => tab.id !== undefined && tab.id !== self?.id,
  );
  const outcomes: TabOutcome[] = tabs.map((tab, i) => {
    const blank = isBlankTab(tab);
    const label = tab.title?.trim() || (blank ? '' : (tab.url ?? ''));
    return { tabId: tab.id!, label, blank, position: (tab.index ?? i) + 1, status: 'waiting', message: '' };
  });
  onProgress(outcomes);
  for (const [i, o] of outcomes.entries()) {
    if (signal?.aborted) break;
    const url = tabs[i].url ?? tabs[i].pendingUrl ?? '';
    if (isBlankTab(tabs[i]) || (webAccess && !url)) {
      Object.assign(o, { status: 'skipped', blank: true, reason: { key: 'histReasonBlankTab' } });
      onProgress(outcomes);
      continue;
    }
    if (!includeCaptured && url && isCaptured && (await isCaptured(url))) {
      Object.assign(o, { status: 'already', reason: { key: 'histReasonAlreadyCaptured' } });
      onProgress(outcomes);
      continue;
    }
    o.status = 'working';
    onProgress(outcomes);
    try {
      const result = await callBackground({ type: 'capture', tabId: o.tabId });
      o.label = result.record.title ?? o.label;
      o.blank = o.blank && !result.record.title;
      if (!result.unsaved) o.recordId = result.record.id;
      o.status = !result.record.isArticle ? 'not-article' : result.duplicate ? 'duplicate' : 'saved';
      o.message = result.record.isArticle ? '' : (result.record.notArticleReason ?? '');
      if (!result.record.isArticle) o.reason = notArticleReason(result.record.notArticleReason);
    } catch (e) {
      o.status = outcomeForError((e as { code?: ErrorCode }).code);
      o.message = (e as Error)?.message ?? String(e);
      o.reason = { key: describeError(e).key };
      if (refusedBlank(o.message)) Object.assign(o, { status: 'skipped', blank: true, message: '', reason: { key: 'histReasonBlankTab' } });
    }
    onProgress(outcomes);
  }
  for (const o of outcomes) {
    if (o.status === 'waiting') {
      o.status = 'skipped';
      o.message = 'cancelled';
      o.reason = { key: 'histReasonCancelled' };
    }
  }
  onProgress(outcomes);
  return outcomes;
}
