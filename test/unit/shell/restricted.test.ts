import { restrictedMessage, restrictedReason } from '../../../src/background/restricted';

describe('restricted pages', () => {
  test.each([
    ['chrome://extensions/', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['view-source:https://a.gov.cn/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'extension-store'],
    ['https://chrome.google.com/webstore/detail/x', 'extension-store'],
    ['https://addons.mozilla.org/zh-CN/firefox/', 'extension-store'],
    ['file:///home/a.html', 'local-file'],
    ['ftp://a.gov.cn/x', 'browser-page'],
    [undefined, 'no-url'],
    ['https://www.example.gov.cn/a.html', null],
    ['http://127.0.0.1:8080/x', null],
  ])('%s → %s', (url, reason) => {
    expect(restrictedReason(url)).toBe(reason);
  });

  test('each reason has a message', () => {
    for (const r of ['no-url', 'browser-page', 'extension-store', 'local-file', 'pdf-viewer'] as const) {
      expect(restrictedMessage(r).length).toBeGreaterThan(10);
    }
  });
});
