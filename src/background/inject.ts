import browser from 'webextension-polyfill';
import contentScript from '../content/content.ts?script&iife';
import { CaptureError } from '../messaging/errors';

/** Messages Chrome and Firefox give when a page may not be scripted by any extension. */
const RESTRICTED_ERROR = /cannot be scripted|extensions gallery|chrome:\/\/|about:|cannot access a/i;
/** activeTab was not granted for this tab (it was not the tab whose icon, shortcut or menu was used). */
const NOT_GRANTED_ERROR = /must request permission|missing host permission|permission to access|cannot access contents/i;

/**
 * Injects the content script into the tab's top frame. Safe to repeat: the script keeps one
 * listener per document, so every capture injects again instead of tracking which tabs have it.
 */
export async function injectContentScript(tabId: number): Promise<void> {
  try {
    // Immediately, not at document_idle: a page that never finishes loading would otherwise keep
    // the capture waiting forever instead of getting a clear "still loading" answer.
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScript], injectImmediately: true });
  } catch (e) {
    throw injectionError(e);
  }
}

/**
 * Injects the content script into every frame of the tab the extension may read (with activeTab:
 * the frames of the tab's own origin; the browser skips the others) and returns the ids of the
 * subframes reached. Used only when the top frame holds no article, so pages
 * without frames pay nothing. No frame reached, or none readable, gives an empty list.
 */
export async function injectIntoSubframes(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [contentScript], injectImmediately: true });
    return results.map((r) => r.frameId).filter((id) => typeof id === 'number' && id !== 0);
  } catch {
    // The top frame was read a moment ago; a frame that refuses the script just has nothing to offer.
    return [];
  }
}

function injectionError(e: unknown): CaptureError {
  const msg = e instanceof Error ? e.message : String(e);
  if (RESTRICTED_ERROR.test(msg)) return new CaptureError('restricted-page', `The extension may not read this page (${msg}).`);
  if (NOT_GRANTED_ERROR.test(msg)) {
    // Also what a browser page says when its URL is hidden from us: the popup's hint covers both cases.
    return new CaptureError('restricted-page', `The browser did not let the extension read this tab (${msg}).`);
  }
  return new CaptureError('injection-failed', `Could not start reading the page: ${msg}`);
}
