import { checkRecord } from '../../../src/core/export/recordSchema';
import { validateRecord } from '../../../src/core/validateRecord';
import { sampleRecord } from './sampleRecord';

/**
 * The valibot schema (extension pages) and the published JSON Schema (ajv, Node) must agree.
 * Each case breaks one thing; both validators must give the same verdict on all of them.
 */
const base = () => JSON.parse(JSON.stringify(sampleRecord())) as Record<string, any>;
const cases: [string, (r: Record<string, any>) => void, boolean][] = [
  ['untouched', () => {}, true],
  [
    'no meeting, null dates',
    (r) => {
      r.meeting = null;
      r.publishedAt = null;
    },
    true,
  ],
  [
    'day-only publishedAt',
    (r) => {
      r.publishedAt = '2024-03-14';
    },
    true,
  ],
  [
    'extra top-level field is allowed',
    (r) => {
      r.rawSnapshot = 'x';
    },
    true,
  ],
  [
    'corrections absent',
    (r) => {
      delete r.corrections;
      delete r.provenance;
      delete r.confidence;
    },
    true,
  ],
  [
    'figures and removed lines absent (records stored before them)',
    (r) => {
      delete r.figures;
      delete r.cleaning.removed;
    },
    true,
  ],
  [
    'a figure without a caption or image',
    (r) => {
      r.figures.push({ src: null, alt: '', caption: null });
    },
    true,
  ],
  [
    'a figure without alt',
    (r) => {
      delete r.figures[0].alt;
    },
    false,
  ],
  [
    'a figure with an extra key',
    (r) => {
      r.figures[0].width = 300;
    },
    false,
  ],
  [
    'a removed line without its kind',
    (r) => {
      delete r.cleaning.removed[0].kind;
    },
    false,
  ],
  [
    'a removed line too long',
    (r) => {
      r.cleaning.removed[0].text = '字'.repeat(2001);
    },
    false,
  ],
  [
    'capturedAt with offset',
    (r) => {
      r.capturedAt = '2024-03-15T16:30:00+08:00';
    },
    true,
  ],
  [
    'attachments, related and disclosure absent',
    (r) => {
      delete r.attachments;
      delete r.related;
      delete r.disclosure;
    },
    true,
  ],
  [
    'disclosure null',
    (r) => {
      r.disclosure = null;
    },
    true,
  ],
  [
    'disclosure fact without a date',
    (r) => {
      delete r.disclosure.writtenAt.date;
    },
    true,
  ],
  [
    'pages of an article over three',
    (r) => {
      r.pages = ['http://a.example/1.html', 'http://a.example/1_2.html', 'http://a.example/1_3.html'];
    },
    true,
  ],
  [
    'pages listing one page',
    (r) => {
      r.pages = ['http://a.example/1.html'];
    },
    false,
  ],
  [
    'pages not strings',
    (r) => {
      r.pages = [1, 2];
    },
    false,
  ],
];
/** Fields added after schema v1 without a version change: optional, so earlier records stay valid. */
const OPTIONAL = new Set(['corrections', 'extracted', 'tags', 'note', 'provenance', 'confidence', 'attachments', 'related', 'disclosure', 'figures']);
const requiredFields = Object.keys(sampleRecord()).filter((k) => !OPTIONAL.has(k));
for (const f of requiredFields)
  cases.push([
    `missing ${f}`,
    (r) => {
      delete r[f];
    },
    false,
  ]);
cases.push(
  [
    'schemaVersion 2',
    (r) => {
      r.schemaVersion = 2;
    },
    false,
  ],
  [
    'empty id',
    (r) => {
      r.id = '';
    },
    false,
  ],
  [
    'capturedAt without zone',
    (r) => {
      r.capturedAt = '2024-03-15T08:30:00';
    },
    false,
  ],
  [
    'capturedAt not a date',
    (r) => {
      r.capturedAt = 'yesterday';
    },
    false,
  ],
  [
    'publishedAt in Chinese',
    (r) => {
      r.publishedAt = '2024年3月14日';
    },
    false,
  ],
  [
    'unknown author role',
    (r) => {
      r.authors[0].role = 'editor';
    },
    false,
  ],
  [
    'author with extra key',
    (r) => {
      r.authors[0].org = 'x';
    },
    false,
  ],
  [
    'empty author name',
    (r) => {
      r.authors[0].name = '';
    },
    false,
  ],
  [
    'body as strings',
    (r) => {
      r.body = ['段落'];
    },
    false,
  ],
  [
    'unknown block kind',
    (r) => {
      r.body[0].kind = 'image';
    },
    false,
  ],
  [
    'meeting host without titles',
    (r) => {
      r.meeting.host = { name: '张三' };
    },
    false,
  ],
  [
    'meeting date wrong',
    (r) => {
      r.meeting.date = '3月14日';
    },
    false,
  ],
  [
    'document without items',
    (r) => {
      delete r.documents[0].items;
    },
    false,
  ],
  [
    'negative count',
    (r) => {
      r.cleaning.pinyinRemoved = -1;
    },
    false,
  ],
  [
    'fractional count',
    (r) => {
      r.cleaning.furnitureRemoved = 1.5;
    },
    false,
  ],
  [
    'bad convertedTo',
    (r) => {
      r.cleaning.convertedTo = 'klingon';
    },
    false,
  ],
  [
    'bad script',
    (r) => {
      r.script.detected = 'latin';
    },
    false,
  ],
  [
    'extractor input pdf',
    (r) => {
      r.extractor.input = 'pdf';
    },
    false,
  ],
  [
    'upper-case hash',
    (r) => {
      r.contentHash = 'F'.repeat(64);
    },
    false,
  ],
  [
    'provenance with number',
    (r) => {
      r.provenance.x = 1;
    },
    false,
  ],
  [
    'isArticle as string',
    (r) => {
      r.isArticle = 'true';
    },
    false,
  ],
  [
    'not an object',
    (r) => {
      Object.setPrototypeOf(r, Array.prototype);
    },
    false,
  ],
  [
    'corrections as array',
    (r) => {
      r.corrections = ['x'];
    },
    false,
  ],
  [
    'provenance as array',
    (r) => {
      r.provenance = ['x'];
    },
    false,
  ],
  [
    'extracted as array',
    (r) => {
      r.extracted = ['x'];
    },
    false,
  ],
  [
    'tags not a list',
    (r) => {
      r.tags = '春耕';
    },
    false,
  ],
  [
    'an empty tag',
    (r) => {
      r.tags = [''];
    },
    false,
  ],
  [
    'note as number',
    (r) => {
      r.note = 3;
    },
    false,
  ],
  [
    'confidence with an unknown grade',
    (r) => {
      r.confidence.title = 'certain';
    },
    false,
  ],
  [
    'confidence of an unknown field',
    (r) => {
      r.confidence.body = 'high';
    },
    false,
  ],
  [
    'meeting as array',
    (r) => {
      r.meeting = [];
    },
    false,
  ],
  [
    'extractor as array',
    (r) => {
      r.extractor = [];
    },
    false,
  ],
  [
    'title as number',
    (r) => {
      r.title = 5;
    },
    false,
  ],
  [
    'deck with null',
    (r) => {
      r.deck = [null];
    },
    false,
  ],
  [
    'attachment without url',
    (r) => {
      delete r.attachments[0].url;
    },
    false,
  ],
  [
    'attachment with empty type',
    (r) => {
      r.attachments[0].type = '';
    },
    false,
  ],
  [
    'attachment with extra key',
    (r) => {
      r.attachments[0].size = 3;
    },
    false,
  ],
  [
    'related without title',
    (r) => {
      delete r.related[0].title;
    },
    false,
  ],
  [
    'disclosure of an unknown field',
    (r) => {
      r.disclosure.color = { label: 'x', value: 'y' };
    },
    false,
  ],
  [
    'disclosure fact without label',
    (r) => {
      delete r.disclosure.docNo.label;
    },
    false,
  ],
  [
    'disclosure date in Chinese',
    (r) => {
      r.disclosure.writtenAt.date = '2024年3月10日';
    },
    false,
  ],
  [
    'disclosure as array',
    (r) => {
      r.disclosure = [];
    },
    false,
  ],
);

describe('valibot record schema agrees with the JSON Schema', () => {
  test.each(cases)('%s', (_name, mutate, expected) => {
    const r = base();
    mutate(r);
    const value = Object.getPrototypeOf(r) === Array.prototype ? [] : r;
    expect(validateRecord(value).ok).toBe(expected);
    expect(checkRecord(value).ok).toBe(expected);
  });

  test('errors name the failing field', () => {
    const r = base();
    r.authors[0].role = 'editor';
    const res = checkRecord(r);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors.join('\n')).toMatch(/\/authors\/0\/role/);
  });
});
