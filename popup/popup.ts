import { recordToJson } from '../src/core/export/json';
import { CITATION_FORMATS } from '../src/core/export/citation';
import { recordsToCitation } from '../src/citations/exportCitations';
import { exportFileName, FORMAT_MIME } from '../src/core/export/fileName';
import { downloadText } from '../src/background/download';
import { DATA_EXPORT_FORMATS, EXPORT_FORMATS } from '../src/settings/definition';
import { loadSettings } from '../src/settings/store';
import type { CaptureRecord } from '../src/core/types';
import { callBackground } from '../src/messaging/client';
import { CaptureError } from '../src/messaging/errors';
import type { CaptureReply, RecordSummary } from '../src/messaging/protocol';
import { renderCard } from './card';
import { clear, h } from './dom';
import { openEditor } from './editor';
import { describeError } from './errors';
import { localizePage, t } from './i18n';
import { targetTabId } from './tabTarget';
import { renderListPanel } from './listPanel';

/** Popup entry: capture the tab on open, show the card, offer export, region check and edits. */

const view = document.getElementById('view')!;
const status = document.getElementById('status')!;
const actions = document.getElementById('actions')!;

function setStatus(key: string | null, busy = false): void {
  status.textContent = key ? t(key) : '';
  status.classList.toggle('busy', busy);
  document.body.setAttribute('aria-busy', String(busy));
}

/**
 * A User Timing mark once the card or the error is in place: the popup's own clock then says how
 * long a capture took to show (DevTools' performance panel and the e2e tests read it), whoever
 * watches for it and however often they look.
 */
const SETTLED_MARK = 'gov-news-capture:settled';

function showError(e: unknown): void {
  const { key, hintKey, detail } = describeError(e);
  setStatus(null);
  clear(actions);
  // Storage refused the record: it exists only here now, so offer it for export instead of losing it.
  if (e instanceof CaptureError && e.code === 'storage-full' && e.unsaved) renderUnsavedActions(e.unsaved);
  view.replaceChildren(
    h('div', { class: 'error', attrs: { role: 'alert', 'data-error': key } }, [
      h('p', { class: 'error-title', text: t(key) }),
      hintKey ? h('p', { class: 'error-hint', text: t(hintKey) }) : null,
      h('details', { class: 'error-detail' }, [h('summary', { text: t('technicalDetail') }), h('p', { text: detail })]),
    ]),
  );
  performance.mark(SETTLED_MARK);
}

function showResult(tabId: number, result: CaptureReply, removedOpen = false): void {
  const { record, duplicate } = result;
  if (result.unsaved === 'not-article') return showNotSaved(tabId, record, result.listItems);
  setStatus(record.isArticle ? (result.snapshot === 'kept' ? 'statusSavedSnapshot' : 'statusSaved') : 'statusNotArticle');
  document.body.dataset.state = record.isArticle ? 'captured' : 'not-article';
  const onRestore = (restored: number[]) => void restoreLines(tabId, record.id, restored);
  view.replaceChildren(duplicate ? duplicateBanner(duplicate.id, duplicate.capturedAt) : '', renderCard(record, { onRestore, removedOpen }));
  renderActions(tabId, record);
  if (result.morePages) actions.prepend(followPagesButton(tabId, record.id));
  performance.mark(SETTLED_MARK);
}

/**
 * The article goes on over further pages: read them all into one record (captured again, joined).
 * The joined record takes the place of the first page's capture the popup made a moment ago: the
 * user asked for the whole article, not for two records of it.
 */
function followPagesButton(tabId: number, firstPageId: string): HTMLButtonElement {
  return button(
    'followPages',
    'follow-pages',
    (b) => {
      b.disabled = true;
      setStatus('statusReadingPages', true);
      callBackground({ type: 'capture', tabId, followPages: true })
        .then(async (r) => {
          if (r.duplicate?.id !== firstPageId || r.record.id === firstPageId) return r;
          await callBackground({ type: 'discard', id: firstPageId });
          return { ...r, duplicate: null };
        })
        .then((r) => showResult(tabId, r), showError);
    },
    true,
  );
}

/**
 * A page judged not to be an article was read but not stored: the card says why, and the one
 * action is to store it anyway (captured again, since the popup holds no body to store).
 */
function showNotSaved(tabId: number, record: RecordSummary, listItems: CaptureReply['listItems'] = []): void {
  setStatus('statusNotSaved');
  document.body.dataset.state = 'not-saved';
  view.replaceChildren(renderCard(record));
  // A list page: its articles, to capture the ones the user ticks (a job already running shows its progress).
  if (listItems.length) {
    void callBackground({ type: 'listProgress' })
      .catch(() => null)
      .then((job) => view.append(renderListPanel(listItems, job)));
  }
  actions.replaceChildren(
    button(
      'saveAnyway',
      'save-anyway',
      (b) => {
        b.disabled = true;
        setStatus('statusReading', true);
        callBackground({ type: 'capture', tabId, keepNonArticle: true }).then((r) => showResult(tabId, r), showError);
      },
      true,
    ),
  );
  performance.mark(SETTLED_MARK);
}

/** Puts removed lines back into the body (or takes them out again) as a correction of the stored record. */
async function restoreLines(tabId: number, id: string, restored: number[]): Promise<void> {
  try {
    const next = await callBackground({ type: 'correct', id, corrections: { 'body.restored': restored } });
    showResult(tabId, { record: next, duplicate: null }, true);
    setStatus('statusCorrected');
  } catch (e) {
    showError(e);
  }
}

/** capturedAt is UTC; the user thinks in their own clock. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function duplicateBanner(oldId: string, when: string): HTMLElement {
  const replace = h('button', { class: 'link', text: t('duplicateReplace'), attrs: { type: 'button', 'data-action': 'replace' } });
  const banner = h('div', { class: 'banner', attrs: { role: 'status' } }, [h('span', { text: t('duplicateFound', [localTime(when)]) }), ' ', replace]);
  replace.addEventListener('click', () => {
    void callBackground({ type: 'discard', id: oldId }).then(() => banner.replaceChildren(h('span', { text: t('duplicateReplaced') })), showError);
  });
  return banner;
}

function button(key: string, action: string, onClick: (b: HTMLButtonElement) => void, primary = false): HTMLButtonElement {
  const b = h('button', { text: t(key), class: primary ? 'primary' : '', attrs: { type: 'button', 'data-action': action } });
  b.addEventListener('click', () => onClick(b));
  return b;
}

/** `whole` yields the full record: the card was drawn from a summary without the body. */
function copyButton(whole: () => Promise<CaptureRecord>, note: HTMLElement): HTMLButtonElement {
  return button('copyJson', 'copy', () => {
    // The record, corrections included, exactly as the JSON export writes it.
    whole()
      .then((record) => navigator.clipboard.writeText(recordToJson(record)))
      .then(() => {
        note.textContent = t('copied');
      }, showError);
  });
}

/** The stored record, body included, asked of the background when the user wants all of it. */
async function storedRecord(id: string): Promise<CaptureRecord> {
  const record = await callBackground({ type: 'getCapture', id });
  if (!record) throw new CaptureError('not-found', 'That capture is no longer stored.');
  return record;
}

/** Export and copy for a record that was built but not stored; a failure stays beside the buttons. */
function renderUnsavedActions(record: CaptureRecord): void {
  const note = h('p', { class: 'action-note', attrs: { role: 'status' } });
  actions.replaceChildren(
    button(
      'exportJson',
      'export',
      (b) => {
        b.disabled = true;
        callBackground({ type: 'exportUnsaved', record, format: 'json' })
          .then(
            (r) => {
              note.textContent = t('exported', [r.filename]);
            },
            (err: unknown) => {
              note.textContent = describeError(err).detail;
            },
          )
          .finally(() => {
            b.disabled = false;
          });
      },
      true,
    ),
    copyButton(() => Promise.resolve(record), note),
    note,
  );
}

const FORMAT_NAMES: Record<(typeof EXPORT_FORMATS)[number], string> = {
  json: 'JSON',
  jsonl: 'JSONL',
  csv: 'CSV',
  markdown: 'Markdown',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
  bibtex: 'BibTeX',
};

/** The export menu: the data formats are written by the background, the citations here (citation-js loads on first use). */
function exportControls(record: RecordSummary, note: HTMLElement): HTMLElement[] {
  const select = h(
    'select',
    { attrs: { 'data-action': 'export-format', 'aria-label': t('exportFormatLabel') } },
    EXPORT_FORMATS.map((f) => h('option', { text: FORMAT_NAMES[f], attrs: { value: f } })),
  );
  // The options' default format is chosen first; JSON until the settings are read (or if they cannot be).
  loadSettings().then(
    (s) => {
      select.value = s.exportFormat;
    },
    () => {},
  );
  const exportButton = button(
    'exportAs',
    'export',
    (b) => {
      b.disabled = true;
      exportAs(record.id, select.value)
        .then((filename) => {
          note.textContent = t('exported', [filename]);
        }, showError)
        .finally(() => {
          b.disabled = false;
        });
    },
    true,
  );
  return [select, exportButton];
}

async function exportAs(id: string, format: string): Promise<string> {
  const data = DATA_EXPORT_FORMATS.find((f) => f === format);
  if (data) return (await callBackground({ type: 'exportRecord', id, format: data })).filename;
  const citation = CITATION_FORMATS.find((f) => f === format);
  if (!citation) throw new Error(`unknown format ${format}`);
  const record = await storedRecord(id);
  const fileName = exportFileName([record], citation);
  await downloadText(await recordsToCitation([record], citation), fileName, `${FORMAT_MIME[citation]};charset=utf-8`);
  return fileName;
}

function attachmentsButton(record: RecordSummary, note: HTMLElement): HTMLButtonElement | null {
  if (!record.attachments?.length) return null;
  return button('downloadAttachments', 'download-attachments', (b) => {
    b.disabled = true;
    callBackground({ type: 'downloadAttachments', id: record.id })
      .then((r) => {
        note.textContent = [t('attachmentsSaved', [String(r.started), r.folder]), r.failed ? t('attachmentsFailed', [String(r.failed)]) : '']
          .filter(Boolean)
          .join(' ');
      }, showError)
      .finally(() => {
        b.disabled = false;
      });
  });
}

function renderActions(tabId: number, record: RecordSummary): void {
  const note = h('p', { class: 'action-note', attrs: { role: 'status' } });
  actions.replaceChildren(
    ...exportControls(record, note),
    ...[attachmentsButton(record, note)].filter((b): b is HTMLButtonElement => b !== null),
    copyButton(() => storedRecord(record.id), note),
    button('editFields', 'edit', () => {
      openEditor(view, record, async (corrections, annotations) => {
        let next = record;
        if (Object.keys(corrections).length) next = await callBackground({ type: 'correct', id: record.id, corrections });
        if (annotations) next = await callBackground({ type: 'annotate', id: record.id, ...annotations });
        showResult(tabId, { record: next, duplicate: null });
        setStatus(Object.keys(corrections).length ? 'statusCorrected' : 'statusAnnotated');
      });
    }),
    button('wrongPart', 'wrong-part', () => void wrongPart(tabId, record.id, note)),
    note,
  );
}

/** Outlines what was captured in the page, then lets the user pick the right block instead. */
async function wrongPart(tabId: number, id: string, note: HTMLElement): Promise<void> {
  try {
    await callBackground({ type: 'outline', tabId, show: true, id });
  } catch {
    // Nothing to outline (the region was not found): go straight to picking.
  }
  const pick = button('pickBlock', 'pick', () => void startPick(tabId), true);
  note.replaceChildren(h('span', { text: t('outlineShown') }), ' ', pick);
}

async function startPick(tabId: number): Promise<void> {
  setStatus('statusPicking', true);
  try {
    showResult(tabId, await callBackground({ type: 'pick', tabId }));
    setStatus('statusRecaptured');
  } catch (e) {
    if (describeError(e).key === 'errorCancelled') setStatus('statusPickCancelled');
    else showError(e);
  }
}

async function main(): Promise<void> {
  localizePage();
  setStatus('statusReading', true);
  document.body.dataset.state = 'working';
  const tabId = await targetTabId();
  if (tabId === null) throw new CaptureError('no-tab', 'no active tab in this window');
  const pending = await callBackground({ type: 'pendingCapture', tabId });
  showResult(tabId, pending ?? (await callBackground({ type: 'capture', tabId })));
}

main().catch((e) => {
  document.body.dataset.state = 'error';
  showError(e);
});
