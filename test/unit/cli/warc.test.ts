import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, deflateRawSync, gzipSync } from 'node:zlib';
import { decodeBytes } from '../../../src/cli/decode';
import { gzipMember, isWarcPath, readWarc, warcRecord, type WarcItem, type WarcRecordOptions } from '../../../src/cli/warc';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warc-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNo = 0;
function write(name: string, records: Uint8Array[]): string {
  const file = join(dir, `${fileNo++}-${name}`);
  writeFileSync(file, Buffer.concat(records));
  return file;
}

async function read(file: string): Promise<WarcItem[]> {
  const items: WarcItem[] = [];
  for await (const item of readWarc(file)) items.push(item);
  return items;
}

const pages = (items: WarcItem[]) => items.flatMap((i) => (i.ok ? [i.page] : []));
const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');

const DATE = '2024-03-05T06:07:08Z';
const ARTICLE = '<!DOCTYPE html><html><head><title>关于做好冬季防疫工作的通知</title></head><body><p>正文</p></body></html>';
const html = (url: string, extra: Partial<WarcRecordOptions> = {}): WarcRecordOptions => ({ url, date: DATE, html: ARTICLE, ...extra });

/** A crawl's usual mix: only the two HTML pages are pages. */
const MIX: WarcRecordOptions[] = [
  { type: 'warcinfo', url: '', date: DATE, html: 'software: test\r\nformat: WARC File Format 1.1\r\n' },
  { type: 'request', url: 'https://www.gov.example/a.html', date: DATE, html: '' },
  html('https://www.gov.example/a.html'),
  { url: 'https://www.gov.example/logo.png', date: DATE, html: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), contentType: 'image/png' },
  { url: 'https://www.gov.example/old', date: DATE, html: '', status: 302, headers: { Location: '/new' } },
  { url: 'https://www.gov.example/style.css', date: DATE, html: 'p{}', contentType: 'text/css' },
  { type: 'metadata', url: 'https://www.gov.example/a.html', date: DATE, html: 'outlink: https://www.gov.example/b.html\r\n' },
  { type: 'revisit', url: 'https://www.gov.example/a.html', date: DATE, html: '' },
  { url: 'https://www.gov.example/missing', date: DATE, html: '<html>not found</html>', status: 404 },
  { url: 'https://www.gov.example/beacon', date: DATE, html: '' },
  html('https://www.gov.example/b.xhtml', { date: '2024-03-06T01:02:03.456789Z', contentType: 'application/xhtml+xml' }),
];

describe('readWarc', () => {
  it.each([
    ['plain', false],
    ['gzip', true],
  ])('yields only the HTML pages of a crawl mix, with URL, date and record offset (%s)', async (_name, gz) => {
    const records = MIX.map((r) => (gz ? gzipMember(warcRecord(r)) : warcRecord(r)));
    const items = await read(write(gz ? 'mix.warc.gz' : 'mix.warc', records));
    expect(items.every((i) => i.ok)).toBe(true);
    const got = pages(items);
    expect(got.map((p) => [p.url, p.date])).toEqual([
      ['https://www.gov.example/a.html', '2024-03-05T06:07:08.000Z'],
      ['https://www.gov.example/b.xhtml', '2024-03-06T01:02:03.456Z'],
    ]);
    expect(text(got[0].bytes)).toBe(ARTICLE);
    expect(got[0].contentType).toBe('text/html; charset=utf-8');
    expect(got[0].headerCharset).toBe('utf-8');
    expect(got[0].recordId).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
    const offsetOf = (n: number) => records.slice(0, n).reduce((s, r) => s + r.length, 0);
    expect(got.map((p) => p.offset)).toEqual([offsetOf(2), offsetOf(10)]);
  });

  it('gives the charset of the HTTP header, so a GBK page decodes', async () => {
    const gbk = Uint8Array.from([...Buffer.from('<html><body><p>', 'latin1'), 0xd6, 0xd0, 0xce, 0xc4, ...Buffer.from('</p></body></html>', 'latin1')]);
    const [item] = await read(write('gbk.warc', [warcRecord({ url: 'http://x.example/', date: DATE, html: gbk, contentType: 'text/html; charset=GBK' })]));
    expect(item.ok && item.page.headerCharset).toBe('GBK');
    if (!item.ok) return;
    expect(decodeBytes(item.page.bytes, { headerCharset: item.page.headerCharset }).text).toContain('<p>中文</p>');
  });

  it('de-chunks a chunked body, and takes a body stored already de-chunked as it is', async () => {
    const body = Buffer.from(ARTICLE);
    const chunked = Buffer.concat([
      Buffer.from('10\r\n'),
      body.subarray(0, 16),
      Buffer.from(`\r\n${(body.length - 16).toString(16)};ext=1\r\n`),
      body.subarray(16),
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const te = { 'Transfer-Encoding': 'chunked' };
    const items = await read(
      write('chunked.warc', [warcRecord(html('http://x.example/1', { html: chunked, headers: te })), warcRecord(html('http://x.example/2', { headers: te }))]),
    );
    expect(pages(items).map((p) => text(p.bytes))).toEqual([ARTICLE, ARTICLE]);
  });

  it('decodes gzip, deflate and brotli Content-Encoding, also under chunking', async () => {
    const body = Buffer.from(ARTICLE);
    const gz = gzipSync(body);
    const chunkedGz = Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]);
    const items = await read(
      write('encoded.warc', [
        warcRecord(html('http://x.example/gz', { html: gz, headers: { 'Content-Encoding': 'gzip' } })),
        warcRecord(html('http://x.example/deflate', { html: deflateRawSync(body), headers: { 'Content-Encoding': 'deflate' } })),
        warcRecord(html('http://x.example/br', { html: brotliCompressSync(body), headers: { 'Content-Encoding': 'br' } })),
        warcRecord(html('http://x.example/chunked-gz', { html: chunkedGz, headers: { 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' } })),
        // Stored decoded, header kept: a common crawler habit.
        warcRecord(html('http://x.example/stored-decoded', { headers: { 'Content-Encoding': 'gzip' } })),
      ]),
    );
    expect(items.every((i) => i.ok)).toBe(true);
    expect(pages(items).map((p) => text(p.bytes))).toEqual(new Array(5).fill(ARTICLE));
  });

  it('reports a body that does not decode, and reads on', async () => {
    const cut = gzipSync(Buffer.from(ARTICLE.repeat(20))).subarray(0, 40);
    const items = await read(
      write('badgzip.warc', [
        warcRecord(html('http://x.example/bad', { html: cut, headers: { 'Content-Encoding': 'gzip' } })),
        warcRecord(html('http://x.example/good')),
      ]),
    );
    expect(items).toMatchObject([
      { ok: false, url: 'http://x.example/bad', offset: 0, reason: expect.stringMatching(/gzip/) },
      { ok: true, page: { url: 'http://x.example/good' } },
    ]);
  });

  it('reports a PDF or image served as text/html instead of yielding it as a page, and reads on', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.5\n'), Buffer.alloc(100, 0)]);
    const items = await read(write('pdf.warc', [warcRecord(html('http://x.example/a.pdf', { html: pdf })), warcRecord(html('http://x.example/next'))]));
    expect(items).toMatchObject([{ ok: false, url: 'http://x.example/a.pdf', reason: 'PDF file served as text/html' }, { ok: true }]);
  });

  it('without a Content-Type, takes a body that starts like HTML and skips others', async () => {
    const items = await read(
      write('untyped.warc', [
        warcRecord(html('http://x.example/page', { contentType: null, html: `\n  ${ARTICLE}` })),
        warcRecord(html('http://x.example/data', { contentType: null, html: '{"a": 1}' })),
      ]),
    );
    expect(items).toMatchObject([{ ok: true, page: { url: 'http://x.example/page', contentType: null, headerCharset: null } }]);
  });

  it.each([
    ['plain', false],
    ['gzip', true],
  ])('yields the good records of a file cut mid-record, then one failure, and ends (%s)', async (_name, gz) => {
    const records = ['a', 'b', 'c'].map((n) => warcRecord(html(`http://x.example/${n}`, { html: ARTICLE.repeat(50) }))).map((r) => (gz ? gzipMember(r) : r));
    const whole = Buffer.concat(records);
    const offsetOfC = records[0].length + records[1].length;
    const items = await read(write(gz ? 'cut.warc.gz' : 'cut.warc', [whole.subarray(0, offsetOfC + Math.floor(records[2].length / 2))]));
    expect(items.slice(0, 2).map((i) => i.ok && i.page.url)).toEqual(['http://x.example/a', 'http://x.example/b']);
    expect(items).toHaveLength(3);
    expect(items[2]).toMatchObject({ ok: false, offset: offsetOfC, reason: expect.stringMatching(/truncated/) });
  });

  it('reports a record cut in a skipped (non-HTML) record too, without hanging', async () => {
    const image = warcRecord({ url: 'http://x.example/big.png', date: DATE, html: new Uint8Array(20000).fill(7), contentType: 'image/png' });
    const items = await read(write('cut-image.warc', [warcRecord(html('http://x.example/a')), image.subarray(0, 5000)]));
    expect(items).toMatchObject([{ ok: true }, { ok: false, url: 'http://x.example/big.png', reason: expect.stringMatching(/truncated/) }]);
  });

  it('reports a corrupt gzip member and stops', async () => {
    const good = gzipMember(warcRecord(html('http://x.example/a')));
    const bad = Buffer.from(gzipMember(warcRecord(html('http://x.example/b'))));
    bad.fill(0x55, 20, 60);
    const items = await read(write('corrupt.warc.gz', [good, bad, gzipMember(warcRecord(html('http://x.example/c')))]));
    expect(items[0]).toMatchObject({ ok: true, page: { url: 'http://x.example/a' } });
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ ok: false, offset: good.length });
  });

  it('yields nothing for an empty file', async () => {
    expect(await read(write('empty.warc', []))).toEqual([]);
  });

  it.each([
    ['an HTML file', Buffer.from(ARTICLE)],
    ['one newline', Buffer.from('\n')],
    ['binary data', Buffer.alloc(3 * 1024 * 1024, 7)],
    ['gzip of something else', gzipSync(Buffer.from(ARTICLE))],
    // Lines but no blank line: read as one endless header block, were it not checked first.
    ['a large text file', Buffer.from('%PDF-1.5\n'.repeat(600_000))],
  ])('yields one failure for a file that is not a WARC (%s)', async (_name, bytes) => {
    const items = await read(write('not.warc', [bytes]));
    expect(items).toEqual([{ ok: false, offset: 0, url: null, reason: 'not a WARC file' }]);
  });

  it('yields one failure for a file that cannot be read', async () => {
    expect(await read(join(dir, 'missing.warc'))).toEqual([{ ok: false, offset: 0, url: null, reason: expect.stringMatching(/ENOENT/) }]);
  });
});

describe('isWarcPath', () => {
  it('knows .warc and .warc.gz in any case', () => {
    expect(['a.warc', 'b.WARC.GZ', '/x/c.warc.gz'].map(isWarcPath)).toEqual([true, true, true]);
    expect(['a.html', 'b.warc.zst', 'warc', 'a.gz'].map(isWarcPath)).toEqual([false, false, false, false]);
  });
});
