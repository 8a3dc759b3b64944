import { isCreditLine } from './names';
import { squash, textKey } from './text';
import type { Block, Figure, RemovedLine } from './types';

/**
 * Figures: the images extraction read in place (`figure` blocks) and the captions printed with
 * them. A caption is the article's description of a photo, not one of its paragraphs: it leaves
 * the body for its figure, once, however often the page prints it.
 */

/** A photo caption's opening: 图为…, 图：…, 图片：…, ▲…. */
const CAPTION_LEAD = /^\s*(?:图为|圖為|图[：:]|圖[：:]|图片[：:]|圖片[：:]|[▲△])/u;
/** A caption closed by its photo credit: …查看排水泵站（摄影 周默）, …启动仪式。（刘通摄）, …（某某供图）. */
const PHOTO_CREDIT_END = /[（(](?:[^（）()]{0,24}(?:摄|攝|供图|供圖)|(?:摄影|攝影|图片|圖片)[^（）()]{0,24})[)）]\s*$/u;
/**
 * A caption closed by an unbracketed photo credit: …调试灯光。中新社记者 杜洋 摄, …现场。某某学院供图,
 * …近影。资料图片. The credit follows a sentence end or a space, so a sentence that says 拍摄 is not one.
 */
const PHOTO_CREDIT_TAIL =
  /(?:(?:记者|記者|通讯员|通訊員)\s?\p{Script=Han}{2,4}\s?|\s)(?:翻摄|翻攝|摄|攝)$|(?:^|[。！\s])[^。！？\s]{2,12}(?:供图|供圖)$|(?:^|[。！\s])(?:[^。！？\s]{0,8})(?:资料图片?|資料圖片?)$/u;
/** A caption is a line or two, not a paragraph. */
const MAX_CAPTION = 150;
const SENTENCE_ENDS = /[。！？!?]/gu;

/** Whether a body line reads as a photo caption (by its opening or its closing photo credit). */
export function isCaptionText(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_CAPTION) return false;
  if ((t.match(SENTENCE_ENDS)?.length ?? 0) > 2) return false;
  return CAPTION_LEAD.test(t) || PHOTO_CREDIT_END.test(t) || PHOTO_CREDIT_TAIL.test(t);
}

export interface TakenFigures {
  /** The blocks without figure blocks and without the captions taken into figures. */
  blocks: Block[];
  figures: Figure[];
  /** The captions taken out of the body, as removed lines of kind `caption`. */
  removed: RemovedLine[];
  /** For each block kept, its index among the input's text (non-figure) blocks. */
  origins: number[];
}

/**
 * Takes figures and their captions out of the blocks. A caption is the line right under a figure
 * when it is a caption block (figcaption) or reads as one; a caption line with no image before it
 * (a text capture, an image the page loads by script) is a figure of its own without `src`. A
 * caption printed again (a figcaption and a paragraph repeating it) is taken out again and kept once.
 */
export function takeFigures(input: readonly Block[]): TakenFigures {
  const blocks: Block[] = [];
  const figures: Figure[] = [];
  const removed: RemovedLine[] = [];
  const origins: number[] = [];
  const captionKeys = new Set<string>();
  let pending: Figure | null = null;
  let textIndex = -1;
  for (const b of input) {
    if (b.kind !== 'figure') textIndex++;
    if (b.kind === 'figure') {
      pending = { src: b.src ?? null, alt: squash(b.text), caption: null };
      // One image printed twice (a thumbnail and its enlargement) is one figure.
      if (!pending.src || !figures.some((f) => f.src === pending!.src)) figures.push(pending);
      continue;
    }
    // A long block is no caption: it is passed on without a second whitespace pass (huge pages).
    if (b.text.length > MAX_CAPTION * 4) {
      pending = null;
      blocks.push(b);
      origins.push(textIndex);
      continue;
    }
    const text = squash(b.text);
    const afterFigure = pending !== null && text.length > 0;
    const captionLike = text.length > 0 && (isCaptionText(text) || (afterFigure && b.kind === 'caption' && text.length <= MAX_CAPTION));
    if (captionLike) {
      const key = textKey(text);
      if (captionKeys.has(key)) {
        removed.push({ text, kind: 'caption', at: textIndex });
        pending = null;
        continue;
      }
      if (pending && pending.caption === null) {
        pending.caption = text;
      } else if (isCreditLine(text)) {
        // A credit alone (（摄影 周默）) with no image before it is the article's byline.
        blocks.push(b);
        origins.push(textIndex);
        pending = null;
        continue;
      } else {
        figures.push({ src: null, alt: '', caption: text });
      }
      captionKeys.add(key);
      removed.push({ text, kind: 'caption', at: textIndex });
      pending = null;
      continue;
    }
    if (text) pending = null;
    blocks.push(b);
    origins.push(textIndex);
  }
  return { blocks, figures, removed, origins };
}
