/**
 * Decodes a page's bytes in the order a browser does (WHATWG HTML "determining the character
 * encoding"): BOM, then the charset of the HTTP Content-Type, then a `<meta>` found by the prescan,
 * then sniffing. Labels resolve as in the WHATWG Encoding standard (TextDecoder's own table), except
 * that the GBK family is read as gb18030, its superset, so characters outside GBK still decode.
 *
 * Two departures from a browser, both because our inputs are often saved pages and old sites whose
 * declaration lies, and a browser would show mojibake where the author's text is recoverable:
 * - a legacy declaration (gb2312, gbk, big5…) on bytes that read as UTF-8 with real multibyte text
 *   is overruled: tools that re-save a page as UTF-8 keep its old `<meta charset=gb2312>` (15 of
 *   the corpus pages), and GBK text is almost never valid UTF-8 by chance;
 * - a UTF-8 declaration on bytes of which most non-ASCII sequences are invalid UTF-8, and that read
 *   better as gb18030, is overruled: a GBK page under a template's or server's utf-8 label. A few
 *   invalid bytes in a UTF-8 page (a cut character, one pasted GBK snippet) are not enough: those
 *   pages are decoded as UTF-8 with U+FFFD, as a browser does, instead of turning 中文 into 涓枃.
 */
export type DecodeSource = 'bom' | 'header' | 'meta' | 'sniff';

export interface Decoded {
  text: string;
  /** The decoder used (a WHATWG encoding name; GBK family as gb18030). */
  encoding: string;
  /** Which step decided the encoding. */
  source?: DecodeSource;
  /** A declared charset that was not followed, when the bytes contradicted it (see above). */
  overruled?: string;
}

export interface DecodeOptions {
  /** The charset parameter of the HTTP Content-Type, when the bytes came with one (WARC, fetch). */
  headerCharset?: string | null;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The WHATWG encoding a label names (GBK family as gb18030), or null for an unknown label or "replacement". */
export function resolveCharset(label: string): string | null {
  const l = label.trim().replace(/^["']|["']$/g, '');
  if (!l) return null;
  let name: string;
  try {
    name = new TextDecoder(l).encoding;
  } catch {
    // Unknown labels, "replacement" (iso-2022-cn, hz-gb-2312) and x-user-defined, which Node lacks.
    return l.toLowerCase() === 'x-user-defined' ? 'windows-1252' : null;
  }
  return name === 'gbk' ? 'gb18030' : name;
}

/** A label as the decoder name it resolves to; an unknown label comes back cleaned, unresolved. */
export function normaliseCharset(label: string): string {
  return (
    resolveCharset(label) ??
    label
      .trim()
      .toLowerCase()
      .replace(/^["']|["']$/g, '')
  );
}

/**
 * The MIME type of a Content-Type header value, or null when it names none. Several values (a
 * Headers object joins them with commas) are read as Fetch's "extract a MIME type" does: the last
 * valid one wins, and a charset carries over only while the MIME type stays the same.
 */
export function parseContentType(value: string | null | undefined): { essence: string; charset: string | null } | null {
  if (!value) return null;
  let essence = '';
  let charset: string | null = null;
  for (const part of value.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
    const [type, ...params] = part.split(';');
    const e = type.trim().toLowerCase();
    if (!/^[^\s/]+\/[^\s/]+$/.test(e) || e === '*/*') continue;
    if (e !== essence) charset = null;
    essence = e;
    for (const p of params) {
      const m = /^\s*charset\s*=\s*(?:"([^"]*)"?|([^\s"]+))/i.exec(p);
      if (m) charset = (m[1] ?? m[2]).trim() || charset;
    }
  }
  return essence ? { essence, charset } : null;
}

/** The charset parameter of a Content-Type header value. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  return parseContentType(contentType)?.charset ?? null;
}

/** The spec's prescan looks at 1024 bytes; the parser would still act on a later `<meta>` in the head. */
const PRESCAN_BYTES = 1024;
const HEAD_SCAN_LIMIT = 1 << 20;
const HEAD_ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'link', 'script', 'style', 'base', 'noscript', 'template', 'basefont', 'bgsound']);

export function declaredCharset(bytes: Uint8Array): string | null {
  // Most pages answer within a few kB: decoding a large page's whole head up front would cost more
  // than the rest of decoding, so the window grows only while the scan is still undecided.
  for (let size = 4096; ; size *= 8) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(size, HEAD_SCAN_LIMIT)));
    const found = prescan(head);
    if (found !== UNDECIDED) return found ?? xmlDeclaration(head);
    if (size >= bytes.length || size >= HEAD_SCAN_LIMIT) return xmlDeclaration(head);
  }
}

function xmlDeclaration(head: string): string | null {
  const m = /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/.exec(head);
  return m ? resolveCharset(m[1]) : null;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isAlpha = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/**
 * WHATWG HTML "prescan a byte stream to determine its encoding", over latin1 text (one char per
 * byte). Past the first 1024 bytes it goes on while the document is still in its head, stepping
 * over script and style contents, as the tree builder's "change the encoding" step would: old
 * pages put long scripts and comments before their `<meta charset>`.
 */
const UNDECIDED = Symbol('undecided');

/** …or UNDECIDED when the text ran out before the scan could tell. */
function prescan(s: string): string | null | typeof UNDECIDED {
  let lower: string | null = null;
  let i = 0;
  while (i < s.length) {
    i = s.indexOf('<', i);
    if (i < 0) return UNDECIDED;
    if (s.startsWith('<!--', i)) {
      // `<!-->` is a whole comment: the `--` may be the opening one.
      const end = s.indexOf('-->', i + 2);
      if (end < 0) return UNDECIDED;
      i = end + 3;
      continue;
    }
    const next = s[i + 1];
    if (isAlpha(next) || (next === '/' && isAlpha(s[i + 2]))) {
      const closing = next === '/';
      const start = i + (closing ? 2 : 1);
      let j = start;
      while (j < s.length && !isSpace(s[j]) && s[j] !== '>' && s[j] !== '/') j++;
      const name = s.slice(start, j).toLowerCase();
      if (i >= PRESCAN_BYTES && (closing ? name === 'head' : !HEAD_ELEMENTS.has(name))) return null;
      const attrs = new Map<string, string>();
      let attr: Attribute | null;
      while ((attr = readAttribute(s, j))) {
        if (!attrs.has(attr.name)) attrs.set(attr.name, attr.value);
        j = attr.end;
      }
      j = s.indexOf('>', j);
      if (j < 0) return UNDECIDED;
      i = j + 1;
      if (!closing && name === 'meta') {
        const found = metaCharset(attrs);
        if (found) return found;
      }
      if (!closing && i > PRESCAN_BYTES && (name === 'script' || name === 'style')) {
        const end = (lower ??= s.toLowerCase()).indexOf(`</${name}`, i);
        if (end < 0) return UNDECIDED;
        i = end;
      }
      continue;
    }
    if (next === '!' || next === '/' || next === '?') {
      const end = s.indexOf('>', i);
      if (end < 0) return UNDECIDED;
      i = end + 1;
      continue;
    }
    i++;
  }
  return UNDECIDED;
}

function metaCharset(attrs: Map<string, string>): string | null {
  let label: string | null = null;
  let needPragma = false;
  if (attrs.has('charset')) label = attrs.get('charset')!;
  else if (attrs.has('content')) {
    label = charsetInMetaContent(attrs.get('content')!);
    needPragma = true;
  }
  if (label === null) return null;
  if (needPragma && attrs.get('http-equiv')?.toLowerCase() !== 'content-type') return null;
  const name = resolveCharset(label);
  // The spec reads a meta's UTF-16 as UTF-8: bytes that reached a latin1 prescan are not UTF-16.
  return name === 'utf-16le' || name === 'utf-16be' ? 'utf-8' : name;
}

/** WHATWG "extracting a character encoding from a meta element". */
function charsetInMetaContent(content: string): string | null {
  const lower = content.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf('charset', from);
    if (at < 0) return null;
    let j = at + 7;
    while (isSpace(content[j] ?? '')) j++;
    if (content[j] !== '=') {
      from = j;
      continue;
    }
    j++;
    while (isSpace(content[j] ?? '')) j++;
    const q = content[j];
    if (q === '"' || q === "'") {
      const end = content.indexOf(q, j + 1);
      return end < 0 ? null : content.slice(j + 1, end);
    }
    let end = j;
    while (end < content.length && !isSpace(content[end]) && content[end] !== ';') end++;
    return end > j ? content.slice(j, end) : null;
  }
}

interface Attribute {
  name: string;
  value: string;
  end: number;
}

/** WHATWG "get an attribute" for the prescan; null at the tag's end. */
function readAttribute(s: string, i: number): Attribute | null {
  while (i < s.length && (isSpace(s[i]) || s[i] === '/')) i++;
  if (i >= s.length || s[i] === '>') return null;
  let name = '';
  for (;;) {
    if (i >= s.length) return null;
    const c = s[i];
    if (c === '=' && name) {
      i++;
      break;
    }
    if (isSpace(c)) {
      while (i < s.length && isSpace(s[i])) i++;
      if (s[i] !== '=') return { name, value: '', end: i };
      i++;
      break;
    }
    if (c === '/' || c === '>') return { name, value: '', end: i };
    name += c.toLowerCase();
    i++;
  }
  while (i < s.length && isSpace(s[i])) i++;
  const q = s[i];
  if (q === '"' || q === "'") {
    const end = s.indexOf(q, i + 1);
    if (end < 0) return null;
    return { name, value: s.slice(i + 1, end), end: end + 1 };
  }
  if (q === '>') return { name, value: '', end: i };
  const start = i;
  while (i < s.length && !isSpace(s[i]) && s[i] !== '>') i++;
  return { name, value: s.slice(start, i), end: i };
}

interface Utf8Stats {
  /** Well-formed multibyte sequences. */
  multi: number;
  /** Ill-formed sequences: each becomes one U+FFFD in a non-fatal decode. */
  invalid: number;
}

/** Counts UTF-8 sequences by the WHATWG decoder's own rules, so `invalid` is its U+FFFD count. */
function utf8Stats(b: Uint8Array): Utf8Stats {
  let multi = 0;
  let invalid = 0;
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const d = b[j];
      if (j >= n || d < lo || d > hi) {
        ok = false;
        break;
      }
      lo = 0x80;
      hi = 0xbf;
    }
    if (ok) multi++;
    else invalid++;
    // On error the decoder rereads the offending byte, so it is not skipped here either.
    i = j;
  }
  return { multi, invalid };
}

/**
 * UTF-8 with a tiny share of ill-formed sequences. A truncated last character or a pasted snippet
 * in another encoding leaves a few; GBK text read as UTF-8 gives several ill-formed sequences for
 * each well-formed one (a GBK pair is valid UTF-8 only about one time in ten), so 5% with at least
 * ten well-formed sequences keeps the two far apart.
 */
function mostlyUtf8(st: Utf8Stats): boolean {
  return st.multi >= 10 && st.invalid * 20 <= st.multi;
}

/** Bytes that say GBK louder than a UTF-8 declaration. */
function readsAsGbk(bytes: Uint8Array, st: Utf8Stats): boolean {
  return st.invalid > st.multi && replacementCount(new TextDecoder('gb18030').decode(bytes)) < st.invalid;
}

function replacementCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function decodeAs(bytes: Uint8Array, encoding: string, source: DecodeSource, overruled?: string): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  return overruled ? { text, encoding, source, overruled } : { text, encoding, source };
}

/** The text when the bytes are well-formed UTF-8; TextDecoder's native check is far faster than a scan in JS. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The encoding to use for a declared one, or a different one when the bytes contradict it (see the module comment). */
function followDeclared(bytes: Uint8Array, declared: string, source: DecodeSource): Decoded {
  const strict = strictUtf8(bytes);
  if (declared === 'utf-8') {
    if (strict !== null) return { text: strict, encoding: 'utf-8', source };
    return readsAsGbk(bytes, utf8Stats(bytes)) ? decodeAs(bytes, 'gb18030', source, declared) : decodeAs(bytes, 'utf-8', source);
  }
  if (declared !== 'utf-16le' && declared !== 'utf-16be') {
    // Each multibyte sequence shortens the text by one or two code units: 8 means at least 4 sequences.
    if (strict !== null ? bytes.length - strict.length >= 8 : mostlyUtf8(utf8Stats(bytes))) {
      return strict !== null ? { text: strict, encoding: 'utf-8', source, overruled: declared } : decodeAs(bytes, 'utf-8', source, declared);
    }
  }
  return decodeAs(bytes, declared, source);
}

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  for (const [bom, enc] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return decodeAs(bytes.subarray(bom.length), enc, 'bom');
  }
  const header = opts.headerCharset ? resolveCharset(opts.headerCharset) : null;
  if (header) return followDeclared(bytes, header, 'header');
  const meta = declaredCharset(bytes);
  if (meta) return followDeclared(bytes, meta, 'meta');

  const utf16 = bomlessUtf16(bytes);
  if (utf16) return decodeAs(bytes, utf16, 'sniff');
  const strict = strictUtf8(bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8', source: 'sniff' };
  // A few stray bytes in a page that is otherwise UTF-8 are damage, not a sign of GBK: reading the
  // whole page as gb18030 would garble every character to save a handful.
  return decodeAs(bytes, mostlyUtf8(utf8Stats(bytes)) ? 'utf-8' : 'gb18030', 'sniff');
}

const SAMPLE_BYTES = 4096;

/** UTF-16 without a BOM: markup puts a NUL beside nearly every ASCII character, all on one side. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd * 5 >= pairs && even * 50 <= pairs) return 'utf-16le';
  if (even * 5 >= pairs && odd * 50 <= pairs) return 'utf-16be';
  return null;
}

type Magic = [offset: number, bytes: string, what: string];

/** Signatures of the files a news site links to or serves by mistake under an HTML address. */
const MAGICS: Magic[] = [
  [0, '%PDF-', 'PDF file'],
  [0, 'PK\x03\x04', 'ZIP archive or Office document'],
  [0, 'PK\x05\x06', 'ZIP archive'],
  [0, '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', 'Office document (doc/xls/ppt)'],
  [0, '\x89PNG\r\n\x1a\n', 'PNG image'],
  [0, '\xff\xd8\xff', 'JPEG image'],
  [0, 'GIF87a', 'GIF image'],
  [0, 'GIF89a', 'GIF image'],
  [8, 'WEBP', 'WebP image'],
  [0, '\x1f\x8b', 'gzip data'],
  [0, 'Rar!\x1a\x07', 'RAR archive'],
  [0, '7z\xbc\xaf\x27\x1c', '7z archive'],
  [4, 'ftyp', 'video file'],
  [0, '\x7fELF', 'executable'],
];

function hasMagic(bytes: Uint8Array, [offset, sig]: Magic): boolean {
  if (bytes.length < offset + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[offset + i] !== sig.charCodeAt(i)) return false;
  return true;
}

/**
 * Why these bytes are not a text page ('PDF file', 'binary data'), or null. Text in any encoding
 * we read has no C0 controls but whitespace, except UTF-16, whose NULs are told apart by their BOM
 * or their alternation; the bytes counted are the MIME Sniffing standard's "binary data bytes".
 * A couple of stray NULs or controls in a real page are tolerated.
 */
export function looksBinary(bytes: Uint8Array): string | null {
  for (const m of MAGICS) if (hasMagic(bytes, m)) return m[2];
  if (BOMS.some(([bom]) => bom.every((b, i) => bytes[i] === b))) return null;
  if (bomlessUtf16(bytes)) return null;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0) nul++;
    if (c <= 0x08 || c === 0x0b || (c >= 0x0e && c <= 0x1a) || (c >= 0x1c && c <= 0x1f)) control++;
  }
  return nul >= 2 || control * 20 > n ? 'binary data' : null;
}
