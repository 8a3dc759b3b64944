/**
 * Pages no extension may script: the browser's own pages, other extensions, the extension
 * stores, and local files without the user's opt-in. Asking first gives a clear message instead
 * of executeScript's "Cannot access contents of the page".
 */
const BROWSER_SCHEMES =
  /^(?:chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|extension|devtools|view-source|chrome-search|chrome-untrusted|resource|data|javascript|blob):/i;
/** Stores where browsers block all extensions from running scripts. */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

export type RestrictedReason = 'no-url' | 'browser-page' | 'extension-store' | 'local-file' | 'pdf-viewer' | null;

export function restrictedReason(url: string | null | undefined): RestrictedReason {
  if (!url) return 'no-url';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (STORE_PAGES.some((re) => re.test(url))) return 'extension-store';
  if (/^file:/i.test(url)) return 'local-file';
  if (!/^https?:/i.test(url)) return 'browser-page';
  return null;
}

export function restrictedMessage(reason: Exclude<RestrictedReason, null>): string {
  switch (reason) {
    case 'no-url':
      return 'This tab has no page the extension can read (it may still be opening).';
    case 'browser-page':
      return 'This is a browser page (such as chrome:// or a new tab); extensions cannot read it.';
    case 'extension-store':
      return 'The extension store does not let extensions read its pages.';
    case 'local-file':
      return 'Local files need "Allow access to file URLs" in the extension details.';
    case 'pdf-viewer':
      return 'PDF documents are shown by the browser viewer and cannot be captured.';
  }
}
