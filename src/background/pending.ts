import browser from 'webextension-polyfill';
import type { CaptureResult } from '../messaging/protocol';

/**
 * Captures finished while no popup was open (the element picker closes the popup; the context
 * menu has none) wait here, per tab, until the popup opens and takes them. storage.session
 * outlives the service worker's restarts but not the browser session.
 */
const key = (tabId: number) => `pending:${tabId}`;

export async function putPending(tabId: number, result: CaptureResult): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: { id: result.record.id, duplicate: result.duplicate, at: Date.now() } });
  await browser.action.setBadgeText({ tabId, text: '✓' }).catch(() => {});
}

export async function takePending(tabId: number): Promise<{ id: string; duplicate: CaptureResult['duplicate'] } | null> {
  const k = key(tabId);
  const got = (await browser.storage.session.get(k))[k] as { id?: unknown; duplicate?: CaptureResult['duplicate'] } | undefined;
  if (!got || typeof got.id !== 'string') return null;
  await browser.storage.session.remove(k);
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  return { id: got.id, duplicate: got.duplicate ?? null };
}

/** A fresh capture supersedes whatever was waiting, and the badge of an earlier failure. */
export async function dropPending(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
}
