import { isLegalNotice, LEGAL_NOTICE_HEADING_MAX, opensWithNoticeLabel } from '../core/vocabulary';
import type { Line, TextMeasure } from './lineShape';

/**
 * Text, link and punctuation density that work for Chinese: characters are counted without
 * spaces (Chinese has none), and sentence punctuation is counted in both widths, because
 * general extractors that count ASCII commas and words see a Chinese paragraph as one "word".
 */
const SENTENCE_PUNCT = /[，。！？；：、,.!?;“”]/g;

/**
 * Characters other than whitespace (what `\s` matches), counted without the copy that
 * `replace(/\s+/g, '')` makes: the walk counts every text node inside a link.
 */
export function visibleLength(text: string): number {
  const n = text.length;
  let spaces = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 0xa0 && isWideSpace(c)) spaces++;
  }
  return n - spaces;
}

/** What `\s` matches above U+009F. */
function isWideSpace(c: number): boolean {
  if (c < 0x1680) return c === 0xa0;
  if (c < 0x2000) return c === 0x1680;
  if (c <= 0x205f) return c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
  return c === 0x3000 || c === 0xfeff;
}

export function punctuationCount(text: string): number {
  return text.match(SENTENCE_PUNCT)?.length ?? 0;
}

/**
 * Punctuation and letters counted with native regexes, for text measured once (a block, a title
 * candidate). The walk's lines go through measureSquashed instead: called for every line, it is
 * among the first functions V8 optimises, and there one loop beat three regex passes that build
 * arrays of their matches (same-run A/B over the corpus: 2.5 to 3.7% of the extraction).
 */
export function measureText(text: string): TextMeasure {
  return {
    chars: visibleLength(text),
    punct: punctuationCount(text),
    latin: text.match(LATIN)?.length ?? 0,
  };
}

const LATIN = /[A-Za-z0-9]/g;

/**
 * measureText for text that `squash` has made, whose only whitespace is single ASCII spaces: one
 * pass over the characters, where the regexes would take three and build arrays of their matches.
 * Every line of a page is measured as it is made. Counts what SENTENCE_PUNCT and LATIN match.
 */
export function measureSquashed(text: string): TextMeasure {
  let spaces = 0;
  let punct = 0;
  let latin = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32) spaces++;
      else if (c >= 48 ? c <= 57 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : c === 44 || c === 46 || c === 33) {
        if (c >= 48) latin++;
        else punct++;
      } else if (c === 63 || c === 59) punct++;
    } else if (
      c >= 0x3001
        ? c <= 0x3002 || (c >= 0xff01 && (c === 0xff0c || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff1a))
        : c === 0x201c || c === 0x201d
    )
      punct++;
  }
  return { chars: n - spaces, punct, latin };
}

/**
 * Length in Chinese-character units: a Latin letter carries about a third of what a Chinese
 * character does, so English widgets and code do not outweigh a Chinese paragraph.
 */
export function chineseWeightLength(text: string): number {
  const m = measureText(text);
  return weightLength(m);
}

function weightLength(m: TextMeasure): number {
  return m.chars - m.latin + m.latin / 3;
}

export function linkDensity(line: Line): number {
  const n = line.chars;
  return n ? line.linkChars / n : 0;
}

/** Site footer and disclaimer wording: never article text, however long and punctuated. */
const FOOTER_TEXT =
  /版权所有|版權所有|版权声明|版權聲明|Copyright|©|ICP备|ICP備|ICP证|ICP證|公网安备|公網安備|网安备|網安備|不良信息举报|不良信息舉報|举报电话|舉報電話|免责声明|免責聲明|郑重声明|鄭重聲明|^(?:声明|聲明)[：:]|All Rights Reserved|违法和不良|違法和不良/i;

export function isFooterText(text: string): boolean {
  return FOOTER_TEXT.test(text);
}

/**
 * A line of a site's legal notice (版权声明, 凡本站注明…, 转载请注明出处), by the core's
 * vocabulary, so the page reader and the text reader agree on what a notice is. Only a sentence
 * can hold a notice phrase and only a short line is a bare label, so most lines of a page (menu
 * entries, names, dates) are passed over without reading their text.
 */
export function isNoticeLine(line: Line): boolean {
  return line.punct > 0 ? isLegalNotice(line.text) : line.chars <= LEGAL_NOTICE_HEADING_MAX && opensWithNoticeLabel(line.text);
}

/**
 * How much a line looks like article prose: positive for sentences, negative for navigation,
 * link lists and short labels. Summed over a subtree, the article container scores highest
 * because it holds the sentences and little of the rest.
 */
export function lineWeight(line: Line): number {
  const n = line.chars;
  if (!n) return 0;
  const linked = linkDensity(line) > 0.5;
  // A link that names a notice (the footer's 版权声明 link) is a link like any other.
  if (isFooterText(line.text) || (!linked && isNoticeLine(line))) return -Math.min(n, 60);
  let w: number;
  if (linked) {
    w = -Math.min(n, 40);
  } else {
    const p = line.punct;
    const m = weightLength(line);
    w = (p > 0 ? m + 4 * Math.min(p, 20) * (m / n) : m * 0.3) - 10;
  }
  if (line.hint === 'negative' && w > 0) w *= 0.15;
  else if (line.hint === 'positive' && w > 0) w *= 1.25;
  return w;
}

/** A linked headline (a feed item's title): the paragraph after it is a teaser. */
export function isLinkedHeadline(line: Line): boolean {
  return linkDensity(line) > 0.5 && line.chars >= 8;
}

/**
 * A line's share of its containers' score: its weight, cut to a fifth for a paragraph right
 * under a linked headline, which is a teaser in a feed rather than article prose.
 */
export function regionWeight(line: Line, previous: Line | undefined): number {
  const w = lineWeight(line);
  return w > 0 && previous && isLinkedHeadline(previous) ? w * 0.2 : w;
}

/**
 * Whether a page line reads as prose: at least 20 characters, mostly unlinked, with a punctuation
 * mark (used to judge pages and trim edges). The text reader, with no links to weigh, has its own
 * `isProseText`.
 */
export function isProseLine(line: Line): boolean {
  return linkDensity(line) <= 0.5 && line.chars >= 20 && line.punct >= 1;
}
