import { furnitureKindOfSquashed } from '../furniture';
import { EDITOR_LABEL, editorFrom, SOURCE_LABEL, sourceFrom } from '../infoLineFields';
import { isCreditLine, parseCredits } from '../names';
import { PRINT_VIEW_RUN, type BodyCut } from './cutBody';
import type { Reading } from './reading';
import type { CleanerPage } from './textLines';

/** Lines after the article's end kept in `removed`. */
const MAX_TAIL_LISTED = 30;
/** Only a key this long tells a copied paragraph from a short line that repeats by chance. */
const MIN_COPY_KEY = 8;

/**
 * Stage 5, the tail: what follows the article's end (the editor credit, the footer, lists, a
 * print-view copy). It gives no body, only the editor, the source and credits not found above;
 * paragraphs of the body repeated there are a second copy of the article.
 */
export function readTail(page: CleanerPage, cut: BodyCut, reading: Reading): void {
  const { lines, extra, wholePage } = page;
  const out = reading.out;
  const bodyKeys = new Set(cut.kept.map((b) => b.key).filter((k) => k.length >= MIN_COPY_KEY));
  let repeats = 0;
  let tailListed = 0;
  for (const line of lines.slice(cut.end)) {
    const text = line.text;
    if (bodyKeys.has(line.key)) {
      repeats++;
      reading.drop(text, 'repeated-copy', { tail: true });
      continue;
    }
    // What follows the article's end (comments, lists, a whole page's footer) is listed only at
    // its start: the end marker and the first lines show where the cut was made.
    if (tailListed++ < MAX_TAIL_LISTED) reading.drop(text, furnitureKindOfSquashed(text, extra, wholePage) ?? 'after-article', { tail: true });
    if (!out.editor && text.length <= 60 && EDITOR_LABEL.test(text)) {
      out.editor = editorFrom(text);
      if (out.editor) out.provenance.editor = 'info-line-below';
    }
    if (!out.source && text.length <= 60 && SOURCE_LABEL.test(text)) {
      out.source = sourceFrom(text);
      if (out.source) out.provenance.source = 'info-line-below';
    }
    if (isCreditLine(text)) reading.addAuthors(parseCredits(text));
  }
  if (repeats) {
    out.duplicatesRemoved += repeats;
    if (repeats >= Math.min(PRINT_VIEW_RUN, bodyKeys.size)) out.printViewRemoved = true;
  }
  out.furnitureRemoved += Math.max(0, lines.length - cut.end - repeats);
}
