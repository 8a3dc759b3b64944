import * as v from 'valibot';
import type { Block, CaptureRecord } from '../core/types';
import { MAX_PARTS, type PageHead } from './blockParts';
import { DATA_EXPORT_FORMATS } from '../settings/definition';
import { SelectorRuleSchema } from './schemas';
import { CaptureRecordSchema } from '../core/export/recordSchema';
import { CORRECTABLE_FIELDS } from '../core/corrections';
import { DISCLOSURE_KEYS } from '../core/disclosureCorrection';
import { MAX_NOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS } from '../core/annotations';

/**
 * The one message protocol. Two directions, each a discriminated union on `type` with a valibot
 * schema (checked by the receiver) and a response type per request (known to the caller).
 *   extension pages (popup, options, history) → background: BackgroundRequest
 *   background → injected content script:                    ContentRequest
 */

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const recordId = v.pipe(v.string(), v.minLength(1), v.maxLength(128));

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
  v.object({ type: v.literal('exportUnsaved'), record: v.pipe(CaptureRecordSchema, v.transform((r) => r as unknown as CaptureRecord)), format: v.optional(v.picklist(DATA_EXPORT_FORMATS)) }),
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
