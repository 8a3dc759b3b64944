import type { CaptureRecord } from '../src/core/types';
import { bodyWithRestored } from '../src/core/restore';
import { siteOf } from '../src/background/db';
import { h } from '../popup/dom';
import type { HistoryStringKey } from './strings';
import { parseTagList } from '../src/core/annotations';

type T = (key: HistoryStringKey, ...subs: (string | number)[]) => string;

/** A page can carry a 100,000-character title; the list shows a readable head of it. */
const MAX_SHOWN_CHARS = 300;
/**
 * Bidi overrides and zero-width characters in page text can reorder or hide what the reader sees
 * (a title that displays differently from what it says): the list shows text without them. The
 * stored record and every export keep them untouched.
 */
const INVISIBLE_CONTROLS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
export function displayText(s: string, n = MAX_SHOWN_CHARS): string {
  const clean = s.replace(INVISIBLE_CONTROLS, '');
  const chars = [...clean];
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : clean;
}
const cut = displayText;

/** "2024-03-14 18:59" from an ISO date-time as the page gave it (its own zone); a bare day stays. */
const shortPublished = (iso: string) => iso.replace(/T(\d{2}:\d{2}).*$/, ' $1');

export function isOpenableUrl(url: string | null): url is string {
  if (!url) return false;
  try {
    const p = new URL(url).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
}

/** "2024-03-15 16:30" in the reader's own zone. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export interface ItemHandlers {
  onSelect(id: string, selected: boolean): void;
  onOpen(record: CaptureRecord): void;
  onRecapture(record: CaptureRecord): void;
  /** The user saved tags and a note for the capture. */
  onAnnotate(record: CaptureRecord, tags: string[], note: string): Promise<void>;
}

/** Tags and note under the row, and a small form to change them (the popup card offers the same). */
function annotations(record: CaptureRecord, t: T, on: ItemHandlers): { shown: HTMLElement; edit: HTMLButtonElement } {
  const shown = h('div', { class: 'annotations' }, [
    record.tags?.length
      ? h(
          'ul',
          { class: 'tags', attrs: { 'aria-label': t('tags') } },
          record.tags.map((tag) => h('li', { text: cut(tag, 100) })),
        )
      : null,
    record.note ? h('p', { class: 'note', text: cut(record.note, 1000) }) : null,
  ]);
  const edit = h('button', { text: t('editAnnotations'), attrs: { type: 'button', 'data-action': 'annotate' } });
  edit.addEventListener('click', () => {
    const tags = h('input', { attrs: { type: 'text', name: 'tags', 'aria-label': t('tags'), placeholder: t('tagsHint') } });
    tags.value = (record.tags ?? []).join('，');
    const note = h('textarea', { attrs: { name: 'note', rows: '3', 'aria-label': t('note'), placeholder: t('note') } });
    note.value = record.note ?? '';
    const save = h('button', { class: 'primary', text: t('save'), attrs: { type: 'submit', 'data-action': 'save-annotations' } });
    const form = h('form', { class: 'annotate' }, [tags, note, save]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      save.disabled = true;
      void on.onAnnotate(record, parseTagList(tags.value), note.value).finally(() => {
        save.disabled = false;
      });
    });
    shown.replaceChildren(form);
    tags.focus();
  });
  return { shown, edit };
}

/** One capture as a list row. Every piece of page data goes in as text (h → textContent). */
export function renderItem(record: CaptureRecord, selected: boolean, t: T, on: ItemHandlers): HTMLLIElement {
  const title = record.title;
  const box = h('input', { attrs: { type: 'checkbox', 'aria-label': cut(title ?? record.id, 80) } });
  box.checked = selected;
  box.addEventListener('change', () => on.onSelect(record.id, box.checked));

  const meta = [
    siteOf(record),
    record.publishedAt ? `${t('published')} ${shortPublished(record.publishedAt)}` : null,
    record.source,
    `${t('captured')} ${localDateTime(record.capturedAt)}`,
  ].filter((x): x is string => Boolean(x));

  const notes = annotations(record, t, on);
  const actions = h('div', { class: 'actions' }, [notes.edit]);
  if (isOpenableUrl(record.url)) {
    const open = h('button', { text: t('open'), attrs: { type: 'button', 'data-action': 'open' }, title: cut(record.url, 200) });
    open.addEventListener('click', () => on.onOpen(record));
    const again = h('button', { text: t('recapture'), attrs: { type: 'button', 'data-action': 'recapture' } });
    actions.append(open, again);
    again.addEventListener('click', () => on.onRecapture(record));
  }

  // The text is built only when the reader opens the details: a long list stays light.
  const details = h('details', {}, [h('summary', { text: t('details') })]);
  details.addEventListener('toggle', () => {
    if (!details.open || details.childElementCount > 1) return;
    if (record.summary.length) details.append(h('h3', { text: t('summary') }), ...record.summary.map((s) => h('p', { text: cut(s, 2000) })));
    details.append(
      h('h3', { text: t('body') }),
      ...bodyWithRestored(record)
        .slice(0, 200)
        .map((b) => h('p', { text: cut(b.text, 5000) })),
    );
  });

  const li = h('li', { class: 'item', attrs: { 'data-id': record.id } }, [
    box,
    h('div', {}, [
      h('p', { class: 'title' }, [record.isArticle ? null : h('span', { class: 'badge', text: t('notArticle') }), cut(title ?? t('untitled'))]),
      h('p', { class: 'meta', text: cut(meta.join(' · ')) }),
      notes.shown,
      actions,
    ]),
    details,
  ]);
  return li;
}
