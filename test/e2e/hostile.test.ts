import type { Page } from 'playwright-core';
import { captureInPopup, extensionUrl, launchExtension, serve, type LoadedExtension, type TestServer, storedRecord } from './helpers';

/**
 * Issue 6, hostile content: a page whose title, meta tags and body carry script tags, event
 * handlers, javascript: links, bidi overrides, zero-width characters and a 100,000-character
 * line, and forms whose controls clobber element properties (className, id, hidden), is captured
 * through the built extension. The popup and the history page must show all
 * of it as text: no payload runs in any context (page, popup, history, service worker) and no
 * page markup becomes an element.
 */
let ext: LoadedExtension;
let server: TestServer;

const RLO = '\u202e';
const PDF = '\u202c';
const ZW = '\u200b\u200c\u200d\u2060\ufeff';
const LONG_LINE = '长'.repeat(40_000) + 'x'.repeat(30_000) + '/'.repeat(30_000);

// Every payload sets a distinct flag on whatever global it runs in; none may ever be set.
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const TITLE_PAYLOAD = '<script>globalThis.__pwnedTitle=1</script><img src=x onerror="globalThis.__pwnedTitle=2">';
const BODY_SCRIPT = '<script>globalThis.__pwnedBody=1</script>';
const BODY_IMG = '<img src=x onerror="globalThis.__pwnedBody=2">';
const BODY_SVG = '<svg onload="globalThis.__pwnedBody=3"></svg>';

const HOSTILE_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展安全检查的通知${TITLE_PAYLOAD}</title>
<meta name="ArticleTitle" content="${esc(`关于开展安全检查的通知${TITLE_PAYLOAD}`)}">
<meta name="ContentSource" content="${esc('<b onmouseover="globalThis.__pwnedMeta=1">示例市应急管理局</b>')}">
<meta name="PubDate" content="2024-04-02 09:30">
<script>window.__pageControl = 1;</script>
</head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻中心</a></div>
<div class="article">
<h1>${esc(`关于开展安全检查的通知${TITLE_PAYLOAD}`)}</h1>
<div class="info">发布时间：2024-04-02 09:30　来源：${esc('<b onmouseover="globalThis.__pwnedMeta=2">示例市应急管理局</b>')}</div>
<p>4月1日，示例市召开安全检查部署会议，${esc(BODY_SCRIPT)}会议强调，要坚持问题导向，全面排查各类安全隐患，确保检查工作取得实效。</p>
<p>会议要求，${esc(BODY_IMG)}各区县要细化检查方案，明确责任分工，对发现的问题立即整改，整改情况于四月底前报送。</p>
<p>检查范围包括${RLO}危险化学品、燃气、消防${PDF}等重点领域，${ZW}零宽字符${ZW}不应影响阅读。${esc(BODY_SVG)}</p>
<form class="notice-form"><input name="className" value="clobbered"><input name="hidden" value="1"><p>表单中的段落：报送材料请通过表单提交，表单控件的名称与元素属性同名，不应影响提取。</p></form>
<form><input name="id"><input name="className"><input name="attributes"><p>第二个表单段落：控件名为id、className和attributes，提取时应读取真实属性。</p></form>
<p>相关材料请见<a href="javascript:globalThis.__pwnedLink=1">javascript:链接的附件</a>，如有疑问请与市应急管理局联系。</p>
<p>${LONG_LINE}</p>
<p>（责任编辑：罗一鸣）</p>
</div></body></html>`;

beforeAll(async () => {
  server = await serve(null, { '/hostile.html': HOSTILE_PAGE });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const FLAGS = ['__pwnedTitle', '__pwnedBody', '__pwnedMeta', '__pwnedLink'];

async function flagsSet(page: Page): Promise<string[]> {
  return page.evaluate((names) => names.filter((n) => (globalThis as Record<string, unknown>)[n] !== undefined), FLAGS);
}

/** Elements that only page markup could have put there, and any inline handler at all. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'img', 'svg', 'iframe', 'object', 'embed', 'b'].includes(tag)) found.push(`<${tag}>`);
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
        if (/^\s*javascript:/i.test(a.value)) found.push(`${tag}[${a.name}=javascript:]`);
      }
    }
    return found;
  });
}

/** Bidi controls left in rendered text must sit in an element that isolates them. */
async function unisolatedBidi(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.nodeValue ?? '';
      if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) continue;
      const el = walker.currentNode.parentElement!;
      const bidi = getComputedStyle(el).unicodeBidi;
      if (!/isolate|plaintext/.test(bidi)) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${JSON.stringify(text.slice(0, 40))}`);
    }
    return out;
  });
}

test('a hostile page is captured, and the popup shows its payloads as inert text', async () => {
  const dialogs: string[] = [];
  ext.context.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const { page, popup } = await captureInPopup(ext, server.url('/hostile.html'));
  expect(await popup.getAttribute('body', 'data-state')).toBe('captured');

  // Control: the page's own script did run, so the flags below would have been seen if set.
  expect(await page.evaluate(() => (window as unknown as { __pageControl?: number }).__pageControl)).toBe(1);
  expect(await flagsSet(page)).toEqual([]);
  expect(await flagsSet(popup)).toEqual([]);
  expect(await ext.sw((names: string[]) => names.filter((n) => (globalThis as Record<string, unknown>)[n] !== undefined), FLAGS)).toEqual([]);
  expect(dialogs).toEqual([]);

  // The payloads are there, as text.
  const cardText = (await popup.textContent('.card')) ?? '';
  expect(cardText).toContain('关于开展安全检查的通知');
  expect(await injectedMarkup(popup)).toEqual([]);
  expect(await unisolatedBidi(popup)).toEqual([]);

  const id = (await popup.getAttribute('.card', 'data-record-id'))!;
  const record = await storedRecord(popup, id);
  const all = JSON.stringify(record);
  expect(all).toContain('<script>globalThis.__pwnedBody=1</script>');
  expect(all).toContain('onerror=');
  // Bidi controls are either dropped by the core or shown isolated (checked above), never left to reorder the card.
  console.log(
    `hostile capture: bidi override ${all.includes(RLO) ? 'kept in the record' : 'removed by the core'}; zero-width ${/[\u200b-\u200d\u2060]/.test(all) ? 'kept' : 'removed'}`,
  );
  // Forms whose controls are named after element properties (DOM clobbering) are read by their attributes.
  expect(all).toContain('表单中的段落');
  expect(all).toContain('第二个表单段落');
  const long = record.body.find((b: { text: string }) => b.text.length >= 100_000);
  expect(long?.text).toContain('长'.repeat(1000));

  // Nothing pushes the popup wider than its window, not even the unbroken 100,000-character line.
  const { scroll, client } = await popup.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  await page.close();
  await popup.close();
});

test('the history page lists the hostile capture as inert text', async () => {
  const history = await ext.context.newPage();
  await history.goto(extensionUrl(ext, 'history/history.html'));
  await history.waitForFunction(() => (document.body.textContent ?? '').includes('关于开展安全检查的通知'), undefined, { timeout: 15_000 });
  expect(await flagsSet(history)).toEqual([]);
  expect(await injectedMarkup(history)).toEqual([]);
  expect(await unisolatedBidi(history)).toEqual([]);
  const { scroll, client } = await history.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  await history.close();
});

test('the checks see markup, handlers and unisolated bidi when they are there', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/hostile.html'));
  await page.evaluate(
    ([rlo]) => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'void 0');
      // Inline: a block already bounds a bidi override to its own paragraph.
      const span = document.createElement('span');
      span.textContent = `${rlo}反向`;
      document.body.append(img, span);
    },
    [RLO],
  );
  expect(await injectedMarkup(page)).toEqual(expect.arrayContaining(['<img>', 'img[onerror]', 'a[href=javascript:]']));
  expect((await unisolatedBidi(page)).length).toBeGreaterThan(0);
  await page.close();
});
