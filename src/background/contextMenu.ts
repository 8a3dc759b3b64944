import browser from 'webextension-polyfill';
import type { Settings } from '../settings/definition';
import { captureTab } from './capture';
import { track } from './inflight';
import { putPending } from './pending';

export const MENU_ID = 'capture-this-page';

/** Shows or removes the "capture this page" item to match the setting; safe to call repeatedly. */
let shown = false;
export const contextMenuShown = () => shown;

export async function syncContextMenu(settings: Pick<Settings, 'contextMenu'>): Promise<void> {
  await browser.contextMenus.removeAll();
  shown = settings.contextMenu;
  if (!settings.contextMenu) return;
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('contextMenuCapture') || 'Capture this page',
    contexts: ['page', 'selection'],
  });
}

/**
 * The menu click grants activeTab like a toolbar click. The result waits for the popup, which
 * we try to open (allowed after a user gesture in recent Chrome); the badge marks it either way.
 */
export async function onContextMenuClick(info: browser.Menus.OnClickData, tab: browser.Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  const tabId = tab.id;
  // Stored for the popup inside the tracked work, so a popup joining it finds the hand-over done.
  const work = track(
    tabId,
    captureTab(tabId).then(async (r) => (await putPending(tabId, r), r)),
  );
  // The popup opened now shows progress and joins the capture under way. Automation cannot see an
  // action popup, so the test build leaves the hand-over to the popup the test opens itself.
  const opened = __E2E__ ? undefined : browser.action.openPopup?.().catch(() => {});
  try {
    await work;
  } catch (e) {
    await browser.action.setBadgeText({ tabId, text: '!' }).catch(() => {});
    await browser.action.setTitle({ tabId, title: e instanceof Error ? e.message : String(e) }).catch(() => {});
  }
  await opened;
}
