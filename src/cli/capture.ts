#!/usr/bin/env node
/**
 * npm run capture -- <file...> [--out DIR] [--url URL] [--script original|simplified|traditional-tw|traditional-hk]
 * Runs the extension's extraction and core on saved pages (.html in any encoding, or .txt page text).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildRecord } from '../core/buildRecord';
import type { OutputScript } from '../core/types';
import { InputError, loadPage } from './loadPage';

interface Args {
  files: string[];
  out: string | null;
  url: string | null;
  script: OutputScript;
  summary: number | undefined;
}

const SCRIPTS: OutputScript[] = ['original', 'simplified', 'traditional-tw', 'traditional-hk'];

function usage(msg: string): never {
  process.stderr.write(`capture: ${msg}\nusage: npm run capture -- <file...> [--out DIR] [--url URL] [--script ${SCRIPTS.join('|')}] [--summary N]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], out: null, url: null, script: 'original', summary: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--out') args.out = value();
    else if (a === '--url') args.url = value();
    else if (a === '--script') {
      const s = value() as OutputScript;
      if (!SCRIPTS.includes(s)) usage(`unknown script ${s}`);
      args.script = s;
    } else if (a === '--summary') args.summary = Number(value());
    else if (a === '--help' || a === '-h') usage('help');
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (!args.files.length) usage('no input files');
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.out) mkdirSync(args.out, { recursive: true });
  let failed = 0;
  for (const file of args.files) {
    try {
      const input = loadPage(file, args.files.length === 1 ? args.url : null);
      const record = await buildRecord(input, {
        outputScript: args.script,
        ...(args.summary ? { summarySentences: args.summary } : {}),
      });
      const json = JSON.stringify(record, null, 2) + '\n';
      if (args.out) {
        writeFileSync(join(args.out, basename(file).replace(/\.[^.]+$/, '') + '.json'), json);
      } else if (args.files.length === 1) {
        process.stdout.write(json);
      } else {
        process.stdout.write(JSON.stringify(record) + '\n');
      }
      if (!record.isArticle) process.stderr.write(`capture: ${file}: not an article (${record.notArticleReason})\n`);
    } catch (e) {
      failed++;
      const msg = e instanceof InputError ? e.message : `${file}: ${(e as Error).stack ?? e}`;
      process.stderr.write(`capture: ${msg}\n`);
    }
  }
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
