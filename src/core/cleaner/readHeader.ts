import { isDisclosureRow, isDocumentNumber } from '../disclosure';
import { furnitureKind } from '../furniture';
import { parseInfoLine } from '../infoLineFields';
import { isCreditLine, parseCredits } from '../names';
import { hasSentenceEnd } from '../text';
import type { Reading } from './reading';
import { isProseText, makeTextLine, opensDocument, type CleanerPage } from './textLines';

/** A header runs this many lines at most before the first prose paragraph… */
const MAX_HEADER_LINES = 12;
/** …and holds at most this many deck lines: more, and there was no header to read. */
const MAX_DECK_LINES = 6;

/** What the header stage read between the headline and the body. */
export interface Header {
  /** The body's first line: the first prose paragraph, or the headline's next line when the header does not stand. */
  bodyFrom: number;
  /** Short unpunctuated lines under the headline (text captures only), for the deck stage to judge. */
  deckLines: string[];
  /** An info line (or a disclosure table's row) was read under the headline. */
  sawInfo: boolean;
}

/**
 * Stage 2, the header: the lines between the headline and the first prose paragraph. Info lines
 * and disclosure rows give their fields, credit lines their people, furniture and copies of the
 * headline (or of the page reader's deck, `hintedDeck`) go; short unpunctuated lines of a text
 * capture are deck lines. A publish time glued to the first paragraph is split off it. Twelve
 * lines with no prose in sight, or over six deck lines, are no header: they are read as body.
 */
export function readHeader(page: CleanerPage, from: number, titleKeys: ReadonlySet<string>, hintedDeck: ReadonlySet<string>, reading: Reading): Header {
  const { lines, extra, wholePage } = page;
  const out = reading.out;
  let i = from;
  let sawInfo = false;
  const deck: string[] = [];
  // Header lines left out, as text and kind pairs: kept only if the header stands (see below).
  const headerDrops: string[] = [];
  for (; i < lines.length && i - from < MAX_HEADER_LINES; i++) {
    const text = lines[i].text;
    if (isProseText(lines[i])) {
      const info = parseInfoLine(text);
      if (info?.rest) {
        reading.takeInfo(info, 'info-line-under-headline');
        sawInfo = true;
        out.gluedDateSplit = true;
        lines[i] = makeTextLine(info.rest, lines[i].kind, lines[i].bulleted, lines[i].from);
      }
      break;
    }
    if (titleKeys.has(lines[i].key)) {
      out.duplicatesRemoved++;
      continue;
    }
    if (hintedDeck.has(lines[i].key)) continue;
    const furniture = furnitureKind(text, extra, wholePage);
    if (furniture) {
      out.furnitureRemoved++;
      headerDrops.push(text, furniture);
      continue;
    }
    const info = parseInfoLine(text);
    // A row of the disclosure table under the headline counts as info even where it holds no
    // date or source (index number, subject, issuing office): it stays out of the deck.
    if (info || isDisclosureRow(text)) {
      if (info) reading.takeInfo(info, isDisclosureRow(text) ? 'disclosure-table' : 'info-line-under-headline');
      sawInfo = true;
      headerDrops.push(text, isDisclosureRow(text) ? 'disclosure-row' : 'info-line');
      continue;
    }
    if (isCreditLine(text)) {
      reading.addAuthors(parseCredits(text));
      headerDrops.push(text, 'byline');
      continue;
    }
    // A document's number (某政办发〔2024〕12号) or its addressees (各区人民政府，市各委办局：)
    // open the document's text: they are not headline decks.
    if (isDocumentNumber(text) || opensDocument(lines, i)) break;
    if (wholePage && text.length <= 60 && !hasSentenceEnd(text.replace(/[!！]/g, ''))) {
      deck.push(text);
      continue;
    }
    break;
  }
  if (i - from >= MAX_HEADER_LINES || deck.length > MAX_DECK_LINES) {
    // No prose paragraph in sight: these were not deck lines; read them as body.
    i = from;
    deck.length = 0;
  } else {
    for (let k = 0; k < headerDrops.length; k += 2) reading.drop(headerDrops[k], headerDrops[k + 1]);
  }
  // A headline with an info line under it is where pages put it; the first candidate alone is a guess.
  if (out.title && wholePage && !out.provenance.title) out.provenance.title = sawInfo ? 'text-headline-above-info-line' : 'text-first-headline-candidate';
  return { bodyFrom: i, deckLines: deck, sawInfo };
}
