/**
 * Static guards on the extension code and manifest. Page content is untrusted and extension
 * pages run under MV3's default CSP: a sink that parses strings as code or markup is either a
 * hole or a runtime CSP error, so none is allowed in our sources, and none is allow-listed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const EXTENSION_DIRS = ['src', 'popup', 'options', 'history'];

interface Sink {
  name: string;
  pattern: RegExp;
}

// Each pattern matches code, after comments and string contents are blanked, so prose about a
// sink in a comment does not trip it while any real use does.
const CODE_SINKS: Sink[] = [
  { name: 'eval', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'Function constructor call', pattern: /(?<![\w$.])(?<!new\s+)Function\s*\(\s*['"`]/ },
  { name: 'innerHTML', pattern: /\binnerHTML\b/ },
  { name: 'outerHTML assignment', pattern: /\bouterHTML\s*\+?=(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { name: 'setHTMLUnsafe / parseHTMLUnsafe', pattern: /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\b/ },
  { name: 'string timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/ },
  { name: 'remote import', pattern: /\bimport\s*\(\s*['"`]https?:/ },
];

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/**
 * Blanks comments and the insides of string and template literals, keeping line structure, so
 * the sink patterns see code only. Template `${…}` parts stay code.
 */
function codeOnly(src: string): string {
  let out = '';
  let i = 0;
  const templateDepth: number[] = [];
  let braceDepth = 0;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    if (c === "'" || c === '"') {
      out += c;
      i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') {
        if (src[i] === '\\') i++;
        i++;
      }
      out += c;
      i++;
      continue;
    }
    if (c === '`' || (c === '}' && templateDepth.length && templateDepth[templateDepth.length - 1] === braceDepth)) {
      if (c === '}') templateDepth.pop();
      out += '`';
      i++;
      while (i < src.length && src[i] !== '`') {
        if (src[i] === '\\') {
          i += 2;
          continue;
        }
        if (src[i] === '$' && src[i + 1] === '{') {
          templateDepth.push(braceDepth);
          out += '${';
          i += 2;
          break;
        }
        out += src[i] === '\n' ? '\n' : ' ';
        i++;
      }
      if (src[i] === '`') {
        out += '`';
        i++;
      }
      continue;
    }
    if (c === '{') braceDepth++;
    if (c === '}') braceDepth--;
    out += c;
    i++;
  }
  return out;
}

function findSinks(file: string, text: string, sinks: Sink[]): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, n) => {
    for (const s of sinks) if (s.pattern.test(line)) found.push(`${relative(ROOT, file)}:${n + 1} ${s.name}`);
  });
  return found;
}

describe('no code or markup sinks in extension code', () => {
  const files = EXTENSION_DIRS.flatMap((d) => walk(join(ROOT, d))).filter((f) => /\.(?:[cm]?[jt]sx?)$/.test(f));

  it('finds the extension sources to scan', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('no eval, Function, innerHTML, insertAdjacentHTML, outerHTML=, document.write, string timers', () => {
    const found = files.flatMap((f) => findSinks(f, codeOnly(readFileSync(f, 'utf8')), CODE_SINKS));
    expect(found).toEqual([]);
  });

  it('the scanner itself sees real sinks and ignores comments and strings', () => {
    const bad = codeOnly('el.innerHTML = x;\nnew Function("a", b);\nel.insertAdjacentHTML("beforeend", s)\nsetTimeout("go()", 1)');
    expect(findSinks('x.ts', bad, CODE_SINKS).map((s) => s.split(' ').slice(1).join(' '))).toEqual([
      'innerHTML',
      'new Function',
      'insertAdjacentHTML',
      'string timer',
    ]);
    const harmless = codeOnly('// never use innerHTML here\nconst s = "eval(x) and innerHTML";\n/* document.write( */\nconst t = `a ${b} innerHTML`;');
    expect(findSinks('x.ts', harmless, CODE_SINKS)).toEqual([]);
    expect(findSinks('x.ts', codeOnly('const t = `${el.innerHTML}`;'), CODE_SINKS)).toHaveLength(1);
  });

  it('extension pages load no inline or remote script and carry no inline handlers', () => {
    const pages = EXTENSION_DIRS.flatMap((d) => walk(join(ROOT, d))).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (!/\bsrc\s*=/.test(m[1]) && m[2].trim()) found.push(`${relative(ROOT, page)}: inline script`);
        if (/\bsrc\s*=\s*["']?(?:https?:)?\/\//i.test(m[1])) found.push(`${relative(ROOT, page)}: remote script`);
      }
      if (/<[^>]+\son[a-z]+\s*=/i.test(html)) found.push(`${relative(ROOT, page)}: inline event handler`);
      if (/javascript:/i.test(html)) found.push(`${relative(ROOT, page)}: javascript: URL`);
    }
    expect(found).toEqual([]);
  });
});

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[] }>;
}

/** The permissions README.md justifies: the rows of its "Permissions" table. */
function readmePermissions(): string[] | null {
  const file = join(ROOT, 'README.md');
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  const section = /^#+\s*Permissions\b[^\n]*\n([\s\S]*?)(?=^#+\s)/im.exec(text + '\n# end');
  if (!section) return null;
  return [...section[1].matchAll(/^\|\s*`([A-Za-z]+)`\s*\|/gm)].map((m) => m[1]);
}

/** The ceiling, pinned here too: a new permission needs a README row and a change to this list. */
const PERMISSION_CEILING = ['activeTab', 'contextMenus', 'downloads', 'scripting', 'storage'];
/** The one optional host list, requested at run time (sorted). */
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

function checkManifest(m: Manifest, label: string, loopbackHostsAllowed: boolean): string[] {
  const problems: string[] = [];
  for (const p of m.permissions ?? []) if (!PERMISSION_CEILING.includes(p)) problems.push(`${label}: permission ${p} is not in the justified list`);
  for (const p of m.optional_permissions ?? []) problems.push(`${label}: optional permission ${p}`);
  for (const h of m.host_permissions ?? []) {
    const loopback = /^http:\/\/(?:127\.0\.0\.1|localhost)\/\*$/.test(h);
    if (!loopbackHostsAllowed || !loopback) problems.push(`${label}: host permission ${h}`);
  }
  // Optional hosts are asked for only by the history page's "grant access" button (capture all
  // tabs); nothing is granted at install. Exactly this list, or none at all.
  const optional = m.optional_host_permissions;
  if (optional && JSON.stringify([...optional].sort()) !== JSON.stringify(OPTIONAL_HOSTS)) {
    problems.push(`${label}: optional host permissions ${optional.join(', ')}`);
  }
  if (JSON.stringify(m).includes('<all_urls>')) problems.push(`${label}: <all_urls>`);
  if (m.content_scripts?.length) problems.push(`${label}: content scripts declared for pages (inject on demand instead)`);
  if (m.externally_connectable) problems.push(`${label}: externally_connectable lets web pages reach the extension`);
  const csp = JSON.stringify(m.content_security_policy ?? '');
  if (/unsafe-eval|unsafe-inline|https?:|wasm-unsafe-eval|\*/.test(csp)) problems.push(`${label}: CSP weakened: ${csp}`);
  for (const w of m.web_accessible_resources ?? []) {
    if ((w.matches ?? []).some((x) => /\*:\/\/\*\/\*|<all_urls>|https?:\/\/\*\//.test(x)))
      problems.push(`${label}: web_accessible_resources ${w.resources.join(',')} exposed to every site`);
  }
  return problems;
}

describe('manifest permissions', () => {
  const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;

  it('the source manifest asks only for justified permissions, no hosts, no page-wide scripts', () => {
    expect(checkManifest(source, 'manifest.json', false)).toEqual([]);
    for (const core of ['activeTab', 'scripting', 'storage', 'downloads']) expect(source.permissions).toContain(core);
  });

  it('the permissions equal the list README.md justifies', () => {
    const justified = readmePermissions();
    if (!justified) {
      console.warn('README.md has no "Permissions" table: checking against the pinned ceiling only');
      return;
    }
    expect([...(source.permissions ?? [])].sort()).toEqual([...justified].sort());
  });

  it('the checker flags what it must', () => {
    const bad: Manifest = {
      permissions: ['tabs', 'storage'],
      host_permissions: ['<all_urls>'],
      content_scripts: [{ matches: ['*://*/*'] }],
      externally_connectable: { matches: ['*://*.example.com/*'] },
      content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" },
      web_accessible_resources: [{ resources: ['a.js'], matches: ['<all_urls>'] }],
    };
    expect(checkManifest(bad, 'bad', true)).toHaveLength(7);
    expect(checkManifest({ host_permissions: ['http://127.0.0.1/*'] }, 'e2e', true)).toEqual([]);
    expect(checkManifest({ host_permissions: ['http://127.0.0.1/*'] }, 'shipped', false)).toHaveLength(1);
    // Optional hosts: exactly the pinned list passes; more, or the same list made required, does not.
    expect(checkManifest({ optional_host_permissions: ['https://*/*', 'http://*/*'] }, 'shipped', false)).toEqual([]);
    expect(checkManifest({ optional_host_permissions: ['http://*/*', 'https://*/*', 'file:///*'] }, 'shipped', false)).toHaveLength(1);
    expect(checkManifest({ host_permissions: ['http://*/*', 'https://*/*'] }, 'shipped', false)).toHaveLength(2);
  });

  const built = [
    { dir: 'dist', loopback: false },
    { dir: 'dist-firefox', loopback: false },
    { dir: 'dist-e2e', loopback: true },
  ];
  for (const { dir, loopback } of built) {
    it(`${dir}/manifest.json, when built, keeps the same permissions`, () => {
      const file = join(ROOT, dir, 'manifest.json');
      if (!existsSync(file)) {
        console.log(`${dir}/manifest.json not built: skipped (run the build to check it)`);
        return;
      }
      const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      expect(checkManifest(m, `${dir}/manifest.json`, loopback)).toEqual([]);
      expect([...(m.permissions ?? [])].sort()).toEqual([...(source.permissions ?? [])].sort());
      expect(m.optional_host_permissions).toEqual(source.optional_host_permissions);
    });
  }
});

describe('built bundles', () => {
  // Libraries come in through the bundle: a dependency that compiles code at run time (schema
  // validators do) would fail under the extension CSP, so the shipped JavaScript is checked too.
  const RUNTIME_CODE = [
    { name: 'new Function', pattern: /\bnew Function\s*\(/ },
    { name: 'eval', pattern: /(?<![\w$.])eval\s*\(/ },
    { name: 'innerHTML / insertAdjacentHTML / document.write', pattern: /\binnerHTML\b|\binsertAdjacentHTML\b|\bdocument\.write/ },
  ];
  for (const dir of ['dist', 'dist-firefox']) {
    it(`${dir}/ JavaScript has no eval, Function or HTML sinks`, () => {
      const files = walk(join(ROOT, dir)).filter((f) => f.endsWith('.js'));
      if (!files.length) {
        console.log(`${dir}/ not built: skipped (run the build to check it)`);
        return;
      }
      const found = files.flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        return RUNTIME_CODE.filter((s) => s.pattern.test(text)).map((s) => `${relative(ROOT, f)}: ${s.name}`);
      });
      expect(found).toEqual([]);
    });
  }
});
