/**
 * Where records go: one JSON file per input in a folder, or one line per record in a JSONL file
 * or on stdout. Each sink also says which inputs a previous run already wrote, for `--resume`.
 */
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { warcKey } from './inputs';

export interface Sink {
  /** True when a previous run already wrote this input's record. */
  has(key: string, name: string): boolean;
  write(name: string, json: string): Promise<void>;
  close(): Promise<void>;
}

/** `--out DIR`: `<name>.json`, name being the input's path inside its folder (or the WARC and offset). */
export class FolderSink implements Sink {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }
  has(_key: string, name: string): boolean {
    return existsSync(this.fileFor(name));
  }
  async write(name: string, json: string): Promise<void> {
    const file = this.fileFor(name);
    mkdirSync(dirname(file), { recursive: true });
    // Whole files only: a run stopped mid-write leaves no half record for --resume to skip.
    const tmp = `${file}.part`;
    writeFileSync(tmp, json);
    renameSync(tmp, file);
  }
  async close(): Promise<void> {}
  private fileFor(name: string): string {
    return join(this.dir, `${name}.json`);
  }
}

/** `--jsonl FILE` (appended to) or `--jsonl -` (stdout): one record per line, in the order they finish. */
export class JsonlSink implements Sink {
  private readonly done = new Set<string>();
  private fd: number | null = null;
  private constructor() {}
  static async open(file: string | null, resume: boolean): Promise<JsonlSink> {
    const sink = new JsonlSink();
    if (file && resume && existsSync(file)) await sink.readDone(file);
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      const endsClean = !existsSync(file) || endsWithNewline(file);
      sink.fd = openSync(file, resume ? 'a' : 'w');
      // A line cut short by a stopped run stays on its own line, so the next record parses.
      if (resume && !endsClean) writeSync(sink.fd, '\n');
    }
    return sink;
  }

  has(key: string): boolean {
    return this.done.has(key);
  }

  async write(_name: string, json: string): Promise<void> {
    if (this.fd !== null) {
      writeSync(this.fd, json);
      return;
    }
    if (!process.stdout.write(json)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  /** The inputs of the records already in the file, from each record's `origin`; broken lines are skipped. */
  private async readDone(file: string): Promise<void> {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      try {
        const origin = (JSON.parse(line) as { origin?: { path?: unknown; offset?: unknown } }).origin;
        if (typeof origin?.path !== 'string') continue;
        this.done.add(typeof origin.offset === 'number' ? warcKey(origin.path, origin.offset) : origin.path);
      } catch {
        // A line cut short by a stopped run: its input is done again.
      }
    }
  }
}

function endsWithNewline(file: string): boolean {
  const size = statSync(file).size;
  if (size === 0) return true;
  const fd = openSync(file, 'r');
  try {
    const b = Buffer.alloc(1);
    readSync(fd, b, 0, 1, size - 1);
    return b[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}
