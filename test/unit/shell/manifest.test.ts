import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_SITES } from '../../../history/captureAll';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../manifest.json'), 'utf8'));

describe('shipped manifest', () => {
  test('MV3 with popup, service worker and options page', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.action.default_popup).toBe('popup/popup.html');
    expect(manifest.background.service_worker).toMatch(/background\.ts$/);
    expect(manifest.options_ui.page).toBe('options/options.html');
  });

  test('no access to all sites: activeTab and on-demand injection only', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('<all_urls>');
  });

  test('all sites only as optional hosts, requested at run time by "capture all tabs"', () => {
    // Chrome refuses permissions.request for hosts the manifest does not list as optional.
    expect([...manifest.optional_host_permissions].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    // What the history page asks for must be listed, or the request fails before any prompt.
    for (const origin of ALL_SITES.origins) expect(manifest.optional_host_permissions).toContain(origin);
  });

  test('the keyboard shortcut opens the popup', () => {
    expect(manifest.commands._execute_action.suggested_key.default).toMatch(/^(Alt|Ctrl)\+/);
  });
});

describe('built extension (dist/), when built', () => {
  const dist = join(__dirname, '../../../dist');
  const built = existsSync(join(dist, 'manifest.json'));
  if (!built) console.log('dist/ not built: run `npm run build` to check the shipped manifest too (skipping).');
  const maybe = built ? test : test.skip;

  maybe('the injected script is neither web-accessible nor shipped twice', () => {
    const m = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(manifest.optional_host_permissions);
    expect(m.content_scripts).toBeUndefined();
    expect(existsSync(join(dist, 'src/content/content.js'))).toBe(true);
    expect(readdirSync(join(dist, 'assets')).filter((f) => /^content/.test(f))).toEqual([]);
  });

  maybe('test hooks are absent from the shipped service worker', () => {
    const worker = readdirSync(join(dist, 'assets')).filter((f) => /^background/.test(f));
    expect(worker.length).toBeGreaterThan(0);
    for (const f of worker) expect(readFileSync(join(dist, 'assets', f), 'utf8')).not.toContain('clickContextMenu');
  });
});
