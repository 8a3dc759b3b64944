/** Small text predicates shared by the line rules. */

/** Whitespace of every width folded to one space, ends trimmed. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Comparison key: NFKC, no whitespace or punctuation, so re-spaced copies compare equal. */
export function textKey(s: string): string {
  return s.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function hanCount(s: string): number {
  // Counting with exec instead of match: match builds one string per character, and on a
  // megabyte-long block that array alone cost ~0.6 s of allocation and GC (robustness fuzz).
  let n = 0;
  const re = /\p{Script=Han}/gu;
  while (re.exec(s)) n++;
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
