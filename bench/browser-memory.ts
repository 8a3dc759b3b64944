import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/**
 * Memory of the extension process (the service worker, plus the one extension page that sends
 * the requests) before and after `count` captures, from /proc: Playwright gives no CDP session
 * for a service worker, and workers have no performance.memory. Both readings follow a forced GC
 * in the worker, so what remains is what the captures left behind.
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
    let cmd = '';
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
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--js-flags=--expose-gc', `--disable-extensions-except=${DIST_E2E}`, `--load-extension=${DIST_E2E}`],
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
      sender.evaluate(async ([tab, times]) => {
        let failed = 0;
        for (let i = 0; i < times; i++) {
          const reply = await chrome.runtime.sendMessage({ type: 'capture', tabId: tab });
          if (!reply?.ok) failed++;
        }
        return failed;
      }, [tabId, n] as const);
    const gc = () => worker.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
    await capture(5);
    await gc();
    const pid = extensionProcess(profile);
    if (!pid) return 'service worker memory: not measured (extension process not found)';
    const before = rssMb(pid);
    const t0 = performance.now();
    const failed = await capture(count);
    const seconds = (performance.now() - t0) / 1000;
    await gc();
    await new Promise((r) => setTimeout(r, 500));
    const after = rssMb(pid);
    return `service worker after ${count} captures (extension process RSS, after GC): ${before.toFixed(0)} MB → ${after.toFixed(0)} MB (${after - before >= 0 ? '+' : ''}${(after - before).toFixed(1)} MB); ${count} captures in ${seconds.toFixed(1)} s, ${failed} failed`;
  } finally {
    await context.close();
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(profile, { recursive: true, force: true });
  }
}
