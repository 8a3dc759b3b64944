import { Prng } from './prng';
import { articlePage, sentence } from './generators';

/**
 * Byte-level inputs for the decoder. Node can only encode UTF-8, so a GBK encoder is built by
 * decoding the GB2312 hanzi block once: enough to write realistic legacy-encoded pages and check
 * that they decode back to the same text.
 */
let gbkTable: Map<string, [number, number]> | null = null;

function gbk(): Map<string, [number, number]> {
  if (gbkTable) return gbkTable;
  gbkTable = new Map();
  const dec = new TextDecoder('gb18030');
  for (let lead = 0xa1; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const ch = dec.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
    }
  }
  return gbkTable;
}

/** Encodes text as GBK, dropping characters outside GB2312 + ASCII (the caller compares the same filter). */
export function encodeGbk(text: string): { bytes: Uint8Array; kept: string } {
  const table = gbk();
  const bytes: number[] = [];
  let kept = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      kept += ch;
    } else {
      const pair = table.get(ch);
      if (pair) {
        bytes.push(pair[0], pair[1]);
        kept += ch;
      }
    }
  }
  return { bytes: Uint8Array.from(bytes), kept };
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

export interface EncodedCase {
  kind: string;
  bytes: Uint8Array;
  /** When set, decoding must give back exactly this text. */
  expect?: string;
}

/** Strips characters a lossy encoding cannot carry so round-trip comparisons are fair. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udfff]/g, '').replace(/\u0000/g, '');
}

export function encodedPage(r: Prng): EncodedCase {
  const k = r.next();
  const page = wellFormed(articlePage(r)).replace(/<meta charset="[^"]*">/, '');
  if (k < 0.2) {
    const text = page;
    return { kind: 'utf-8', bytes: new TextEncoder().encode(text), expect: text };
  }
  if (k < 0.3) {
    return { kind: 'utf-8 bom', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page)]), expect: page };
  }
  if (k < 0.4) {
    const be = r.chance(0.5);
    return { kind: be ? 'utf-16be bom' : 'utf-16le bom', bytes: utf16(page, be), expect: page };
  }
  if (k < 0.65) {
    const decl = r.pick([
      '<meta charset="gbk">',
      '<meta charset=GB2312>',
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
      '<?xml version="1.0" encoding="GBK"?>',
      '',
    ]);
    // Pure-ASCII GBK pages are valid UTF-8 too; give each at least one hanzi so the case tests GBK.
    const html = `${decl}<html><body><p>中文${page}</p></body></html>`;
    const { bytes, kept } = encodeGbk(html);
    return { kind: `gbk ${decl ? 'declared' : 'undeclared'}`, bytes, expect: kept };
  }
  if (k < 0.72) {
    // Declared UTF-8 but saved as GBK: the most common mislabel on old government sites.
    const { bytes, kept } = encodeGbk(`<meta charset="utf-8"><p>中文${sentence(r, 200)}</p>`);
    return { kind: 'gbk labelled utf-8', bytes, expect: kept };
  }
  if (k < 0.78) {
    const { bytes } = encodeGbk(
      `<meta charset="${r.pick(['x-unknown', 'utf-7', 'iso-2022-cn', '"><script>', 'big5', 'shift_jis', 'latin1'])}"><p>中文${sentence(r, 200)}</p>`,
    );
    return { kind: 'gbk with odd label', bytes };
  }
  if (k < 0.85) {
    const full = new TextEncoder().encode(page);
    return { kind: 'utf-8 cut mid-character', bytes: full.subarray(0, r.int(0, full.length)) };
  }
  const bytes = new Uint8Array(r.smallInt(20000));
  for (let i = 0; i < bytes.length; i++) bytes[i] = r.int(0, 255);
  return { kind: 'random bytes', bytes };
}
