import browser from 'webextension-polyfill';

/**
 * The tab to capture: `?tabId=N` when a test opens the popup as a page (then the active tab is
 * the popup itself, toolchain pitfall 7), else the active tab of the window the popup belongs to.
 */
export async function targetTabId(search: string = location.search): Promise<number | null> {
  const explicit = new URLSearchParams(search).get('tabId');
  if (explicit !== null && /^\d+$/.test(explicit)) return Number(explicit);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
