/**
 * The contract between extraction (DOM in, blocks out), the core (blocks in, record out),
 * the extension and the CLI. Pure data: no DOM and no browser API types here.
 */

export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'table'
  | 'caption'
  | 'quote'
  | 'preformatted'
  /**
   * An image of the article, in the page input only: `src` (absolute URL) and `text` (its alt).
   * The core takes figure blocks out into `record.figures`; a record's body never holds one.
   */
  | 'figure';

export interface Block {
  text: string;
  kind: BlockKind;
  /** A figure block's image URL (absolute). */
  src?: string;
}

/** An image of the article with its alt text and the caption taken out of the paragraphs. */
export interface Figure {
  /** Absolute URL of the image; null where the capture holds the caption but not the image (a text capture). */
  src: string | null;
  alt: string;
  caption: string | null;
}

/**
 * A line the cleaning moved out of the body, with the rule that named it (a furniture kind such
 * as `share-prompt`, or a reader's kind such as `info-line`, `link-list`, `caption`): the card
 * lists them on request and the user can put one back.
 */
export interface RemovedLine {
  text: string;
  kind: string;
  /** Where it stood: the number of body blocks above it (absent when the spot is unknown). */
  at?: number;
}

/** At most this many removed lines are kept in a record, each cut to `MAX_REMOVED_TEXT` characters. */
export const MAX_REMOVED_LINES = 200;
export const MAX_REMOVED_TEXT = 2_000;

export type AuthorRole = 'reporter' | 'photographer' | 'correspondent' | 'author' | 'translator' | 'other';

export interface Author {
  name: string;
  role: AuthorRole;
}

/** Facts that extraction read from the page (meta tags, info line, JSON-LD); each may be absent. */
export interface PageHints {
  title?: string | null;
  /** Raw or ISO date string as found; the core normalises it. */
  publishedAt?: string | null;
  source?: string | null;
  editor?: string | null;
  authors?: Author[];
  deck?: string[];
  siteName?: string | null;
  canonicalUrl?: string | null;
  language?: string | null;
  keywords?: string[];
  description?: string | null;
  /** false when extraction judged the page a list/index/search page. */
  isArticle?: boolean | null;
  notArticleReason?: string | null;
  /** Where each hint came from, for provenance ("meta:PubDate", "info-line", "json-ld"). */
  provenance?: Record<string, string>;
}

/**
 * What the core consumes. From HTML, extraction fills `blocks` with the article region in
 * reading order and `hints` with what it read around it; from a `.txt` capture, `blocks` is
 * every non-empty line of the page and `hints` is empty, so the core's line rules find the rest.
 */
export interface PageInput {
  url: string | null;
  format: 'html' | 'text';
  documentTitle: string | null;
  hints: PageHints;
  blocks: Block[];
  /** Lines around the body (info line above it, editor line below) that are not body. */
  context?: { before: string[]; after: string[] };
  /** Lines of the article's region that extraction left out of the blocks, each with its kind. */
  removed?: RemovedLine[];
  /** Links in the article region and just below it, for attachments and related links (links.ts). */
  links?: PageLink[];
  /** Lines of the page's disclosure table (rows, with a label cell's value line joined), wherever it stands. */
  disclosureRows?: string[];
  /** A page judged not to be an article (a list): its links with their lines, for the list's items (src/core/listItems.ts). */
  listLinks?: PageLink[];
  /** An article read over several pages (src/core/pagination.ts): their addresses in order, the first included. */
  pages?: string[];
}

/** A link as extraction read it: what it says, where it goes (absolute), the label heading its list. */
export interface PageLink {
  text: string;
  url: string;
  /** The line the link stands in, when it says more than the link (附件1：…). */
  line: string | null;
  /** The nearest label line above it in the same run of link lines (附件：, 相关解读), if any. */
  label: string | null;
  /** Inside the article region; false for the lines read below it, where the site's footer begins. */
  inArticle: boolean;
}

export interface Person {
  name: string;
  titles: string[];
}

export interface Meeting {
  date: string | null;
  host: Person | null;
  speakers: Person[];
  attendees: Person[];
  directives: string[];
  statements: string[];
}

export interface EmbeddedDocument {
  title: string;
  issuer: string | null;
  date: string | null;
  items: string[];
}

/** A file attached to the document (附件): its name as printed, absolute URL, and kind. */
export interface Attachment {
  name: string;
  url: string;
  /** From the URL's extension or the link text: pdf, doc, docx, xls, xlsx, wps, ofd, zip, rar, txt, jpg, png…; 'file' when neither says. */
  type: string;
}

/** A link to a companion document (相关解读, 政策解读, 相关文件, 相关链接). */
export interface RelatedLink {
  title: string;
  url: string;
}

/** One fact of a disclosure table: the label as printed, the value, and the ISO day for dates. */
export interface DisclosureFact {
  label: string;
  value: string;
  date?: string;
}

/** The document's own facts from a 政府信息公开 table (src/core/disclosure.ts). */
export type Disclosure = Partial<Record<'indexNo' | 'issuer' | 'docNo' | 'writtenAt' | 'publishedAt' | 'topic' | 'validity' | 'keywords', DisclosureFact>>;

export type ScriptKind = 'simplified' | 'traditional' | 'mixed' | 'unknown';
export type OutputScript = 'original' | 'simplified' | 'traditional-tw' | 'traditional-hk';

export interface CleaningReport {
  pinyinRemoved: number;
  duplicatesRemoved: number;
  printViewRemoved: boolean;
  furnitureRemoved: number;
  dateInferred: boolean;
  gluedDateSplit: boolean;
  convertedTo: OutputScript | null;
  notes: string[];
  /**
   * The lines moved out of the body, with their kind, in page order (at most MAX_REMOVED_LINES).
   * Optional: records stored before it have none.
   */
  removed?: RemovedLine[];
}

export const SCHEMA_VERSION = 1;

export interface CaptureRecord {
  schemaVersion: number;
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  capturedAt: string;
  extractor: { name: string; version: string; input: 'html' | 'text' };
  isArticle: boolean;
  notArticleReason: string | null;
  title: string | null;
  deck: string[];
  publishedAt: string | null;
  source: string | null;
  editor: string | null;
  authors: Author[];
  body: Block[];
  /** The article's images with alt and caption (optional: records stored before it have none). */
  figures?: Figure[];
  meeting: Meeting | null;
  documents: EmbeddedDocument[];
  summary: string[];
  keywords: string[];
  script: { detected: ScriptKind; output: OutputScript };
  cleaning: CleaningReport;
  /**
   * SHA-256 (hex) of the body as stored (output script), from `contentHashInput` in hash.ts:
   * recognises the same article captured twice with the same settings, and survives export/import.
   */
  contentHash: string;
  /**
   * User corrections made in the popup: field → corrected value. The field itself holds the same
   * corrected value (what every export and page shows); see `extracted` (src/core/corrections.ts).
   */
  corrections?: Record<string, unknown>;
  /** For each corrected field, the value extraction read from the page before the user's correction. */
  extracted?: Record<string, unknown>;
  /** The user's own labels for the capture (popup card and history), kept in the order given. */
  tags?: string[];
  /** The user's free-text note on the capture. */
  note?: string;
  /**
   * Which signal gave each field (`title: "visible-heading"`, `publishedAt: "info-line-labelled"`,
   * `source: "meta:contentsource"`), and checks against other signals (`publishedAt.check:
   * "declared-same-day"`).
   */
  provenance?: Record<string, string>;
  /** How far each filled field may be relied on, from its signal and their agreement (confidence.ts). */
  confidence?: Partial<Record<'title' | 'publishedAt' | 'source' | 'editor', 'high' | 'medium' | 'low'>>;
  /** Files attached to the document (附件); optional so records stored before it stay valid. */
  attachments?: Attachment[];
  /** The disclosure table's facts, null when the page prints none. */
  disclosure?: Disclosure | null;
  /** Companion documents linked near the article (相关解读, 相关文件). */
  related?: RelatedLink[];
  /** An article read over several pages (第1页 2 3 下一页): every page's address in order, the first included; absent for one page. */
  pages?: string[];
  /** Where the command line read the page: a saved file, or the record at `offset` in a WARC file. */
  origin?: { path: string; offset?: number };
}

export interface CoreOptions {
  outputScript: OutputScript;
  summarySentences: number;
  /** Extra boilerplate phrases from settings: a line containing one is page furniture. */
  extraBoilerplate: string[];
  /** Fixed clock for repeatable records (tests, CLI --now). */
  now?: Date;
}

export const DEFAULT_CORE_OPTIONS: CoreOptions = {
  outputScript: 'original',
  summarySentences: 3,
  extraBoilerplate: [],
};
