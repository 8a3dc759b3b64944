/** Small text predicates shared by the line rules. */

/** Whitespace of every width folded to one space, ends trimmed. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/**
 * A one-character Unicode property test, memoised per code point. Scanning a string with a
 * global property regex costs about 0.3 µs per character (a match object per hit, and the
 * garbage to collect): on a 10 MB page the repeated key and Han-count passes took seconds.
 * The regex stays the definition; each code point is asked once.
 */
function codePointClass(re: RegExp): (cp: number) => boolean {
  const bmp = new Uint8Array(0x10000); // 0 not asked yet, 1 no, 2 yes
  const astral = new Map<number, boolean>();
  return (cp) => {
    if (cp < 0x10000) {
      let v = bmp[cp];
      if (!v) bmp[cp] = v = re.test(String.fromCharCode(cp)) ? 2 : 1;
      return v === 2;
    }
    let v = astral.get(cp);
    if (v === undefined) astral.set(cp, (v = re.test(String.fromCodePoint(cp))));
    return v;
  };
}

const isHan = codePointClass(/^\p{Script=Han}$/u);
const isKeyNoise = codePointClass(/^[\s\p{P}\p{S}]$/u);

/** The code point at i, reading a surrogate pair as one (as a /u regex does); a lone surrogate stands alone. */
function codePointAt(s: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * Characters NFKC leaves alone (ASCII, CJK ideographs, CJK brackets and full stops) or maps one
 * to one without touching neighbours (full-width ASCII forms, the ideographic space). A string of
 * only these needs no ICU normalisation pass: the mapping is applied while building the key.
 */
const NFKC_SIMPLE = /^[\x00-\x7f\u3000-\u3003\u3008-\u3011\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]*$/;

const keyBuffer = new Uint16Array(1 << 16);
const utf16: TextDecoder | null = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

/**
 * Comparison key: NFKC, no whitespace or punctuation, so re-spaced copies compare equal.
 * Built in a code-unit buffer: collecting slices between punctuation marks left hundreds of
 * thousands of small strings for the collector on a megabyte-long paragraph.
 */
export function textKey(s: string): string {
  const simple = NFKC_SIMPLE.test(s);
  const t = simple ? s : s.normalize('NFKC');
  // A shared buffer for ordinary lines; a huge one gets its own, so the worker does not keep it.
  const buf = t.length <= keyBuffer.length ? keyBuffer : new Uint16Array(t.length);
  let n = 0;
  let loneSurrogate = false;
  let mappedAny = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      buf[n++] = c; // a CJK unified ideograph (the block is all Han since Unicode 14): kept as is
      continue;
    }
    const cp = codePointAt(t, i, c);
    if (cp > 0xffff) {
      if (!isKeyNoise(cp)) {
        buf[n++] = c;
        buf[n++] = t.charCodeAt(i + 1);
      }
      i++;
      continue;
    }
    // Only on the simple path can a full-width form or U+3000 still be here (NFKC maps them).
    const mapped = simple && c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : simple && c === 0x3000 ? 0x20 : c;
    if (isKeyNoise(mapped)) continue;
    if (mapped !== c) mappedAny = true;
    if (mapped >= 0xd800 && mapped <= 0xdfff) loneSurrogate = true;
    buf[n++] = mapped;
  }
  if (n === t.length && !mappedAny) return t;
  // The decoder would turn a lone surrogate into U+FFFD, which the regex definition keeps; on
  // a short line its call costs more than building the string directly.
  return loneSurrogate || n <= 256 || !utf16 ? fromCodeUnits(buf, n) : utf16.decode(buf.subarray(0, n));
}

function fromCodeUnits(buf: Uint16Array, n: number): string {
  const parts: string[] = [];
  for (let k = 0; k < n; k += 4096) parts.push(String.fromCharCode(...buf.subarray(k, Math.min(n, k + 4096))));
  return parts.join('');
}

/** How many characters of the Han script (as /\p{Script=Han}/u counts them) s holds. */
export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
    else if (c >= 0x2e80) {
      // No Han character sits below U+2E80 (CJK radicals); above it, the memo decides.
      const cp = codePointAt(s, i, c);
      if (isHan(cp)) n++;
      if (cp > 0xffff) i++;
    }
  }
  return n;
}

/** A sentence ends here: body prose rather than a label, heading or link. */
export function hasSentenceEnd(s: string): boolean {
  return /[。！？!?；;…]/.test(s);
}

// List markers that a text capture keeps from <li> bullets: "• ", "· ", "- ".
const BULLET = /^(?:[•·●◆◇■□▪▸►○◎]\s*|-\s+)/u;

export function stripBullet(s: string): { text: string; bulleted: boolean } {
  const m = BULLET.exec(s);
  return m ? { text: s.slice(m[0].length).trim(), bulleted: true } : { text: s, bulleted: false };
}
