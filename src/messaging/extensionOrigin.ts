import browser from 'webextension-polyfill';

/**
 * This extension's own origin (`chrome-extension://<id>/`), which its pages' messages come from.
 * Apart from transport.ts so that the content script, which never needs it, does not bring in
 * webextension-polyfill with it.
 */
export function extensionOrigin(): string {
  return browser.runtime.getURL('');
}
