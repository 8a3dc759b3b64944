import { contentTypeCharset, parseContentType, decodeBytes, declaredCharset, looksBinary, normaliseCharset } from '../../../src/cli/decode';

const ascii = (s: string) => Array.from(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => Array.from(new TextEncoder().encode(s));
/** 中文 in GBK. */
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];
/** 政务 in GBK. */
const GBK_ZHENGWU = [0xd5, 0xfe, 0xce, 0xf1];
const GBK_TEXT = [...GBK_ZHONGWEN, ...GBK_ZHENGWU];

function page(head: string, body: number[]): Uint8Array {
  return Uint8Array.from([...ascii(`<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>`), ...body, ...ascii('</p></body></html>')]);
}

/** UTF-8 Chinese prose with enough multibyte characters to count as a real page. */
const PROSE = '中文政务公开信息，关于做好冬季防疫工作的通知。'.repeat(3);

describe('decodeBytes: the browser order', () => {
  it('a BOM wins over the header and the meta', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...page('<meta charset="big5">', utf8('中文'))]);
    const d = decodeBytes(bytes, { headerCharset: 'gbk' });
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(d.text).toContain('<p>中文</p>');
    const be = decodeBytes(Uint8Array.from([0xfe, 0xff, ...Buffer.from('政务', 'utf16le').swap16()]));
    expect(be).toEqual({ text: '政务', encoding: 'utf-16be', source: 'bom' });
  });

  it('the header charset wins over the meta', () => {
    const bytes = page('<meta charset="big5">', GBK_TEXT);
    expect(decodeBytes(bytes)).toMatchObject({ encoding: 'big5', source: 'meta' });
    const d = decodeBytes(bytes, { headerCharset: 'GB2312' });
    expect(d).toMatchObject({ encoding: 'gb18030', source: 'header' });
    expect(d.text).toContain('<p>中文政务</p>');
  });

  it('an unknown header label is ignored, as Fetch does', () => {
    expect(decodeBytes(page('<meta charset="gbk">', GBK_TEXT), { headerCharset: 'x-nonsense' })).toMatchObject({ encoding: 'gb18030', source: 'meta' });
  });

  it('the meta wins over sniffing', () => {
    const d = decodeBytes(page('<meta charset="big5">', GBK_TEXT));
    expect(d).toMatchObject({ encoding: 'big5', source: 'meta' });
    expect(d.text).not.toContain('中文');
  });

  it('reads the http-equiv form in either attribute order, and only with http-equiv', () => {
    expect(declaredCharset(page('<meta content="text/html; charset=big5" http-equiv="Content-Type">', []))).toBe('big5');
    expect(declaredCharset(page('<META HTTP-EQUIV=content-type CONTENT=\'text/html;charset="gbk"\'>', []))).toBe('gb18030');
    expect(declaredCharset(page('<meta name="x" content="text/html; charset=big5">', []))).toBeNull();
  });

  it('the prescan skips comments and attribute values that look like a meta', () => {
    expect(declaredCharset(page('<!-- if a > b <meta charset="big5"> --><meta charset="gbk">', []))).toBe('gb18030');
    expect(declaredCharset(page('<!--><meta charset="big5">', []))).toBe('big5');
    expect(declaredCharset(page('<link title="<meta charset=big5>"><meta charset="utf-8">', []))).toBe('utf-8');
  });

  it('a meta after 1024 bytes counts while still in the head, not once the body has begun', () => {
    const comment = `<!-- ${'template notes '.repeat(80)} -->`;
    const script = '<script>document.write("<meta charset=big5>");</script>';
    expect(declaredCharset(page(`${comment}${script}<meta charset="gbk">`, []))).toBe('gb18030');
    const late = Uint8Array.from([...ascii(`<html><body>${'<p>x</p>'.repeat(200)}<meta charset="big5">`)]);
    expect(declaredCharset(late)).toBeNull();
  });

  it('reads a page declared UTF-8 with a few invalid bytes as UTF-8 with U+FFFD, not as GBK mojibake', () => {
    const bytes = page('<meta charset="utf-8">', [...utf8('中文'), 0xff, ...utf8(PROSE), 0xd6]);
    const d = decodeBytes(bytes);
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'meta' });
    expect(d.text).toContain(`中文\ufffd${PROSE}\ufffd`);
    expect(d.text).not.toContain('涓枃');
    expect(decodeBytes(page('', [...utf8('中文'), 0xff]), { headerCharset: 'utf-8' }).text).toContain('中文\ufffd');
  });

  it('reads a page declared UTF-8 whose bytes are all GBK as gb18030, and says the declaration was overruled', () => {
    expect(decodeBytes(page('<meta charset="utf-8">', GBK_TEXT))).toMatchObject({ encoding: 'gb18030', source: 'meta', overruled: 'utf-8' });
  });

  it('reads a page declared GBK whose bytes are UTF-8 prose as UTF-8 (a re-saved page keeps its old meta)', () => {
    const d = decodeBytes(page('<meta charset="gb2312">', utf8(PROSE)));
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'meta', overruled: 'gb18030' });
    expect(d.text).toContain(PROSE);
  });

  it('reads an undeclared GBK page as gb18030', () => {
    const d = decodeBytes(page('', GBK_TEXT));
    expect(d).toMatchObject({ encoding: 'gb18030', source: 'sniff' });
    expect(d.text).toContain('<p>中文政务</p>');
  });

  it('reads an undeclared page of UTF-8 prose with a stray byte as UTF-8', () => {
    const d = decodeBytes(page('', [...utf8(PROSE), 0xb0, ...utf8(PROSE)]));
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'sniff' });
    expect(d.text).toContain(`${PROSE}\ufffd${PROSE}`);
  });

  it('reads UTF-16 without a BOM', () => {
    const bytes = Buffer.from('<html><body><p>中文政务</p></body></html>', 'utf16le');
    expect(decodeBytes(bytes)).toMatchObject({ encoding: 'utf-16le', source: 'sniff', text: '<html><body><p>中文政务</p></body></html>' });
  });
});

describe('charset labels', () => {
  it('resolve as WHATWG labels, the GBK family read as gb18030', () => {
    expect(normaliseCharset('GB2312')).toBe('gb18030');
    expect(normaliseCharset(' "x-gbk" ')).toBe('gb18030');
    expect(normaliseCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normaliseCharset('utf8')).toBe('utf-8');
    expect(normaliseCharset('x-unknown')).toBe('x-unknown');
  });

  it('come out of a Content-Type header', () => {
    expect(contentTypeCharset('text/html; charset="GBK"')).toBe('GBK');
    expect(contentTypeCharset('text/html;charset=utf-8;foo=bar')).toBe('utf-8');
    expect(contentTypeCharset('text/html')).toBeNull();
    expect(contentTypeCharset(null)).toBeNull();
    expect(contentTypeCharset('text/html; charset=gbk, text/html')).toBe('gbk');
    expect(contentTypeCharset('text/plain; charset=gbk, text/html')).toBeNull();
    expect(parseContentType('Text/HTML ; Charset=GBK')).toEqual({ essence: 'text/html', charset: 'GBK' });
    expect(parseContentType('nonsense')).toBeNull();
  });
});

describe('looksBinary', () => {
  const magic = (s: string, n = 64) => Uint8Array.from([...ascii(s), ...new Array(n).fill(0x41)]);

  it('names files by their signature', () => {
    expect(looksBinary(magic('%PDF-1.7\n'))).toBe('PDF file');
    expect(looksBinary(magic('PK\x03\x04'))).toMatch(/ZIP/);
    expect(looksBinary(magic('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'))).toMatch(/Office/);
    expect(looksBinary(magic('\x89PNG\r\n\x1a\n'))).toBe('PNG image');
    expect(looksBinary(magic('\xff\xd8\xff\xe0'))).toBe('JPEG image');
    expect(looksBinary(magic('GIF89a'))).toBe('GIF image');
  });

  it('calls bytes with NULs or many control bytes binary data', () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 3000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff);
    expect(looksBinary(random)).toBe('binary data');
    expect(looksBinary(Uint8Array.from([...ascii('<html>'), 0, 0, 0, ...ascii('</html>')]))).toBe('binary data');
  });

  it('passes text pages, a stray NUL, and UTF-16 with or without a BOM', () => {
    expect(looksBinary(page('<meta charset="gbk">', GBK_TEXT))).toBeNull();
    expect(looksBinary(page('', [...utf8(PROSE), 0]))).toBeNull();
    // Chinese text in UTF-16 has few NULs: the BOM, not their pattern, says it is text.
    expect(looksBinary(Uint8Array.from([0xff, 0xfe, ...Buffer.from('中文政务公开信息关于做好冬季防疫工作的通知 2024', 'utf16le')]))).toBeNull();
    expect(looksBinary(Uint8Array.from([0xfe, 0xff, ...Buffer.from('<p>text</p>', 'utf16le').swap16()]))).toBeNull();
    expect(looksBinary(Buffer.from('<html><body><p>plain text</p></body></html>', 'utf16le'))).toBeNull();
    expect(looksBinary(new Uint8Array(0))).toBeNull();
  });
});
