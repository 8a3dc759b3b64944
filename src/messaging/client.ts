import browser from 'webextension-polyfill';
import type { BackgroundRequest, BackgroundResponse, ContentRequest, ContentResponse } from './protocol';
import { unwrap } from './transport';

/** Extension pages → background. Rejects with the CaptureError the background raised. */
export async function callBackground<R extends BackgroundRequest>(req: R): Promise<BackgroundResponse<R>> {
  return unwrap(await browser.runtime.sendMessage(req));
}

/** Background → the content script injected in a tab (top frame only). */
export async function callContent<R extends ContentRequest>(tabId: number, req: R): Promise<ContentResponse<R>> {
  return unwrap(await browser.tabs.sendMessage(tabId, req, { frameId: 0 }));
}
