import { sha256Hex } from './hash';
import {
  DEFAULT_CORE_OPTIONS,
  SCHEMA_VERSION,
  type CaptureRecord,
  type CoreOptions,
  type PageInput,
} from './types';

export const EXTRACTOR_NAME = 'gov-news-capture';
export const EXTRACTOR_VERSION = '0.1.0';

/**
 * The core pipeline: extracted blocks (or a text capture) in, capture record out.
 * Pure: no DOM, no browser API; the extension's background and the CLI both call it.
 */
export async function buildRecord(input: PageInput, opts: Partial<CoreOptions> = {}): Promise<CaptureRecord> {
  const options: CoreOptions = { ...DEFAULT_CORE_OPTIONS, ...opts };
  const hints = input.hints;
  const body = input.blocks.filter((b) => b.text.trim().length > 0);
  const bodyText = body.map((b) => b.text).join('\n');
  const contentHash = await sha256Hex(bodyText);
  const isArticle = hints.isArticle !== false && body.length > 0;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: (await sha256Hex(`${input.url ?? ''}\n${contentHash}`)).slice(0, 16),
    url: input.url,
    canonicalUrl: hints.canonicalUrl ?? null,
    siteName: hints.siteName ?? null,
    capturedAt: (options.now ?? new Date()).toISOString(),
    extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION, input: input.format },
    isArticle,
    notArticleReason: isArticle ? null : hints.notArticleReason ?? (body.length ? 'not an article' : 'no text found'),
    title: hints.title ?? input.documentTitle ?? null,
    deck: hints.deck ?? [],
    publishedAt: hints.publishedAt ?? null,
    source: hints.source ?? null,
    editor: hints.editor ?? null,
    authors: hints.authors ?? [],
    body,
    meeting: null,
    documents: [],
    summary: body.slice(0, options.summarySentences).map((b) => b.text),
    keywords: hints.keywords ?? [],
    script: { detected: 'unknown', output: options.outputScript },
    cleaning: {
      pinyinRemoved: 0,
      duplicatesRemoved: 0,
      printViewRemoved: false,
      furnitureRemoved: 0,
      dateInferred: false,
      gluedDateSplit: false,
      convertedTo: null,
      notes: [],
    },
    contentHash,
    provenance: hints.provenance,
  };
}
