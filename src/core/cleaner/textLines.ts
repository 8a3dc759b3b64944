import { countTonedAnnotations, removePinyin } from '../pinyin';
import { hanCount, hasSentenceEnd, squash, stripBullet, textKey } from '../text';
import type { Block, BlockKind, PageInput } from '../types';
import { isNoticeHeading, LEGAL_NOTICE_HEADING_MAX, LEGAL_NOTICE_MAX_ITEMS } from '../vocabulary';

/**
 * A line with its comparison key and Han count, computed once: on a 10 MB page each pass costs.
 * Its text is squashed (removing a pinyin annotation or a bullet leaves no run of spaces), so the
 * furniture rules read it without a second whitespace pass. (The page reader's `Line`, in
 * src/extract/lineShape.ts, is a line of a DOM with its element and link share.)
 */
export interface TextLine {
  text: string;
  kind: BlockKind;
  bulleted: boolean;
  key: string;
  han: number;
  /** Index of the input block the line came from (in the caller's numbering, see cleanCapture). */
  from: number;
}

export function makeTextLine(text: string, kind: BlockKind, bulleted: boolean, from: number): TextLine {
  return { text, kind, bulleted, key: textKey(text), han: hanCount(text), from };
}

/** The capture as every stage of the cleaner reads it. */
export interface CleanerPage {
  /** The input's non-empty blocks as lines, pinyin annotations out (bullets too, in a text capture). */
  lines: TextLine[];
  /** Which lines are the items of a legal notice (see `noticeItems`). */
  notice: readonly boolean[];
  /** The user's own boilerplate phrases, furniture beside the built-in ones. */
  extra: readonly string[];
  /** A text capture is the whole page (header, footer, a print-view copy); extracted blocks are the article's region. */
  wholePage: boolean;
}

/** The capture's lines and how many pinyin annotations were taken out of them. */
export function readCleanerPage(input: PageInput, extra: readonly string[] = [], origins?: readonly number[]): { page: CleanerPage; pinyinRemoved: number } {
  const { lines, pinyinRemoved } = toTextLines(input, origins);
  return { page: { lines, notice: noticeItems(lines), extra, wholePage: input.format === 'text' }, pinyinRemoved };
}

function toTextLines(input: PageInput, origins?: readonly number[]): { lines: TextLine[]; pinyinRemoved: number } {
  const raw: Array<Block & { from: number }> = [];
  input.blocks.forEach((b, i) => {
    const text = squash(b.text);
    if (text) raw.push({ text, kind: b.kind, from: origins?.[i] ?? i });
  });
  const all = raw.map((b) => b.text).join('\n');
  // Untoned syllables ("(de)") are trusted only on pages that carry toned annotations.
  const allowUntoned = countTonedAnnotations(all) >= 3;
  let pinyinRemoved = 0;
  const lines: TextLine[] = [];
  for (const b of raw) {
    const p = removePinyin(b.text, allowUntoned);
    pinyinRemoved += p.removed;
    const { text, bulleted } = input.format === 'text' ? stripBullet(p.text) : { text: p.text, bulleted: false };
    if (text) lines.push(makeTextLine(text, bulleted ? 'list-item' : b.kind, bulleted, b.from));
  }
  return { lines, pinyinRemoved };
}

/**
 * Whether a line's text reads as prose: long, or a sentence with some Han text. The text alone
 * decides; the page reader's `isProseLine` (src/extract/density.ts) also weighs a line's links.
 */
export function isProseText(line: TextLine): boolean {
  return line.text.length > 80 || (line.han >= 15 && hasSentenceEnd(line.text));
}

/** A line that ends in a colon after a name or a list of them: 各区人民政府，市各委办局： */
const ENDS_IN_COLON = /^[^:：。！？!?]{3,80}[：:]$/u;
/** Labels of a lead or an editor's note, which also end in a colon and are not addressees. */
const LEAD_LABEL =
  /^(?:摘要|摘\s*要|导读|導讀|导语|導語|编者按|編者按|编者的话|編者的話|提要|内容提要|內容提要|核心提示|阅读提示|閱讀提示|要点|要點)\s*[：:]$/u;

export function endsLikeAddressees(text: string): boolean {
  return ENDS_IN_COLON.test(text) && !LEAD_LABEL.test(text);
}

/**
 * The addressees of a document (各区人民政府，市各委办局：): a line ending in a colon that is
 * not a lead's label, right above the document's first paragraph. A colon line above short
 * lines ("热门搜索：" over a list of terms) is page furniture.
 */
export function opensDocument(lines: readonly TextLine[], i: number): boolean {
  return endsLikeAddressees(lines[i].text) && i + 1 < lines.length && isProseText(lines[i + 1]);
}

/**
 * The lines of a site's legal notice that name no notice phrase: the prose items right under a
 * notice's heading (免责声明 / 版权声明：), up to the first line that is not prose. The phrase
 * lines themselves are furniture by their words (`legal-notice` in furniture.ts).
 */
export function noticeItems(lines: readonly TextLine[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.length > LEGAL_NOTICE_HEADING_MAX + 2 || !isNoticeHeading(t)) continue;
    for (let j = i + 1; j < lines.length && j - i <= LEGAL_NOTICE_MAX_ITEMS && isProseText(lines[j]); j++) out[j] = true;
  }
  return out;
}
