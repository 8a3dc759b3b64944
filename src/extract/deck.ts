import { findDates } from './dateText';
import { isProse, linkDensity, visibleLength } from './density';
import { isBreadcrumb, isInfoLine } from './bodyLines';
import type { Line } from './lines';
import { domReadsFor } from './domReads';

const SENTENCE_END = /[。！？]$/;
const BYLINE_MARK = /[：:/|]|记者|通讯员|编辑|作者/;
const CLOCK_TIME = /\d{1,2}:\d{2}/;
const HAN_CHARS = /[\u4e00-\u9fa5]/g;
const DECK_CLASS = /title|sub|pre|yinti|fubiao|deck/i;
const WHITESPACE = /\s+/g;

/**
 * Headline decks: the 引题 printed just above the headline and the 副题 lines just below it.
 * They are short headline-styled lines (a heading tag, or a title/sub class) touching the
 * headline; anything else (an info line, a byline, a link, a sentence) ends the deck.
 */
function deckStyled(line: Line): boolean {
  const text = line.text.trim();
  const n = visibleLength(text);
  if (n < 6 || n > 50 || linkDensity(line) > 0.3 || isInfoLine(text) || isBreadcrumb(text) || isProse(line)) return false;
  // Bylines, dates and sentences sit in the same spot and are not decks.
  if (SENTENCE_END.test(text) || BYLINE_MARK.test(text) || findDates(text).length || CLOCK_TIME.test(text)) return false;
  if ((text.match(HAN_CHARS)?.length ?? 0) < n * 0.7) return false;
  return line.headingLevel > 0 || DECK_CLASS.test(domReadsFor(line.owner).className(line.owner));
}

/** Indices of deck lines around the headline at `titleIndex`, in reading order. */
export function findDeck(lines: Line[], titleIndex: number, titleLines = 1): number[] {
  if (titleIndex < 0) return [];
  const out: number[] = [];
  const headline = lines.slice(titleIndex, titleIndex + titleLines).map((l) => l.text).join('').replace(WHITESPACE, '');
  // A second copy of the headline (desktop and mobile headers) is not a deck.
  const deckLike = (l: Line) => l.text.replace(WHITESPACE, '') !== headline && deckStyled(l);
  // Above the headline only a headline-styled line counts: plain text there is navigation.
  if (titleIndex > 0 && deckLike(lines[titleIndex - 1])) out.push(titleIndex - 1);
  for (let i = titleIndex + titleLines; i < Math.min(lines.length, titleIndex + titleLines + 4); i++) {
    if (!deckLike(lines[i])) break;
    out.push(i);
  }
  return out;
}
