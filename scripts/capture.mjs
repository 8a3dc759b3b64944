#!/usr/bin/env node
/**
 * `npm run capture`: runs the command line from a bundle of its TypeScript sources, built by
 * esbuild into node_modules/.cache when a source has changed since the last build. Run through
 * tsx, every start transpiled each module and routed each import through tsx's loader thread,
 * in the main process and again in every pool worker: about a second each before the first page.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'gov-news-capture');

/** A fingerprint of the sources: each file's path, size and modification time. */
function sourcesStamp() {
  const hash = createHash('sha256');
  const stack = [join(ROOT, 'src')];
  while (stack.length) {
    const dir = stack.pop();
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (/\.(?:ts|json)$/.test(e.name)) {
        const s = statSync(p);
        hash.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  }
  for (const f of ['package.json', 'package-lock.json']) {
    const s = statSync(join(ROOT, f));
    hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

async function bundleDir() {
  const dir = join(CACHE, `cli-${sourcesStamp()}`);
  if (existsSync(join(dir, 'capture.mjs'))) return dir;
  const { build } = await import('esbuild');
  // Built aside and renamed into place, so that shards started together never run a half-written bundle.
  const tmp = `${dir}.${process.pid}.tmp`;
  mkdirSync(tmp, { recursive: true });
  await build({
    entryPoints: { capture: join(ROOT, 'src/cli/capture.ts'), captureWorker: join(ROOT, 'src/cli/captureWorker.ts') },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  try {
    renameSync(tmp, dir);
  } catch {
    // Another run built the same sources first.
    rmSync(tmp, { recursive: true, force: true });
  }
  // Older builds go, so the cache holds one.
  for (const old of readdirSync(CACHE))
    if (old.startsWith('cli-') && join(CACHE, old) !== dir && !old.endsWith('.tmp')) rmSync(join(CACHE, old), { recursive: true, force: true });
  return dir;
}

process.setSourceMapsEnabled?.(true);
await import(pathToFileURL(join(await bundleDir(), 'capture.mjs')).href);
