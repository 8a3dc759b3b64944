import * as v from 'valibot';
import type { CaptureRecord } from '../types';

/**
 * The capture record schema (schema/capture-record.schema.json) in valibot, for extension pages:
 * ajv compiles validators with `new Function`, which the MV3 extension-page CSP forbids, so the
 * history page and the service worker validate imports with this instead. A unit test runs both
 * validators over the same valid and broken records so the two cannot drift apart silently.
 */

const nullableString = v.nullable(v.string());
const isoDateOrDateTime = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/));
const nullableDate = v.nullable(isoDateOrDateTime);
// RFC 3339 date-time, as ajv-formats checks `format: date-time`: a zone is required.
const rfc3339DateTime = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a real date-time'),
);
const person = v.strictObject({ name: v.pipe(v.string(), v.minLength(1)), titles: v.array(v.string()) });
const author = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1)),
  role: v.picklist(['reporter', 'photographer', 'correspondent', 'author', 'translator', 'other']),
});
const block = v.strictObject({
  text: v.string(),
  kind: v.picklist(['paragraph', 'heading', 'list-item', 'table', 'caption', 'quote', 'preformatted']),
});
// valibot's record() takes arrays too; JSON Schema's "type": "object" does not.
const plainObject = v.pipe(
  v.unknown(),
  v.check((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'expected an object'),
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const outputScript = v.picklist(['original', 'simplified', 'traditional-tw', 'traditional-hk']);

const grade = v.picklist(['high', 'medium', 'low']);

const disclosureFact = v.strictObject({ label: v.string(), value: v.string(), date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))) });

export const CaptureRecordSchema = v.looseObject({
  schemaVersion: v.literal(1),
  id: v.pipe(v.string(), v.minLength(1)),
  url: nullableString,
  canonicalUrl: nullableString,
  siteName: nullableString,
  capturedAt: rfc3339DateTime,
  extractor: v.looseObject({ name: v.string(), version: v.string(), input: v.picklist(['html', 'text']) }),
  isArticle: v.boolean(),
  notArticleReason: nullableString,
  title: nullableString,
  deck: v.array(v.string()),
  publishedAt: nullableDate,
  source: nullableString,
  editor: nullableString,
  authors: v.array(author),
  body: v.array(block),
  figures: v.optional(v.array(v.strictObject({ src: nullableString, alt: v.string(), caption: nullableString }))),
  meeting: v.nullable(
    v.looseObject({
      date: nullableDate,
      host: v.nullable(person),
      speakers: v.array(person),
      attendees: v.array(person),
      directives: v.array(v.string()),
      statements: v.array(v.string()),
    }),
  ),
  documents: v.array(v.looseObject({ title: v.string(), issuer: nullableString, date: nullableDate, items: v.array(v.string()) })),
  summary: v.array(v.string()),
  keywords: v.array(v.string()),
  script: v.looseObject({ detected: v.picklist(['simplified', 'traditional', 'mixed', 'unknown']), output: outputScript }),
  cleaning: v.looseObject({
    pinyinRemoved: count,
    duplicatesRemoved: count,
    printViewRemoved: v.boolean(),
    furnitureRemoved: count,
    dateInferred: v.boolean(),
    gluedDateSplit: v.boolean(),
    convertedTo: v.nullable(outputScript),
    notes: v.array(v.string()),
    removed: v.optional(
      v.pipe(v.array(v.strictObject({ text: v.pipe(v.string(), v.maxLength(2000)), kind: v.string(), at: v.optional(count) })), v.maxLength(200)),
    ),
  }),
  contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  corrections: v.optional(v.pipe(plainObject, v.record(v.string(), v.unknown()))),
  extracted: v.optional(v.pipe(plainObject, v.record(v.string(), v.unknown()))),
  tags: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  note: v.optional(v.string()),
  provenance: v.optional(v.pipe(plainObject, v.record(v.string(), v.string()))),
  confidence: v.optional(
    v.strictObject({
      title: v.optional(grade),
      publishedAt: v.optional(grade),
      source: v.optional(grade),
      editor: v.optional(grade),
    }),
  ),
  attachments: v.optional(v.array(v.strictObject({ name: v.string(), url: v.string(), type: v.pipe(v.string(), v.minLength(1)) }))),
  related: v.optional(v.array(v.strictObject({ title: v.string(), url: v.string() }))),
  disclosure: v.optional(
    v.nullable(
      v.pipe(
        plainObject,
        v.strictObject({
          indexNo: v.optional(disclosureFact),
          issuer: v.optional(disclosureFact),
          docNo: v.optional(disclosureFact),
          writtenAt: v.optional(disclosureFact),
          publishedAt: v.optional(disclosureFact),
          topic: v.optional(disclosureFact),
          validity: v.optional(disclosureFact),
          keywords: v.optional(disclosureFact),
        }),
      ),
    ),
  ),
  pages: v.optional(v.pipe(v.array(v.string()), v.minLength(2))),
  origin: v.optional(v.strictObject({ path: v.string(), offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) })),
});

/** Same answer shape as validateRecord (the ajv one), usable in extension pages. */
export function checkRecord(value: unknown): { ok: true; record: CaptureRecord } | { ok: false; errors: string[] } {
  const res = v.safeParse(CaptureRecordSchema, value);
  if (res.success) return { ok: true, record: value as CaptureRecord };
  return {
    ok: false,
    errors: res.issues.map((i) => `/${(i.path ?? []).map((p) => String(p.key)).join('/')} ${i.message}`),
  };
}
