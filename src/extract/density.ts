import type { Line } from './lines';

/**
 * Text, link and punctuation density that work for Chinese: characters are counted without
 * spaces (Chinese has none), and sentence punctuation is counted in both widths, because
 * general extractors that count ASCII commas and words see a Chinese paragraph as one "word".
 */
const SENTENCE_PUNCT = /[，。！？；：、,.!?;“”]/g;

export function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

export function punctuationCount(text: string): number {
  return text.match(SENTENCE_PUNCT)?.length ?? 0;
}

/**
 * Length in Chinese-character units: a Latin letter carries about a third of what a Chinese
 * character does, so English widgets and code do not outweigh a Chinese paragraph.
 */
export function chineseWeightLength(text: string): number {
  const compact = text.replace(/\s+/g, '');
  const latin = compact.match(/[A-Za-z0-9]/g)?.length ?? 0;
  return compact.length - latin + latin / 3;
}

export function linkDensity(line: Line): number {
  const n = visibleLength(line.text);
  return n ? line.linkChars / n : 0;
}

/**
 * How much a line looks like article prose: positive for sentences, negative for navigation,
 * link lists and short labels. Summed over a subtree, the article container scores highest
 * because it holds the sentences and little of the rest.
 */
/** Site footer and disclaimer wording: never article text, however long and punctuated. */
const FOOTER_TEXT = /版权所有|版权声明|Copyright|©|ICP备|ICP证|公网安备|网安备|不良信息举报|举报电话|免责声明|郑重声明|^声明[：:]|All Rights Reserved|违法和不良/i;

export function isFooterText(text: string): boolean {
  return FOOTER_TEXT.test(text);
}

export function lineWeight(line: Line): number {
  const n = visibleLength(line.text);
  if (!n) return 0;
  if (isFooterText(line.text)) return -Math.min(n, 60);
  let w: number;
  if (linkDensity(line) > 0.5) {
    w = -Math.min(n, 40);
  } else {
    const p = punctuationCount(line.text);
    const m = chineseWeightLength(line.text);
    w = (p > 0 ? m + 4 * Math.min(p, 20) * (m / n) : m * 0.3) - 10;
  }
  if (line.hint === 'negative' && w > 0) w *= 0.15;
  else if (line.hint === 'positive' && w > 0) w *= 1.25;
  return w;
}

/** Whether a line reads as a sentence of prose (used to judge pages and trim edges). */
export function isProse(line: Line): boolean {
  return linkDensity(line) <= 0.5 && visibleLength(line.text) >= 20 && punctuationCount(line.text) >= 1;
}
