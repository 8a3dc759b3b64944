import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback server for the benchmark pages. Each response carries a CSP that forbids every
 * page script (the saved pages' own JavaScript must not run or fetch anything: we time our code,
 * not theirs) and cross-origin isolation headers, which give performance.now() 5 µs resolution
 * instead of 100 µs.
 */
export interface PageServer {
  origin: string;
  /** Registers a page and returns its URL. */
  add(path: string, html: string): string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const body = pages.get((req.url ?? '/').split('?')[0]);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "script-src 'none'; object-src 'none'; frame-src 'none'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    add(path, html) {
      const p = '/' + encodeURIComponent(path.replace(/^\//, ''));
      pages.set(p, Buffer.from(html, 'utf8'));
      return origin + p;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
