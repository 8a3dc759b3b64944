import { summaryOf, toReply, type BackgroundRequest, type BackgroundResponses, type Handlers } from '../messaging/protocol';
import { CaptureError } from '../messaging/errors';
import { captureFromPick, captureTab } from './capture';
import { callContent } from '../messaging/client';
import { applyCorrections } from './corrections';
import { withAnnotations } from '../core/annotations';
import { deleteCaptures, getCapture, saveCapture } from './db';
import { downloadAttachments, downloadRecords } from './download';
import { loadSettings } from '../settings/store';
import { DATA_EXPORT_FORMATS, EXPORTABLE_FIELDS, type Settings } from '../settings/definition';
import { exportFieldsOption } from '../core/export';
import { runningFor } from './inflight';
import { deleteSnapshots } from './snapshots';
import { dropPending, putPending, takePending } from './pending';
import { cancelList, listProgress, startListCapture } from './listCapture';

async function mustGet(id: string) {
  const record = await getCapture(id);
  if (!record) throw new CaptureError('not-found', 'That capture is no longer stored.');
  return record;
}

/** One handler per request type; the protocol module checks sender and payload before these run. */
export const backgroundHandlers: Handlers<BackgroundRequest, BackgroundResponses> = {
  capture: async ({ tabId, keepNonArticle, followPages }) => {
    await dropPending(tabId);
    return toReply(await captureTab(tabId, { keepNonArticle, followPages }));
  },
  getCapture: async ({ id }) => (await getCapture(id)) ?? null,
  correct: async ({ id, corrections }) => {
    const next = applyCorrections(await mustGet(id), corrections);
    await saveCapture(next);
    return summaryOf(next);
  },
  annotate: async ({ id, tags, note }) => {
    const next = withAnnotations(await mustGet(id), tags, note);
    await saveCapture(next);
    return summaryOf(next);
  },
  exportRecord: async ({ id, format }) => {
    const settings = await loadSettings();
    const fields = exportFieldsOption(settings.exportFields, EXPORTABLE_FIELDS);
    return downloadRecords([await mustGet(id)], format ?? dataFormat(settings.exportFormat), fields);
  },
  exportUnsaved: async ({ record, format }) => {
    const settings = await loadSettings();
    const fields = exportFieldsOption(settings.exportFields, EXPORTABLE_FIELDS);
    return downloadRecords([record], format ?? dataFormat(settings.exportFormat), fields);
  },
  downloadAttachments: async ({ id }) => downloadAttachments(await mustGet(id)),
  outline: async ({ tabId, show, id }) => {
    // The cleaned body, not the raw extraction, says where the article is: furniture is gone from it.
    const body = id ? ((await getCapture(id))?.body ?? []) : [];
    const anchors = body.length ? [body[0].text, body[body.length - 1].text] : [];
    return callContent(tabId, { type: 'outline', show, anchors });
  },
  pick: async ({ tabId }) => {
    const result = await captureFromPick(tabId);
    // The popup usually closed when the user clicked into the page: keep the result for its return.
    await putPending(tabId, result);
    return toReply(result);
  },
  pendingCapture: async ({ tabId }) => {
    const running = runningFor(tabId);
    if (running) {
      const result = await running;
      await takePending(tabId);
      return toReply(result);
    }
    const pending = await takePending(tabId);
    if (!pending) return null;
    const record = await getCapture(pending.id);
    return record ? toReply({ record, duplicate: pending.duplicate }) : null;
  },
  discard: async ({ id }) => {
    await deleteCaptures([id]);
    await deleteSnapshots([id]);
    return { deleted: true };
  },
  captureList: async ({ items }) => startListCapture(items),
  listProgress: async () => listProgress(),
  cancelList: async () => cancelList(),
};

/** The default format for a download the background writes: a citation default means JSON here (the popup writes citations itself). */
function dataFormat(format: Settings['exportFormat']): (typeof DATA_EXPORT_FORMATS)[number] {
  return (DATA_EXPORT_FORMATS as readonly string[]).includes(format) ? (format as (typeof DATA_EXPORT_FORMATS)[number]) : 'json';
}
