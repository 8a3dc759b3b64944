import browser from 'webextension-polyfill';
import { BackgroundRequestSchema, type BackgroundRequest, type BackgroundResponses } from '../messaging/protocol';
import { extensionOrigin } from '../messaging/extensionOrigin';
import { bySchema, createListener, isOwnExtensionPage } from '../messaging/transport';
import { loadSettings, runSettingsMigrations, watchSettings } from '../settings/store';
import { MENU_ID, contextMenuShown, onContextMenuClick, syncContextMenu } from './contextMenu';
import { backgroundHandlers } from './handlers';

/**
 * Service worker entry: every listener is registered synchronously at the top level, as MV3
 * requires for events to wake the worker. The work lives in the modules imported above.
 */

browser.runtime.onMessage.addListener(
  createListener<BackgroundRequest, BackgroundResponses>(bySchema(BackgroundRequestSchema), backgroundHandlers, (sender) =>
    isOwnExtensionPage(sender, browser.runtime.id, extensionOrigin()),
  ),
);

browser.runtime.onInstalled.addListener(async () => {
  await runSettingsMigrations();
  await syncContextMenu(await loadSettings());
});

browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));

// Settings apply without reloading: the capture path reads them each time; the menu follows here.
watchSettings((settings) => void syncContextMenu(settings));

if (__E2E__) {
  // Automation cannot open a context menu: the test build lets the e2e test click the item.
  Object.assign(globalThis, {
    __e2e: {
      contextMenuShown,
      clickContextMenu: (tabId: number) => onContextMenuClick({ menuItemId: MENU_ID, editable: false, modifiers: [] }, { id: tabId } as never),
    },
  });
}
