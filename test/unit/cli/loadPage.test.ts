import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBytes } from '../../../src/cli/decode';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { ensureHtmlElement, InputError, loadPage, mayHaveUpperCaseAttributeName, parsePage, startsAtHtml, urlBeside } from '../../../src/cli/loadPage';
import { extractPage } from '../../../src/extract/extractPage';

const ascii = (s: string) => Array.from(Buffer.from(s, 'latin1'));
/** 政务 in GBK. */
const GBK_ZHENGWU = [0xd5, 0xfe, 0xce, 0xf1];

/** A page whose title and headline are the given (non-UTF-8) bytes. */
function page(titleBytes: number[], head = ''): Uint8Array {
  return Uint8Array.from([
    ...ascii(`<html><head>${head}<title>`),
    ...titleBytes,
    ...ascii('</title></head><body><h1>'),
    ...titleBytes,
    ...ascii('</h1></body></html>'),
  ]);
}

describe('decodeBytes', () => {
  it('honours a UTF-8 BOM and a UTF-16LE BOM', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('政务', 'utf8')]))).toEqual({ text: '政务', encoding: 'utf-8', source: 'bom' });
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

  it('looks past comments, a doctype and an XML declaration for <html>', () => {
    expect(startsAtHtml('\uFEFF<?xml version="1.0"?>\n<!--[if IE]><![endif]-->\n<!DOCTYPE html>\n<html lang="zh">')).toBe(true);
    expect(startsAtHtml('<!--<![endif]--><head><title>t</title></head>')).toBe(false);
    expect(startsAtHtml('<!-- never closed <html>')).toBe(false);
  });

  it('decides at once on a page that opens with a comment, has no <html> and many comments in a row', () => {
    // One pattern repeating comments of any length tried every way to split these: minutes.
    const page = `<!--<![endif]--><head><title>t</title></head><body><div>正文</div>${'<!-- a --> <!-- b -->'.repeat(30)}<p>x</p>`;
    expect(ensureHtmlElement(page)).toMatch(/^<!DOCTYPE html><html><!--<!\[endif\]-->/);
  });

  it('drops a stray </html> printed mid-page so the rest of the page is still read', () => {
    expect(ensureHtmlElement('<html><body><div>a</div></html><div>b</div></body></html>')).toBe('<html><body><div>a</div><div>b</div>');
  });
});

describe('parsePage', () => {
  // Markup of the FrontPage era, as a browser reads it: attribute names are lower-cased.
  const OLD_MARKUP = `<HTML><HEAD><META NAME="ArticleTitle" CONTENT="关于做好冬季防疫工作的通知"><TITLE>通知</TITLE></HEAD><BODY>
    <DIV CLASS="nav"><A HREF="/">首页</A> <A HREF="/xw">新闻</A></DIV>
    <DIV ID="content"><P>为切实做好今冬明春疫情防控工作，经研究，现将有关事项通知如下，请各单位认真贯彻落实。</P>
    <P STYLE="DISPLAY: NONE">这是打印版中重复的一段隐藏文字，不应被读到，也不应出现在正文中。</P>
    <P HIDDEN>另一段隐藏的文字，同样不应该出现在提取结果当中，无论它有多长。</P>
    <P>各地要压实属地责任，加强重点场所管理，落实常态化防控措施，确保人民群众生命安全和身体健康。</P></DIV>
    <svg viewBox="0 0 10 10"></svg></BODY></HTML>`;

  it('lower-cases HTML attribute names as a browser parser does, and keeps SVG ones', () => {
    const doc = parsePage(OLD_MARKUP);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('/');
    expect(doc.querySelector('div')?.className).toBe('nav');
    expect(doc.querySelector('p[hidden]')).not.toBeNull();
    expect(doc.querySelector('svg')?.getAttributeNames()).toEqual(['viewBox']);
  });

  it('so upper-case links, meta names, inline styles and hidden flags count in extraction', () => {
    const input = extractPage(parsePage(OLD_MARKUP), null);
    expect(input.hints.title).toBe('关于做好冬季防疫工作的通知');
    const text = input.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('为切实做好今冬明春疫情防控工作');
    expect(text).toContain('各地要压实属地责任');
    expect(text).not.toContain('打印版中重复');
    expect(text).not.toContain('另一段隐藏的文字');
    expect(text).not.toContain('首页');
  });

  it('keeps the first of two spellings of one attribute, as a browser does', () => {
    const doc = parsePage('<html><body><a HREF="/first" href="/second">x</a></body></html>');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('/first');
  });
});

describe('mayHaveUpperCaseAttributeName: when the attribute walk can be skipped', () => {
  it('says yes for an upper-case or non-ASCII name, however the tag is written', () => {
    for (const html of [
      '<a HREF="/">x</a>',
      '<div class="a"ID="b">',
      '<input type=checkbox DISABLED>',
      '<p\ndata-X = "1">',
      '<div/Hidden>',
      '<p title="a" Style=display:none>',
      '<span ä=1>',
      '<b title="x<y" class=z>',
    ])
      expect([html, mayHaveUpperCaseAttributeName(html)]).toEqual([html, true]);
  });

  it('says no when only tag names, values and text have capitals', () => {
    for (const html of [
      '<DIV class="Nav">A < B</DIV>',
      '<a href=\'/Index.html\' title="中文">X</a>',
      '<!DOCTYPE html><P>Text</P><!-- a comment -->',
      '</DIV ID=x>',
    ])
      expect([html, mayHaveUpperCaseAttributeName(html)]).toEqual([html, false]);
  });

  it('never says no where the parser finds a name lower-casing changes (generated markup)', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '=',
      ' ',
      '/',
      '\n',
      'a',
      'B',
      'p',
      'é',
      'É',
      '!',
      '-',
      'x="',
      '<div ',
      '<script>',
      '</script>',
      '<!--',
      '-->',
      'Id',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = `<html><body>${pieces.join('')}</body></html>`;
        const doc = parseHTML(html).document;
        const upper = Array.from(doc.querySelectorAll('*')).some((el) => el.getAttributeNames().some((n) => n !== n.toLowerCase()));
        return !upper || mayHaveUpperCaseAttributeName(html);
      }),
      { numRuns: 3000 },
    );
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

  it('refuses a PDF or other binary file saved under a page name', () => {
    writeFileSync(join(dir, 'report.html'), Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\n', 'latin1'), Buffer.alloc(200, 7)]));
    expect(() => loadPage(join(dir, 'report.html'), null)).toThrow(/report\.html is not a web page: PDF file/);
  });
});
