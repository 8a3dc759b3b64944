/**
 * The metadata table of a government information-disclosure (政府信息公开) page: 索引号,
 * 主题分类, 发文机关, 成文日期, 发文字号, 发布日期… printed above the document. In a text
 * capture its rows are label lines: they are neither the headline nor its deck, and a 标题 row
 * states the headline outright.
 */
import { DISCLOSURE_FIELD_LABELS, isSpaceCode } from './vocabulary';

/** A label as printed in a table cell, where templates space its characters out (索 引 号, 名　　称). */
function spaced(word: string): string {
  return [...word].join('\\s*');
}

export function spacedAnyOf(words: readonly string[]): string {
  return `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(spaced)
    .join('|')})`;
}

/** The labels that make a line a row of the table: all but 发布日期, an ordinary info line's label too. */
const ROW_LABELS: ReadonlySet<string> = new Set(Object.entries(DISCLOSURE_FIELD_LABELS).flatMap(([key, words]) => (key === 'publishedAt' ? [] : words)));
const LONGEST_ROW_LABEL = Math.max(...[...ROW_LABELS].map((w) => w.length));
/** Most lines open with a character no label does, and are passed over on it. */
const ROW_LABEL_INITIALS: ReadonlySet<number> = new Set([...ROW_LABELS].map((w) => w.charCodeAt(0)));

/**
 * The label a line opens with, up to its first colon, with the spaces a template sets between its
 * characters dropped (`索 引 号：` gives 索引号); null when the line opens with a space or holds more
 * than `max` other characters before a colon. Asked of every line of a page: a character loop
 * where a pattern of every spaced label took most of a millisecond to compile on a first call.
 */
const COLON = 0x3a;
const FULL_WIDTH_COLON = 0xff1a;

function labelBeforeColon(text: string, max: number): string | null {
  let label = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON || c === FULL_WIDTH_COLON) return label;
    // Spaced labels allow the characters `\s` matches between their characters only.
    if (isSpaceCode(c)) {
      if (!label) return null;
    } else if (label.length === max) return null;
    else label += text[i];
  }
  return null;
}

/**
 * The value of a 标题 or 文件名称 row. A bare 名称 row names the document only inside the
 * disclosure table (it also labels a company or a venue elsewhere): it counts when other rows of
 * the table stand around it.
 */
const TITLE_ROW = /^(?:标\s*题|標\s*題|文件名称|文件名稱)\s*[:：]\s*(\S.{3,99})$/u;
const NAME_ROW = /^(?:名\s*称|名\s*稱)\s*[:：]\s*(\S.{3,99})$/u;
/** Other rows of the table that confirm a 名称 row is the document's. */
const CONFIRMING_ROWS = 2;
/** How far from the 名称 row those rows may stand, in lines. */
const TABLE_REACH = 6;

/** A row of the disclosure table: starts with one of its labels (spaced or not) and a colon. */
export function isDisclosureRow(text: string): boolean {
  if (!ROW_LABEL_INITIALS.has(text.charCodeAt(0))) return false;
  const label = labelBeforeColon(text, LONGEST_ROW_LABEL);
  return label !== null && ROW_LABELS.has(label);
}

/** The headline a 标题 / 文件名称 row states, or null. */
export function disclosedTitle(text: string): string | null {
  const m = TITLE_ROW.exec(text);
  return m ? m[1].trim() : null;
}

/**
 * The headline the disclosure table states at line `i` of `texts`: a 标题 / 文件名称 row, or a
 * 名称 row with other rows of the table around it (索引号, 发布机构, 发布日期…).
 */
export function disclosedTitleAt(texts: readonly string[], i: number): string | null {
  const stated = disclosedTitle(texts[i]);
  if (stated) return stated;
  const m = NAME_ROW.exec(texts[i]);
  if (!m) return null;
  let rows = 0;
  for (let k = Math.max(0, i - TABLE_REACH); k < Math.min(texts.length, i + TABLE_REACH + 1); k++) {
    if (k !== i && isDisclosureRow(texts[k]) && !NAME_ROW.test(texts[k])) rows++;
  }
  return rows >= CONFIRMING_ROWS ? m[1].trim() : null;
}

/** A document number standing alone under the headline: 某政办发〔2024〕12号. */
const DOCUMENT_NUMBER = /^[\p{Script=Han}A-Za-z]{1,14}\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*(?:第\s*)?\d{1,5}\s*[号號]$/u;

export function isDocumentNumber(text: string): boolean {
  return text.length <= 30 && DOCUMENT_NUMBER.test(text);
}
