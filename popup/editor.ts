import type { Author, Person } from '../src/core/types';
import { effectiveValue } from '../src/background/corrections';
import type { CorrectableField, RecordSummary } from '../src/messaging/protocol';
import { h } from './dom';
import { t } from './i18n';

type Corrections = Partial<Record<CorrectableField, unknown>>;

interface FieldSpec {
  field: CorrectableField;
  label: string;
  multiline?: boolean;
  read: (record: RecordSummary) => string;
  /** Turns the edited text back into the field's value; people keep titles known for the same name. */
  write: (text: string, record: RecordSummary) => unknown;
}

const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);

function peopleField(field: 'meeting.speakers' | 'meeting.attendees', label: string): FieldSpec {
  return {
    field,
    label,
    multiline: true,
    read: (r) => (effectiveValue(r, field) as Person[]).map((p) => p.name).join('\n'),
    write: (text, r) => {
      const known = new Map((effectiveValue(r, field) as Person[]).map((p) => [p.name, p.titles]));
      return lines(text).map((name) => ({ name, titles: known.get(name) ?? [] }));
    },
  };
}

export const EDITABLE: FieldSpec[] = [
  { field: 'title', label: 'labelTitle', read: (r) => (effectiveValue(r, 'title') as string | null) ?? '', write: (s) => s },
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
    read: (r) => (effectiveValue(r, 'meeting.host') as Person | null)?.name ?? '',
    write: (s, r) => {
      const name = s.trim();
      const old = effectiveValue(r, 'meeting.host') as Person | null;
      return name ? { name, titles: old?.name === name ? old.titles : [] } : null;
    },
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

/** Replaces the card with a form over the extracted values; Save sends the corrections. */
export function openEditor(container: HTMLElement, record: RecordSummary, onSave: (c: Corrections) => Promise<void>): void {
  const inputs = new Map<CorrectableField, HTMLInputElement | HTMLTextAreaElement>();
  const specs = EDITABLE.filter((s) => !s.field.startsWith('meeting.') || record.meeting);
  const error = h('p', { class: 'error-detail', attrs: { role: 'alert' } });
  const form = h('form', { class: 'editor' }, [
    ...specs.map((spec) => {
      const id = `edit-${spec.field.replace('.', '-')}`;
      const input = spec.multiline ? h('textarea', { attrs: { rows: '3' } }) : h('input', { attrs: { type: 'text' } });
      input.id = id;
      input.name = spec.field;
      input.value = spec.read(record);
      if (spec.field === 'publishedAt') input.setAttribute('placeholder', '2024-03-05T09:30+08:00');
      inputs.set(spec.field, input);
      return h('label', { attrs: { for: id } }, [h('span', { text: t(spec.label) + (spec.multiline ? t('onePerLine') : '') }), input]);
    }),
    error,
    h('div', { class: 'row' }, [
      h('button', { class: 'primary', text: t('saveCorrections'), attrs: { type: 'submit', 'data-action': 'save' } }),
      h('button', { text: t('cancel'), attrs: { type: 'button', 'data-action': 'cancel' } }),
    ]),
  ]);
  const previous = [...container.childNodes];
  form.querySelector('[data-action="cancel"]')!.addEventListener('click', () => container.replaceChildren(...previous));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const edited = new Map([...inputs].map(([f, el]) => [f, el.value]));
    const corrections = changedFields(record, edited);
    if (!Object.keys(corrections).length) {
      container.replaceChildren(...previous);
      return;
    }
    onSave(corrections).catch((err) => {
      error.textContent = err instanceof Error ? err.message : String(err);
    });
  });
  container.replaceChildren(form);
  inputs.get('title')?.focus();
}
