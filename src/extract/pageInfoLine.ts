import type { Author, AuthorRole } from '../core/types';
import {
  alternation,
  NO_HAN_BEFORE,
  standaloneAlternation,
  standaloneWord,
  AUTHOR_LABELS,
  COUNTER_LABELS,
  DATE_NOUNS,
  EDITOR_LABELS_RANKED,
  EDITOR_LABELS as ALL_EDITOR_LABELS,
  GLUED_SOURCE_LABELS,
  isNotASource,
  mayEndWithLabel,
  VAGUE_SOURCES,
  OTHER_DATE_WORDS,
  PUBLISH_DATE_LABELS,
  SOURCE_LABELS,
} from '../core/vocabulary';
import { isSourceName } from '../core/fieldShapes';
import { findDates, type DateParts } from './dateText';

/**
 * The info line that Chinese news and government pages print around the article
 * (来源：… 发布时间：… 字号：大 中 小 打印 关闭, 责任编辑：…), read into labelled fields.
 * Fields are often glued together without separators, so each value stops at the next label.
 */
export interface InfoFields {
  source?: string;
  editor?: string;
  /** Index of the editor's label in EDITOR_LABELS (lower is stronger). */
  editorRank?: number;
  authors: Author[];
  date?: DateParts;
  /** The date had a publish label (发布时间, 发布日期…) rather than just appearing in the line. */
  dateLabelled: boolean;
  /** How many labels the line carries; a line with labels is furniture, not body. */
  labels: number;
}

// Label patterns are built from the shared vocabulary (src/core/vocabulary.ts); what this reader
// adds is context: what may stand before a label on a page line, and where a value ends.
const HAN_BEFORE = NO_HAN_BEFORE;
const SOURCE_LABEL = `${HAN_BEFORE}(?:本文|文章|信息|新闻|新聞|内容|內容)?(?:${alternation([...GLUED_SOURCE_LABELS, ...SOURCE_LABELS])}|(?:原创|原創)(?=\\s*[：:]))`;
/**
 * Editor labels by rank, strongest first (the 责任编辑 wins over a plain 编辑 on the same page).
 * A label that ends a stronger one (编辑 in 责任编辑) counts only where no Han character is glued
 * before it.
 */
export const EDITOR_LABELS = EDITOR_LABELS_RANKED.map((words) => `(?:${words.map(editorLabel).join('|')})`);
function editorLabel(word: string): string {
  return standaloneWord(word, ALL_EDITOR_LABELS);
}
/** Two-character labels may be glued to the value before them; 文/摄/图 alone only stand free. */
const AUTHOR_LABEL = `(?:${alternation(AUTHOR_LABELS)}|${HAN_BEFORE}(?:文|摄|攝|图|圖))`;
/** Publish labels only: a date under an update label (最后更新) is read as a bare date, below a labelled one. */
const DATE_LABEL = standaloneAlternation(PUBLISH_DATE_LABELS);
/** Every label that can end the value of the one before it when they are glued together. */
const ANY_LABEL = `(?:(?:本文|文章|信息|新闻|新聞|内容|內容)?${alternation([...SOURCE_LABELS, '来源于', '來源於'])}|${alternation([
  ...ALL_EDITOR_LABELS,
  ...AUTHOR_LABELS,
  ...PUBLISH_DATE_LABELS,
  '字号',
  '字號',
  '浏览',
  '瀏覽',
  '阅读',
  '閱讀',
  '点击',
  '點擊',
  '访问量',
  '訪問量',
  '打印',
  '关闭',
  '關閉',
  '分享',
  '收藏',
  '评论',
  '評論',
  '审核',
  '審核',
  '校对',
  '校對',
  '供稿',
  '参与',
  '參與',
  '互动',
  '互動',
  '我要',
  '举报',
  '舉報',
  '纠错',
  '糾錯',
])}|【|\\[|\\||｜|$)`;

const VALUE_STOP = new RegExp(`\\s|${ANY_LABEL}|\\d{4}[-/.年]\\d|[【\\[|｜(（)）\\]】]`);

/** The label and its separator: a colon, a slash (编辑/…), or nothing when glued (本文来源于…). */
function labelled(label: string, requireSep: boolean): RegExp {
  return new RegExp(`${label}\\s*${requireSep ? '[：:/|｜]' : '[：:/|｜]?'}\\s*`, 'g');
}

// Built once: readInfoLine runs on most short lines of a page, and a `new RegExp` per call and
// label cost a cache lookup and an allocation each time.
const SOURCE_RE = labelled(SOURCE_LABEL, false);
const EDITOR_RES = EDITOR_LABELS.map((label) => labelled(label, true));
const AUTHOR_RE = new RegExp(`(${AUTHOR_LABEL})\\s*[：:/]\\s*`, 'g');
const AUTHOR_STOP = new RegExp(`${ANY_LABEL}|\\d{4}[-/.年]\\d|[【\\[|｜(（]`);
const DATE_LABEL_BEFORE = new RegExp(`${DATE_LABEL}\\s*[：:]?\\s*$`);
/**
 * Labels of other dates a page prints in its info block: when a document was written, issued to
 * offices, takes or loses effect, or a deadline. None is the publish date.
 */
const OTHER_DATE_LABEL_BEFORE = new RegExp(`${alternation(OTHER_DATE_WORDS)}${alternation(DATE_NOUNS)}\\s*[：:]?\\s*$`);
const mayEndWithDateNoun = mayEndWithLabel(DATE_NOUNS);
const mayEndWithDateLabel = mayEndWithLabel(PUBLISH_DATE_LABELS);
/** Page controls and counters standing as their own words; counters of three characters or more only (阅读 alone opens sentences). */
const CONTROL_WORD = new RegExp(`(?:^|[\\s【\\[|｜(（])(?:字号|字號|打印|列印|关闭|關閉|${alternation(COUNTER_LABELS.filter((w) => w.length >= 3))})`);
/**
 * Every field needs one of these: a digit for a date, a character of some label for the rest
 * (来源 稿源 出处 转载自 原创; 编辑 责编 编审 选稿; 作者 记者 撰稿 通讯员 摄影 文 图; 字号 打印
 * 关闭 浏览 阅读 点击). A line without any (most navigation and headings) has no field.
 */
const ANY_FIELD_CHAR = /[0-9来來稿出转轉原编編责責选選作记記撰通摄攝文图圖字打列关關浏瀏阅閱点點访訪]/;

const VALUE_EDGES = /^[\s:：/]+|[\s,，;；、。.]+$/g;
const LATIN_NAME = /^[A-Za-z]{2,}(?: [A-Z][A-Za-z]+){0,2}(?=$|\s*[)）\]】|｜]|\s+[^\sA-Za-z])/;
const SENTENCE_PUNCT = /[，。；！？]/;
const OPENING_CREDIT = /[【\[(（]\s*(责任编辑|責任編輯|编辑|編輯|责编|責編)/g;
const LATIN_WORD = /^[A-Za-z]{2,}$/;
const NAME_LIST_SEPARATORS = /[\s、，,]+/;

/** An opening bracket glued to a Latin letter or digit: a call or a code (SUM(1+1), GB(2020)). */
const GLUED_CALL = /[A-Za-z0-9]\($/;

function valueAt(text: string, at: number): string {
  const rest = text.slice(at);
  let stop = rest.search(VALUE_STOP);
  // A bracket that belongs to the word before it is part of the value: cutting there printed a
  // source "@SUM(1+1)" as "@SUM", a value the page never showed. The value is kept as written (or
  // refused whole by its shape); neutralising formulas is the CSV writer's work.
  while (stop > 0 && GLUED_CALL.test(rest.slice(0, stop + 1))) {
    const close = rest.indexOf(')', stop);
    if (close < 0) break;
    const next = rest.slice(close + 1).search(VALUE_STOP);
    stop = next < 0 ? -1 : close + 1 + next;
  }
  return (stop < 0 ? rest : rest.slice(0, stop)).replace(VALUE_EDGES, '');
}

function valueAfter(text: string, re: RegExp): string | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = valueAt(text, m.index + m[0].length);
    if (value) return value;
  }
  return undefined;
}

/** A Latin name keeps its inner spaces (编辑：Jane Doe), which end any Han value. */
function latinName(text: string, re: RegExp): string | undefined {
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m) return undefined;
  return LATIN_NAME.exec(text.slice(m.index + m[0].length))?.[0];
}

const ROLE_OF: Record<string, AuthorRole> = {
  作者: 'author',
  撰稿: 'author',
  撰文: 'author',
  文: 'author',
  记者: 'reporter',
  記者: 'reporter',
  通讯员: 'correspondent',
  通訊員: 'correspondent',
  摄影: 'photographer',
  攝影: 'photographer',
  摄: 'photographer',
  攝: 'photographer',
  图: 'photographer',
  圖: 'photographer',
};

/**
 * Names that read as a news outlet: a media word at the end (…网, …报, …社, …台, …新闻,
 * …财经, …客户端). Only such a name is taken as the source where the label or the spot also
 * holds account and pen names, which are not sources.
 */
export const OUTLET_NAME =
  /^[\u4e00-\u9fa5A-Za-z0-9·－\-]{1,14}(?:网|網|報|报|社|台|臺|新闻|新聞|财经|財經|科技|客户端|客戶端|频道|頻道|之家|中文站|在线|在線|周刊|週刊|杂志|雜誌|传媒|傳媒|卫视|衛視|电视|電視|广播|廣播|日报|晚报|时报|商报)$/;

/** The label's own words, so a 原创 value (an account or a pen name) can be told from 来源. */
const ORIGINAL_LABEL = /(?:原创|原創)\s*[：:]\s*$/;
const LABEL_SEPARATOR = /[：:/|｜]/;
const VAGUE_SOURCE = new RegExp(`^${alternation(VAGUE_SOURCES)}$`);

/**
 * Characters every label of a field contains, so a line without them skips that field's
 * patterns (the 编 of every editor label but 选稿; 源 处 转载 原创 of the source labels; the
 * author labels' characters).
 */
const SOURCE_CHARS = /[源处處]|转载|轉載|原创|原創/;
const EDITOR_CHARS = /[编編]|选稿|選稿/;
const AUTHOR_CHARS = /[作记記撰通摄攝文图圖]/;

function sourceValue(text: string): string | undefined {
  if (!SOURCE_CHARS.test(text)) return undefined;
  const re = SOURCE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = valueAt(text, m.index + m[0].length);
    if (!value) continue;
    // A value with sentence punctuation is prose that happens to say 来源, not an info field.
    if (SENTENCE_PUNCT.test(value) || isNotASource(value)) return undefined;
    // 原创： credits whoever wrote it (路人甲编译); it is a source only when it names an outlet.
    if (ORIGINAL_LABEL.test(m[0]) && !OUTLET_NAME.test(value)) return undefined;
    // A label glued to a vague origin without a colon is a sentence (信息来源于网络), not a slot
    // the page filled (来源：网络 is kept).
    if (!LABEL_SEPARATOR.test(m[0]) && VAGUE_SOURCE.test(value)) return undefined;
    // A value of the wrong shape (markup, a counter) is a broken slot: a later label may hold the name.
    if (!isSourceName(value)) continue;
    return value;
  }
  return undefined;
}

/** The strongest editor label's value, and that label's rank in EDITOR_LABELS. */
function editorCredit(text: string): { editor: string; rank: number } | undefined {
  if (!EDITOR_CHARS.test(text)) return undefined;
  const editorText = text.replace(OPENING_CREDIT, ' $1');
  for (let rank = 0; rank < EDITOR_LABELS.length; rank++) {
    const re = EDITOR_RES[rank];
    let editor = valueAfter(editorText, re);
    if (editor && LATIN_WORD.test(editor)) editor = latinName(editorText, re) ?? editor;
    if (editor) return { editor, rank };
  }
  return undefined;
}

export function readInfoLine(text: string): InfoFields {
  // Every field present from the start: all readings share one shape, which a collection does
  // not take away (fields added later make shapes by transition, which die with their objects).
  const fields: InfoFields = { source: undefined, editor: undefined, editorRank: undefined, authors: [], date: undefined, dateLabelled: false, labels: 0 };
  if (!ANY_FIELD_CHAR.test(text)) return fields;
  const source = sourceValue(text);
  if (source) {
    fields.source = source;
    fields.labels++;
  }
  const credit = editorCredit(text);
  if (credit) {
    fields.editor = credit.editor;
    fields.editorRank = credit.rank;
    fields.labels++;
  }
  if (AUTHOR_CHARS.test(text)) {
    AUTHOR_RE.lastIndex = 0;
    for (let m = AUTHOR_RE.exec(text); m; m = AUTHOR_RE.exec(text)) {
      const rest = text.slice(m.index + m[0].length);
      const stop = rest.search(AUTHOR_STOP);
      const names = (stop < 0 ? rest : rest.slice(0, stop)).trim();
      for (const name of names.split(NAME_LIST_SEPARATORS).filter(Boolean)) {
        fields.authors.push({ name, role: ROLE_OF[m[1]] ?? 'other' });
      }
      fields.labels++;
    }
  }
  const dates = findDates(text);
  for (let i = 0; i < dates.length; i++) {
    const before = text.slice(0, dates[i].index);
    if (mayEndWithDateNoun(before) && OTHER_DATE_LABEL_BEFORE.test(before)) {
      fields.labels++;
      continue;
    }
    fields.date = dates[i];
    fields.dateLabelled = mayEndWithDateLabel(before) && DATE_LABEL_BEFORE.test(before);
    if (fields.dateLabelled) fields.labels++;
    break;
  }
  // Page controls stand as their own words (【打印】, | 浏览次数：), not inside a sentence.
  if (CONTROL_WORD.test(text)) fields.labels++;
  return fields;
}
