import { findFullDates, toIsoDate } from './dates';
import { gradeFields } from './confidence';
import { isAfterCapture } from './fieldShapes';
import { contentHashOf, sha256Hex } from './hash';
import { cleanCapture } from './cleaner/cleanCapture';
import { extractMeeting } from './meeting';
import { extractDocuments } from './documents';
import { readDisclosure } from './disclosureFacts';
import { readPageLinks } from './links';
import { takeFigures } from './figures';
import { convertRecord, detectScript } from './script';
import { summarize } from './summary';
import { cleanSource } from './infoLineFields';
import { creditedNames, isCreditLine } from './names';
import { DEFAULT_CORE_OPTIONS, SCHEMA_VERSION, type Author, type Block, type CaptureRecord, type CoreOptions, type PageInput } from './types';

export const EXTRACTOR_NAME = 'gov-news-capture';
export const EXTRACTOR_VERSION = '0.1.0';

/**
 * Meeting facts, embedded documents and the summary are read from the body's opening this many
 * characters long. They sit in an article's first pages (the longest corpus article is 39,000
 * characters), and the meeting rules' per-clause regexes cost about 0.2 µs a character: on a
 * 10 MB page they alone took over half a second. The body itself is never cut.
 */
export const MAX_ANALYSED_CHARS = 100_000;

/** The body's opening up to `max` characters, a cut block ending at its last sentence end. */
export function leadingBody(body: Block[], max: number): Block[] {
  const out: Block[] = [];
  let left = max;
  for (const b of body) {
    if (b.text.length <= left) {
      out.push(b);
      left -= b.text.length + 1;
      continue;
    }
    const head = b.text.slice(0, Math.max(0, left));
    const stop = Math.max(...[...'。！？!?；;'].map((p) => head.lastIndexOf(p)));
    const text = stop >= 0 ? head.slice(0, stop + 1) : head;
    if (text.trim()) out.push({ ...b, text });
    break;
  }
  return out;
}

/**
 * The core pipeline: extracted blocks (or a text capture) in, capture record out.
 * Pure: no DOM, no browser API; the extension's background and the CLI both call it.
 * Hints read by extraction take precedence over what the line rules find.
 */
export async function buildRecord(input: PageInput, opts: Partial<CoreOptions> = {}): Promise<CaptureRecord> {
  const options: CoreOptions = { ...DEFAULT_CORE_OPTIONS, ...opts };
  const hints = input.hints ?? {};
  // Figures first: a caption is the photo's, and the cleaning rules should not read it as body.
  const taken = takeFigures(input.blocks);
  // A caption that is only a credit (图片来源：记者 张蕊 摄) still credits its photographer.
  const credits = taken.figures.flatMap((f) => (f.caption && isCreditLine(f.caption) ? [f.caption] : []));
  const context = credits.length ? { before: input.context?.before ?? [], after: [...(input.context?.after ?? []), ...credits] } : input.context;
  const cleaned = cleanCapture(
    { ...input, blocks: taken.blocks, removed: [...(input.removed ?? []), ...taken.removed], context },
    options.extraBoilerplate,
    taken.origins,
  );
  const body = cleaned.body;
  const notes = [...cleaned.notes];

  let publishedAt: string | null = null;
  let dateInferred = false;
  const capturedAt = options.now ?? new Date();
  // A date after the capture is a page clock, an event ahead or a typo, never when it was published.
  // On a page judged not an article (a list, an index) a date read from its lines is an item's
  // date, not the page's: only a date the page declares about itself (meta, JSON-LD) is kept.
  const itemDatesOnly = hints.isArticle === false;
  const declared = /^(?:meta:|json-ld)/.test(hints.provenance?.publishedAt ?? '');
  const hintedRaw = hints.publishedAt && (!itemDatesOnly || declared) ? toIsoDate(hints.publishedAt) : null;
  const hinted = hintedRaw && !isAfterCapture(hintedRaw.iso, capturedAt) ? hintedRaw : null;
  const stated = cleaned.date && !itemDatesOnly && !isAfterCapture(cleaned.date.iso, capturedAt) ? cleaned.date : null;
  if ((hintedRaw && !hinted) || (cleaned.date && !stated)) notes.push('a date later than the capture was not taken as the publish date');
  if (hinted) publishedAt = hinted.iso;
  else if (stated) publishedAt = stated.iso;
  else if (body.length && !itemDatesOnly) {
    // No stated publish time: the latest full date the article itself gives (a notice's date).
    // A list page's dates are its items' dates, not the page's: none is inferred there.
    const dates = findFullDates(body.map((b) => b.text).join('\n'));
    const past = dates.filter((d) => !isAfterCapture(d.iso, capturedAt));
    if (past.length) {
      publishedAt =
        past
          .map((d) => d.iso.slice(0, 10))
          .sort()
          .at(-1) ?? null;
      dateInferred = publishedAt !== null;
      if (dateInferred) notes.push('publish date inferred from the latest date in the article');
    }
  }

  // An author without a name (a broken hint) would make the record fail its own schema.
  const hintedAuthors = (hints.authors ?? []).filter((a) => typeof a?.name === 'string' && a.name.trim());
  const authors: Author[] = hintedAuthors.length ? hintedAuthors : cleaned.authors;
  const editor = hints.editor ? creditedNames(hints.editor) : cleaned.editor;
  const hintedSource = cleanSource(hints.source);
  const provenance = fieldProvenance(hints.provenance ?? {}, cleaned.provenance, {
    title: input.format === 'html',
    publishedAt: !!hinted,
    source: !!hintedSource,
    editor: !!hints.editor,
  });
  if (dateInferred) provenance.publishedAt = 'inferred-from-body';
  else if (!publishedAt) delete provenance.publishedAt;
  const bodyText = body.map((b) => b.text).join('\n');
  const isArticle = hints.isArticle !== false && body.length > 0;
  const analysed = bodyText.length > MAX_ANALYSED_CHARS ? leadingBody(body, MAX_ANALYSED_CHARS) : body;
  if (isArticle && analysed !== body) {
    notes.push(
      `meeting, documents and summary read from the first ${MAX_ANALYSED_CHARS.toLocaleString('en')} of the body's ` +
        `${bodyText.length.toLocaleString('en')} characters (the body is kept whole)`,
    );
  }
  const record: CaptureRecord = {
    schemaVersion: SCHEMA_VERSION,
    id: '', // set below, from the stored body's hash
    url: input.url,
    canonicalUrl: hints.canonicalUrl ?? null,
    siteName: hints.siteName ?? null,
    capturedAt: capturedAt.toISOString(),
    extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION, input: input.format },
    isArticle,
    notArticleReason: isArticle ? null : hints.notArticleReason?.trim() || (body.length ? 'not an article' : 'no text found'),
    title: cleaned.title,
    deck: cleaned.deck,
    publishedAt,
    source: hintedSource ?? cleaned.source,
    editor,
    authors,
    body,
    figures: isArticle ? taken.figures : [],
    meeting: isArticle ? extractMeeting(cleaned.title, analysed, publishedAt) : null,
    documents: isArticle ? extractDocuments(analysed, cleaned.title) : [],
    ...pageDocumentFacts(input, isArticle),
    ...(input.pages && input.pages.length > 1 ? { pages: [...input.pages] } : {}),
    summary: isArticle ? summarize(analysed, summaryLength(options.summarySentences), cleaned.deck) : [],
    keywords: hints.keywords ?? [],
    script: { detected: detectScript([cleaned.title ?? '', bodyText].join('\n')), output: options.outputScript },
    cleaning: {
      pinyinRemoved: cleaned.pinyinRemoved,
      duplicatesRemoved: cleaned.duplicatesRemoved,
      printViewRemoved: cleaned.printViewRemoved,
      furnitureRemoved: cleaned.furnitureRemoved,
      dateInferred,
      gluedDateSplit: cleaned.gluedDateSplit,
      convertedTo: null,
      notes,
      removed: cleaned.removed,
    },
    contentHash: '', // set below
    provenance,
  };
  record.confidence = gradeFields({ title: record.title, publishedAt, source: record.source, editor, dateInferred, provenance });
  // The hash is of the body as stored (after script conversion), by the same function import and
  // migration use: a record and its exported-then-imported copy always carry the same hash.
  const stored = await convertRecord(record, options.outputScript);
  const contentHash = await contentHashOf(stored);
  const id = (await sha256Hex(`${input.url ?? ''}\n${contentHash}`)).slice(0, 16);
  return { ...stored, id, contentHash };
}

/**
 * The page's attachments, companion links and disclosure table. A text capture has no links; its
 * disclosure rows are among its lines, as extraction's are among the page's lines.
 */
function pageDocumentFacts(input: PageInput, isArticle: boolean): Pick<CaptureRecord, 'attachments' | 'related' | 'disclosure'> {
  if (!isArticle) return { attachments: [], related: [], disclosure: null };
  const { attachments, related } = readPageLinks(input.links);
  const rows = input.format === 'text' ? input.blocks.slice(0, 200).map((b) => b.text) : (input.disclosureRows ?? []);
  return { attachments, related, disclosure: readDisclosure(rows) };
}

/**
 * Which signal gave each field: extraction's hints for the fields whose hint was used (with their
 * agreement checks, `publishedAt.check`), the text reader's spot for the others, and the hints'
 * other entries (siteName) as they are.
 */
function fieldProvenance(
  hinted: Record<string, string>,
  read: Record<string, string>,
  usedHint: Record<'title' | 'publishedAt' | 'source' | 'editor', boolean>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(hinted)) {
    const field = key.split('.')[0] as keyof typeof usedHint;
    if (!(field in usedHint) || usedHint[field]) out[key] = value;
  }
  for (const [key, value] of Object.entries(read)) {
    const field = key.split('.')[0] as keyof typeof usedHint;
    if (field in usedHint && !usedHint[field]) out[key] = value;
  }
  return out;
}

/** The summary holds 3–5 sentences whatever the setting says. */
function summaryLength(n: number): number {
  return Number.isFinite(n) ? Math.min(5, Math.max(3, Math.round(n))) : 3;
}
