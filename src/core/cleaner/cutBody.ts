import { isDocumentNumber } from '../disclosure';
import { dedupeBlocks } from '../dedupe';
import { endsArticle, furnitureKindOfSquashed } from '../furniture';
import { EDITOR_LABEL, editorFrom, parseInfoLine, SOURCE_LABEL } from '../infoLineFields';
import { isCreditLine, parseCredits } from '../names';
import { hasSentenceEnd } from '../text';
import type { Reading } from './reading';
import { endsLikeAddressees, isProseText, type CleanerPage, type TextLine } from './textLines';

/** A bare day under a document's signature: 2024年5月10日. */
const BARE_DAY = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;
/** Dateline credits: "某某网讯(全媒体记者某某)…" or "本报讯（记者 张三）…". */
const DATELINE_CREDIT = /^.{0,20}?[讯訊]?\s*[(（][^)）]{2,40}[)）]/u;
/** Three paragraphs repeated in a row are a second copy of the article (a print view), not a repeated line. */
export const PRINT_VIEW_RUN = 3;

/** Short unpunctuated lines of a text capture that are not subheadings: a number, addressees, a day. */
function notHeading(text: string): boolean {
  return endsLikeAddressees(text) || isDocumentNumber(text) || BARE_DAY.test(text);
}

function isEditorLine(text: string): boolean {
  return text.length <= 60 && EDITOR_LABEL.test(text) && editorFrom(text) !== null;
}

/**
 * An end-of-article marker is trusted only when less new prose follows it than the body so far
 * holds: a "相关新闻" box near the top of an extracted article must not cut the article off.
 * newProseFrom[k] is the Han count of prose lines from k on that do not repeat an earlier line
 * (a print-view copy below the footer is not new), computed once so the check stays linear.
 */
export function newProseSuffix(lines: readonly TextLine[]): number[] {
  const seen = new Set<string>();
  const fresh = lines.map((l) => {
    const isNew = !seen.has(l.key);
    seen.add(l.key);
    return isNew && isProseText(l) ? l.han : 0;
  });
  const suffix = new Array<number>(lines.length + 1).fill(0);
  for (let k = lines.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1] + fresh[k];
  return suffix;
}

/** The body the body stage cut. */
export interface BodyCut {
  /** The body's lines before repeated copies were dropped (the spots of removed lines count in these). */
  lines: TextLine[];
  /** The lines that stay: the body as stored. */
  kept: TextLine[];
  /** The article's end: the first line of the tail. */
  end: number;
}

/**
 * Stage 4, the body: from `from` to the editor credit or the first end-of-article furniture.
 * Furniture, info and credit lines inside it go out (their fields and people read), copies of
 * the headline or the deck (`seen`) go, short unpunctuated lines of a text capture are
 * subheadings, and a second copy of paragraphs already in it is dropped.
 */
export function cutBody(page: CleanerPage, from: number, seen: ReadonlySet<string>, reading: Reading): BodyCut {
  const { lines, notice, extra, wholePage } = page;
  const out = reading.out;
  const newProseFrom = newProseSuffix(lines);
  let bodyHan = 0;
  const body: TextLine[] = [];
  let end = lines.length;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    const kind = notice[i] ? 'legal-notice' : furnitureKindOfSquashed(text, extra, wholePage);
    if (kind) {
      if (endsArticle(kind) && body.length && newProseFrom[i + 1] <= bodyHan) {
        end = i;
        break;
      }
      out.furnitureRemoved++;
      reading.drop(text, kind, { body: body.length });
      continue;
    }
    if (seen.has(line.key)) {
      out.duplicatesRemoved++;
      continue;
    }
    if (isEditorLine(text)) {
      if (body.length) {
        end = i;
        break;
      }
      if (!out.editor) {
        out.editor = editorFrom(text);
        if (out.editor) out.provenance.editor = 'info-line-below';
      }
      reading.drop(text, 'editor-credit', { body: body.length });
      continue;
    }
    const prose = isProseText(line);
    if (!prose && text.length <= 60 && SOURCE_LABEL.test(text)) {
      const info = parseInfoLine(text);
      if (info) {
        reading.takeInfo(info, 'info-line-in-body');
        reading.drop(text, 'info-line', { body: body.length });
        continue;
      }
    }
    if (!prose && isCreditLine(text)) {
      reading.addAuthors(parseCredits(text));
      reading.drop(text, 'byline', { body: body.length });
      continue;
    }
    if (!body.length) {
      const dateline = DATELINE_CREDIT.exec(text);
      if (dateline) reading.addAuthors(parseCredits(dateline[0]));
    }
    let blockKind = line.kind;
    if (wholePage && !line.bulleted && !hasSentenceEnd(text) && text.length <= 40 && !notHeading(text)) blockKind = 'heading';
    body.push(blockKind === line.kind ? line : { ...line, kind: blockKind });
    bodyHan += line.han;
  }

  const deduped = dedupeBlocks(body);
  out.body = deduped.blocks.map((b) => ({ text: b.text, kind: b.kind }));
  if (deduped.removed) {
    // dedupe keeps a repeated block's first position: what it dropped is each later copy.
    const kept = new Set<TextLine>(deduped.blocks);
    body.forEach((l, k) => {
      if (!kept.has(l)) reading.drop(l.text, 'repeated-copy', { body: k });
    });
  }
  out.duplicatesRemoved += deduped.removed;
  if (deduped.longestRun >= PRINT_VIEW_RUN) out.printViewRemoved = true;
  return { lines: body, kept: deduped.blocks, end };
}
