import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { decodeBytes } from '../src/cli/decode';
import type { CaptureRecord } from '../src/core/types';
import { median, percentile } from './browser-stats';

// The e2e helpers are CommonJS-only (jest); the benchmark runs as an ES module, hence its own launcher.
const DIST_E2E = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist-e2e');

async function launch(): Promise<{ context: BrowserContext; id: string; close(): Promise<void> }> {
  if (!existsSync(join(DIST_E2E, 'manifest.json'))) throw new Error('dist-e2e/ not built (npm run build:e2e)');
  const profile = mkdtempSync(join(tmpdir(), 'gnc-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    downloadsPath: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${DIST_E2E}`,
      `--load-extension=${DIST_E2E}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    id: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Click-to-summary latency on the built test extension (dist-e2e/): from opening the popup for
 * a tab (what the toolbar click does) until the card or a verdict is on screen. Includes the
 * popup's own load, injection, extraction, the core, the IndexedDB write and rendering.
 */
export async function clickToSummary(
  dir: string,
  files: string[],
): Promise<{ ms: number[]; states: Record<string, number>; slowest: [string, number][] } | null> {
  let ext;
  try {
    ext = await launch();
  } catch (e) {
    console.log(`click-to-summary: not measured (${(e as Error).message.split('\n')[0]})`);
    return null;
  }
  const pages = new Map(files.map((f) => [`/${encodeURIComponent(f)}`, decodeBytes(readFileSync(join(dir, f))).text]));
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    // Page scripts blocked, as in the speed runs: saved pages redirect and rewrite themselves.
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }).end(body ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ms: number[] = [];
  const byPage: [string, number][] = [];
  const states: Record<string, number> = {};
  try {
    // The pages' own scripts and remote resources stay out, as in the speed runs.
    await ext.context.route('**/*', (r) => {
      const url = r.request().url();
      return url.startsWith(origin) || url.startsWith('chrome-extension:') ? r.continue() : r.abort();
    });
    for (const f of files) {
      const page = await ext.context.newPage();
      try {
        const url = `${origin}/${encodeURIComponent(f)}`;
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
        const tabId = await ext.context
          .serviceWorkers()[0]
          .evaluate(async (u: string) => Math.max(...(await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id!)), url);
        const popup = await ext.context.newPage();
        await popup.setViewportSize({ width: 400, height: 600 });
        const t0 = Date.now();
        // The popup starts capturing its tab on load, as after a toolbar click.
        await popup.goto(`chrome-extension://${ext.id}/popup/popup.html?tabId=${tabId}`);
        await popup.waitForSelector('body[data-state="captured"], body[data-state="not-article"], body[data-state="error"]', { timeout: 30_000 });
        // The popup's own mark of when the card was in place (epoch ms, like t0): polling for it
        // from here adds a few hundred ms on a loaded machine.
        ms.push((await popup.evaluate(() => performance.timeOrigin + performance.getEntriesByName('gov-news-capture:settled')[0].startTime)) - t0);
        byPage.push([f, ms[ms.length - 1]]);
        let state = (await popup.getAttribute('body', 'data-state')) ?? '?';
        if (state === 'error') state = `error: ${((await popup.textContent('main, body')) ?? '').replace(/\s+/g, ' ').trim().slice(0, 80)}`;
        states[state] = (states[state] ?? 0) + 1;
        await popup.close();
      } catch (e) {
        states[`failed (${(e as Error).message.split('\n')[0].slice(0, 60)})`] = (states.failed ?? 0) + 1;
      } finally {
        await page.close();
      }
    }
  } finally {
    await ext.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
  return { ms, states, slowest: byPage.sort((a, b) => b[1] - a[1]).slice(0, 3) };
}

export function describeLatency(r: { ms: number[]; states: Record<string, number>; slowest: [string, number][] }): string {
  const s = Object.entries(r.states)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const slow = r.slowest.map(([f, ms]) => `${f} ${ms.toFixed(0)} ms`).join(', ');
  return `click-to-summary (popup opened → card shown, dist-e2e, ${r.ms.length} pages: ${s}): median ${median(r.ms).toFixed(0)} ms, p90 ${percentile(r.ms, 0.9).toFixed(0)} ms, max ${Math.max(...r.ms).toFixed(0)} ms; slowest: ${slow}`;
}

/**
 * The history page with `count` stored captures: import them through the page's own import,
 * then time a fresh open (until the list shows) and an export of all of them as JSONL (until
 * the download is complete).
 */
export async function historyAtScale(count: number): Promise<string> {
  let ext;
  try {
    ext = await launch();
  } catch (e) {
    return `history with ${count} captures: not measured (${(e as Error).message.split('\n')[0]})`;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'gnc-history-bench-'));
  try {
    const file = join(tmp, 'seed.jsonl');
    writeFileSync(
      file,
      syntheticRecords(count)
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const url = `chrome-extension://${ext.id}/history/history.html`;
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-sites="true"]');
    const i0 = performance.now();
    await page.setInputFiles('#import-file', file);
    await page.waitForFunction((n) => (document.querySelector('#status')?.textContent ?? '').includes(String(n)), count, { timeout: 300_000 });
    const importMs = performance.now() - i0;
    await page.close();

    const fresh = await ext.context.newPage();
    const o0 = performance.now();
    await fresh.goto(url);
    await fresh.waitForSelector('#list li.item', { timeout: 60_000 });
    const openMs = performance.now() - o0;
    const shown = await fresh.$$eval('#list li.item', (l) => l.length);

    const worker = ext.context.serviceWorkers()[0];
    const lastId = async () =>
      (await worker.evaluate(async () => (await chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 }))[0]?.id ?? 0)) as number;
    const before = await lastId();
    await fresh.check('#select-all');
    // Select-all collects every id first (the export buttons are disabled meanwhile).
    await fresh.waitForFunction((n) => (document.querySelector('#selected')?.textContent ?? '').includes(String(n)), count, { timeout: 120_000 });
    await fresh.waitForSelector('#export:not([disabled])');
    await fresh.selectOption('#format', 'jsonl');
    const e0 = performance.now();
    await fresh.click('#export');
    for (;;) {
      const item = (await worker.evaluate(async () => (await chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 }))[0])) as
        { id: number; state: string; fileSize: number } | undefined;
      if (item && item.id > before && item.state !== 'in_progress') {
        const exportMs = performance.now() - e0;
        return `history with ${count} captures: import ${(importMs / 1000).toFixed(1)} s; open ${openMs.toFixed(0)} ms (${shown} rows shown); export all as JSONL ${exportMs.toFixed(0)} ms (${item.state}, ${(item.fileSize / 1e6).toFixed(1)} MB)`;
      }
      if (performance.now() - e0 > 120_000)
        return `history with ${count} captures: import ${(importMs / 1000).toFixed(1)} s; open ${openMs.toFixed(0)} ms; export did not finish in 120 s`;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await ext.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Records of a realistic size (a dozen paragraphs), distinct ids, dates, sites and hashes. */
function syntheticRecords(count: number): CaptureRecord[] {
  const sites = ['示例市人民政府', '示例省发展改革委', '示例县融媒体中心', '示例区政务服务局'];
  const para = '会议强调，要坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项重点工作落地见效，切实增强人民群众获得感。';
  const out: CaptureRecord[] = [];
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 12 }, (_, k) => ({ text: `第${k + 1}段：${para}`, kind: 'paragraph' as const }));
    out.push({
      schemaVersion: 1,
      id: `bench-${String(i).padStart(6, '0')}`,
      url: `http://127.0.0.1/news/${i}.html`,
      canonicalUrl: null,
      siteName: sites[i % sites.length],
      capturedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      extractor: { name: 'gov-news-capture', version: '0.1.0', input: 'html' },
      isArticle: true,
      notArticleReason: null,
      title: `第${i}号 关于做好重点工作的通知`,
      deck: [],
      publishedAt: '2024-03-14',
      source: '示例日报',
      editor: '王小明',
      authors: [],
      body,
      meeting: null,
      documents: [],
      summary: [body[0].text],
      keywords: [],
      script: { detected: 'simplified', output: 'original' },
      cleaning: {
        pinyinRemoved: 0,
        duplicatesRemoved: 0,
        printViewRemoved: false,
        furnitureRemoved: 0,
        dateInferred: false,
        gluedDateSplit: false,
        convertedTo: null,
        notes: [],
      },
      contentHash: i.toString(16).padStart(64, '0'),
    });
  }
  return out;
}
