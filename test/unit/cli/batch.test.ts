import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inShard, keyHash, parseShard } from '../../../src/cli/shard';
import { gzipMember, warcRecord } from '../../../src/cli/warc';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function capture(args: string[], input?: string) {
  return spawnSync(TSX, [join(ROOT, 'src/cli/capture.ts'), ...args], { encoding: 'utf8', cwd: ROOT, input });
}

/** As `npm run capture` runs it: the launcher, which bundles the sources and runs the bundle (its workers too). */
function launch(args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/capture.mjs'), ...args], { encoding: 'utf8', cwd: ROOT });
}

/** A small article page of our own; `n` makes each one different. */
function page(n: number): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>第${n}次全市安全生产工作会议召开_示例市人民政府</title></head><body>
<h1>第${n}次全市安全生产工作会议召开</h1><div class="info">发布时间：2024-05-${String(10 + n).padStart(2, '0')} 08:58 来源：示例日报</div>
<div class="content"><p>5月${9 + n}日，第${n}次全市安全生产工作会议召开。会议强调，要坚持人民至上、生命至上，压紧压实各方责任。</p>
<p>会议指出，当前正值汛期，各地各部门要加强隐患排查整治，完善应急预案，确保群众生命财产安全。</p></div></body></html>`;
}

interface Line {
  title: string;
  origin: { path: string; offset?: number };
}
const linesOf = (text: string): Line[] =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);

describe('npm run capture on a batch', () => {
  let dir: string;
  let pages: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'capture-batch-'));
    pages = join(dir, 'site');
    mkdirSync(join(pages, 'a', 'b'), { recursive: true });
    writeFileSync(join(pages, '1.html'), page(1));
    writeFileSync(join(pages, 'a', '2.html'), page(2));
    writeFileSync(join(pages, 'a', 'b', '3.htm'), page(3));
    writeFileSync(join(pages, 'a', 'b', 'notes.json'), '{}');
    writeFileSync(join(pages, 'a', 'empty.html'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks a folder: one record per page, the bad one reported on its own line, the rest carried on, exit 1', () => {
    const out = join(dir, 'out');
    const r = launch([pages, '--out', out, '--jobs', '2']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.html is empty/);
    expect(r.stderr).toMatch(/3 saved, 0 not an article, 1 failed/);
    // Named by their path in the folder, so two 1.html in two folders do not overwrite each other.
    expect(JSON.parse(readFileSync(join(out, '1.json'), 'utf8')).title).toBe('第1次全市安全生产工作会议召开');
    expect(JSON.parse(readFileSync(join(out, 'a', 'b', '3.json'), 'utf8')).origin).toEqual({ path: join(pages, 'a', 'b', '3.htm') });
  }, 60000);

  it('reads a list of paths on stdin and writes JSONL to stdout, quiet but for the summary when piped', () => {
    const list = [join(pages, '1.html'), join(pages, 'a', '2.html')].join('\n') + '\n';
    const r = capture(['-', '--jsonl', '-', '--jobs', '1'], list);
    expect(r.status).toBe(0);
    expect(
      linesOf(r.stdout)
        .map((l) => l.title)
        .sort(),
    ).toEqual(['第1次全市安全生产工作会议召开', '第2次全市安全生产工作会议召开']);
    expect(r.stderr.trim()).toBe('capture: 2 saved, 0 not an article, 0 failed');
  }, 60000);

  it('resumes: inputs already in the JSONL file are skipped, a line cut short is done again', () => {
    const file = join(dir, 'resume.jsonl');
    const first = capture([pages, '--jsonl', file, '--jobs', '1']);
    expect(linesOf(readFileSync(file, 'utf8'))).toHaveLength(3);
    // A stopped run: the first record whole, the second cut mid-line.
    const [one, two] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, `${one}\n${two.slice(0, 40)}`);
    const again = capture([pages, '--jsonl', file, '--resume', '--jobs', '1']);
    expect(first.status).toBe(1);
    expect(again.stderr).toMatch(/2 saved, 0 not an article, 1 failed, 1 already done/);
    const paths = linesOf(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.endsWith('}'))
        .join('\n'),
    ).map((l) => l.origin.path);
    expect(paths.sort()).toEqual([join(pages, '1.html'), join(pages, 'a', '2.html'), join(pages, 'a', 'b', '3.htm')].sort());
  }, 60000);

  it('shards: two machines given the same inputs write disjoint halves that cover them all', () => {
    const runs = ['1/2', '2/2'].map((s) => linesOf(capture([pages, '--shard', s, '--jsonl', '-', '--jobs', '1']).stdout).map((l) => l.origin.path));
    expect([...runs[0], ...runs[1]].sort()).toEqual([join(pages, '1.html'), join(pages, 'a', '2.html'), join(pages, 'a', 'b', '3.htm')].sort());
    expect(runs[0].filter((p) => runs[1].includes(p))).toEqual([]);
  }, 60000);

  it('reads a .warc.gz: each HTML response a record with the WARC URL and date, a truncated record one failure', () => {
    const gbk = Uint8Array.from([
      ...new TextEncoder().encode('<html><head><title>t</title></head><body><h1>'),
      0xd6,
      0xd0,
      0xce,
      0xc4,
      ...new TextEncoder().encode('</h1></body></html>'),
    ]);
    const members = [
      warcRecord({ url: 'https://example.gov.cn/1.html', date: '2024-05-11T02:00:00Z', html: page(1) }),
      warcRecord({ url: 'https://example.gov.cn/logo.png', date: '2024-05-11T02:00:01Z', html: 'PNG', contentType: 'image/png' }),
      warcRecord({ url: 'https://example.gov.cn/2.html', date: '2024-05-12T02:00:00Z', html: page(2) }),
      warcRecord({ url: 'https://example.gov.cn/gbk.html', date: '2024-05-12T03:00:00Z', html: gbk, contentType: 'text/html; charset=GBK' }),
    ].map(gzipMember);
    const last = gzipMember(warcRecord({ url: 'https://example.gov.cn/3.html', date: '2024-05-13T02:00:00Z', html: page(3) }));
    const file = join(dir, 'crawl.warc.gz');
    writeFileSync(file, Buffer.concat([...members, last.subarray(0, last.length - 30)]));
    const r = capture([file, '--jsonl', '-', '--jobs', '2']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/crawl\.warc\.gz: record at byte \d+/);
    const records = linesOf(r.stdout) as Array<Line & { url: string; capturedAt: string }>;
    expect(records.map((x) => x.url).sort()).toEqual(['https://example.gov.cn/1.html', 'https://example.gov.cn/2.html', 'https://example.gov.cn/gbk.html']);
    const one = records.find((x) => x.url.endsWith('/1.html'))!;
    expect(one.title).toBe('第1次全市安全生产工作会议召开');
    expect(one.capturedAt).toMatch(/^2024-05-11T/);
    expect(one.origin).toEqual({ path: file, offset: 0 });
    // The HTTP header's charset reads the GBK bytes: 中文, not mojibake.
    expect(r.stdout).toContain('中文');
  }, 60000);

  it('reads a plain .warc found in a folder, each record named by the WARC and its offset under --out', () => {
    const crawl = join(dir, 'crawl');
    mkdirSync(crawl, { recursive: true });
    const records = [1, 2].map((n) => warcRecord({ url: `https://example.gov.cn/${n}.html`, date: '2024-05-11T02:00:00Z', html: page(n) }));
    writeFileSync(join(crawl, 'part.warc'), Buffer.concat(records));
    const out = join(dir, 'warc-out');
    const r = capture([crawl, '--out', out, '--jobs', '1']);
    expect(r.status).toBe(0);
    const second = JSON.parse(readFileSync(join(out, 'part', `${records[0].length}.json`), 'utf8'));
    expect(second.url).toBe('https://example.gov.cn/2.html');
    expect(second.origin).toEqual({ path: join(crawl, 'part.warc'), offset: records[0].length });
  }, 60000);

  it('refuses --resume without an output to resume from, and a malformed shard', () => {
    expect(capture([pages, '--resume']).status).toBe(2);
    expect(capture([pages, '--shard', '3/2']).stderr).toMatch(/expected I\/N/);
  }, 60000);
});

describe('shards', () => {
  it('parses I/N with I from 1 to N', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('0/4')).toBeNull();
    expect(parseShard('5/4')).toBeNull();
    expect(parseShard('a/b')).toBeNull();
  });

  it('puts each key in exactly one of N shards, spread about evenly', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `crawl/site-${i % 7}/page-${i}.html`);
    const n = 5;
    const sizes = Array.from({ length: n }, (_, i) => keys.filter((k) => inShard(k, { index: i + 1, count: n })).length);
    for (const k of keys) expect(Array.from({ length: n }, (_, i) => inShard(k, { index: i + 1, count: n })).filter(Boolean)).toHaveLength(1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(keys.length);
    for (const s of sizes) expect(Math.abs(s - keys.length / n)).toBeLessThan(keys.length / n / 5);
  });

  it('hashes the same key to the same number on every run (FNV-1a)', () => {
    expect(keyHash('')).toBe(0x811c9dc5);
    expect(keyHash('a')).toBe(0xe40c292c);
  });
});
