import * as v from 'valibot';
import { MAX_REMOVED_LINES, type PageInput } from '../core/types';
import { MAX_BLOCK_TEXT, MAX_PART_CHARS, MAX_PARTS, textLength } from './blockParts';

/**
 * Runtime shapes of what crosses a boundary. The page's DOM is untrusted, so what the content
 * script sends back is checked (types and sizes) before the core sees it.
 */

const MAX_BLOCKS = 20_000;
/** Links and disclosure rows a page may send (the reader stops at 200 and 40). */
const MAX_LINKS = 500;
const text = v.pipe(v.string(), v.maxLength(MAX_BLOCK_TEXT));
const shortText = v.pipe(v.string(), v.maxLength(4_000));
const nullableShort = v.optional(v.nullable(shortText));

export const BLOCK_KINDS = ['paragraph', 'heading', 'list-item', 'table', 'caption', 'quote', 'preformatted', 'figure'] as const;
export const AUTHOR_ROLES = ['reporter', 'photographer', 'correspondent', 'author', 'translator', 'other'] as const;

/** A figure block's image address: absolute http(s), as extraction resolved it. */
const imageSrc = v.pipe(v.string(), v.maxLength(4_000), v.regex(/^https?:\/\//i));
export const BlockSchema = v.object({ text, kind: v.picklist(BLOCK_KINDS), src: v.optional(imageSrc) });

export const PageHintsSchema = v.object({
  title: nullableShort,
  publishedAt: nullableShort,
  source: nullableShort,
  editor: nullableShort,
  authors: v.optional(v.array(v.object({ name: shortText, role: v.picklist(AUTHOR_ROLES) }))),
  deck: v.optional(v.array(shortText)),
  siteName: nullableShort,
  canonicalUrl: nullableShort,
  language: nullableShort,
  keywords: v.optional(v.array(shortText)),
  description: v.optional(v.nullable(text)),
  isArticle: v.optional(v.nullable(v.boolean())),
  notArticleReason: nullableShort,
  provenance: v.optional(v.record(v.string(), v.string())),
});

const LinksSchema = v.pipe(
  v.array(
    v.object({
      text: shortText,
      url: v.pipe(v.string(), v.maxLength(8_000)),
      line: v.nullable(shortText),
      label: v.nullable(shortText),
      inArticle: v.boolean(),
    }),
  ),
  v.maxLength(MAX_LINKS),
);

export const PageInputSchema = v.object({
  url: v.nullable(v.pipe(v.string(), v.maxLength(8_000))),
  format: v.picklist(['html', 'text']),
  documentTitle: v.nullable(shortText),
  hints: PageHintsSchema,
  blocks: v.pipe(v.array(BlockSchema), v.maxLength(MAX_BLOCKS)),
  context: v.optional(v.object({ before: v.array(text), after: v.array(text) })),
  links: v.optional(LinksSchema),
  listLinks: v.optional(LinksSchema),
  disclosureRows: v.optional(v.pipe(v.array(shortText), v.maxLength(MAX_LINKS))),
  removed: v.optional(
    v.pipe(
      v.array(v.object({ text, kind: v.pipe(v.string(), v.maxLength(40)), at: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) })),
      v.maxLength(MAX_REMOVED_LINES),
    ),
  ),
});

/**
 * What the content script answers to `extract` and `pick`: the page input with the first part of
 * its blocks, and, when the body did not fit one part, how to ask for the rest (`extractPart`).
 * Checked loosely here (the parts join first); the joined input is checked with PageInputSchema.
 */
const partBlocks = v.pipe(
  v.array(BlockSchema),
  v.maxLength(MAX_BLOCKS),
  v.check((blocks) => textLength(blocks) <= MAX_PART_CHARS, `a part holds at most ${MAX_PART_CHARS} characters`),
);

export const PageHeadSchema = v.looseObject({
  blocks: partBlocks,
  rest: v.optional(
    v.object({
      token: v.pipe(v.string(), v.maxLength(64)),
      parts: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(MAX_PARTS)),
    }),
  ),
});

export const BlockPartSchema = v.object({ blocks: partBlocks });

// Compile-time check that the runtime schema and the contract agree.
type _PageInputMatches = v.InferOutput<typeof PageInputSchema> extends PageInput ? true : never;
const _pageInputMatchesContract: _PageInputMatches = true;

export const SelectorRuleSchema = v.object({
  bodySelector: v.optional(v.pipe(v.string(), v.maxLength(500)), ''),
  dropSelectors: v.optional(v.array(v.pipe(v.string(), v.maxLength(500))), []),
});
export type SelectorRule = v.InferOutput<typeof SelectorRuleSchema>;
