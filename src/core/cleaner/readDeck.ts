import { hanCount } from '../text';
import type { Reading } from './reading';
import type { Header } from './readHeader';

/** An outlet or column name under a headline is this short. */
const MAX_BYLINE_HAN = 8;

/**
 * Stage 3, the deck: the header's short lines under the headline, or the page reader's deck
 * (`hintedDeck`) when it found one. A single short name with no info line around it is no deck
 * but the outlet or column that printed the article: it is the source.
 */
export function readDeck(header: Header, hintedDeck: string[] | undefined, reading: Reading): string[] {
  const out = reading.out;
  let deck = header.deckLines;
  if (!header.sawInfo && deck.length === 1 && hanCount(deck[0]) <= MAX_BYLINE_HAN && !/\s/.test(deck[0])) {
    out.source = deck[0];
    out.provenance.source = 'byline-under-headline';
    deck = [];
  }
  out.deck = hintedDeck?.length ? hintedDeck : deck;
  return out.deck;
}
