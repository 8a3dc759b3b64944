import type { IsoDate } from '../dates';
import type { InfoLine } from '../infoLineFields';
import type { Author, Block, RemovedLine } from '../types';
import { keepRemoved, placeRemoved, type PendingRemoved, type RemovedSpot } from './removedLines';
import type { TextLine } from './textLines';

/** What the cleaner makes of a capture: title, deck, info fields and a clean body. */
export interface Cleaned {
  title: string | null;
  deck: string[];
  date: IsoDate | null;
  source: string | null;
  editor: string | null;
  authors: Author[];
  body: Block[];
  pinyinRemoved: number;
  duplicatesRemoved: number;
  printViewRemoved: boolean;
  furnitureRemoved: number;
  gluedDateSplit: boolean;
  notes: string[];
  /** Which spot of a text capture gave each field (headline, info line, disclosure table…). */
  provenance: Record<string, string>;
  /** Lines moved out of the body, each with the kind of line its rule named (extraction's first). */
  removed: RemovedLine[];
}

/**
 * The record as the stages fill it in, in page order: a field keeps the first value a stage
 * found, except where a stage says otherwise, and every line a stage moves out of the body is
 * kept with its kind and spot.
 */
export class Reading {
  readonly out: Cleaned;
  private readonly pending: PendingRemoved[] = [];

  /** `removedByExtraction`: the lines the page reader left out (`PageInput.removed`), listed first. */
  constructor(pinyinRemoved: number, removedByExtraction: readonly RemovedLine[] = []) {
    this.out = {
      title: null,
      deck: [],
      date: null,
      source: null,
      editor: null,
      authors: [],
      body: [],
      pinyinRemoved,
      duplicatesRemoved: 0,
      printViewRemoved: false,
      furnitureRemoved: 0,
      gluedDateSplit: false,
      notes: [],
      provenance: {},
      removed: [],
    };
    for (const r of removedByExtraction) keepRemoved(this.pending, r.text, r.kind, r.at === undefined ? {} : { input: r.at });
  }

  /** A line moved out of the body; above the body unless the stage says where. */
  drop(text: string, kind: string, where: RemovedSpot = { body: 0 }): void {
    keepRemoved(this.pending, text, kind, where);
  }

  /** An author not yet credited, in the order found. */
  addAuthors(as: readonly Author[]): void {
    for (const a of as) if (!this.out.authors.some((b) => b.name === a.name)) this.out.authors.push(a);
  }

  /** The fields of an info line not yet found; `where` names the spot for the record's provenance. */
  takeInfo(info: InfoLine, where: string): void {
    const out = this.out;
    if (info.date && !out.date) {
      out.date = info.date;
      out.provenance.publishedAt = where;
    }
    if (info.source && !out.source) {
      out.source = info.source;
      out.provenance.source = where;
    }
    if (info.editor && !out.editor) {
      out.editor = info.editor;
      out.provenance.editor = where;
    }
    if (info.author && !out.authors.length) this.addAuthors([{ name: info.author, role: 'author' }]);
  }

  /** The record once the body is final: each removed line placed in it, the notes written. */
  finish(body: readonly TextLine[], kept: readonly TextLine[]): Cleaned {
    const out = this.out;
    out.removed = placeRemoved(this.pending, body, new Set<TextLine>(kept));
    if (out.printViewRemoved) out.notes.push('a second copy of the article (print view) was dropped');
    if (out.gluedDateSplit) out.notes.push('publish time glued to the first paragraph was split off');
    return out;
  }
}
