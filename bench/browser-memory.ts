import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession } from 'playwright-core';

/**
 * Memory of the service worker before, halfway through and after `count` captures: its JS heap
 * after a full collection (DevTools protocol, attached to the worker's target through a second
 * connection, since Playwright gives no CDP session for a service worker), which is what the
 * captures could leave behind in our code, and the extension process's RSS from /proc (the
 * worker plus the one extension page that sends the requests), which also holds what Chromium
 * caches (IndexedDB, code) and what the allocator keeps.
 */
const DIST_E2E = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist-e2e');

function status(pid: number | string): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}

/** The extension renderer that descends from the browser using `profile` (other browsers may run). */
function extensionProcess(profile: string): number | null {
  for (const p of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    let cmd: string;
    try {
      cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmd.includes('--extension-process')) continue;
    let pid = Number(p);
    for (let depth = 0; depth < 6 && pid > 1; depth++) {
      pid = Number(/PPid:\s+(\d+)/.exec(status(pid))?.[1] ?? 0);
      try {
        if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) return Number(p);
      } catch {
        break;
      }
    }
  }
  return null;
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(status(pid))?.[1] ?? 0) / 1024;

/** A DevTools session with the extension's service worker, over the browser's own debugging port. */
async function workerSession(profile: string): Promise<{ heapMb: () => Promise<number>; close: () => Promise<void> } | null> {
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(portFile)) return null;
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!target) {
    await browser.close();
    return null;
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 0;
  const waiting = new Map<number, (v: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result);
  });
  const send = (method: string) =>
    new Promise<unknown>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    });
  return {
    heapMb: async () => {
      await send('HeapProfiler.collectGarbage');
      const usage = (await send('Runtime.getHeapUsage')) as { usedSize: number };
      return usage.usedSize / 1024 / 1024;
    },
    // Closing this second connection leaves the browser running for the first.
    close: () => browser.close(),
  };
}

export async function memoryAfterCaptures(count: number): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'gnc-mem-'));
  const article = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例市召开工作会议_示例市人民政府</title></head><body>
<div class="article"><h1>示例市召开工作会议</h1><p class="info">发布时间：2024-04-02 09:30 来源：示例市政府办</p>
${Array.from({ length: 15 }, (_, i) => `<p>第${i + 1}段：会议强调，要坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项重点工作落地见效。</p>`).join('')}
<p>（责任编辑：王小明）</p></div></body></html>`;
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--js-flags=--expose-gc',
      '--remote-debugging-port=0',
      `--disable-extensions-except=${DIST_E2E}`,
      `--load-extension=${DIST_E2E}`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(url);
    const tabId = (await worker.evaluate(async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url)) as number;
    const sender = await context.newPage();
    await sender.goto(`chrome-extension://${id}/options/options.html`);
    const capture = (n: number) =>
      sender.evaluate(
        async ([tab, times]) => {
          let failed = 0;
          for (let i = 0; i < times; i++) {
            const reply = await chrome.runtime.sendMessage({ type: 'capture', tabId: tab });
            if (!reply?.ok) failed++;
          }
          return failed;
        },
        [tabId, n] as const,
      );
    const gc = () => worker.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
    await capture(5);
    await gc();
    const pid = extensionProcess(profile);
    if (!pid) return 'service worker memory: not measured (extension process not found)';
    const session = await workerSession(profile).catch(() => null);
    const heaps: number[] = [];
    const heap = async () => {
      if (session) heaps.push(await session.heapMb());
    };
    await heap();
    const before = rssMb(pid);
    const t0 = performance.now();
    let failed = await capture(Math.floor(count / 2));
    await heap();
    failed += await capture(count - Math.floor(count / 2));
    const seconds = (performance.now() - t0) / 1000;
    await heap();
    await gc();
    await new Promise((r) => setTimeout(r, 500));
    const after = rssMb(pid);
    await session?.close();
    const mb = (n: number) => `${n.toFixed(1)} MB`;
    const heapLine =
      heaps.length === 3
        ? `JS heap after a full GC ${heaps.map(mb).join(' → ')} (0, ${Math.floor(count / 2)}, ${count} captures; ${heaps[2] - heaps[0] >= 0 ? '+' : ''}${(((heaps[2] - heaps[0]) * 1024) / count).toFixed(1)} kB per capture)`
        : 'JS heap not measured (no DevTools session with the worker)';
    return `service worker after ${count} captures: ${heapLine}; extension process RSS ${before.toFixed(0)} MB → ${after.toFixed(0)} MB (${after - before >= 0 ? '+' : ''}${(after - before).toFixed(1)} MB); ${count} captures in ${seconds.toFixed(1)} s, ${failed} failed`;
  } finally {
    await context.close();
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(profile, { recursive: true, force: true });
  }
}
