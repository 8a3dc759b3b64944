import type { CaptureRecord, Disclosure, Person } from '../src/core/types';
import type { DisclosureKey } from '../src/core/vocabulary';
import { effectiveValue, extractedValue } from '../src/background/corrections';
import type { CorrectableField, RecordSummary } from '../src/messaging/protocol';
import { cleaningReport } from './cleaningReport';
import { renderRemovedLines } from './removedLines';
import { h } from './dom';
import { t } from './i18n';

/** Lists longer than this fold behind a "N more" toggle so the card stays readable at popup width. */
export const FOLD_AFTER = 5;

const ROLE_KEYS: Record<string, string> = {
  reporter: 'roleReporter',
  photographer: 'rolePhotographer',
  correspondent: 'roleCorrespondent',
  author: 'roleAuthor',
  translator: 'roleTranslator',
  other: 'roleOther',
};

/** What the card may offer beyond reading: putting removed lines back (a correction). */
export interface CardOptions {
  onRestore?: (restored: number[]) => void;
  /** Draw the removed lines' list open (after the user put one back). */
  removedOpen?: boolean;
}

/** The summary card: every value through textContent (see dom.ts). */
export function renderCard(record: RecordSummary, options: CardOptions = {}): HTMLElement {
  const title = effectiveValue(record, 'title') as string | null;
  const date = effectiveValue(record, 'publishedAt') as string | null;
  const source = effectiveValue(record, 'source') as string | null;
  const editor = effectiveValue(record, 'editor') as string | null;
  const authors = effectiveValue(record, 'authors') as CaptureRecord['authors'];
  return h('article', { class: 'card', attrs: { 'data-record-id': record.id } }, [
    ...record.deck.map((d) => h('p', { class: 'deck', text: d })),
    h('h1', { class: 'title', text: title ?? t('noTitle'), attrs: { 'data-field': 'title' } }, [corrected(record, 'title') ?? uncertain(record, 'title')]),
    h('dl', { class: 'facts' }, [
      fact('labelDate', date ? formatDate(date) : t('noDate'), 'publishedAt', record),
      fact('labelSource', source ?? '—', 'source', record),
      editor ? fact('labelEditor', editor, 'editor', record) : null,
      authors.length ? fact('labelAuthors', authors.map((a) => `${a.name}（${t(ROLE_KEYS[a.role] ?? 'roleOther')}）`).join('、'), 'authors', record) : null,
      pagesFact(record),
    ]),
    renderAnnotations(record),
    renderReport(record),
    renderRemovedLines(record, options.onRestore, options.removedOpen),
    renderMeeting(record),
    renderDisclosure(record),
    renderDocuments(record),
    renderAttachments(record),
    renderRelated(record),
    record.summary.length
      ? h('section', { class: 'summary' }, [
          h('h2', { text: t('summaryHeading') }),
          h(
            'ol',
            {},
            record.summary.map((s) => h('li', { text: s })),
          ),
        ])
      : null,
    renderFigures(record),
  ]);
}

/** The article's images by their captions (text only: the popup loads nothing from the page). */
function renderFigures(record: RecordSummary): HTMLElement | null {
  const figures = record.figures ?? [];
  if (!figures.length) return null;
  return h('section', { class: 'figures' }, [
    h('h2', { text: t('figuresHeading') }),
    foldingList(
      figures.map((f) => f.caption || f.alt || t('figureNoCaption')),
      false,
      'figure-captions',
    ),
  ]);
}

/** An article read over several pages says how many (the addresses are in the record and its exports). */
function pagesFact(record: RecordSummary): DocumentFragment | null {
  if (!record.pages || record.pages.length < 2) return null;
  const frag = document.createDocumentFragment();
  frag.append(h('dt', { text: t('labelPages') }), h('dd', { text: t('pagesJoined', [String(record.pages.length)]), attrs: { 'data-field': 'pages' } }));
  return frag;
}

function fact(labelKey: string, value: string, field: CorrectableField, record: RecordSummary): DocumentFragment {
  const frag = document.createDocumentFragment();
  frag.append(h('dt', { text: t(labelKey) }), h('dd', { text: value, attrs: { 'data-field': field } }, [corrected(record, field) ?? uncertain(record, field)]));
  return frag;
}

const UNCERTAIN_KEYS: Partial<Record<CorrectableField, string>> = {
  title: 'uncertainTitle',
  publishedAt: 'uncertainDate',
  source: 'uncertainSource',
  editor: 'uncertainEditor',
};

/**
 * Marks a field the record grades low (a guess, or signals that disagreed), so the researcher
 * knows what to check before citing it. A corrected field needs no mark: the user checked it.
 */
function uncertain(record: RecordSummary, field: CorrectableField): HTMLElement | null {
  const key = UNCERTAIN_KEYS[field];
  const grade = record.confidence?.[field as keyof NonNullable<RecordSummary['confidence']>];
  if (!key || grade !== 'low') return null;
  return h('span', { class: 'uncertain', text: '⚠', title: t(key), attrs: { 'aria-label': t(key), role: 'note' } }, [
    h('span', { class: 'uncertain-text', text: t(key) }),
  ]);
}

/** Marks a corrected field and shows what the page said, since the record keeps both. */
function corrected(record: RecordSummary, field: CorrectableField): HTMLElement | null {
  if (!record.corrections || !(field in record.corrections)) return null;
  return h('span', { class: 'corrected', text: t('correctedMark'), title: t('extractedWas', [stringify(extracted(record, field))]) });
}

function extracted(record: RecordSummary, field: CorrectableField): unknown {
  return extractedValue(record, field);
}

function stringify(v: unknown): string {
  if (v == null) return '—';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return (v as unknown[]).map((x) => (x && typeof x === 'object' && 'name' in x ? String(x.name) : String(x))).join('、');
  if (typeof v === 'object' && 'name' in v) return String(v.name);
  return JSON.stringify(v);
}

/** "2024-03-05T09:30:00+08:00" → "2024-03-05 09:30": the page's own clock, no time-zone shift. */
export function formatDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  return m ? (m[2] ? `${m[1]} ${m[2]}` : m[1]) : iso;
}

function renderReport(record: RecordSummary): HTMLElement | null {
  const lines = cleaningReport(record);
  const notes = record.cleaning.notes;
  if (!lines.length && !notes.length) return null;
  return h('ul', { class: 'report', attrs: { 'aria-label': t('reportHeading') } }, [
    ...lines.map((l) => h('li', { class: l.warn ? 'warn' : '', text: t(l.key, l.subs) })),
    ...notes.map((n) => h('li', { class: 'note', text: n })),
  ]);
}

function person(p: Person): string {
  return p.titles.length ? `${p.name}（${p.titles.join('、')}）` : p.name;
}

/** A list that shows its first items and folds the rest behind a native, keyboard-friendly toggle. */
export function foldingList(items: string[], ordered = false, cls = ''): HTMLElement {
  const make = (xs: string[]) =>
    h(
      ordered ? 'ol' : 'ul',
      { class: cls },
      xs.map((x) => h('li', { text: x })),
    );
  if (items.length <= FOLD_AFTER) return make(items);
  const shown = make(items.slice(0, FOLD_AFTER));
  const rest = make(items.slice(FOLD_AFTER));
  if (ordered) rest.setAttribute('start', String(FOLD_AFTER + 1));
  return h('div', { class: 'fold' }, [shown, h('details', {}, [h('summary', { text: t('showMore', [String(items.length - FOLD_AFTER)]) }), rest])]);
}

function renderMeeting(record: RecordSummary): HTMLElement | null {
  const m = record.meeting;
  if (!m) return null;
  const host = effectiveValue(record, 'meeting.host') as Person | null;
  const speakers = effectiveValue(record, 'meeting.speakers') as Person[];
  const attendees = effectiveValue(record, 'meeting.attendees') as Person[];
  return h('section', { class: 'meeting' }, [
    h('h2', { text: t('meetingHeading') }),
    h('dl', { class: 'facts' }, [
      m.date ? fact('labelMeetingDate', formatDate(m.date), 'publishedAt', { ...record, corrections: undefined, confidence: undefined }) : null,
      host ? fact('labelHost', person(host), 'meeting.host', record) : null,
    ]),
    speakers.length ? h('h3', { text: t('labelSpeakers') }) : null,
    speakers.length ? foldingList(speakers.map(person), false, 'people') : null,
    attendees.length ? h('h3', { text: t('labelAttendees') }) : null,
    attendees.length ? foldingList(attendees.map(person), false, 'people') : null,
    m.directives.length ? h('h3', { text: t('labelDirectives') }) : null,
    m.directives.length ? foldingList(m.directives, true, 'directives') : null,
  ]);
}

function renderDocuments(record: RecordSummary): HTMLElement | null {
  if (!record.documents.length) return null;
  return h('section', { class: 'documents' }, [
    h('h2', { text: t('documentsHeading') }),
    ...record.documents.map((d) =>
      h('div', { class: 'document' }, [
        h('h3', { text: d.title }),
        d.issuer || d.date ? h('p', { class: 'muted', text: [d.issuer, d.date ? formatDate(d.date) : null].filter(Boolean).join(' · ') }) : null,
        d.items.length ? foldingList(d.items, true) : null,
      ]),
    ),
  ]);
}

/** The user's own tags and note, shown under the facts they describe. */
function renderAnnotations(record: RecordSummary): HTMLElement | null {
  const tags = record.tags ?? [];
  if (!tags.length && !record.note) return null;
  return h('section', { class: 'annotations' }, [
    tags.length
      ? h(
          'ul',
          { class: 'tags', attrs: { 'aria-label': t('labelTagsShown') } },
          tags.map((tag) => h('li', { text: tag })),
        )
      : null,
    record.note ? h('p', { class: 'note', text: record.note, attrs: { 'aria-label': t('labelNote') } }) : null,
  ]);
}

/** The disclosure table's facts, each under the label the page printed (索引号, 發文字號…). */
function renderDisclosure(record: RecordSummary): HTMLElement | null {
  const disclosure = record.disclosure ?? {};
  const keys = Object.keys(disclosure) as DisclosureKey[];
  if (!keys.length) return null;
  return h('section', { class: 'disclosure' }, [
    h('h2', { text: t('disclosureHeading') }),
    h(
      'dl',
      { class: 'facts' },
      keys.flatMap((key) => {
        const f = disclosure[key]!;
        return [h('dt', { text: f.label }), h('dd', { text: f.value, attrs: { 'data-disclosure': key } }, [correctedFact(record, key)])];
      }),
    ),
  ]);
}

/** A fact the user corrected or added is marked like a corrected field, with what the page said. */
function correctedFact(record: RecordSummary, key: DisclosureKey): HTMLElement | null {
  if (!record.corrections || !('disclosure' in record.corrections)) return null;
  const page = (extractedValue(record, 'disclosure') as Disclosure | null)?.[key];
  if (JSON.stringify(page) === JSON.stringify(record.disclosure?.[key])) return null;
  return h('span', { class: 'corrected', text: t('correctedMark'), title: t('extractedWas', [page?.value ?? '—']) });
}

/** A link only to a web address; anything else the page gave stays text. */
function webLink(text: string, url: string): HTMLElement {
  return /^https?:\/\//i.test(url) ? h('a', { text, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }) : h('span', { text });
}

function renderAttachments(record: RecordSummary): HTMLElement | null {
  const files = record.attachments ?? [];
  if (!files.length) return null;
  return h('section', { class: 'attachments' }, [
    h('h2', { text: t('attachmentsHeading') }),
    h(
      'ul',
      {},
      files.map((f) => h('li', {}, [webLink(f.name, f.url), h('span', { class: 'muted', text: ` ${f.type}` })])),
    ),
  ]);
}

function renderRelated(record: RecordSummary): HTMLElement | null {
  const links = record.related ?? [];
  if (!links.length) return null;
  return h('section', { class: 'related' }, [
    h('h2', { text: t('relatedHeading') }),
    h(
      'ul',
      {},
      links.map((l) => h('li', {}, [webLink(l.title, l.url)])),
    ),
  ]);
}
