import { settleCorrections } from '../corrections';
import { withAnnotations } from '../annotations';
import { SCHEMA_VERSION, type Block, type BlockKind, type CaptureRecord, type CleaningReport } from '../types';

const BLOCK_KINDS: readonly BlockKind[] = ['paragraph', 'heading', 'list-item', 'table', 'caption', 'quote', 'preformatted'];

const EMPTY_CLEANING: CleaningReport = {
  pinyinRemoved: 0,
  duplicatesRemoved: 0,
  printViewRemoved: false,
  furnitureRemoved: 0,
  dateInferred: false,
  gluedDateSplit: false,
  convertedTo: null,
  notes: [],
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The capture format allows a body of plain strings; older rows and hand-made files use it. */
function blocks(v: unknown): Block[] {
  if (!Array.isArray(v)) return [];
  const out: Block[] = [];
  for (const b of v) {
    if (typeof b === 'string') out.push({ text: b, kind: 'paragraph' });
    else if (isObject(b) && typeof b.text === 'string') {
      const kind = BLOCK_KINDS.includes(b.kind as BlockKind) ? (b.kind as BlockKind) : 'paragraph';
      out.push({ text: b.text, kind });
    }
  }
  return out;
}

export type UpgradeResult = { ok: true; record: CaptureRecord; changed: boolean } | { ok: false; error: string };

/**
 * Brings a stored or imported record up to the current SCHEMA_VERSION. Records of the first
 * stored-data layout (no schemaVersion, body as plain strings, no siteName/keywords/script/
 * cleaning) are filled with neutral defaults so nothing the user captured is dropped. A record
 * from a newer version than this build knows is refused rather than silently truncated.
 * `contentHash` cannot be computed here (hashing is async); a missing one comes back as '' and the
 * caller fills it (see `needsContentHash`).
 */
export function upgradeRecord(value: unknown): UpgradeResult {
  if (!isObject(value)) return { ok: false, error: 'not an object' };
  const version = typeof value.schemaVersion === 'number' ? value.schemaVersion : 0;
  if (version > SCHEMA_VERSION) {
    return { ok: false, error: `record schemaVersion ${version} is newer than this build (${SCHEMA_VERSION})` };
  }
  const id = str(value.id);
  if (!id) return { ok: false, error: 'record has no id' };
  const capturedAt = str(value.capturedAt);
  if (!capturedAt || Number.isNaN(Date.parse(capturedAt))) return { ok: false, error: `record ${id} has no valid capturedAt` };
  if (version === SCHEMA_VERSION) return current(withDocumentFacts(value as unknown as CaptureRecord, value));

  const extractor = isObject(value.extractor) ? value.extractor : {};
  const script = isObject(value.script) ? value.script : {};
  const cleaning = isObject(value.cleaning) ? value.cleaning : {};
  const body = blocks(value.body);
  const record: CaptureRecord = {
    schemaVersion: SCHEMA_VERSION,
    id,
    url: str(value.url),
    canonicalUrl: str(value.canonicalUrl),
    siteName: str(value.siteName),
    capturedAt: new Date(capturedAt).toISOString(),
    extractor: {
      name: str(extractor.name) ?? 'unknown',
      version: str(extractor.version) ?? '0',
      input: extractor.input === 'text' ? 'text' : 'html',
    },
    isArticle: typeof value.isArticle === 'boolean' ? value.isArticle : body.length > 0,
    notArticleReason: str(value.notArticleReason),
    title: str(value.title),
    deck: strings(value.deck),
    publishedAt: str(value.publishedAt),
    source: str(value.source),
    editor: str(value.editor),
    authors: Array.isArray(value.authors) ? (value.authors as CaptureRecord['authors']) : [],
    body,
    meeting: isObject(value.meeting) ? (value.meeting as unknown as CaptureRecord['meeting']) : null,
    documents: Array.isArray(value.documents) ? (value.documents as CaptureRecord['documents']) : [],
    summary: strings(value.summary),
    keywords: strings(value.keywords),
    script: {
      detected: (['simplified', 'traditional', 'mixed', 'unknown'] as const).find((k) => k === script.detected) ?? 'unknown',
      output: (['original', 'simplified', 'traditional-tw', 'traditional-hk'] as const).find((k) => k === script.output) ?? 'original',
    },
    cleaning: { ...EMPTY_CLEANING, ...(cleaning as Partial<CleaningReport>) },
    contentHash: typeof value.contentHash === 'string' && /^[0-9a-f]{64}$/.test(value.contentHash) ? value.contentHash : '',
  };
  if (isObject(value.corrections)) record.corrections = value.corrections;
  if (isObject(value.extracted)) record.extracted = value.extracted;
  if (isObject(value.provenance)) record.provenance = value.provenance as Record<string, string>;
  if (Array.isArray(value.figures)) record.figures = value.figures as CaptureRecord['figures'];
  if (isObject(value.confidence)) record.confidence = gradesOf(value.confidence);
  if ('tags' in value) record.tags = value.tags as string[];
  if ('note' in value) record.note = value.note as string;
  if ('pages' in value) record.pages = value.pages as string[];
  return { ok: true, record: current(withDocumentFacts(record, value)).record, changed: true };
}

/**
 * Fields added within schema version 1, brought to their current rule: corrections stored the
 * older way are settled into their fields (src/core/corrections.ts); tags and a note, which a
 * record may lack, are cleaned when present (a hand-edited file may hold anything there).
 */
function current(record: CaptureRecord): { ok: true; record: CaptureRecord; changed: boolean } {
  let next = settleCorrections(record);
  if ('tags' in next || 'note' in next) {
    const annotated = withAnnotations(next, next.tags, next.note);
    if (JSON.stringify([annotated.tags, annotated.note]) !== JSON.stringify([next.tags, next.note])) next = annotated;
  }
  return { ok: true, record: next, changed: next !== record };
}

/**
 * Attachments, related links and the disclosure table came after schema v1 without a new
 * version (they are optional): a record made before them gets the empty values a capture of a
 * page without them has, so every reader sees the fields. What a record holds is kept as it is;
 * the schema check after the upgrade judges it.
 */
function withDocumentFacts(record: CaptureRecord, value: Record<string, unknown>): CaptureRecord {
  if ('attachments' in value && 'related' in value && 'disclosure' in value) return record;
  return {
    ...record,
    attachments: 'attachments' in value ? (value.attachments as CaptureRecord['attachments']) : [],
    related: 'related' in value ? (value.related as CaptureRecord['related']) : [],
    disclosure: 'disclosure' in value ? (value.disclosure as CaptureRecord['disclosure']) : null,
  };
}

const GRADES = new Set(['high', 'medium', 'low']);
const GRADED = ['title', 'publishedAt', 'source', 'editor'] as const;

/** Only known fields and grades survive an import: a hand-edited file cannot smuggle others in. */
function gradesOf(v: Record<string, unknown>): NonNullable<CaptureRecord['confidence']> {
  const out: NonNullable<CaptureRecord['confidence']> = {};
  for (const f of GRADED) if (typeof v[f] === 'string' && GRADES.has(v[f])) out[f] = v[f] as 'high' | 'medium' | 'low';
  return out;
}

export function needsContentHash(record: CaptureRecord): boolean {
  return !/^[0-9a-f]{64}$/.test(record.contentHash);
}

/** The text behind `contentHash`: defined once, in the core, and used by buildRecord too. */
export { contentHashInput } from '../hash';
