import browser from 'webextension-polyfill';
import { callBackground } from '../src/messaging/client';
import type { ErrorCode } from '../src/messaging/errors';

export type TabStatus = 'waiting' | 'working' | 'saved' | 'duplicate' | 'not-article' | 'skipped' | 'failed';

export interface TabOutcome {
  tabId: number;
  /** What the browser shows for the tab before capture; the record's title after. */
  label: string;
  status: TabStatus;
  message: string;
  recordId?: string;
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
  const out: Record<TabStatus, number> = { waiting: 0, working: 0, saved: 0, duplicate: 0, 'not-article': 0, skipped: 0, failed: 0 };
  for (const o of outcomes) out[o.status]++;
  return out;
}

/**
 * Captures every other tab of this page's window, one at a time (each capture injects a script
 * and runs the core; in parallel they would compete for the same CPU), through the same
 * background `capture` request as the popup. One tab failing never stops the rest.
 */
export async function captureAllTabs(onProgress: (outcomes: readonly TabOutcome[]) => void, signal?: AbortSignal): Promise<TabOutcome[]> {
  const self = await browser.tabs.getCurrent();
  const tabs = (await browser.tabs.query({ windowId: self?.windowId ?? browser.windows.WINDOW_ID_CURRENT })).filter(
    (tab) => tab.id !== undefined && tab.id !== self?.id,
  );
  const outcomes: TabOutcome[] = tabs.map((tab) => ({ tabId: tab.id!, label: tab.title || tab.url || `#${tab.id}`, status: 'waiting', message: '' }));
  onProgress(outcomes);
  for (const o of outcomes) {
    if (signal?.aborted) break;
    o.status = 'working';
    onProgress(outcomes);
    try {
      const result = await callBackground({ type: 'capture', tabId: o.tabId });
      o.recordId = result.record.id;
      o.label = result.record.title ?? o.label;
      o.status = !result.record.isArticle ? 'not-article' : result.duplicate ? 'duplicate' : 'saved';
      o.message = result.record.isArticle ? '' : result.record.notArticleReason ?? '';
    } catch (e) {
      o.status = outcomeForError((e as { code?: ErrorCode }).code);
      o.message = (e as Error)?.message ?? String(e);
    }
    onProgress(outcomes);
  }
  for (const o of outcomes) {
    if (o.status === 'waiting') {
      o.status = 'skipped';
      o.message = 'cancelled';
    }
  }
  onProgress(outcomes);
  return outcomes;
}
