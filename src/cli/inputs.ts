/**
 * The batch's inputs, listed lazily so that a crawl of 100,000 pages is never held in memory:
 * files as named, folders walked (sorted, so every machine lists them in the same order), WARC
 * files read record by record, and `-` for a list of paths on stdin.
 */
import { opendirSync, realpathSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { createInterface } from 'node:readline';
import { isWarcPath, readWarc, type WarcPage } from './warc';

export type Input =
  { kind: 'file'; key: string; path: string } | { kind: 'warc'; key: string; path: string; page: WarcPage } | { kind: 'bad'; key: string; reason: string };

/** Files a folder walk takes as pages: saved markup and page text (named files are taken whatever their name). */
const PAGE_FILE = /\.(?:html?|xhtml|shtml|txt)$/i;

/** A WARC record's key: the file and the record's byte offset, unique and stable across runs. */
export function warcKey(path: string, offset: number): string {
  return `${path}#${offset}`;
}

export async function* listInputs(args: string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<Input> {
  for (const arg of args) {
    if (arg === '-') {
      const lines = createInterface({ input: stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        const path = line.trim();
        if (path) yield* expand(path);
      }
    } else {
      yield* expand(arg);
    }
  }
}

async function* expand(arg: string): AsyncGenerator<Input> {
  const path = normalize(arg);
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    // Reported as unreadable by whoever reads it, with the reason.
  }
  if (!isDir) {
    yield* one(path);
    return;
  }
  // Depth first without recursion, each folder's entries sorted; a link back up is walked once.
  const seen = new Set<string>();
  const stack = [path];
  while (stack.length) {
    const dir = stack.pop()!;
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    const files: string[] = [];
    const dirs: string[] = [];
    try {
      const d = opendirSync(dir);
      for (let e = d.readSync(); e; e = d.readSync()) {
        if (e.name.startsWith('.')) continue;
        const p = join(dir, e.name);
        const isDirEntry = e.isDirectory() || (e.isSymbolicLink() && safeIsDir(p));
        if (isDirEntry) dirs.push(p);
        else if (PAGE_FILE.test(e.name) || isWarcPath(e.name)) files.push(p);
      }
      d.closeSync();
    } catch (e) {
      yield { kind: 'bad', key: dir, reason: `cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
      continue;
    }
    files.sort();
    for (const f of files) yield* one(f);
    dirs.sort().reverse();
    stack.push(...dirs);
  }
}

function safeIsDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

async function* one(path: string): AsyncGenerator<Input> {
  if (!isWarcPath(path)) {
    yield { kind: 'file', key: path, path };
    return;
  }
  for await (const item of readWarc(path)) {
    if (item.ok) yield { kind: 'warc', key: warcKey(path, item.page.offset), path, page: item.page };
    else {
      const where = item.url ? ` (${item.url})` : '';
      yield { kind: 'bad', key: warcKey(path, item.offset), reason: `${path}: record at byte ${item.offset}${where}: ${item.reason}` };
    }
  }
}
