/**
 * Reads the HTML pages out of a WARC file (plain or .warc.gz), streaming, for batch capture at crawl
 * scale. Record framing, WARC and HTTP headers and gzip members are warcio's (webrecorder); the
 * HTTP body is de-chunked and content-decoded here with Node's zlib, which also reads brotli and
 * reports a cut or corrupt body instead of passing it on as text.
 *
 * warcio ends quietly where a file is cut or corrupt (a cut last gzip member yields no record at
 * all), so every record's length and the end of the file are checked here, and the trouble comes
 * out as one `{ ok: false }` item, never as an exception out of the generator.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync, gzipSync, inflateRawSync, inflateSync, constants as zlibConstants } from 'node:zlib';
import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { looksBinary, parseContentType } from './decode';

export interface WarcPage {
  url: string;
  /** ISO 8601, from WARC-Date. */
  date: string | null;
  /** The HTTP payload body, de-chunked and content-decoded. */
  bytes: Uint8Array;
  /** The charset parameter of the HTTP Content-Type. */
  headerCharset: string | null;
  /** The HTTP Content-Type as sent. */
  contentType: string | null;
  recordId: string | null;
  /** Byte offset of the record in the file (of its gzip member in a .warc.gz). */
  offset: number;
}

export type WarcItem = { ok: true; page: WarcPage } | { ok: false; offset: number; url: string | null; reason: string };

const WARC_SUFFIX = /\.warc(?:\.gz)?$/i;

export function isWarcPath(path: string): boolean {
  return WARC_SUFFIX.test(path);
}

/** The name without its .warc or .warc.gz. */
export function warcStem(name: string): string {
  return name.replace(WARC_SUFFIX, '');
}

const MB = 1 << 20;
/** A news page is well under this; a larger "HTML" response is a download or a generated dump. */
const MAX_PAGE_BYTES = 64 * MB;
/**
 * Source bytes warcio may pull while it looks for the end of a record's headers. It buffers until
 * it finds a blank line, so garbage where a record should start (a wrong Content-Length, a corrupt
 * member read as plain bytes) would otherwise be read whole into memory.
 */
const MAX_HEADER_BYTES = 4 * MB;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

type Failure = Extract<WarcItem, { ok: false }>;

class HeaderTooLong extends Error {}

function fail(offset: number, url: string | null, reason: string): Failure {
  return { ok: false, offset, url, reason };
}

function errorText(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}

function firstBytes(path: string, n: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/** False only when the file's first bytes, inflated if need be, are plainly something else. */
function startsAsWarc(head: Uint8Array, gzip: boolean): boolean {
  let start = head;
  if (gzip) {
    try {
      start = gunzipSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    } catch {
      // A first member longer than the head, or one that is corrupt: warcio will say which.
      return true;
    }
  }
  const text = Buffer.from(start.buffer, start.byteOffset, Math.min(start.length, 16)).toString('latin1').trimStart();
  return text.length < 5 || text.startsWith('WARC/');
}

export async function* readWarc(path: string): AsyncGenerator<WarcItem> {
  let size: number;
  let head: Uint8Array;
  try {
    size = statSync(path).size;
    // Small, because it is inflated whole: 4 kB of deflate data inflate to at most about 4 MB.
    head = firstBytes(path, 4096);
  } catch (e) {
    yield fail(0, null, `cannot read ${path}: ${errorText(e)}`);
    return;
  }
  if (size === 0) return;
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  if (!startsAsWarc(head, gzip)) {
    yield fail(0, null, 'not a WARC file');
    return;
  }

  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  const guard = { pulled: 0, limit: Infinity };
  async function* source(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) {
      guard.pulled += (chunk as Buffer).length;
      if (guard.pulled > guard.limit) throw new HeaderTooLong();
      yield chunk as Buffer;
    }
  }
  // Compression is told from the gzip signature rather than left to warcio's guess, which was seen
  // to spin forever on a one-byte in-memory source.
  const reader = new AsyncIterReader(source(), gzip ? 'gzip' : null);
  const parser = new WARCParser(reader);
  let first = true;
  // Where the last good record ended. After a corrupt gzip member warcio reads on as if the file
  // were plain, and its offsets no longer count file bytes: errors then point here instead.
  let goodEnd = 0;
  const here = (offset: number) => (gzip && !reader.compressed ? goodEnd : offset);
  try {
    for (;;) {
      let record: WARCRecord | null;
      guard.limit = guard.pulled + MAX_HEADER_BYTES;
      try {
        record = await parser.parse();
      } catch (e) {
        const why = e instanceof HeaderTooLong ? `no record header within ${MAX_HEADER_BYTES / MB} MB` : errorText(e);
        yield fail(here(parser.offset), null, `unreadable record: ${why}`);
        return;
      }
      guard.limit = Infinity;
      if (!record) break;
      const offset = parser.offset;
      if (!/^WARC\/\d/.test(record.warcHeaders.statusline)) {
        yield fail(here(offset), null, first ? 'not a WARC file' : 'no WARC record where one should start (corrupt data or a wrong Content-Length before it)');
        return;
      }
      first = false;
      let item: WarcItem | null;
      let stop = false;
      try {
        [item, stop] = await readRecord(record, offset);
      } catch (e) {
        yield fail(offset, record.warcTargetURI ?? null, `unreadable record: ${errorText(e)}`);
        return;
      }
      if (item) yield item;
      if (stop) return;
      if (!gzip || reader.compressed) goodEnd = gzip ? reader.getRawOffset() : reader.getReadOffset();
    }
    // warcio stops without a word at a cut or corrupt gzip member, and at bytes it cannot frame.
    const read = here(gzip ? reader.getRawOffset() : reader.getReadOffset());
    if (first) yield fail(0, null, 'not a WARC file');
    else if (read < size) yield fail(read, null, gzip ? 'truncated or corrupt gzip member' : 'unreadable bytes after the last record');
  } finally {
    stream.destroy();
  }
}

/** The record's item (null to skip it) and whether reading must stop after it. */
async function readRecord(record: WARCRecord, offset: number): Promise<[WarcItem | null, boolean]> {
  const url = record.warcTargetURI ?? null;
  const body = record._reader;
  if (!(body instanceof LimitReader)) throw new Error('record without a length-limited reader');
  const length = record.warcHeaders.headers.get('Content-Length');
  if (length == null || !/^\s*\d+\s*$/.test(length)) return [fail(offset, url, 'record without a valid Content-Length'), true];

  const truncated = () => fail(offset, url, `truncated record: ${body.limit} of its ${record.warcContentLength} bytes missing`);
  const skip = async (): Promise<[WarcItem | null, boolean]> => {
    // Drained rather than warcio's skipFully, which loops forever when the file ends first.
    for await (const chunk of body) void chunk;
    record.consumed = 'skipped';
    return body.limit > 0 ? [truncated(), true] : [null, false];
  };

  const http = record.httpHeaders;
  if (record.warcType !== 'response' || !http) return skip();
  const status = Number(http.statusCode);
  const contentType = http.headers.get('Content-Type');
  const mime = parseContentType(contentType);
  if (!(status >= 200 && status < 300) || (mime && !HTML_TYPES.has(mime.essence))) return skip();
  if (record.warcContentLength > MAX_PAGE_BYTES) {
    const [item, stop] = await skip();
    return [item ?? fail(offset, url, `response of ${(record.warcContentLength / MB).toFixed(0)} MB, over the ${MAX_PAGE_BYTES / MB} MB page limit`), stop];
  }

  const raw = await record.readFully(false);
  if (body.limit > 0) return [truncated(), true];
  if (!url) return [fail(offset, null, 'response record without WARC-Target-URI'), false];
  let bytes: Uint8Array;
  try {
    bytes = httpBody(raw, http.headers.get('Transfer-Encoding') ?? null, http.headers.get('Content-Encoding') ?? null);
  } catch (e) {
    return [fail(offset, url, (e as Error).message), false];
  }
  // An empty 200 is a beacon or a placeholder, not a page; there is nothing to capture.
  if (bytes.length === 0 || (!mime && !startsLikeHtml(bytes))) return [null, false];
  const binary = looksBinary(bytes);
  if (binary) return [fail(offset, url, `${binary} served as ${mime ? mime.essence : 'a page'}`), false];
  return [
    {
      ok: true,
      page: {
        url,
        date: isoDate(record.warcDate),
        bytes,
        headerCharset: mime?.charset ?? null,
        contentType: contentType ?? null,
        recordId: record.warcHeader('WARC-Record-ID') ?? null,
        offset,
      },
    },
    false,
  ];
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function codings(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
}

/** Undoes the transfer and content codings, last applied first. */
function httpBody(raw: Uint8Array, transferEncoding: string | null, contentEncoding: string | null): Uint8Array {
  let body = raw;
  const transfer = codings(transferEncoding);
  if (transfer.at(-1) === 'chunked') {
    transfer.pop();
    // Many crawlers store the body already de-chunked but keep the header: then it is taken as is.
    body = dechunk(body) ?? body;
  }
  for (const c of [...transfer.reverse(), ...codings(contentEncoding).reverse()]) body = decompress(body, c);
  return body;
}

/** A chunked body's data, or null when it does not start as a chunked body. */
function dechunk(b: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let i = 0;
  for (;;) {
    const nl = b.indexOf(0x0a, i);
    if (nl < 0 || nl - i > 1024) break;
    const m = /^([0-9a-f]{1,8})[ \t]*(?:;[^\r]*)?\r?$/i.exec(Buffer.from(b.buffer, b.byteOffset + i, nl - i).toString('latin1'));
    if (!m) break;
    const size = parseInt(m[1], 16);
    if (size === 0) return Buffer.concat(parts);
    const start = nl + 1;
    parts.push(b.subarray(start, start + size));
    i = start + size;
    if (b[i] === 0x0d) i++;
    if (b[i] === 0x0a) i++;
    if (i >= b.length) break;
  }
  // A body cut inside its chunks keeps what arrived, as a browser shows a page cut off.
  return parts.length ? Buffer.concat(parts) : null;
}

const ZLIB_LIMIT = { maxOutputLength: MAX_PAGE_BYTES };

function decompress(body: Uint8Array, coding: string): Uint8Array {
  try {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        // A body stored decoded under its original header has no gzip signature.
        return body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body, ZLIB_LIMIT) : body;
      case 'deflate':
        // Servers send raw deflate under this name as often as the zlib format it names.
        try {
          return inflateSync(body, ZLIB_LIMIT);
        } catch {
          return inflateRawSync(body, ZLIB_LIMIT);
        }
      case 'br':
        return brotliDecompressSync(body, ZLIB_LIMIT);
    }
  } catch (e) {
    if (startsLikeHtml(body)) return body;
    const why = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? `over ${MAX_PAGE_BYTES / MB} MB decoded` : (e as Error).message;
    throw new Error(`cannot decode ${coding} Content-Encoding: ${why}`, { cause: e });
  }
  throw new Error(`unsupported Content-Encoding: ${coding}`);
}

/** The MIME Sniffing standard's HTML signatures, for a response that gave no Content-Type. */
const HTML_SIGNATURES = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--',
];

function startsLikeHtml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0d))) i++;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset + i, Math.min(bytes.length - i, 16))
    .toString('latin1')
    .toLowerCase();
  return HTML_SIGNATURES.some((sig) => head.startsWith(sig) && (head.length === sig.length || head[sig.length] === ' ' || head[sig.length] === '>'));
}

// ---------------------------------------------------------------------------------------------
// Writing, for tests and benchmarks.

export interface WarcRecordOptions {
  url: string;
  /** ISO 8601. */
  date: string;
  /** The HTTP body as sent (give it already chunked or compressed with the matching `headers`). */
  html: string | Uint8Array;
  /** The HTTP Content-Type; null leaves the header out. Default text/html; charset=utf-8. */
  contentType?: string | null;
  status?: number;
  /** More HTTP headers, e.g. Transfer-Encoding or Content-Encoding. */
  headers?: Record<string, string>;
  /** Default response. A request or revisit record gets HTTP headers only; warcinfo, metadata and resource records carry `html` as their block. */
  type?: 'response' | 'request' | 'revisit' | 'warcinfo' | 'metadata' | 'resource';
}

const REASONS: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  404: 'Not Found',
  500: 'Internal Server Error',
};
const utf8 = new TextEncoder();

function headerLines(headers: Array<[string, string | null | undefined]>): string {
  return headers
    .filter((h): h is [string, string] => h[1] != null)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
}

/** One WARC/1.1 record with its HTTP/1.1 message, as a crawler writes it. */
export function warcRecord(opts: WarcRecordOptions): Uint8Array {
  const type = opts.type ?? 'response';
  const body = typeof opts.html === 'string' ? utf8.encode(opts.html) : opts.html;
  const extra = Object.entries(opts.headers ?? {});
  let block: Uint8Array;
  let blockType: string;
  if (type === 'request') {
    const u = new URL(opts.url);
    block = utf8.encode(`GET ${u.pathname}${u.search} HTTP/1.1\r\n${headerLines([['Host', u.host], ...extra])}\r\n`);
    blockType = 'application/http; msgtype=request';
  } else if (type === 'response' || type === 'revisit') {
    const status = opts.status ?? 200;
    const chunked = extra.some(([k]) => k.toLowerCase() === 'transfer-encoding');
    const contentType = opts.contentType === undefined ? 'text/html; charset=utf-8' : opts.contentType;
    const head = utf8.encode(
      `HTTP/1.1 ${status} ${REASONS[status] ?? 'Status'}\r\n` +
        headerLines([['Content-Type', contentType], ['Content-Length', chunked ? null : String(body.length)], ...extra]) +
        '\r\n',
    );
    block = type === 'revisit' ? head : Buffer.concat([head, body]);
    blockType = 'application/http; msgtype=response';
  } else {
    block = body;
    blockType = opts.contentType ?? 'application/warc-fields';
  }
  const warcHead = utf8.encode(
    'WARC/1.1\r\n' +
      headerLines([
        ['WARC-Type', type],
        ['WARC-Record-ID', `<urn:uuid:${randomUUID()}>`],
        ['WARC-Date', opts.date],
        ['WARC-Target-URI', type === 'warcinfo' ? null : opts.url],
        ['WARC-Profile', type === 'revisit' ? 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest' : null],
        ['Content-Type', blockType],
        ['Content-Length', String(block.length)],
      ]) +
      '\r\n',
  );
  return Buffer.concat([warcHead, block, utf8.encode('\r\n\r\n')]);
}

/** One gzip member: a .warc.gz holds each record in its own, so a reader can seek to any record. */
export function gzipMember(bytes: Uint8Array): Uint8Array {
  return gzipSync(bytes);
}
