/**
 * The metadata table of a government information-disclosure (政府信息公开) page: 索引号,
 * 主题分类, 发文机关, 成文日期, 发文字号, 发布日期… printed above the document. In a text
 * capture its rows are label lines: they are neither the headline nor its deck, and a 标题 row
 * states the headline outright.
 */
const DISCLOSURE_LABEL =
  /^(?:索\s*引\s*号|主题分类|主題分類|主\s*题\s*词|主題詞|发文机关|發文機關|发布机构|發佈機構|发文单位|發文單位|发文字号|發文字號|文\s*号|文\s*號|成文日期|生效日期|废止日期|廢止日期|有\s*效\s*性|是否有效|公开方式|公開方式|公开范围|公開範圍|体裁分类|體裁分類|组配分类|組配分類|服务对象|服務對象|信息分类|信息分類|所属机构|所屬機構|标\s*题|標\s*題|名\s*称|名\s*稱)\s*[:：]/u;

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

/** A row of the disclosure table: starts with one of its labels. */
export function isDisclosureRow(text: string): boolean {
  return DISCLOSURE_LABEL.test(text);
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
