import type { IsoDate } from './dates';
import { dedupeBlocks } from './dedupe';
import { endsArticle, furnitureKind, furnitureKindOfSquashed } from './furniture';
import { EDITOR_LABEL, editorFrom, parseInfoLine, SOURCE_LABEL, sourceFrom, type InfoLine } from './infoLineFields';
import { disclosedTitleAt, isDisclosureRow, isDocumentNumber } from './disclosure';
import { isCreditLine, parseCredits } from './names';
import { countTonedAnnotations, removePinyin } from './pinyin';
import { hanCount, hasSentenceEnd, squash, stripBullet, textKey } from './text';
import { breadcrumbColumns, cleanTitle } from './headline';
import { MAX_REMOVED_LINES, MAX_REMOVED_TEXT, type Author, type Block, type BlockKind, type PageInput, type RemovedLine } from './types';
import { isNoticeHeading, LEGAL_NOTICE_HEADING_MAX, LEGAL_NOTICE_MAX_ITEMS } from './vocabulary';

/**
 * Lines (a text capture) or extracted blocks (HTML) → title, deck, info fields and a clean body.
 * A text capture is the whole page: the headline is found above its info line, the body runs
 * from the first prose paragraph to the editor credit or the first end-of-article furniture, and
 * whatever follows (footer, lists, a print-view copy) is read only for the editor and source.
 */
export interface Cleaned {
  title: string | null;
  deck: string[];
  date: IsoDate | null;
  source: string | null;
  editor: string | null;
  authors: Author[];
  body: Block[];
  pinyinRemoved: number;
  duplicatesRemoved: number;
  printViewRemoved: boolean;
  furnitureRemoved: number;
  gluedDateSplit: boolean;
  notes: string[];
  /** Which spot of a text capture gave each field (headline, info line, disclosure table…). */
  provenance: Record<string, string>;
  /** Lines moved out of the body, each with the kind of line its rule named (extraction's first). */
  removed: RemovedLine[];
}

/**
 * A removed line and where it stood, until the body is final: `input` in the input's text blocks
 * (what extraction reports), `body` in the body before repeated copies are dropped, `tail` after
 * the article's end. None of them: a spot unknown.
 */
interface Pending {
  text: string;
  kind: string;
  input?: number;
  body?: number;
  tail?: boolean;
}

/** Keeps a removed line with its kind and spot, up to the record's cap. */
function keepRemoved(out: Pending[], text: string, kind: string, where: Omit<Pending, 'text' | 'kind'>): void {
  if (out.length < MAX_REMOVED_LINES && text) out.push({ text: text.length > MAX_REMOVED_TEXT ? text.slice(0, MAX_REMOVED_TEXT) : text, kind, ...where });
}

/** How many of the sorted numbers are below `x`. */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A line with its comparison key and Han count, computed once: on a 10 MB page each pass costs.
 * Its text is squashed (removing a pinyin annotation or a bullet leaves no run of spaces), so the
 * furniture rules read it without a second whitespace pass.
 */
interface Line {
  text: string;
  kind: BlockKind;
  bulleted: boolean;
  key: string;
  han: number;
  /** Index of the input block the line came from (in the caller's numbering, see cleanCapture). */
  from: number;
}

function makeLine(text: string, kind: BlockKind, bulleted: boolean, from: number): Line {
  return { text, kind, bulleted, key: textKey(text), han: hanCount(text), from };
}

/** A line that ends in a colon after a name or a list of them: 各区人民政府，市各委办局： */
const ENDS_IN_COLON = /^[^:：。！？!?]{3,80}[：:]$/u;
/** Labels of a lead or an editor's note, which also end in a colon and are not addressees. */
const LEAD_LABEL =
  /^(?:摘要|摘\s*要|导读|導讀|导语|導語|编者按|編者按|编者的话|編者的話|提要|内容提要|內容提要|核心提示|阅读提示|閱讀提示|要点|要點)\s*[：:]$/u;

/**
 * The addressees of a document (各区人民政府，市各委办局：): a line ending in a colon that is
 * not a lead's label, right above the document's first paragraph. A colon line above short
 * lines ("热门搜索：" over a list of terms) is page furniture.
 */
function opensDocument(lines: Line[], i: number): boolean {
  return endsLikeAddressees(lines[i].text) && i + 1 < lines.length && isProseText(lines[i + 1]);
}

function endsLikeAddressees(text: string): boolean {
  return ENDS_IN_COLON.test(text) && !LEAD_LABEL.test(text);
}

/** A bare day under a document's signature: 2024年5月10日. */
const BARE_DAY = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;

/** Short unpunctuated lines of a text capture that are not subheadings: a number, addressees, a day. */
function notHeading(text: string): boolean {
  return endsLikeAddressees(text) || isDocumentNumber(text) || BARE_DAY.test(text);
}

/**
 * The lines of a site's legal notice that name no notice phrase: the prose items right under a
 * notice's heading (免责声明 / 版权声明：), up to the first line that is not prose. The phrase
 * lines themselves are furniture by their words (`legal-notice` in furniture.ts).
 */
function noticeItems(lines: Line[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.length > LEGAL_NOTICE_HEADING_MAX + 2 || !isNoticeHeading(t)) continue;
    for (let j = i + 1; j < lines.length && j - i <= LEGAL_NOTICE_MAX_ITEMS && isProseText(lines[j]); j++) out[j] = true;
  }
  return out;
}

const MAX_DECK_LINES = 6;
/** Lines after the article's end kept in `removed`. */
const MAX_TAIL_LISTED = 30;
const MAX_HEADER_LINES = 12;

function isProseText(line: Line): boolean {
  return line.text.length > 80 || (line.han >= 15 && hasSentenceEnd(line.text));
}

function isEditorLine(text: string): boolean {
  return text.length <= 60 && EDITOR_LABEL.test(text) && editorFrom(text) !== null;
}

/** The site's own name, as a web site (…门户网站, …官网) rather than an office. */
const WEBSITE_NAME = /(?:门户网站|門戶網站|网站|網站|官网|官網|门户网|門戶網)$/u;
/** The owner a footer credits (版权所有：某某县教育局, 主办单位：…): the site's name, not a headline. */
const SITE_OWNER = /(?:版权所有|版權所有|主办单位|主辦單位|主办|主辦)\s*[:：]?\s*(\p{Script=Han}{2,24})/gu;

function siteOwners(lines: Line[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) {
    if (l.text.length > 160) continue;
    for (const m of l.text.matchAll(SITE_OWNER)) out.add(m[1]);
  }
  return out;
}

function isTitleCandidate(text: string, extra: readonly string[], owners: ReadonlySet<string> = new Set()): boolean {
  // A line ending in a colon introduces what follows (各区人民政府，市各委办局：), a label.
  if (text.length > 100 || hanCount(text) < 5 || /[。:：]$/.test(text)) return false;
  // The site's name in its masthead: the footer credits the same owner, or it names a web site.
  if (owners.has(text) || WEBSITE_NAME.test(text)) return false;
  if (isDisclosureRow(text)) return false;
  if (furnitureKind(text, extra) || parseInfoLine(text) || isCreditLine(text)) return false;
  return true;
}

function toLines(input: PageInput, origins?: readonly number[]): { lines: Line[]; pinyinRemoved: number } {
  const raw: Array<Block & { from: number }> = [];
  input.blocks.forEach((b, i) => {
    const text = squash(b.text);
    if (text) raw.push({ text, kind: b.kind, from: origins?.[i] ?? i });
  });
  const all = raw.map((b) => b.text).join('\n');
  // Untoned syllables ("(de)") are trusted only on pages that carry toned annotations.
  const allowUntoned = countTonedAnnotations(all) >= 3;
  let pinyinRemoved = 0;
  const lines: Line[] = [];
  for (const b of raw) {
    const p = removePinyin(b.text, allowUntoned);
    pinyinRemoved += p.removed;
    const { text, bulleted } = input.format === 'text' ? stripBullet(p.text) : { text: p.text, bulleted: false };
    if (text) lines.push(makeLine(text, bulleted ? 'list-item' : b.kind, bulleted, b.from));
  }
  return { lines, pinyinRemoved };
}

/** A menu row ("首页 新闻中心 政务公开 互动"): three or more short words split by spaces. */
function isMenuRow(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 3 && words.every((w) => w.length <= 5);
}

/**
 * The headline: the candidate line(s) directly above the first info line that dates the page;
 * of a run of candidates there (a site name or 引题 above the headline, a 副题 below it) the
 * longest. With no info line, the first candidate.
 */
function findTitle(lines: Line[], texts: readonly string[], extra: readonly string[], notice: boolean[]): number {
  const owners = siteOwners(lines);
  let first = -1;
  let run: number[] = [];
  let disclosureAbove = false;
  const longest = () => run.reduce((best, k) => (lines[k].text.length > lines[best].text.length ? k : best), run[0]);
  for (let i = 0; i < lines.length && i < 60; i++) {
    const t = lines[i].text;
    if (notice[i] || furnitureKind(t, extra)) continue;
    if (disclosedTitleAt(texts, i)) return i;
    if (isDisclosureRow(t)) {
      // The table sits between the site's header and the document: the headline follows it.
      disclosureAbove = true;
      run = [];
      continue;
    }
    const info = parseInfoLine(t);
    if (info && (info.date || info.source)) {
      if (run.length) return longest();
      continue;
    }
    // The addressees open the document: the headline is among the lines above them.
    if (opensDocument(lines, i)) {
      if (run.length) return longest();
      break;
    }
    // The headline is above the body: once prose starts, stop looking.
    if (t.length > 100 || (lines[i].han >= 15 && /。/.test(t))) break;
    if (isTitleCandidate(t, extra, owners) && !isMenuRow(t)) {
      if (first < 0) first = i;
      run.push(i);
    } else {
      run = [];
    }
  }
  return disclosureAbove && run.length ? longest() : first;
}

/**
 * An end-of-article marker is trusted only when less new prose follows it than the body so far
 * holds: a "相关新闻" box near the top of an extracted article must not cut the article off.
 * newProseFrom[k] is the Han count of prose lines from k on that do not repeat an earlier line
 * (a print-view copy below the footer is not new), computed once so the check stays linear.
 */
function newProseSuffix(lines: Line[]): number[] {
  const seen = new Set<string>();
  const fresh = lines.map((l) => {
    const isNew = !seen.has(l.key);
    seen.add(l.key);
    return isNew && isProseText(l) ? l.han : 0;
  });
  const suffix = new Array<number>(lines.length + 1).fill(0);
  for (let k = lines.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1] + fresh[k];
  return suffix;
}

/**
 * `origins`, when given, numbers the input blocks as the spots of `input.removed` count them (the
 * text blocks extraction sent, before figures and captions were taken out): each removed line's
 * `at` then says where in the final body it stood.
 */
export function cleanCapture(input: PageInput, extraBoilerplate: readonly string[] = [], origins?: readonly number[]): Cleaned {
  const { lines, pinyinRemoved } = toLines(input, origins);
  const notice = noticeItems(lines);
  const extra = extraBoilerplate;
  const wholePage = input.format === 'text';
  const hints = input.hints;
  const out: Cleaned = {
    title: null,
    deck: [],
    date: null,
    source: null,
    editor: null,
    authors: [],
    body: [],
    pinyinRemoved,
    duplicatesRemoved: 0,
    printViewRemoved: false,
    furnitureRemoved: 0,
    gluedDateSplit: false,
    notes: [],
    provenance: {},
    removed: [],
  };
  const pending: Pending[] = [];
  for (const r of input.removed ?? []) keepRemoved(pending, r.text, r.kind, r.at === undefined ? {} : { input: r.at });
  // Above the body unless the caller says where.
  const drop = (text: string, kind: string, where: Omit<Pending, 'text' | 'kind'> = { body: 0 }) => keepRemoved(pending, text, kind, where);
  const addAuthors = (as: Author[]) => {
    for (const a of as) if (!out.authors.some((b) => b.name === a.name)) out.authors.push(a);
  };
  // `where` names the spot for the record's provenance (which signal gave each field).
  const takeInfo = (info: InfoLine, where: string) => {
    if (info.date && !out.date) {
      out.date = info.date;
      out.provenance.publishedAt = where;
    }
    if (info.source && !out.source) {
      out.source = info.source;
      out.provenance.source = where;
    }
    if (info.editor && !out.editor) {
      out.editor = info.editor;
      out.provenance.editor = where;
    }
    if (info.author && !out.authors.length) addAuthors([{ name: info.author, role: 'author' }]);
  };

  let start = 0;
  const titleKeys = new Set<string>();
  if (input.format === 'text') {
    const texts = lines.map((l) => l.text);
    const t = findTitle(lines, texts, extra, notice);
    if (t >= 0) {
      // A column label before the headline (权威发布 | …) goes when the breadcrumb above names it.
      const columns = breadcrumbColumns(lines.slice(0, t).map((l) => l.text));
      const disclosed = disclosedTitleAt(texts, t);
      out.title = cleanTitle(disclosed ?? lines[t].text, null, columns);
      if (disclosed) out.provenance.title = 'disclosure-table';
      // A disclosure table above the headline holds the page's publish date (发布日期).
      for (let k = 0; k < t; k++) {
        if (!isDisclosureRow(lines[k].text)) continue;
        const info = parseInfoLine(lines[k].text);
        if (info) takeInfo(info, 'disclosure-table');
      }
      titleKeys.add(lines[t].key);
      out.furnitureRemoved += t;
      for (let k = 0; k < t; k++) {
        const above = lines[k].text;
        drop(above, isDisclosureRow(above) ? 'disclosure-row' : (furnitureKindOfSquashed(above, extra) ?? 'page-header'));
      }
      start = t + 1;
    }
  } else {
    out.title = cleanTitle(hints.title ?? input.documentTitle ?? null, hints.siteName);
    if (hints.title) titleKeys.add(textKey(hints.title));
  }
  if (out.title) titleKeys.add(textKey(out.title));
  if (input.documentTitle) titleKeys.add(textKey(input.documentTitle));
  const deckKeys = new Set((hints.deck ?? []).map(textKey));

  // Header: between the headline and the first prose paragraph.
  let i = start;
  let sawInfo = false;
  const deck: string[] = [];
  // Header lines left out, as text and kind pairs: kept only if the header stands (see below).
  const headerDrops: string[] = [];
  for (; i < lines.length && i - start < MAX_HEADER_LINES; i++) {
    const text = lines[i].text;
    if (isProseText(lines[i])) {
      const info = parseInfoLine(text);
      if (info?.rest) {
        takeInfo(info, 'info-line-under-headline');
        sawInfo = true;
        out.gluedDateSplit = true;
        lines[i] = makeLine(info.rest, lines[i].kind, lines[i].bulleted, lines[i].from);
      }
      break;
    }
    if (titleKeys.has(lines[i].key)) {
      out.duplicatesRemoved++;
      continue;
    }
    if (deckKeys.has(lines[i].key)) continue;
    const furniture = furnitureKind(text, extra, wholePage);
    if (furniture) {
      out.furnitureRemoved++;
      headerDrops.push(text, furniture);
      continue;
    }
    const info = parseInfoLine(text);
    // A row of the disclosure table under the headline counts as info even where it holds no
    // date or source (index number, subject, issuing office): it stays out of the deck.
    if (info || isDisclosureRow(text)) {
      if (info) takeInfo(info, isDisclosureRow(text) ? 'disclosure-table' : 'info-line-under-headline');
      sawInfo = true;
      headerDrops.push(text, isDisclosureRow(text) ? 'disclosure-row' : 'info-line');
      continue;
    }
    if (isCreditLine(text)) {
      addAuthors(parseCredits(text));
      headerDrops.push(text, 'byline');
      continue;
    }
    // A document's number (某政办发〔2024〕12号) or its addressees (各区人民政府，市各委办局：)
    // open the document's text: they are not headline decks.
    if (isDocumentNumber(text) || opensDocument(lines, i)) break;
    if (input.format === 'text' && text.length <= 60 && !hasSentenceEnd(text.replace(/[!！]/g, ''))) {
      deck.push(text);
      continue;
    }
    break;
  }
  if (i - start >= MAX_HEADER_LINES || deck.length > MAX_DECK_LINES) {
    // No prose paragraph in sight: these were not deck lines; read them as body.
    i = start;
    deck.length = 0;
  } else {
    for (let k = 0; k < headerDrops.length; k += 2) drop(headerDrops[k], headerDrops[k + 1]);
  }
  // A headline with an info line under it is where pages put it; the first candidate alone is a guess.
  if (out.title && input.format === 'text' && !out.provenance.title)
    out.provenance.title = sawInfo ? 'text-headline-above-info-line' : 'text-first-headline-candidate';
  if (input.format === 'text' && !sawInfo && deck.length === 1 && hanCount(deck[0]) <= 8 && !/\s/.test(deck[0])) {
    // A short name right under a headline with no info line is the outlet or column byline.
    out.source = deck[0];
    out.provenance.source = 'byline-under-headline';
    deck.length = 0;
  }
  out.deck = hints.deck?.length ? hints.deck : deck;
  // A second copy of the page repeats its deck lines too.
  for (const d of out.deck) deckKeys.add(textKey(d));

  // Body: to the editor credit or the first end-of-article furniture.
  const newProseFrom = newProseSuffix(lines);
  let bodyHan = 0;
  const body: Line[] = [];
  let end = lines.length;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    const kind = notice[i] ? 'legal-notice' : furnitureKindOfSquashed(text, extra, wholePage);
    if (kind) {
      if (endsArticle(kind) && body.length && newProseFrom[i + 1] <= bodyHan) {
        end = i;
        break;
      }
      out.furnitureRemoved++;
      drop(text, kind, { body: body.length });
      continue;
    }
    if (titleKeys.has(line.key) || deckKeys.has(line.key)) {
      out.duplicatesRemoved++;
      continue;
    }
    if (isEditorLine(text)) {
      if (body.length) {
        end = i;
        break;
      }
      if (!out.editor) {
        out.editor = editorFrom(text);
        if (out.editor) out.provenance.editor = 'info-line-below';
      }
      drop(text, 'editor-credit', { body: body.length });
      continue;
    }
    const prose = isProseText(line);
    if (!prose && text.length <= 60 && SOURCE_LABEL.test(text)) {
      const info = parseInfoLine(text);
      if (info) {
        takeInfo(info, 'info-line-in-body');
        drop(text, 'info-line', { body: body.length });
        continue;
      }
    }
    if (!prose && isCreditLine(text)) {
      addAuthors(parseCredits(text));
      drop(text, 'byline', { body: body.length });
      continue;
    }
    if (!body.length) {
      // Dateline credits: "某某网讯(全媒体记者某某)…" or "本报讯（记者 张三）…".
      const dateline = /^.{0,20}?[讯訊]?\s*[(（][^)）]{2,40}[)）]/u.exec(text);
      if (dateline) addAuthors(parseCredits(dateline[0]));
    }
    let blockKind = line.kind;
    if (input.format === 'text' && !line.bulleted && !hasSentenceEnd(text) && text.length <= 40 && !notHeading(text)) blockKind = 'heading';
    body.push(blockKind === line.kind ? line : { ...line, kind: blockKind });
    bodyHan += line.han;
  }

  const deduped = dedupeBlocks(body);
  out.body = deduped.blocks.map((b) => ({ text: b.text, kind: b.kind }));
  if (deduped.removed) {
    // dedupe keeps a repeated block's first position: what it dropped is each later copy.
    const kept = new Set<Line>(deduped.blocks);
    body.forEach((l, k) => {
      if (!kept.has(l)) drop(l.text, 'repeated-copy', { body: k });
    });
  }
  out.duplicatesRemoved += deduped.removed;
  if (deduped.longestRun >= 3) out.printViewRemoved = true;

  // Tail: editor and source credits; a repeated copy of the body is the print view.
  const bodyKeys = new Set(deduped.blocks.map((b) => b.key).filter((k) => k.length >= 8));
  let repeats = 0;
  let tailListed = 0;
  for (const line of lines.slice(end)) {
    const text = line.text;
    if (bodyKeys.has(line.key)) {
      repeats++;
      drop(text, 'repeated-copy', { tail: true });
      continue;
    }
    // What follows the article's end (comments, lists, a whole page's footer) is listed only at
    // its start: the end marker and the first lines show where the cut was made.
    if (tailListed++ < MAX_TAIL_LISTED) drop(text, furnitureKindOfSquashed(text, extra, wholePage) ?? 'after-article', { tail: true });
    if (!out.editor && text.length <= 60 && EDITOR_LABEL.test(text)) {
      out.editor = editorFrom(text);
      if (out.editor) out.provenance.editor = 'info-line-below';
    }
    if (!out.source && text.length <= 60 && SOURCE_LABEL.test(text)) {
      out.source = sourceFrom(text);
      if (out.source) out.provenance.source = 'info-line-below';
    }
    if (isCreditLine(text)) addAuthors(parseCredits(text));
  }
  if (repeats) {
    out.duplicatesRemoved += repeats;
    if (repeats >= Math.min(3, bodyKeys.size)) out.printViewRemoved = true;
  }
  out.furnitureRemoved += Math.max(0, lines.length - end - repeats);
  // A byline extraction kept beside the body (记者 林晓岚 摄影 周默 above the info line) credits the
  // article's people with their roles, as one inside the body does.
  for (const text of [...(input.context?.before ?? []), ...(input.context?.after ?? [])]) {
    if (isCreditLine(text)) addAuthors(parseCredits(text));
  }
  out.removed = placeRemoved(pending, body, new Set<Line>(deduped.blocks));
  if (out.printViewRemoved) out.notes.push('a second copy of the article (print view) was dropped');
  if (out.gluedDateSplit) out.notes.push('publish time glued to the first paragraph was split off');
  return out;
}

/** Each removed line with `at`, the number of final body blocks above the spot it stood in. */
function placeRemoved(pending: readonly Pending[], body: readonly Line[], kept: ReadonlySet<Line>): RemovedLine[] {
  // keptBefore[k]: final blocks among the first k body lines (repeated copies are not final).
  const keptBefore = new Array<number>(body.length + 1).fill(0);
  for (let k = 0; k < body.length; k++) keptBefore[k + 1] = keptBefore[k] + (kept.has(body[k]) ? 1 : 0);
  const froms: number[] = [];
  for (const l of body) if (kept.has(l)) froms.push(l.from);
  froms.sort((a, b) => a - b);
  const total = keptBefore[body.length];
  return pending.map((p) => {
    const at = p.tail
      ? total
      : p.body !== undefined
        ? keptBefore[Math.min(p.body, body.length)]
        : p.input !== undefined
          ? countBelow(froms, p.input)
          : undefined;
    return at === undefined ? { text: p.text, kind: p.kind } : { text: p.text, kind: p.kind, at };
  });
}
