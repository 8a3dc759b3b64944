import browser from 'webextension-polyfill';
import type { CaptureQuery } from '../src/background/db';
import { countCaptures, countCapturesOfUrl, listCaptureIds, listCaptures, listSites } from '../src/background/db';
import { EXPORT_FORMATS, exportFieldsOption, type ExportFormat } from '../src/core/export';
import { EXPORTABLE_FIELDS } from '../src/settings/definition';
import { loadSettings } from '../src/settings/store';
import { h } from '../popup/dom';
import { copySelected, deleteSelected, exportSelected, importFile, openOriginal, recapture } from './historyActions';
import { watchListJob } from './listJob';
import { ALL_SITES, captureAllTabs, lacksHostAccess, tally, type TabOutcome } from './captureAll';
import { displayText, localDateTime, renderItem } from './historyView';
import { makeTranslator, type HistoryStringKey } from './strings';
import { localizePage, t as message } from '../popup/i18n';
import { callBackground } from '../src/messaging/client';

/**
 * The history page: every stored capture, searchable and filterable, with bulk export, copy,
 * delete and import, and per-capture open and re-capture. It reads IndexedDB directly (same
 * extension origin as the service worker) and asks the background only to capture.
 */

const PAGE_SIZE = 100;
const t = makeTranslator();
const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;

const ui = {
  q: $<HTMLInputElement>('q'),
  site: $<HTMLSelectElement>('site'),
  dateField: $<HTMLSelectElement>('date-field'),
  from: $<HTMLInputElement>('from'),
  to: $<HTMLInputElement>('to'),
  selectAll: $<HTMLInputElement>('select-all'),
  selected: $('selected'),
  format: $<HTMLSelectElement>('format'),
  list: $<HTMLUListElement>('list'),
  more: $<HTMLButtonElement>('more'),
  status: $('status'),
  count: $('count'),
  importFile: $<HTMLInputElement>('import-file'),
};

const state = { limit: PAGE_SIZE, selected: new Set<string>(), fields: undefined as readonly string[] | undefined, generation: 0 };

function say(text: string, isError = false): void {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', isError);
}

/** Researchers look for what was published when: the publication date is the default filter. */
const query = (): CaptureQuery => ({
  text: ui.q.value,
  site: ui.site.value,
  dateField: ui.dateField.value === 'captured' ? 'captured' : 'published',
  from: ui.from.value || undefined,
  to: ui.to.value || undefined,
});

function showSelection(): void {
  ui.selected.textContent = state.selected.size ? t('selected', state.selected.size) : '';
}

async function refreshSites(): Promise<void> {
  const current = ui.site.value;
  const sites = await listSites();
  ui.site.replaceChildren(
    h('option', { text: t('allSites'), attrs: { value: '' } }),
    ...sites.map((s) => h('option', { text: `${s.site} (${s.count})`, attrs: { value: s.site } })),
  );
  ui.site.value = sites.some((s) => s.site === current) ? current : '';
}

/** Renders the current query; a newer call wins over a slower older one. */
async function refresh(): Promise<void> {
  const generation = ++state.generation;
  const [rows, total] = await Promise.all([listCaptures({ ...query(), limit: state.limit + 1 }), countCaptures()]);
  if (generation !== state.generation) return;
  const shown = rows.slice(0, state.limit);
  ui.list.replaceChildren(
    ...shown.map((r) =>
      renderItem(r, state.selected.has(r.id), t, {
        onSelect: (id, on) => {
          if (on) state.selected.add(id);
          else state.selected.delete(id);
          showSelection();
        },
        onOpen: (rec) => void openOriginal(rec).catch((e: unknown) => say(t('failed', String((e as Error)?.message ?? e)), true)),
        onRecapture: (rec) => void recaptureRow(rec),
        onAnnotate: async (rec, tags, note) => {
          try {
            await callBackground({ type: 'annotate', id: rec.id, tags, note });
            await refresh();
            say(t('annotated'));
          } catch (e) {
            say(t('failed', String((e as Error)?.message ?? e)), true);
          }
        },
      }),
    ),
  );
  if (!shown.length) ui.list.append(h('li', { class: 'muted', text: total ? t('noMatch') : t('empty') }));
  // "Select all" is ticked only while every row shown is selected: rows that arrived since (a
  // capture of all tabs, an import, a capture in another tab) are not, and the box says so.
  ui.selectAll.checked = shown.length > 0 && shown.every((r) => state.selected.has(r.id));
  ui.more.hidden = rows.length <= state.limit;
  ui.count.textContent = rows.length > state.limit ? t('shown', shown.length, total) : t('count', total);
  showSelection();
}

async function recaptureRow(record: Parameters<typeof recapture>[0]): Promise<void> {
  say(t('recapturing'));
  try {
    const result = await recapture(record);
    await refreshAll();
    say(t('recaptured', result.record.title ?? result.record.id));
    const dup = result.duplicate;
    if (!dup) return;
    // The new capture is already stored beside the earlier one; the reader may drop the earlier.
    const keep = h('button', { text: t('keepBoth'), attrs: { type: 'button', 'data-action': 'keep-both' } });
    const replace = h('button', { text: t('replace'), attrs: { type: 'button', 'data-action': 'replace' } });
    ui.status.append(' ', t('duplicateNote', localDateTime(dup.capturedAt)), ' ', keep, ' ', replace);
    keep.addEventListener('click', () => say(t('recaptured', result.record.title ?? result.record.id)));
    replace.addEventListener('click', async () => {
      await deleteSelected([dup.id]);
      state.selected.delete(dup.id);
      await refreshAll();
      say(t('replaced'));
    });
  } catch (e) {
    const message = String((e as Error)?.message ?? e);
    // The browser's own wording is English and technical; the user needs to know what to grant.
    const denied = lacksHostAccess({ status: 'failed', message });
    say(t('failed', denied ? t('needsAccess') : message), true);
    if (denied) offerHostAccess(() => void recaptureRow(record));
  }
}

/** Progress bar and one line per tab, redrawn as each tab finishes. */
function showBatch(outcomes: readonly TabOutcome[]): void {
  const done = outcomes.filter((o) => o.status !== 'waiting' && o.status !== 'working').length;
  const bar = $<HTMLProgressElement>('batch-progress');
  bar.max = Math.max(1, outcomes.length);
  bar.value = done;
  $('batch-count').textContent = t('batchProgress', done, outcomes.length);
  $('batch-list').replaceChildren(
    ...outcomes.map((o) =>
      h('li', { attrs: { 'data-status': o.status, 'data-tab-id': String(o.tabId) } }, [
        o.blank ? t('blankTab') : o.label ? displayText(o.label, 120) : t('tabAtPosition', o.position),
        h('span', {
          class: 'state',
          text: `${t(`tab_${o.status}` as HistoryStringKey)}${reasonText(o)}`,
          title: o.message ? displayText(o.message, 500) : undefined,
        }),
      ]),
    ),
  );
}

/** Why a tab ended as it did, in the UI language; the browser's English stays in the tooltip. */
function reasonText(o: TabOutcome): string {
  if (lacksHostAccess(o)) return `: ${t('needsAccess')}`;
  if (!o.reason) return '';
  const why = message(o.reason.key, o.reason.subs);
  return why === o.reason.key ? '' : `: ${why}`;
}

/**
 * A button whose click asks for the optional host permission. The request is the first thing the
 * click does: browsers grant it only inside the user's gesture.
 */
function offerHostAccess(retry: () => void): void {
  const grant = h('button', { text: t('grantAccess'), attrs: { type: 'button', 'data-action': 'grant-access' } });
  grant.addEventListener('click', () => {
    void browser.permissions.request(ALL_SITES).then(
      (granted) => (granted ? retry() : undefined),
      (e: unknown) => say(t('failed', String((e as Error)?.message ?? e)), true),
    );
  });
  ui.status.append(' ', grant);
}

async function captureWindow(): Promise<void> {
  const button = $<HTMLButtonElement>('capture-all');
  const cancel = $<HTMLButtonElement>('batch-cancel');
  const stop = new AbortController();
  const onCancel = () => stop.abort();
  button.disabled = true;
  cancel.hidden = false;
  cancel.addEventListener('click', onCancel, { once: true });
  $('batch').hidden = false;
  try {
    const outcomes = await captureAllTabs(showBatch, {
      signal: stop.signal,
      includeCaptured: $<HTMLInputElement>('include-captured').checked,
      isCaptured: async (url) => (await countCapturesOfUrl(url)) > 0,
      webAccess: await browser.permissions.contains(ALL_SITES).catch(() => false),
    });
    const n = tally(outcomes);
    say(t('batchDone', n.saved, n.duplicate, n['not-article'], n.skipped, n.failed, n.already), n.failed > 0);
    if (outcomes.some(lacksHostAccess)) offerHostAccess(() => void captureWindow());
    await refreshAll();
  } catch (e) {
    say(t('failed', String((e as Error)?.message ?? e)), true);
  } finally {
    button.disabled = false;
    cancel.hidden = true;
    cancel.removeEventListener('click', onCancel);
  }
}

async function refreshAll(): Promise<void> {
  await refreshSites();
  await refresh();
}

/** Runs a bulk action on the selection and reports the outcome in the status line. */
async function withSelection(action: (ids: string[]) => Promise<string>): Promise<void> {
  const ids = [...state.selected];
  if (!ids.length) return say(t('nothingSelected'), true);
  try {
    say(await action(ids));
  } catch (e) {
    say(t('failed', String((e as Error)?.message ?? e)), true);
  }
}

const format = () => ui.format.value as ExportFormat;

function wire(): void {
  let typing: ReturnType<typeof setTimeout> | undefined;
  ui.q.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state.limit = PAGE_SIZE;
      void refresh();
    }, 150);
  });
  for (const el of [ui.site, ui.dateField, ui.from, ui.to]) {
    el.addEventListener('change', () => {
      state.limit = PAGE_SIZE;
      void refresh();
    });
  }
  $('filters').addEventListener('submit', (e) => e.preventDefault());
  ui.more.addEventListener('click', () => {
    state.limit += PAGE_SIZE;
    void refresh();
  });
  ui.selectAll.addEventListener('change', async () => {
    // Collecting the ids of a long history takes a moment: an export clicked meanwhile would act on
    // part of the selection, so the actions wait for it.
    const actions = ['export', 'copy', 'delete'].map((id) => $<HTMLButtonElement>(id));
    for (const b of actions) b.disabled = true;
    try {
      // "All" means every capture the filters match, not only the rows shown so far.
      if (ui.selectAll.checked) for (const id of await listCaptureIds(query())) state.selected.add(id);
      else state.selected.clear();
      await refresh();
    } finally {
      for (const b of actions) b.disabled = false;
    }
  });
  $('export').addEventListener('click', () => void withSelection(async (ids) => t('exported', (await exportSelected(ids, format(), state.fields)).fileName)));
  $('copy').addEventListener('click', () => void withSelection(async (ids) => t('copied', await copySelected(ids, format(), state.fields))));
  $('delete').addEventListener(
    'click',
    () =>
      void withSelection(async (ids) => {
        if (!confirm(t('confirmDelete', ids.length))) return '';
        await deleteSelected(ids);
        state.selected.clear();
        ui.selectAll.checked = false;
        await refreshAll();
        return t('deleted', ids.length);
      }),
  );
  $('capture-all').addEventListener('click', () => void captureWindow());
  $('import').addEventListener('click', () => ui.importFile.click());
  ui.importFile.addEventListener('change', async () => {
    const file = ui.importFile.files?.[0];
    ui.importFile.value = '';
    if (!file) return;
    try {
      const res = await importFile(file);
      await refreshAll();
      const summary = t('imported', res.added, res.replaced, res.skipped);
      say(res.errors.length ? `${summary}. ${t('importErrors', res.errors.length, res.errors.slice(0, 3).join('; '))}` : summary, res.errors.length > 0);
    } catch (e) {
      say(t('failed', String((e as Error)?.message ?? e)), true);
    }
  });
  // Captures made in other tabs meanwhile show up when the reader comes back.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refreshAll();
  });
}

async function main(): Promise<void> {
  localizePage();
  wire();
  const settings = await loadSettings().catch(() => null);
  if (settings) {
    if ((EXPORT_FORMATS as readonly string[]).includes(settings.exportFormat)) ui.format.value = settings.exportFormat;
    state.fields = exportFieldsOption(settings.exportFields, EXPORTABLE_FIELDS);
  }
  // The newest captures first; the site filter walks the indexes of the whole history and fills
  // in after, so a long history does not hold back the list.
  ui.site.replaceChildren(h('option', { text: t('allSites'), attrs: { value: '' } }));
  await refresh();
  document.body.dataset.ready = 'true';
  watchListJob($('list-job'), $('list-job-progress'), () => void refreshAll());
  await refreshSites();
  document.body.dataset.sites = 'true';
}

void main().catch((e: unknown) => say(t('failed', String((e as Error)?.message ?? e)), true));
