import type { Author, Disclosure, Person } from '../src/core/types';
import { DISCLOSURE_KEYS, MAX_DISCLOSURE_VALUE } from '../src/core/disclosureCorrection';
import type { DisclosureKey } from '../src/core/vocabulary';
import { effectiveValue } from '../src/background/corrections';
import type { CorrectableField, RecordSummary } from '../src/messaging/protocol';
import { h } from './dom';
import { t } from './i18n';
import { describeError } from './errors';
import { readUserDate } from '../src/core/dates';
import { parseTagList } from '../src/core/annotations';

type Corrections = Partial<Record<CorrectableField, unknown>>;

interface FieldSpec {
  field: CorrectableField;
  label: string;
  multiline?: boolean;
  read: (record: RecordSummary) => string;
  /** Turns the edited text back into the field's value; people keep titles known for the same name. */
  write: (text: string, record: RecordSummary) => unknown;
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

const PERSON_LINE = /^(.+?)\s*[（(]([^（）()]*)[）)]$/;
const TITLE_SEPARATOR = /[、,，;；]/;

/** "张三（市委书记、市长）": a person as the card shows them, titles in brackets. */
export function personText(p: Person): string {
  return p.titles.length ? `${p.name}（${p.titles.join('、')}）` : p.name;
}

/** The edited line back into a person; a line without brackets is a name without titles. */
export function parsePerson(line: string): Person | null {
  const text = line.trim();
  if (!text) return null;
  const m = PERSON_LINE.exec(text);
  if (!m) return { name: text, titles: [] };
  return {
    name: m[1].trim(),
    titles: m[2]
      .split(TITLE_SEPARATOR)
      .map((x) => x.trim())
      .filter(Boolean),
  };
}

function peopleField(field: 'meeting.speakers' | 'meeting.attendees', label: string): FieldSpec {
  return {
    field,
    label,
    multiline: true,
    read: (r) => (effectiveValue(r, field) as Person[]).map(personText).join('\n'),
    write: (text) =>
      lines(text)
        .map(parsePerson)
        .filter((p): p is Person => p !== null),
  };
}

export const EDITABLE: FieldSpec[] = [
  // A headline may run to several lines: a text area shows all of it, and the core folds its breaks.
  { field: 'title', label: 'labelTitle', multiline: true, read: (r) => (effectiveValue(r, 'title') as string | null) ?? '', write: (s) => s },
  { field: 'publishedAt', label: 'labelDate', read: (r) => (effectiveValue(r, 'publishedAt') as string | null) ?? '', write: (s) => s.trim() || null },
  { field: 'source', label: 'labelSource', read: (r) => (effectiveValue(r, 'source') as string | null) ?? '', write: (s) => s },
  { field: 'editor', label: 'labelEditor', read: (r) => (effectiveValue(r, 'editor') as string | null) ?? '', write: (s) => s },
  {
    field: 'authors',
    label: 'labelAuthors',
    multiline: true,
    read: (r) => (effectiveValue(r, 'authors') as Author[]).map((a) => a.name).join('\n'),
    write: (text, r) => {
      const known = new Map((effectiveValue(r, 'authors') as Author[]).map((a) => [a.name, a.role]));
      return lines(text).map((name) => ({ name, role: known.get(name) ?? 'author' }));
    },
  },
  {
    field: 'meeting.host',
    label: 'labelHost',
    read: (r) => {
      const host = effectiveValue(r, 'meeting.host') as Person | null;
      return host ? personText(host) : '';
    },
    write: (s) => parsePerson(s),
  },
  peopleField('meeting.speakers', 'labelSpeakers'),
  peopleField('meeting.attendees', 'labelAttendees'),
];

/** Only the fields the user actually changed travel to the background. */
export function changedFields(record: RecordSummary, edited: Map<CorrectableField, string>): Corrections {
  const out: Corrections = {};
  for (const spec of EDITABLE) {
    const text = edited.get(spec.field);
    if (text === undefined || text === spec.read(record)) continue;
    out[spec.field] = spec.write(text, record);
  }
  return out;
}

/** The facts every disclosure table states: offered as empty rows when the page did not print them. */
export const COMMON_DISCLOSURE_KEYS: readonly DisclosureKey[] = ['indexNo', 'issuer', 'docNo', 'writtenAt', 'publishedAt'];

const DISCLOSURE_LABELS: Record<DisclosureKey, string> = {
  indexNo: 'labelDisclosureIndexNo',
  issuer: 'labelDisclosureIssuer',
  docNo: 'labelDisclosureDocNo',
  writtenAt: 'labelDisclosureWrittenAt',
  publishedAt: 'labelDisclosurePublishedAt',
  topic: 'labelDisclosureTopic',
  validity: 'labelDisclosureValidity',
  keywords: 'labelDisclosureKeywords',
};
const DISCLOSURE_DATES: ReadonlySet<DisclosureKey> = new Set(['writtenAt', 'publishedAt']);

/** The rows of the form's disclosure part: the facts the record holds, then the common ones it lacks. */
export function disclosureRows(record: RecordSummary): DisclosureKey[] {
  const facts = (effectiveValue(record, 'disclosure') as Disclosure | null) ?? {};
  return DISCLOSURE_KEYS.filter((k) => facts[k] || COMMON_DISCLOSURE_KEYS.includes(k));
}

/** The whole table as the user left it (key → text), when any row changed; null when none did. */
export function changedDisclosure(record: RecordSummary, edited: Map<DisclosureKey, string>): Record<string, string> | null {
  const facts = (effectiveValue(record, 'disclosure') as Disclosure | null) ?? {};
  const table: Record<string, string> = {};
  let changed = false;
  for (const key of DISCLOSURE_KEYS) {
    const before = facts[key]?.value ?? '';
    const text = edited.get(key) ?? before;
    if (text.trim() !== before.trim()) changed = true;
    if (text.trim()) table[key] = text;
  }
  return changed ? table : null;
}

/** The user's tags and note as the form edits them. */
export interface Annotations {
  tags: string[];
  note: string;
}

/** Tags and note, when the user changed them; null when they did not. */
export function changedAnnotations(record: RecordSummary, tagsText: string, note: string): Annotations | null {
  const tags = parseTagList(tagsText);
  const same = JSON.stringify(tags) === JSON.stringify(record.tags ?? []) && note.trim() === (record.note ?? '');
  return same ? null : { tags, note };
}

/**
 * Replaces the card with a form over the record's values (corrected where the user corrected
 * them); Save sends the corrections and the tags and note. A date this extension cannot read is
 * refused here, in the UI language, before anything is sent.
 */
export function openEditor(container: HTMLElement, record: RecordSummary, onSave: (c: Corrections, a: Annotations | null) => Promise<void>): void {
  const inputs = new Map<CorrectableField, HTMLInputElement | HTMLTextAreaElement>();
  const specs = EDITABLE.filter((s) => !s.field.startsWith('meeting.') || record.meeting);
  const error = h('p', { class: 'error-detail', attrs: { role: 'alert' } });
  const field = (id: string, label: string, input: HTMLInputElement | HTMLTextAreaElement) => {
    input.id = id;
    return h('label', { attrs: { for: id } }, [h('span', { text: label }), input]);
  };
  const disclosureInputs = new Map<DisclosureKey, HTMLInputElement>();
  const disclosure = (effectiveValue(record, 'disclosure') as Disclosure | null) ?? {};
  // Folded on a page without a table (most news), open where the page printed one.
  const disclosurePart = h('details', { class: 'disclosure-edit' }, [
    h('summary', { text: t('disclosureHeading') }),
    ...disclosureRows(record).map((key) => {
      const input = h('input', { attrs: { type: 'text', name: `disclosure.${key}`, maxlength: String(MAX_DISCLOSURE_VALUE) } });
      input.value = disclosure[key]?.value ?? '';
      if (DISCLOSURE_DATES.has(key)) input.setAttribute('placeholder', t('datePlaceholder'));
      disclosureInputs.set(key, input);
      return field(`edit-disclosure-${key}`, t(DISCLOSURE_LABELS[key]), input);
    }),
  ]);
  if (Object.keys(disclosure).length) disclosurePart.setAttribute('open', '');
  const tagsInput = h('input', { attrs: { type: 'text', name: 'tags', placeholder: t('tagsPlaceholder') } });
  tagsInput.value = (record.tags ?? []).join('，');
  const noteInput = h('textarea', { attrs: { rows: '3', name: 'note' } });
  noteInput.value = record.note ?? '';
  const form = h('form', { class: 'editor' }, [
    ...specs.map((spec) => {
      const input = spec.multiline ? h('textarea', { attrs: { rows: spec.field === 'title' ? '2' : '3' } }) : h('input', { attrs: { type: 'text' } });
      input.name = spec.field;
      input.value = spec.read(record);
      if (spec.field === 'publishedAt') input.setAttribute('placeholder', t('datePlaceholder'));
      if (spec.field.startsWith('meeting.')) input.setAttribute('placeholder', t('personPlaceholder'));
      inputs.set(spec.field, input);
      const perLine = spec.multiline && spec.field !== 'title' ? t('onePerLine') : '';
      return field(`edit-${spec.field.replace('.', '-')}`, t(spec.label) + perLine, input);
    }),
    disclosurePart,
    field('edit-tags', t('labelTags'), tagsInput),
    field('edit-note', t('labelNote'), noteInput),
    error,
    h('div', { class: 'row' }, [
      h('button', { class: 'primary', text: t('saveCorrections'), attrs: { type: 'submit', 'data-action': 'save' } }),
      h('button', { text: t('cancel'), attrs: { type: 'button', 'data-action': 'cancel' } }),
    ]),
  ]);
  // A refusal speaks of the text it refused: once the user edits, it no longer applies.
  form.addEventListener('input', () => {
    error.textContent = '';
    error.title = '';
  });
  const previous = [...container.childNodes];
  form.querySelector('[data-action="cancel"]')!.addEventListener('click', () => container.replaceChildren(...previous));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const edited = new Map([...inputs].map(([f, el]) => [f, el.value]));
    const date = edited.get('publishedAt')?.trim();
    const unchanged = EDITABLE.find((spec) => spec.field === 'publishedAt')!.read(record);
    if (date && date !== unchanged && !readUserDate(date)) {
      error.textContent = t('errorBadDate');
      inputs.get('publishedAt')?.focus();
      return;
    }
    // The document's dates are read like the publication date: refused here, in the UI language.
    const badDate = [...disclosureInputs].find(
      ([key, el]) => DISCLOSURE_DATES.has(key) && el.value.trim() && el.value.trim() !== (disclosure[key]?.value ?? '').trim() && !readUserDate(el.value),
    );
    if (badDate) {
      error.textContent = t('errorBadDate');
      badDate[1].focus();
      return;
    }
    const corrections = changedFields(record, edited);
    const table = changedDisclosure(record, new Map([...disclosureInputs].map(([k, el]) => [k, el.value])));
    if (table) corrections.disclosure = table;
    const annotations = changedAnnotations(record, tagsInput.value, noteInput.value);
    if (!Object.keys(corrections).length && !annotations) {
      container.replaceChildren(...previous);
      return;
    }
    onSave(corrections, annotations).catch((err: unknown) => {
      // The headline in the UI language; the technical detail for a bug report on hover.
      const { key, detail } = describeError(err);
      error.textContent = t(key);
      error.title = detail;
    });
  });
  container.replaceChildren(form);
  inputs.get('title')?.focus();
}
