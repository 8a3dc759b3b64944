import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function capture(args: string[]) {
  return spawnSync(TSX, [join(ROOT, 'src/cli/capture.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
}

const ARTICLE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>全市安全生产工作会议召开_示例市人民政府</title></head><body>
<h1>全市安全生产工作会议召开</h1><div class="info">发布时间：2024-05-15 08:58 来源：示例日报</div>
<div class="content"><p>5月14日，全市安全生产工作会议召开。会议强调，要坚持人民至上、生命至上，压紧压实各方责任。</p>
<p>会议指出，当前正值汛期，各地各部门要加强隐患排查整治，完善应急预案，确保群众生命财产安全。</p></div>
<div>（责任编辑：王小明）</div></body></html>`;

describe('npm run capture', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'capture-cli-'));
    writeFileSync(join(dir, 'ok.html'), ARTICLE);
    writeFileSync(join(dir, 'empty.html'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one record per readable input, reports the bad ones and exits non-zero', () => {
    const out = join(dir, 'out');
    const r = capture([join(dir, 'ok.html'), join(dir, 'empty.html'), join(dir, 'missing.html'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.html is empty/);
    expect(r.stderr).toMatch(/cannot read .*missing\.html/);
    expect(existsSync(join(out, 'empty.json'))).toBe(false);
    const record = JSON.parse(readFileSync(join(out, 'ok.json'), 'utf8'));
    expect(record.isArticle).toBe(true);
    expect(record.title).toBe('全市安全生产工作会议召开');
    expect(record.publishedAt).toBe('2024-05-15T08:58:00+08:00');
    expect(record.source).toBe('示例日报');
    expect(record.editor).toBe('王小明');
    expect(record.body.length).toBe(2);
  }, 30000);

  it('prints the record to stdout for a single input, with the --url given', () => {
    const r = capture([join(dir, 'ok.html'), '--url', 'https://example.gov.cn/ok.html']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).url).toBe('https://example.gov.cn/ok.html');
  }, 30000);

  it('--format markdown prints the page as Markdown with YAML front matter', () => {
    const r = capture([join(dir, 'ok.html'), '--url', 'https://example.gov.cn/ok.html', '--format', 'markdown']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^---\ntitle: 全市安全生产工作会议召开\ndate: 2024-05-15T08:58:00\+08:00\nsource: 示例日报\nurl: https:\/\/example\.gov\.cn\/ok\.html\n/,
    );
    expect(r.stdout).toContain('\n# 全市安全生产工作会议召开\n');
    // Several pages print as several notes, each with its own front matter.
    const two = capture([join(dir, 'ok.html'), join(dir, 'ok.html'), '--format', 'markdown']);
    expect(two.status).toBe(0);
    expect(two.stdout.match(/^title: 全市安全生产工作会议召开$/gm)).toHaveLength(2);
  }, 30000);

  it('rejects an unknown option with usage', () => {
    const r = capture(['--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  }, 30000);

  it('reads the bundled information-disclosure sample: the 发布日期 row, the document from its addressees on', () => {
    const out = join(dir, 'disclosure');
    const r = capture([join(ROOT, 'samples/sample-disclosure.html'), '--out', out]);
    expect(r.status).toBe(0);
    const record = JSON.parse(readFileSync(join(out, 'sample-disclosure.json'), 'utf8'));
    expect(record.title).toBe('某某市人民政府办公室关于做好2024年防汛工作的通知');
    expect(record.publishedAt).toBe('2024-05-15');
    const body: string[] = record.body.map((b: { text: string }) => b.text);
    expect(body[0]).toBe('各区人民政府，市各委办局，市各直属单位：');
    expect(body.at(-1)).toBe('（此件公开发布）');
    expect(body.join('')).not.toContain('2023年防汛');
    // The page is the notice itself: its issuer, date and numbered items are read as a document.
    expect(record.documents).toHaveLength(1);
    expect(record.documents[0]).toMatchObject({ issuer: '某某市人民政府办公室', date: '2024-05-10' });
    expect(record.documents[0].items).toHaveLength(3);
  });
});
