import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles a module to a minified IIFE that sets `globalThis[globalName]`, so the page receives
 * exactly the code the content script ships (esbuild, as vite's own dependency optimiser uses).
 */
export async function bundleIife(entry: string, globalName: string, minify = true, define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    define,
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2022',
    minify,
    write: false,
    logLevel: 'silent',
  });
  return exposeGlobal(result.outputFiles[0].text, globalName);
}

/**
 * page.evaluate runs a string inside a function, where the IIFE's `var` stays local: assign the
 * global explicitly.
 */
function exposeGlobal(code: string, globalName: string): string {
  return `${code}\n;globalThis.${globalName} = ${globalName};`;
}

/** Bundles a few lines of source (resolved from the project root) to a minified IIFE. */
export async function bundleSnippet(contents: string, globalName: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return exposeGlobal(result.outputFiles[0].text, globalName);
}
