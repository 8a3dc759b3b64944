import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../surnames';
import type { CaptureRecord } from '../types';

/**
 * Citations (RIS, CSL-JSON, BibTeX) for Zotero, EndNote and other reference managers. The
 * record becomes one CSL-JSON item here (pure, no library); citation-js writes the formats, in
 * src/citations/, outside the core: the build hoists the core's dynamic imports into the service
 * worker (which may not call import()), and citation-js is to be loaded on first use by the
 * pages that export a citation (popup, history) and the CLI, never by the worker or the page.
 */
export const CITATION_FORMATS = ['ris', 'csl-json', 'bibtex'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
export type CslDate = { 'date-parts': [number, number?, number?][] };
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  publisher?: string;
  'container-title'?: string;
  number?: string;
  language?: string;
  abstract?: string;
}

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * A person's name as a Chinese researcher's library holds it: family and given name apart (张
 * / 三, 欧阳 / 小明), so a GB/T 7714 style sorts by family name and writes 张三 without a comma,
 * and Zotero shows it as it shows the names its Chinese translators import. A name that is not
 * two to four Han characters, or starts with no known family name, stays whole (`literal`).
 */
export function personName(name: string): CslName {
  const n = name.trim();
  if (HAN_NAME.test(n)) {
    const two = n.slice(0, 2);
    if (n.length >= 3 && COMPOUND_SURNAMES.has(two)) return { family: two, given: n.slice(2) };
    if (SINGLE_SURNAMES.has(n[0])) return { family: n[0], given: n.slice(1) };
  }
  return { literal: n };
}

/** The date's own precision: a day stays a day (no time is added), a month a month. */
export function dateParts(iso: string | null | undefined): CslDate | undefined {
  const m = iso ? DAY.exec(iso) : null;
  if (!m) return undefined;
  const parts: [number, number?, number?] = [Number(m[1])];
  if (m[2]) parts.push(Number(m[2]));
  if (m[3]) parts.push(Number(m[3]));
  return { 'date-parts': [parts] };
}

function languageOf(record: CaptureRecord): string {
  const out = record.script.output;
  if (out === 'traditional-tw') return 'zh-TW';
  if (out === 'traditional-hk') return 'zh-HK';
  if (out === 'simplified' || record.script.detected === 'simplified') return 'zh-CN';
  return record.script.detected === 'traditional' ? 'zh-Hant' : 'zh';
}

/**
 * One record as a CSL-JSON item. Authors: the people credited (记者, 作者); with none, the
 * issuing organ (the disclosure table's 发布机构 / 发文机关, else the issuer a document in the
 * text names) as an institution, one `literal` name that is never split into family and given.
 * Publisher: that organ, else the stated source, else the site; container: the site. `number`
 * is the 发文字号. The user's corrections win over what was extracted, as in file names.
 */
export function toCsl(record: CaptureRecord): CslItem {
  const fixed = record.corrections ?? {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const title = text(fixed.title) ?? record.title;
  const authors = Array.isArray(fixed.authors)
    ? (fixed.authors as { name?: unknown }[]).flatMap((a) => (text(a?.name) ? [text(a.name)!] : []))
    : record.authors.map((a) => a.name);
  const issuer = record.disclosure?.issuer?.value ?? record.documents.find((d) => d.issuer)?.issuer ?? null;
  const source = text(fixed.source) ?? record.source;
  const item: CslItem = { id: record.id, 'citation-key': record.id, type: 'webpage' };
  if (title) item.title = title;
  const names: CslName[] = authors.length ? authors.map(personName) : issuer ? [{ literal: issuer }] : [];
  if (names.length) item.author = names;
  const issued = dateParts(text(fixed.publishedAt) ?? record.publishedAt ?? record.disclosure?.publishedAt?.date);
  if (issued) item.issued = issued;
  item.accessed = dateParts(record.capturedAt);
  const url = record.url ?? record.canonicalUrl;
  if (url) item.URL = url;
  const publisher = issuer ?? source ?? record.siteName;
  if (publisher) item.publisher = publisher;
  if (record.siteName) item['container-title'] = record.siteName;
  if (record.disclosure?.docNo?.value) item.number = record.disclosure.docNo.value;
  item.language = languageOf(record);
  if (record.summary.length) item.abstract = record.summary.join('');
  return item;
}
