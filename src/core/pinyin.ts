/**
 * Mirror sites that convert simplified pages to traditional insert the pinyin of each converted
 * character after it: 召開(kāi), 會(huì). Such an annotation is a parenthesised pinyin syllable
 * directly after a Han character; legitimate parentheses ((市), (2月5日), (試行)) never hold one.
 */

const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
// One Mandarin syllable: optional initial, a final, with or without tone marks.
const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3})(?:ng|n|r)?$/;
const ANNOTATION = /(\p{Script=Han})[(（]\s*([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\s*[)）]/gu;

function isSyllable(s: string): boolean {
  return SYLLABLE.test(s.normalize('NFC'));
}

/**
 * Removes pinyin annotations. A tone-marked syllable always counts; an unmarked one ("(de)")
 * only when the same text also carries tone-marked annotations, so a stray "(ok)" is kept.
 */
/** Every annotation opens a parenthesis: without one, the Han-anchored regex need not scan the text. */
function mayHoldAnnotation(text: string): boolean {
  return text.includes('(') || text.includes('（');
}

export function removePinyin(text: string, allowUntoned = false): { text: string; removed: number } {
  if (!mayHoldAnnotation(text)) return { text, removed: 0 };
  let removed = 0;
  const out = text.replace(ANNOTATION, (whole, han: string, syl: string) => {
    if (!isSyllable(syl)) return whole;
    if (!TONED.test(syl) && !allowUntoned) return whole;
    removed++;
    return han;
  });
  return { text: out, removed };
}

/** Counts tone-marked annotations, to decide whether a page carries them at all. */
export function countTonedAnnotations(text: string): number {
  let n = 0;
  if (!mayHoldAnnotation(text)) return 0;
  for (const m of text.matchAll(ANNOTATION)) if (TONED.test(m[2]) && isSyllable(m[2])) n++;
  return n;
}
