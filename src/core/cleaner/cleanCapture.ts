import { isCreditLine, parseCredits } from '../names';
import { textKey } from '../text';
import type { PageInput } from '../types';
import { cutBody } from './cutBody';
import { readHeadline } from './findHeadline';
import { Reading, type Cleaned } from './reading';
import { readDeck } from './readDeck';
import { readHeader } from './readHeader';
import { readTail } from './readTail';
import { readCleanerPage } from './textLines';

/**
 * Lines (a text capture) or extracted blocks (HTML) → title, deck, info fields and a clean body,
 * in five stages, each reading on from where the last stopped: the headline, the header (info
 * lines), the deck, the body, the tail. A text capture is the whole page: the headline is found
 * above its info line, the body runs from the first prose paragraph to the editor credit or the
 * first end-of-article furniture, and whatever follows (footer, lists, a print-view copy) is read
 * only for the editor and source.
 *
 * `origins`, when given, numbers the input blocks as the spots of `input.removed` count them (the
 * text blocks extraction sent, before figures and captions were taken out): each removed line's
 * `at` then says where in the final body it stood.
 */
export function cleanCapture(input: PageInput, extraBoilerplate: readonly string[] = [], origins?: readonly number[]): Cleaned {
  const { page, pinyinRemoved } = readCleanerPage(input, extraBoilerplate, origins);
  const reading = new Reading(pinyinRemoved, input.removed);
  const headline = readHeadline(page, input, reading);
  const hintedDeck = new Set((input.hints.deck ?? []).map(textKey));
  const header = readHeader(page, headline.next, headline.titleKeys, hintedDeck, reading);
  const deck = readDeck(header, input.hints.deck, reading);
  // A second copy of the page repeats its headline and deck lines too.
  const seen = new Set([...headline.titleKeys, ...deck.map(textKey)]);
  const body = cutBody(page, header.bodyFrom, seen, reading);
  readTail(page, body, reading);
  creditBylinesBeside(input, reading);
  return reading.finish(body.lines, body.kept);
}

/**
 * A byline extraction kept beside the body (记者 林晓岚 摄影 周默 above the info line) credits the
 * article's people with their roles, as one inside the body does.
 */
function creditBylinesBeside(input: PageInput, reading: Reading): void {
  for (const text of [...(input.context?.before ?? []), ...(input.context?.after ?? [])]) {
    if (isCreditLine(text)) reading.addAuthors(parseCredits(text));
  }
}
