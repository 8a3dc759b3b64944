/**
 * Real-browser test kit: the built test variant of the extension (dist-e2e/, which alone has
 * loopback host permissions, toolchain pitfall 6) in Debian's Chromium through playwright-core,
 * pages served from 127.0.0.1 on a free port, the popup opened as a page for an explicit tab.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(__dirname, '../..');
export const DIST_E2E = join(ROOT, 'dist-e2e');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** Chromium is required: a missing browser fails the run loudly instead of skipping it. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium not found (looked in ${candidates.join(', ')}). Install it with ` +
        '`apt-get install -y chromium fonts-wqy-microhei` or set CHROMIUM_PATH. The e2e tests do not skip.',
    );
  }
  return found;
}

export function requireBuild(dist = DIST_E2E): string {
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`${dist} is missing: run \`npm run build:e2e\` before the e2e tests.`);
  }
  return dist;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface TestServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves files from `dir`, plus `routes` (path → HTML or a handler) for synthetic pages.
 * A route may delay its answer to imitate a slow page.
 */
export async function serve(dir: string | null, routes: Record<string, string | { body: string; delayMs?: number; type?: string }> = {}): Promise<TestServer> {
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[path];
    if (route !== undefined) {
      const r = typeof route === 'string' ? { body: route } : route;
      res.writeHead(200, { 'content-type': r.type ?? TYPES['.html'] });
      if (r.delayMs) {
        // Send the start now and the rest later, so the document stays "loading" meanwhile.
        const cut = Math.floor(r.body.length / 2);
        res.write(r.body.slice(0, cut));
        const timer = setTimeout(() => {
          timers.delete(timer);
          res.end(r.body.slice(cut));
        }, r.delayMs);
        timers.add(timer);
      } else res.end(r.body);
      return;
    }
    if (dir) {
      const file = normalize(join(dir, path));
      if (file.startsWith(dir) && existsSync(file)) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    close: () =>
      new Promise<void>((r) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  downloadsDir: string;
  /** Evaluates in the service worker, where `chrome.*` is available. */
  sw<T>(fn: (arg: any) => T | Promise<T>, arg?: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function launchExtension(opts: { dist?: string; lang?: string } = {}): Promise<LoadedExtension> {
  const dist = requireBuild(opts.dist);
  const profile = mkdtempSync(join(tmpdir(), 'gnc-profile-'));
  const downloadsDir = mkdtempSync(join(tmpdir(), 'gnc-downloads-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    locale: opts.lang ?? 'zh-CN',
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${opts.lang ?? 'zh-CN'}`,
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
    ],
    env: { ...process.env, LANGUAGE: (opts.lang ?? 'zh-CN').replace('-', '_') },
  });
  // Generous: on a loaded two-core machine the worker has been seen to take over 15 s to start.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 45_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    downloadsDir,
    sw: (fn, arg) => worker.evaluate(fn as never, arg),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `page`, asked of the extension itself (test build has loopback host access). */
export async function tabIdOf(ext: LoadedExtension, page: Page): Promise<number> {
  const url = page.url();
  // The tab's URL can lag behind the page's for a moment right after navigation starts.
  for (let attempt = 0; attempt < 40; attempt++) {
    const id = await ext.sw(async (u: string) => {
      // The newest tab with that URL: earlier tests may have left older tabs on the same page.
      const ids = (await chrome.tabs.query({})).filter((t) => t.url === u || t.pendingUrl === u).map((t) => t.id!);
      return ids.length ? Math.max(...ids) : null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no tab found for ${url}`);
}

export function extensionUrl(ext: LoadedExtension, path: string): string {
  return `chrome-extension://${ext.extensionId}/${path.replace(/^\//, '')}`;
}

/**
 * Opens the popup for a given tab as a page (the route the toolbar click takes, minus the click,
 * which automation cannot make). The popup starts capturing on load.
 */
export async function openPopup(ext: LoadedExtension, tabId: number, size = { width: 400, height: 600 }): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(extensionUrl(ext, `popup/popup.html?tabId=${tabId}`));
  return popup;
}

/** A stored record, asked of the background from an extension page as the popup asks for it. */
export async function storedRecord(page: Page, id: string): Promise<any> {
  return page.evaluate(async (recordId) => (await chrome.runtime.sendMessage({ type: 'getCapture', id: recordId })).value, id);
}

/** A download as chrome.downloads.search reports it (the fields the tests read). */
export interface DownloadInfo {
  id: number;
  url: string;
  filename: string;
  state: string;
  mime: string;
  error?: string;
}

/** The id of the latest download, or 0: a test notes it before an action and waits for one after it. */
export async function lastDownloadId(ext: LoadedExtension): Promise<number> {
  const [latest] = (await ext.sw(async () => chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 }))) as DownloadInfo[];
  return latest?.id ?? 0;
}

/**
 * The latest download once it is newer than download `after` and `done` (by default: no longer in
 * progress), polled every 100 ms up to `tries` times.
 */
export async function latestDownload(
  ext: LoadedExtension,
  after: number,
  done: (d: DownloadInfo) => boolean = (d) => d.state !== 'in_progress',
  tries = 100,
): Promise<DownloadInfo> {
  for (let i = 0; i < tries; i++) {
    const [item] = (await ext.sw(async () => chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 }))) as DownloadInfo[];
    if (item && item.id > after && done(item)) return item;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no finished download after ${after}`);
}

/** Opens `url` in a tab, then the popup for that tab, and waits until the capture finished or failed. */
export async function captureInPopup(ext: LoadedExtension, url: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page);
  const popup = await openPopup(ext, tabId);
  await popup.waitForSelector('body[data-state="captured"], body[data-state="not-article"], body[data-state="not-saved"], body[data-state="error"]', {
    timeout: 20_000,
  });
  return { page, popup, tabId };
}

/**
 * Saves a screenshot as a test artifact and, for the ones the README shows, into
 * docs/screenshots/ as well, so the pictures always match what the tests saw.
 */
export async function screenshot(target: Page, name: string, opts: { docs?: boolean; fullPage?: boolean } = {}): Promise<string> {
  const path = artifactPath(name);
  await target.screenshot({ path, fullPage: opts.fullPage ?? true });
  if (opts.docs) {
    const docs = join(ROOT, 'docs/screenshots');
    mkdirSync(docs, { recursive: true });
    copyFileSync(path, join(docs, name));
  }
  return path;
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
