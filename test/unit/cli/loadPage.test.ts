import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBytes } from '../../../src/cli/decode';
import { ensureHtmlElement, InputError, loadPage, urlBeside } from '../../../src/cli/loadPage';

const ascii = (s: string) => Array.from(Buffer.from(s, 'latin1'));
/** 政务 in GBK. */
const GBK_ZHENGWU = [0xd5, 0xfe, 0xce, 0xf1];

/** A page whose title and headline are the given (non-UTF-8) bytes. */
function page(titleBytes: number[], head = ''): Uint8Array {
  return Uint8Array.from([
    ...ascii(`<html><head>${head}<title>`), ...titleBytes, ...ascii('</title></head><body><h1>'), ...titleBytes,
    ...ascii('</h1></body></html>'),
  ]);
}

describe('decodeBytes', () => {
  it('honours a UTF-8 BOM and a UTF-16LE BOM', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('政务', 'utf8')]))).toEqual({ text: '政务', encoding: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, ...Buffer.from('政务', 'utf16le')])).text).toBe('政务');
  });

  it('reads the declared GBK charset as gb18030, and falls back to gb18030 when undeclared', () => {
    expect(decodeBytes(page(GBK_ZHENGWU, '<meta charset="gbk">')).text).toContain('<title>政务</title>');
    const undeclared = decodeBytes(page(GBK_ZHENGWU));
    expect(undeclared.encoding).toBe('gb18030');
    expect(undeclared.text).toContain('政务');
  });
});

describe('ensureHtmlElement', () => {
  it('wraps a page saved without its <html> element', () => {
    expect(ensureHtmlElement('<head><title>t</title></head><body>x</body>')).toMatch(/^<!DOCTYPE html><html><head>/);
    expect(ensureHtmlElement('<!DOCTYPE html>\n<html lang="zh"><body>x</body></html>')).toBe('<!DOCTYPE html>\n<html lang="zh"><body>x');
  });

  it('drops a stray </html> printed mid-page so the rest of the page is still read', () => {
    expect(ensureHtmlElement('<html><body><div>a</div></html><div>b</div></body></html>')).toBe('<html><body><div>a</div><div>b</div>');
  });
});

describe('loadPage', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'capture-load-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('extracts a saved GBK page and takes its URL from <basename>.url', () => {
    const file = join(dir, 'a.html');
    writeFileSync(file, page(GBK_ZHENGWU, '<meta charset="gbk">'));
    writeFileSync(join(dir, 'a.url'), '[InternetShortcut]\r\nURL=https://example.gov.cn/a.html\r\n');
    const input = loadPage(file, null);
    expect(input.url).toBe('https://example.gov.cn/a.html');
    expect(urlBeside(file)).toBe('https://example.gov.cn/a.html');
    expect(input.format).toBe('html');
    expect(input.documentTitle).toBe('政务');
  });

  it('an explicit URL wins over the .url file', () => {
    const file = join(dir, 'a.html');
    expect(loadPage(file, 'https://other.example/x').url).toBe('https://other.example/x');
  });

  it('reads a .txt capture as lines for the core', () => {
    const file = join(dir, 'b.txt');
    writeFileSync(file, '标题\n\n来源：示例日报\n正文第一段。\n');
    const input = loadPage(file, null);
    expect(input.format).toBe('text');
    expect(input.blocks.map((b) => b.text)).toEqual(['标题', '来源：示例日报', '正文第一段。']);
  });

  it('says clearly when a file is missing, empty or blank', () => {
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'blank.html'), '   \n\t ');
    expect(() => loadPage(join(dir, 'missing.html'), null)).toThrow(InputError);
    expect(() => loadPage(join(dir, 'missing.html'), null)).toThrow(/cannot read .*missing\.html: ENOENT/);
    expect(() => loadPage(join(dir, 'empty.html'), null)).toThrow(/is empty/);
    expect(() => loadPage(join(dir, 'blank.html'), null)).toThrow(/has no text/);
  });
});
