/**
 * Decodes a saved page whose encoding nobody promised: BOM first, then strict UTF-8, then the
 * charset the page declares (GBK family read as gb18030, its superset), then gb18030 as the
 * usual fallback for Chinese sites.
 */
export interface Decoded {
  text: string;
  encoding: string;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function normaliseCharset(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn', 'hz-gb-2312'].includes(l)) return 'gb18030';
  return l;
}

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w-]+)/i.exec(head) ??
    /^<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head);
  return m ? normaliseCharset(m[1]) : null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  for (const [bom, enc] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: new TextDecoder(enc).decode(bytes.subarray(bom.length)), encoding: enc };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to the declared charset.
  }
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8') {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // Unknown label: fall back below.
    }
  }
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}
