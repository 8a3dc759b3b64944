import { readUserDate } from './dates';
import type { CaptureRecord, Disclosure, DisclosureFact } from './types';
import type { DisclosureKey } from './vocabulary';

/**
 * The user's correction of the disclosure table's facts (索引号, 发布机构, 发文字号…): the whole
 * table as the user sets it, key → text, under the one corrections rule (src/core/corrections.ts).
 * A fact the user left as it was keeps its label and date as extracted, so a table re-entered
 * unchanged equals the extracted one and the correction is dropped.
 */

/** Every fact a disclosure table may hold, in the order a new fact takes in the table. */
export const DISCLOSURE_KEYS = [
  'indexNo',
  'issuer',
  'docNo',
  'writtenAt',
  'publishedAt',
  'topic',
  'validity',
  'keywords',
] as const satisfies readonly DisclosureKey[];

/** A fact's value is a line of a table, not a paragraph: longer text is not a table cell. */
export const MAX_DISCLOSURE_VALUE = 200;

const DATE_KEYS: ReadonlySet<DisclosureKey> = new Set(['writtenAt', 'publishedAt']);

/**
 * The label a fact the page did not print is stored under, in the record's script: labels the
 * page reader reads (DISCLOSURE_FIELD_LABELS), so a Markdown export read back finds them again.
 */
export const DEFAULT_DISCLOSURE_LABELS: Record<'simplified' | 'traditional', Record<DisclosureKey, string>> = {
  simplified: {
    indexNo: '索引号',
    issuer: '发布机构',
    docNo: '发文字号',
    writtenAt: '成文日期',
    publishedAt: '发布日期',
    topic: '主题分类',
    validity: '有效性',
    keywords: '主题词',
  },
  traditional: {
    indexNo: '索引號',
    issuer: '發布機構',
    docNo: '發文字號',
    writtenAt: '成文日期',
    publishedAt: '發布日期',
    topic: '主題分類',
    validity: '有效性',
    keywords: '主題詞',
  },
};

/** Why a disclosure correction was refused (the caller names the field). */
export type DisclosureProblem = 'bad-date' | 'not-text' | 'unknown-key' | 'too-long';

export class DisclosureCorrectionError extends Error {
  override readonly name = 'DisclosureCorrectionError';
  constructor(
    readonly problem: DisclosureProblem,
    readonly key: string,
  ) {
    super(`${key}: ${problem}`);
  }
}

const isKey = (k: string): k is DisclosureKey => (DISCLOSURE_KEYS as readonly string[]).includes(k);
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

function labelScript(script: CaptureRecord['script'] | undefined): 'simplified' | 'traditional' {
  const out = script?.output;
  if (out === 'traditional-tw' || out === 'traditional-hk') return 'traditional';
  if (out === 'simplified') return 'simplified';
  return script?.detected === 'traditional' ? 'traditional' : 'simplified';
}

/** The text of one row: a string, or a fact (a correction carried over holds facts). */
function rowText(key: string, raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return fold(raw);
  if (typeof raw === 'object' && typeof (raw as { value?: unknown }).value === 'string') return fold((raw as { value: string }).value);
  throw new DisclosureCorrectionError('not-text', key);
}

/**
 * The table the user set: `raw` is key → text (or a fact; null or empty text leaves the fact
 * out), the whole table, so a key missing from it is no fact. Known keys only, each value one
 * short line; the two dates must read as dates (readUserDate) and keep their ISO day. A value
 * equal to the current or extracted one keeps that fact whole. Null when no fact is left.
 */
export function readDisclosureCorrection(
  raw: unknown,
  current: Disclosure | null | undefined,
  extracted: Disclosure | null | undefined,
  script?: CaptureRecord['script'],
): Disclosure | null {
  if (raw === null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new DisclosureCorrectionError('not-text', 'disclosure');
  const facts = new Map<DisclosureKey, DisclosureFact>();
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isKey(key)) throw new DisclosureCorrectionError('unknown-key', key);
    const text = rowText(key, value);
    if (!text) continue;
    // What the page printed stays, however long: only the user's own text is held to a cell's length.
    const kept = [current?.[key], extracted?.[key]].find((f) => f && fold(f.value) === text);
    if (kept) {
      facts.set(key, kept);
      continue;
    }
    if (text.length > MAX_DISCLOSURE_VALUE) throw new DisclosureCorrectionError('too-long', key);
    const label = current?.[key]?.label ?? extracted?.[key]?.label ?? DEFAULT_DISCLOSURE_LABELS[labelScript(script)][key];
    if (!DATE_KEYS.has(key)) {
      facts.set(key, { label, value: text });
      continue;
    }
    const iso = readUserDate(text);
    if (!iso) throw new DisclosureCorrectionError('bad-date', key);
    facts.set(key, { label, value: text, date: iso.slice(0, 10) });
  }
  if (!facts.size) return null;
  // The page's order first, so a table set back to what the page said is the extracted one.
  const order = [...Object.keys(extracted ?? {}), ...DISCLOSURE_KEYS].filter((k, i, all): k is DisclosureKey => isKey(k) && all.indexOf(k) === i);
  const out: Disclosure = {};
  for (const key of order) {
    const fact = facts.get(key);
    if (fact) out[key] = fact;
  }
  return out;
}
