import * as v from 'valibot';
import type { Block, CaptureRecord } from '../core/types';
import { MAX_PARTS, type PageHead } from './blockParts';
import { DATA_EXPORT_FORMATS } from '../settings/definition';
import { SelectorRuleSchema } from './schemas';
import { CaptureRecordSchema } from '../core/export/recordSchema';
import { CORRECTABLE_FIELDS } from '../core/corrections';
import { DISCLOSURE_KEYS } from '../core/disclosureCorrection';
import { MAX_NOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS } from '../core/annotations';
import { MAX_LIST_ITEMS, type ListItem } from '../core/listItems';

/**
 * The one message protocol. Two directions, each a discriminated union on `type` with a valibot
 * schema (checked by the receiver) and a response type per request (known to the caller).
 *   extension pages (popup, options, history) → background: BackgroundRequest
 *   background → injected content script:                    ContentRequest
 */

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const recordId = v.pipe(v.string(), v.minLength(1), v.maxLength(128));
const webUrl = v.pipe(v.string(), v.maxLength(8_000), v.regex(/^https?:\/\//i));

/** Fields a user may correct in the popup (src/core/corrections.ts): the record keeps the extracted value in `extracted`. */
export type { CorrectableField } from '../core/corrections';

/**
 * A disclosure correction: the table as the user sets it, known facts only, each a text (or a
 * fact carried over) no longer than a page's row may be; the core then holds new text to a cell.
 */
const disclosureCell = v.pipe(v.string(), v.maxLength(4_000));
const disclosureCorrection = v.nullable(
  v.strictObject(Object.fromEntries(DISCLOSURE_KEYS.map((k) => [k, v.optional(v.nullable(v.union([disclosureCell, v.object({ value: disclosureCell })])))]))),
);
const corrections = v.pipe(
  v.record(v.picklist(CORRECTABLE_FIELDS), v.unknown()),
  v.check((c) => !('disclosure' in c) || v.is(disclosureCorrection, c.disclosure), 'disclosure: known facts only, each a short text'),
);

export const BackgroundRequestSchema = v.variant('type', [
  /** Inject into the tab, extract, build, store, answer. `tabId` is explicit (see toolchain pitfall 7). */
  v.object({
    type: v.literal('capture'),
    tabId,
    /** The user asked to keep a page judged not to be an article ("save anyway"). */
    keepNonArticle: v.optional(v.boolean()),
    /** Read an article split over pages as one record (the card's button; the setting does it always). */
    followPages: v.optional(v.boolean()),
  }),
  v.object({ type: v.literal('getCapture'), id: recordId }),
  v.object({
    type: v.literal('correct'),
    id: recordId,
    corrections,
  }),
  /** The user's tags and note on a stored capture (replacing the ones it had). */
  v.object({
    type: v.literal('annotate'),
    id: recordId,
    tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TAG_CHARS))), v.maxLength(MAX_TAGS)),
    note: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)),
  }),
  /** Download one stored record through the downloads API (format: the settings' default if absent). */
  v.object({ type: v.literal('exportRecord'), id: recordId, format: v.optional(v.picklist(DATA_EXPORT_FORMATS)) }),
  /**
   * Download a record that storage refused ('storage-full'): the popup holds the only copy, so it
   * sends the record itself, checked against the record schema here like any other input.
   */
  v.object({
    type: v.literal('exportUnsaved'),
    record: v.pipe(
      CaptureRecordSchema,
      v.transform((r) => r as unknown as CaptureRecord),
    ),
    format: v.optional(v.picklist(DATA_EXPORT_FORMATS)),
  }),
  /** Outline in the page the region that a stored capture's body came from. */
  v.object({ type: v.literal('outline'), tabId, show: v.boolean(), id: v.optional(recordId) }),
  /** Start the element picker; the capture is redone from the picked block. */
  v.object({ type: v.literal('pick'), tabId }),
  /**
   * A capture made for this tab while the popup was closed (element picker, context menu), if
   * any; it is handed over once.
   */
  v.object({ type: v.literal('pendingCapture'), tabId }),
  /** Save a stored record's attachments through the downloads API, in a folder named after the record. */
  v.object({ type: v.literal('downloadAttachments'), id: recordId }),
  /** "Replace the earlier one": delete an earlier capture of the same page. */
  v.object({ type: v.literal('discard'), id: recordId }),
  /** Capture the chosen items of a list page, one at a time in background tabs (src/background/listCapture.ts). */
  v.object({
    type: v.literal('captureList'),
    items: v.pipe(v.array(v.object({ url: webUrl, title: v.pipe(v.string(), v.maxLength(1_000)) })), v.minLength(1), v.maxLength(MAX_LIST_ITEMS)),
  }),
  /** The list capture running or last run, if any: progress and a result per page. */
  v.object({ type: v.literal('listProgress') }),
  /** Stop the list capture after the page being read. */
  v.object({ type: v.literal('cancelList') }),
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

export interface DuplicateInfo {
  id: string;
  /** What the two captures share. */
  match: 'url+content' | 'url' | 'content';
  capturedAt: string;
  title: string | null;
}

export interface CaptureResult {
  /** Already stored when the caller gets it. */
  record: CaptureRecord;
  /** Whether a page snapshot was stored with it (the "keep a snapshot" setting). */
  snapshot?: 'kept' | 'too-large' | 'failed';
  /** An earlier stored capture of the same page, kept until the user chooses to replace it. */
  duplicate: DuplicateInfo | null;
  /** Set when the record was built but not stored: a page judged not to be an article. */
  unsaved?: 'not-article';
  /** A list page's articles (src/core/listItems.ts), each marked when a capture of its address is stored. */
  listItems?: (ListItem & { captured: boolean })[];
  /** The article continues on further pages that were not read (the card offers to read them). */
  morePages?: boolean;
}

/** One page of a list capture: where it stands, and what became of it. */
export interface ListOutcome {
  url: string;
  title: string;
  status: 'waiting' | 'working' | 'saved' | 'duplicate' | 'not-article' | 'skipped' | 'failed';
  /** The stored record's id, for a page saved. */
  recordId?: string;
  /** The extension's or the browser's English, for whoever reports a bug. */
  message: string;
  /** The error's code (src/messaging/errors.ts), when it failed. */
  code?: string;
}

export interface ListJob {
  /** Set while pages are still being read. */
  running: boolean;
  cancelled: boolean;
  startedAt: string;
  outcomes: ListOutcome[];
}

/**
 * A stored record as the popup and the history page are answered with it: everything but the
 * body. The body can run to megabytes (a 10 MB page gave 2.3 M characters) and none of those
 * pages shows it; sending it back cost about 300 ms before the card could appear. Whoever needs
 * the whole record (copy, export) asks for it by id with `getCapture`.
 */
export type RecordSummary = Omit<CaptureRecord, 'body'>;

/** A CaptureResult as it is sent to an extension page. */
export interface CaptureReply extends Omit<CaptureResult, 'record'> {
  /** Already stored when the caller gets it. */
  record: RecordSummary;
}

export function summaryOf({ body: _body, ...summary }: CaptureRecord): RecordSummary {
  return summary;
}

/** The reply form of a result: the body stays in the background (and in storage). */
export function toReply({ record, ...rest }: CaptureResult): CaptureReply {
  return { ...rest, record: summaryOf(record) };
}

export interface BackgroundResponses {
  capture: CaptureReply;
  getCapture: CaptureRecord | null;
  /** The corrected record, without its body like a capture's reply. */
  correct: RecordSummary;
  /** The annotated record, without its body. */
  annotate: RecordSummary;
  exportRecord: { filename: string; downloadId: number };
  exportUnsaved: { filename: string; downloadId: number };
  outline: { outlined: boolean };
  pick: CaptureReply;
  pendingCapture: CaptureReply | null;
  discard: { deleted: true };
  /** The folder (inside the downloads folder) and how many downloads started or failed to. */
  downloadAttachments: { folder: string; started: number; failed: number };
  captureList: ListJob;
  listProgress: ListJob | null;
  cancelList: ListJob | null;
}

export const ContentRequestSchema = v.variant('type', [
  v.object({ type: v.literal('ping') }),
  /** The serialized page, for the "keep a snapshot" setting. */
  v.object({ type: v.literal('snapshot') }),
  v.object({ type: v.literal('extract'), rule: v.nullable(SelectorRuleSchema) }),
  /** `anchors`: body texts (first and last) that locate the captured region in the page. */
  v.object({ type: v.literal('outline'), show: v.boolean(), anchors: v.pipe(v.array(v.pipe(v.string(), v.maxLength(4_000))), v.maxLength(4)) }),
  /** Resolves with the page input read from the block the user picked; rejects on Esc. */
  v.object({ type: v.literal('pick') }),
  /** Part `index` of the blocks of the last `extract` or `pick` answer that had a `rest`. */
  /** The page input of another page of this site (an article's next page), fetched and read by the page itself. */
  v.object({ type: v.literal('extractUrl'), url: webUrl }),
  v.object({
    type: v.literal('extractPart'),
    token: v.pipe(v.string(), v.maxLength(64)),
    index: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PARTS - 1)),
  }),
]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

export interface ContentResponses {
  ping: { ready: true; readyState: DocumentReadyState };
  snapshot: { html: string | null; truncated: boolean };
  extract: PageHead;
  outline: { outlined: boolean };
  pick: PageHead;
  extractUrl: PageHead;
  extractPart: { blocks: Block[] };
}

type Typed = { type: string };
export type ResponseOf<R extends Typed, Map> = R['type'] extends keyof Map ? Map[R['type']] : never;
export type BackgroundResponse<R extends BackgroundRequest> = ResponseOf<R, BackgroundResponses>;
export type ContentResponse<R extends ContentRequest> = ResponseOf<R, ContentResponses>;

export type Handlers<Req extends Typed, Map> = {
  [K in Req['type']]: (req: Extract<Req, { type: K }>, sender: MessageSenderLike) => Promise<K extends keyof Map ? Map[K] : never>;
};

/** The parts of runtime.MessageSender the sender checks read; Chrome and Firefox both provide them. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}
