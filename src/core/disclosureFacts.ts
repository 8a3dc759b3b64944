import { toIsoDate } from './dates';
import { isDisclosureRow, spacedAnyOf } from './disclosure';
import type { Disclosure } from './types';
import { DISCLOSURE_FIELD_LABELS, type DisclosureKey } from './vocabulary';

/**
 * Reading the disclosure table's facts, apart from disclosure.ts, which the content script
 * bundles for its row test: this runs in the core only (background, CLI) and needs the dates.
 */
const FIELD_OF_LABEL = new Map<string, DisclosureKey | 'other'>();
for (const [key, words] of Object.entries(DISCLOSURE_FIELD_LABELS)) {
  for (const w of words) FIELD_OF_LABEL.set(w, key as DisclosureKey | 'other');
}
/** Every label of the table with its colon, wherever it stands in a line (a row holds two or three pairs). */
const PAIR_LABEL = new RegExp(`(?:^|(?<=\\s))(${spacedAnyOf([...FIELD_OF_LABEL.keys()])})\\s*[:：]`, 'gu');
const SPACES = /\s+/gu;
/** Any other label after a space (统一登记号：) ends a value too: tables carry rows we do not keep. */
const OTHER_LABEL = /\s[\p{Script=Han}]{2,8}\s*[:：]/u;
/** A table's rows stand together: a row further than this from the last one starts no new table. */
const ROW_GAP = 3;
const DATE_KEYS: ReadonlySet<DisclosureKey> = new Set(['writtenAt', 'publishedAt']);

/**
 * The document's own facts from the disclosure table among `texts` (page lines in order): 索引号,
 * 发布机构 / 发文机关, 发文字号, 成文日期, 发布日期, 主题分类, 有效性, 主题词, each with its label
 * as printed. A row holds one to three label：value pairs; a label alone on its line takes the next
 * line as its value (a cell of its own). The table is the first run of rows; it counts when it
 * states two facts or more, so a lone 文号： in a paragraph is not a table. Null when none is found.
 */
export function readDisclosure(texts: readonly string[]): Disclosure | null {
  const start = texts.findIndex(isDisclosureRow);
  if (start < 0) return null;
  const out: Disclosure = {};
  let facts = 0;
  let last = start;
  // The 发布日期 line may stand just above the first row.
  const from = start > 0 && /^\s*(?:发布|發布|發佈)\s*日\s*期\s*[:：]/u.test(texts[start - 1]) ? start - 1 : start;
  for (let i = from; i < texts.length && i - last <= ROW_GAP; i++) {
    const pairs = pairsOf(texts[i]);
    if (!pairs.length) continue;
    last = i;
    for (let p = 0; p < pairs.length; p++) {
      const { label, key } = pairs[p];
      let { value } = pairs[p];
      // A label cell alone on its line: the value is the next line, when that is not a label.
      if (!value && p === pairs.length - 1 && i + 1 < texts.length && !pairsOf(texts[i + 1]).length) {
        value = texts[i + 1].trim();
        if (value) i++;
      }
      if (key === 'other' || !value || out[key]) continue;
      const date = DATE_KEYS.has(key) ? toIsoDate(value) : null;
      out[key] = date ? { label, value, date: date.iso.slice(0, 10) } : { label, value };
      facts++;
    }
  }
  return facts >= 2 ? out : null;
}

function pairsOf(text: string): { label: string; key: DisclosureKey | 'other'; value: string }[] {
  const found: { label: string; key: DisclosureKey | 'other'; at: number; end: number }[] = [];
  PAIR_LABEL.lastIndex = 0;
  for (let m = PAIR_LABEL.exec(text); m; m = PAIR_LABEL.exec(text)) {
    const label = m[1].replace(SPACES, '');
    const key = FIELD_OF_LABEL.get(label);
    if (key) found.push({ label: m[1], key, at: m.index, end: m.index + m[0].length });
  }
  // Only a line that opens with a label is a row: a label inside prose is the prose's.
  if (!found.length || text.slice(0, found[0].at).trim()) return [];
  return found.map((f, k) => ({
    label: f.label.trim(),
    key: f.key,
    value: cutAtLabel(text.slice(f.end, k + 1 < found.length ? found[k + 1].at : text.length)),
  }));
}

function cutAtLabel(value: string): string {
  const m = OTHER_LABEL.exec(value);
  return (m ? value.slice(0, m.index) : value).trim();
}
