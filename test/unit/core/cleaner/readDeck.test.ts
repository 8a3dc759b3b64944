import { readDeck } from '../../../../src/core/cleaner/readDeck';
import { Reading } from '../../../../src/core/cleaner/reading';

const deckOf = (deckLines: string[], sawInfo: boolean, hinted?: string[]) => {
  const reading = new Reading(0);
  const deck = readDeck({ bodyFrom: 0, deckLines, sawInfo }, hinted, reading);
  return { deck, out: reading.out };
};

describe('readDeck: stage 3', () => {
  test('the header’s short lines are the deck', () => {
    const { deck, out } = deckOf(['抓早抓实 不误农时', '整修渠道一百二十公里'], true);
    expect(deck).toEqual(['抓早抓实 不误农时', '整修渠道一百二十公里']);
    expect(out.deck).toBe(deck);
    expect(out.source).toBeNull();
  });
  test('one short name under a headline with no info line is the outlet that printed it: the source', () => {
    const { deck, out } = deckOf(['示例县融媒'], false);
    expect(deck).toEqual([]);
    expect(out.source).toBe('示例县融媒');
    expect(out.provenance.source).toBe('byline-under-headline');
  });
  test('not when an info line was read, nor for a spaced phrase, a longer line or two lines', () => {
    expect(deckOf(['示例县融媒'], true).out.source).toBeNull();
    expect(deckOf(['抓早抓实 不误农时'], false).out.source).toBeNull();
    expect(deckOf(['示例县融媒体中心供稿'], false).out.source).toBeNull();
    expect(deckOf(['示例县融媒', '不误农时'], false).out.source).toBeNull();
  });
  test('the page reader’s deck, when it found one, is the deck', () => {
    expect(deckOf(['抓早抓实 不误农时'], true, ['整修渠道一百二十公里']).deck).toEqual(['整修渠道一百二十公里']);
    expect(deckOf(['抓早抓实 不误农时'], true, []).deck).toEqual(['抓早抓实 不误农时']);
  });
});
