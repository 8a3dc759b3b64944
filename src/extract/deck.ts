import { findDates } from './dateText';
import { isProseLine, linkDensity, visibleLength } from './density';
import { isBreadcrumb, isInfoLine } from './bodyLines';
import type { Line } from './lines';
import { domReadsFor } from './domReads';

const SENTENCE_END = /[。！？]$/;
const BYLINE_MARK = /[：:/|]|记者|記者|通讯员|通訊員|编辑|編輯|作者/;
const CLOCK_TIME = /\d{1,2}:\d{2}/;
const HAN_CHARS = /[\u4e00-\u9fa5]/g;
const DECK_CLASS = /title|sub|pre|yinti|fubiao|deck/i;
const WHITESPACE = /\s+/g;
/** Words of page tools and share prompts (扫一扫, 分享到, 打印, 字号, 手机版…), which are no deck. */
const TOOL_WORDS = /扫一扫|掃一掃|二维码|二維碼|分享|打印|列印|字号|字號|收藏|关闭|關閉|手机版|手機版|客户端|客戶端|微信|微博/;

/**
 * Headline decks: the 引题 printed just above the headline and the 副题 lines just below it.
 * They are short headline-styled lines (a heading tag, or a title/sub class) touching the
 * headline; anything else (an info line, a byline, a link, a sentence) ends the deck.
 */
function deckStyled(line: Line): boolean {
  const text = line.text.trim();
  const n = visibleLength(text);
  if (n < 6 || n > 50 || linkDensity(line) > 0.3 || isInfoLine(text) || isBreadcrumb(text) || isProseLine(line)) return false;
  // Bylines, dates and sentences sit in the same spot and are not decks.
  if (SENTENCE_END.test(text) || BYLINE_MARK.test(text) || findDates(text).length || CLOCK_TIME.test(text)) return false;
  if ((text.match(HAN_CHARS)?.length ?? 0) < n * 0.7) return false;
  return line.headingLevel > 0 || DECK_CLASS.test(domReadsFor(line.owner).className(line.owner));
}

/** A deck line's typographic lead: the dash of a 副题 (——新建高标准农田十二万亩). */
const DASH_LEAD = /^\s*(?:——|──|—\s|－－|--)/;
/** Lines under the headline looked at for a deck: a deck has at most six, with an info line among them. */
const HEADER_WINDOW = 8;
const MAX_DECK = 6;

/**
 * A line with a deck's shape, whatever its styling: short, no sentence end, no links, no date,
 * byline, label or breadcrumb. Only its place (under the headline, above the info line, or led by
 * a 副题 dash) makes it a deck.
 */
function deckShaped(line: Line): boolean {
  const text = line.text.trim();
  const n = visibleLength(text);
  // Shorter than six characters, a line there is an account or column name, not a 副题.
  if (n < 6 || n > 50 || linkDensity(line) > 0.3 || isInfoLine(text) || isBreadcrumb(text) || isProseLine(line)) return false;
  if (SENTENCE_END.test(text) || BYLINE_MARK.test(text) || findDates(text).length || CLOCK_TIME.test(text)) return false;
  // Page tools and share prompts sit there too.
  return !TOOL_WORDS.test(text);
}

/**
 * Indices of deck lines around the headline at `titleIndex`, in reading order: a headline-styled
 * line touching the headline (above or below it), and, under the headline, the plain lines between
 * it and the info line (the lines a page prints there are its 副题, however styled) and lines led by
 * a 副题 dash before the first paragraph.
 */
export function findDeck(lines: Line[], titleIndex: number, titleLines = 1): number[] {
  if (titleIndex < 0) return [];
  const out: number[] = [];
  const headline = lines
    .slice(titleIndex, titleIndex + titleLines)
    .map((l) => l.text)
    .join('')
    .replace(WHITESPACE, '');
  // A second copy of the headline (desktop and mobile headers) is not a deck.
  const notHeadline = (l: Line) => l.text.replace(WHITESPACE, '') !== headline;
  const deckLike = (l: Line) => notHeadline(l) && deckStyled(l);
  // Above the headline only a headline-styled line counts: plain text there is navigation.
  if (titleIndex > 0 && deckLike(lines[titleIndex - 1])) out.push(titleIndex - 1);
  const from = titleIndex + titleLines;
  const end = Math.min(lines.length, from + HEADER_WINDOW);
  const under: number[] = [];
  let sawInfo = false;
  for (let i = from; i < end && under.length < MAX_DECK; i++) {
    const l = lines[i];
    if (isInfoLine(l.text.trim())) {
      sawInfo = true;
      continue;
    }
    const dashed = DASH_LEAD.test(l.text) && deckShaped(l);
    // Above the info line a plain deck-shaped line is a deck line; below it only a dashed one.
    if (notHeadline(l) && (dashed || (!sawInfo && (deckShaped(l) || deckStyled(l))))) {
      under.push(i);
      continue;
    }
    break;
  }
  // Plain lines count only when an info line closes them off (or they are dashed or styled):
  // without one, short lines under a headline may be the start of the article.
  for (const i of under) {
    if (sawInfo || DASH_LEAD.test(lines[i].text) || deckStyled(lines[i])) out.push(i);
    else break;
  }
  return out;
}
