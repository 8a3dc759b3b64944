import type { BlockKind } from '../core/types';
import type { ClassHint } from './classHints';

/*
 * The shape of a line, below both the walk that makes lines (lines.ts) and the density tests
 * and region search that read them (density.ts, region.ts), so that neither imports the other
 * for a type.
 */

/** What the density tests need of a line's text, counted once when the line is made. */
export interface TextMeasure {
  /** Characters other than whitespace (`visibleLength`). */
  chars: number;
  /** Sentence punctuation marks of either width (`punctuationCount`). */
  punct: number;
  /** ASCII letters and digits. */
  latin: number;
}

/**
 * The page as the reader sees it: one entry per visual line (a block element or a <br> break),
 * in document order, with the element that holds it and how much of it is link text.
 */
export interface Line extends TextMeasure {
  text: string;
  /** Innermost block element holding the line. */
  owner: Element;
  kind: BlockKind;
  /** Characters of the line inside <a href>. */
  linkChars: number;
  /** Class/id hint of the nearest ancestor that has one. */
  hint: ClassHint;
  /** The line sits inside an <h1>–<h6> or a title-like element. */
  headingLevel: number;
}

/**
 * The article's own headline. The document title carries site and column names
 * (`标题_栏目_站名`, `栏目--标题`), the visible headline usually does not; so a visible
 * heading that the document or meta title contains wins, and the document title with its
 * site/column segments cut is the fallback.
 */
export interface TitleChoice {
  title: string | null;
  /** Index of the headline's line in the page's lines, or -1 when it is not visible. */
  lineIndex: number;
  /** How many page lines the headline spans (a headline broken over lines). */
  lineCount: number;
  from: string;
}
