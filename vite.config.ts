import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = import.meta.dirname;
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
const e2e = process.env.E2E === '1';
const firefox = process.env.BROWSER === 'firefox';
const outDir = e2e ? 'dist-e2e' : firefox ? 'dist-firefox' : 'dist';

if (e2e) {
  // activeTab cannot be granted by automation: the test build alone may reach loopback pages.
  manifest.host_permissions = ['http://127.0.0.1/*', 'http://localhost/*'];
}
if (firefox) {
  manifest.background = { scripts: [manifest.background.service_worker], type: 'module' };
  manifest.browser_specific_settings = {
    gecko: { id: 'gov-news-capture@example.org', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
  };
}

/** The on-demand content script: its IIFE build is injected with executeScript({files}). */
const INJECTED = /^src\/content\/content\.ts/;

/**
 * crx lists on-demand scripts in web_accessible_resources for every site and leaves an unused
 * ESM copy (toolchain pitfall 5); executeScript({files}) needs neither, and exposing them lets any
 * page fingerprint the extension. crx writes manifest.json late, so this runs in closeBundle.
 */
function stripInjectedScriptExposure(): Plugin {
  return {
    name: 'strip-injected-script-exposure',
    apply: 'build',
    enforce: 'post',
    closeBundle: {
      order: 'post',
      handler() {
        const dir = resolve(root, outDir);
        const file = join(dir, 'manifest.json');
        if (!existsSync(file)) return;
        const built = JSON.parse(readFileSync(file, 'utf8'));
        const exposed = new Set<string>();
        const war = (built.web_accessible_resources ?? []).flatMap((r: { resources: string[] }) => {
          const keep = r.resources.filter((x) => {
            const injected = /content/i.test(x) || INJECTED.test(x);
            if (injected) exposed.add(x);
            return !injected;
          });
          return keep.length ? [{ ...r, resources: keep }] : [];
        });
        if (war.length) built.web_accessible_resources = war;
        else delete built.web_accessible_resources;
        writeFileSync(file, JSON.stringify(built, null, 2));

        // Remove each ESM copy of the content script that nothing loads: only the IIFE is injected.
        const assets = join(dir, 'assets');
        if (!existsSync(assets)) return;
        const names = readdirSync(assets);
        const referenced = (name: string) =>
          names.some((other) => other !== name && /\.(js|html)$/.test(other) && readFileSync(join(assets, other), 'utf8').includes(name)) ||
          listFiles(dir).some((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes(name)) ||
          readFileSync(file, 'utf8').includes(name);
        for (const name of names) {
          if (/^content(\.ts)?-[\w-]+\.js$/.test(name) && !/iife/.test(name) && !referenced(name)) rmSync(join(assets, name));
        }
        for (const x of exposed) {
          const path = join(dir, x);
          if (existsSync(path) && !/iife/.test(x) && !referenced(x.split('/').pop()!)) rmSync(path);
        }
      },
    },
  };
}

/**
 * Chrome refuses import() inside a service worker ("import() is disallowed on
 * ServiceWorkerGlobalScope"), so a lazily imported module (such as a script converter) would fail
 * only in the extension, never in Node. Modules that run in the worker (the core and the
 * background) get their dynamic imports hoisted to static ones; the module is then loaded with the
 * worker instead of on first use, and the code calling it is unchanged.
 */
function hoistDynamicImportsInWorker(): Plugin {
  const inWorker = /[\\/]src[\\/](core|background)[\\/][^?]*\.ts$/;
  return {
    name: 'hoist-dynamic-imports-in-worker',
    apply: 'build',
    transform(code, id) {
      if (!inWorker.test(id) || !code.includes('import(')) return null;
      const hoisted: string[] = [];
      const out = code.replace(/\bimport\(\s*(['"])([^'"]+)\1\s*\)/g, (_m, _q, spec: string) => {
        const name = `__hoisted_${hoisted.length}`;
        hoisted.push(`import * as ${name} from ${JSON.stringify(spec)};`);
        return `Promise.resolve(${name})`;
      });
      return hoisted.length ? { code: `${hoisted.join('\n')}\n${out}`, map: null } : null;
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]));
}

/**
 * citation-js's deprecated `Cite#get` can turn its HTML output into a DOM node through innerHTML.
 * We never call it (citations are asked for as text), and the shipped bundles hold no HTML sink
 * (test/unit/robustness/staticGuards.test.ts), so that one assignment becomes an error. The build
 * stops if the library's file no longer reads as expected.
 */
function dropCitationHtmlSink(): Plugin {
  const file = /@citation-js[\\/]core[\\/]lib-mjs[\\/]Cite[\\/]get\.js$/;
  return {
    name: 'drop-citation-html-sink',
    apply: 'build',
    transform(code, id) {
      if (!file.test(id)) return null;
      const out = code.replace('tmp.innerHTML = result;', "throw new Error('citation-js: an HTML node result is not available in this build');");
      if (out === code) this.error('citation-js Cite#get changed: check its HTML sink again');
      return { code: out, map: null };
    },
  };
}

/** Extension pages that are not named in the manifest; each is built only once it exists. */
const extraPages = Object.fromEntries([['history', 'history/history.html']].filter(([, path]) => existsSync(resolve(root, path))));

export default defineConfig({
  plugins: [
    ...(firefox ? [] : [hoistDynamicImportsInWorker()]),
    dropCitationHtmlSink(),
    crx({ manifest, browser: firefox ? 'firefox' : 'chrome' }),
    stripInjectedScriptExposure(),
  ],
  // citation-js fetches URLs through node-fetch and sync-fetch; the pages have fetch, and we never give it a URL.
  resolve: { alias: { 'node-fetch': resolve(root, 'src/citations/nodeFetchShim.ts') } },
  // Test hooks exist only in dist-e2e; the shipped build drops them as dead code.
  define: { __E2E__: JSON.stringify(e2e) },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // opencc's traditional dictionary (~1.1 MB) is a chunk of the background only (see above).
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: extraPages,
    },
  },
});
