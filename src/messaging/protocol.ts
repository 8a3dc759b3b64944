import * as v from 'valibot';
import type { Block, CaptureRecord, PageInput } from '../core/types';
import { MAX_PARTS } from './blockParts';
import { EXPORT_FORMATS } from '../settings/definition';
import { SelectorRuleSchema } from './schemas';
import { CaptureRecordSchema } from '../core/export/recordSchema';

/**
 * The one message protocol. Two directions, each a discriminated union on `type` with a valibot
 * schema (checked by the receiver) and a response type per request (known to the caller).
 *   extension pages (popup, options, history) → background: BackgroundRequest
 *   background → injected content script:                    ContentRequest
 */

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const recordId = v.pipe(v.string(), v.minLength(1), v.maxLength(128));

/** Fields a user may correct in the popup; the record keeps the extracted value beside each. */
export const CORRECTABLE_FIELDS = [
  'title', 'publishedAt', 'source', 'editor', 'authors', 'meeting.host', 'meeting.speakers', 'meeting.attendees',
  // Removed lines put back into the body: indices into cleaning.removed (src/core/restore.ts).
  'body.restored',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const BackgroundRequestSchema = v.variant('type', [
  /** Inject into the tab, extract, build, store, answer. `tabId` is explicit (see toolchain pitfall 7). */
  v.object({ type: v.literal('capture'), tabId }),
  v.object({ type: v.literal('getCapture'), id: recordId }),
  v.object({
    type: v.literal('correct'),
    id: recordId,
    corrections: v.record(v.picklist(CORRECTABLE_FIELDS), v.unknown()),
  }),
  /** Download one stored record through the downloads API (format: the settings' default if absent). */
  v.object({ type: v.literal('exportRecord'), id: recordId, format: v.optional(v.picklist(EXPORT_FORMATS)) }),
  /**
   * Download a record that storage refused ('storage-full'): the popup holds the only copy, so it
   * sends the record itself, checked against the record schema here like any other input.
   */
  v.object({ type: v.literal('exportUnsaved'), record: v.pipe(CaptureRecordSchema, v.transform((r) => r as unknown as CaptureRecord)), format: v.optional(v.picklist(EXPORT_FORMATS)) }),
  /** Outline in the page the region that a stored capture's body came from. */
  v.object({ type: v.literal('outline'), tabId, show: v.boolean(), id: v.optional(recordId) }),
  /** Start the element picker; the capture is redone from the picked block. */
  v.object({ type: v.literal('pick'), tabId }),
  /**
   * A capture made for this tab while the popup was closed (element picker, context menu), if
   * any; it is handed over once.
   */
  v.object({ type: v.literal('pendingCapture'), tabId }),
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
  exportRecord: { filename: string; downloadId: number };
  exportUnsaved: { filename: string; downloadId: number };
  outline: { outlined: boolean };
  pick: CaptureReply;
  pendingCapture: CaptureReply | null;
  discard: { deleted: true };
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

/**
 * A page input whose blocks may come in parts (src/messaging/blockParts.ts): `blocks` holds the
 * first part and `rest`, when present, says how many parts there are and the token to ask for them.
 */
export interface PageHead extends PageInput {
  rest?: { token: string; parts: number };
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
