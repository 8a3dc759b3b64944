#!/usr/bin/env node
/**
 * npx tsx bench/content-size.ts [ENTRY]
 * What the injected content script is made of: the IIFE built as @crxjs builds it for
 * `?script&iife` (a Vite library build, format iife, the project's define, target and minifier,
 * no plugins), with a source map; each output byte credited to the module it came from. Per
 * module: minified bytes, and the gzip bytes the script would lose without them (the bundle
 * gzipped with that module's bytes left out, against the whole: what a cut saves). esbuild's
 * metafile for the same entry is printed beside it as a cross-check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build, type Rollup } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY = process.argv[2] ?? 'src/content/content.ts';
const SHIPPED = 'dist/src/content/content.js';

/** The build @crxjs runs for an IIFE content script (createIifeConfig in @crxjs/vite-plugin). */
async function buildIife(): Promise<{ code: string; map: Rollup.SourceMap }> {
  const out = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    plugins: [],
    define: { __E2E__: 'false' },
    build: {
      write: false,
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: { entry: resolve(ROOT, ENTRY), formats: ['iife'], name: 'content', fileName: () => 'content.js' },
      // crx also passes inlineDynamicImports, which Vite 8 ignores (and warns about) for a
      // library build: the output is the same bytes without it.
      rollupOptions: { output: { entryFileNames: 'content.js' } },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = (Array.isArray(out) ? out.flatMap((o) => o.output) : out.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
  if (!chunk?.map) throw new Error('no entry chunk with a source map');
  return { code: chunk.code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, ''), map: chunk.map };
}

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Source-map segments per generated line: [column, source index] (VLQ, fields relative). */
function decodeMappings(mappings: string): Array<Array<[number, number]>> {
  const lines: Array<Array<[number, number]>> = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segs: Array<[number, number]> = [];
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.get(ch)!;
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += fields[0];
      if (fields.length > 1) source += fields[1];
      segs.push([col, fields.length > 1 ? source : -1]);
    }
    lines.push(segs);
  }
  return lines;
}

/** A module's name for the table: the package for node_modules, the path for the project. */
function moduleOf(source: string, from = ROOT): string {
  const path = relative(ROOT, resolve(from, source)).replace(/\\/g, '/');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return `${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]} (${rest.slice(rest[0].startsWith('@') ? 2 : 1).join('/')})`;
  }
  return path;
}

/** Each output character's module ('(bundler)' where the map names none: wrappers, helpers). */
function owners(code: string, map: Rollup.SourceMap): string[] {
  const lines = decodeMappings(map.mappings);
  const owner: string[] = [];
  let line = 0;
  let col = 0;
  let seg = 0;
  let current = '(bundler)';
  for (let i = 0; i < code.length; i++) {
    const segs = lines[line] ?? [];
    while (seg < segs.length && segs[seg][0] <= col) {
      // The map's sources are relative to the output directory (dist/).
      current = segs[seg][1] >= 0 ? moduleOf(map.sources[segs[seg][1]], resolve(ROOT, 'dist')) : '(bundler)';
      seg++;
    }
    owner.push(current);
    if (code[i] === '\n') {
      line++;
      col = 0;
      seg = 0;
      current = '(bundler)';
    } else col += code.charCodeAt(i) > 0xffff ? 2 : 1;
  }
  return owner;
}

async function esbuildBytes(): Promise<Map<string, number>> {
  const r = await esbuild({
    entryPoints: [resolve(ROOT, ENTRY)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { __E2E__: 'false' },
  });
  const out = new Map<string, number>();
  for (const [path, v] of Object.entries(Object.values(r.metafile.outputs)[0].inputs)) {
    const m = moduleOf(path);
    out.set(m, (out.get(m) ?? 0) + v.bytesInOutput);
  }
  out.set('(total)', r.outputFiles[0].contents.length);
  return out;
}

async function main(): Promise<void> {
  const [{ code, map }, esb] = await Promise.all([buildIife(), esbuildBytes()]);
  const bytes = Buffer.from(code);
  const gz = gzipSync(bytes).length;
  const shipped = existsSync(SHIPPED) ? readFileSync(SHIPPED, 'utf8') : null;
  console.log(
    `content script ${ENTRY}, built as @crxjs builds it (vite ${(await import('vite')).version}, lib iife): ${(bytes.length / 1024).toFixed(1)} kB minified, ${(gz / 1024).toFixed(1)} kB gzip (${gz} bytes)`,
  );
  if (shipped !== null)
    console.log(`  ${SHIPPED}: ${shipped === code ? 'the same bytes' : `differs (${Buffer.byteLength(shipped)} bytes; rebuild with npm run build?)`}`);
  const owner = owners(code, map);
  const byModule = new Map<string, number[]>();
  for (let i = 0; i < code.length; i++) {
    const list = byModule.get(owner[i]) ?? [];
    list.push(i);
    byModule.set(owner[i], list);
  }
  const rows = [...byModule].map(([m, idx]) => {
    const drop = new Set(idx);
    let rest = '';
    for (let i = 0; i < code.length; i++) if (!drop.has(i)) rest += code[i];
    const modBytes = Buffer.byteLength(idx.map((i) => code[i]).join(''));
    return { m, bytes: modBytes, saves: gz - gzipSync(Buffer.from(rest)).length };
  });
  rows.sort((a, b) => b.bytes - a.bytes);
  console.log(`\n| module | minified bytes | gzip bytes saved without it | esbuild metafile bytes |`);
  console.log(`|---|---|---|---|`);
  for (const r of rows) console.log(`| ${r.m} | ${r.bytes} | ${r.saves} | ${esb.get(r.m) ?? ''} |`);
  console.log(`| (total) | ${bytes.length} | ${gz} gzip | ${esb.get('(total)')} |`);
  const groups = new Map<string, number>();
  for (const r of rows) {
    const g = r.m.includes(' (') ? r.m.split(' (')[0] : r.m.split('/').slice(0, 2).join('/');
    groups.set(g, (groups.get(g) ?? 0) + r.bytes);
  }
  console.log(
    `\nby directory or package (minified bytes): ${[...groups]
      .sort((a, b) => b[1] - a[1])
      .map(([g, n]) => `${g} ${n}`)
      .join(', ')}`,
  );
}

main().catch((e) => {
  console.error(`content-size: ${(e as Error).message}`);
  process.exit(1);
});
