import type { Author } from '../core/types';
import { findDates, type DateParts } from './dateText';
import { visibleLength } from './density';
import { readInfoLine, type InfoFields } from './infoLine';
import type { Line } from './lines';
import type { MetaFacts } from './meta';
import type { Region } from './region';
import type { BodySplit } from './bodyLines';

export interface Facts {
  date: DateParts | null;
  source: string | null;
  editor: string | null;
  authors: Author[];
  provenance: Record<string, string>;
}

/** How far around the article the info line may sit. */
const BEFORE_WINDOW = 14;
const AFTER_WINDOW = 14;

interface Scanned {
  line: Line;
  fields: InfoFields;
}

function scan(lines: Line[]): Scanned[] {
  return lines
    .filter((l) => visibleLength(l.text) <= 200)
    .map((line) => ({ line, fields: readInfoLine(line.text) }));
}

/** Staff codes printed after names (梁斌 SF055, 韩保林 PK155, 杨倩_NF4425). */
export function stripStaffCode(name: string): string {
  return name
    .replace(/[\s_]*[A-Za-z]{1,4}\d{2,}$/, '')
    .replace(/^[【\[(（]+|[】\])）]+$/g, '')
    .trim();
}

function strongestEditor(xs: Scanned[]): string | null {
  let best: InfoFields | null = null;
  for (const x of xs) {
    if (x.fields.editor && (!best || (x.fields.editorRank ?? 99) < (best.editorRank ?? 99))) best = x.fields;
  }
  return best?.editor ?? null;
}

/** A line that carries a date as a byline does, not a parenthetical note or a sentence. */
function isBareDateLine(text: string): boolean {
  const t = text.trim();
  if (visibleLength(t) > 80) return false;
  return !/^[（(].*[）)]$/.test(t);
}

function joinedShortLines(xs: Line[]): DateParts | null {
  for (let i = 0; i + 1 < xs.length; i++) {
    const parts: string[] = [];
    for (let j = i; j < Math.min(i + 3, xs.length) && visibleLength(xs[j].text) <= 12; j++) parts.push(xs[j].text.trim());
    if (parts.length < 2) continue;
    const d = findDates(parts.join(' '))[0];
    if (d && d.hour != null) return d;
  }
  return null;
}

function unique(xs: Line[]): Line[] {
  return Array.from(new Set(xs));
}

function sameMinute(a: DateParts, b: DateParts): boolean {
  return sameDay(a, b) && a.hour != null && a.hour === b.hour && a.minute === b.minute;
}

function sameDay(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * Publish time, source and credits, read from the info lines around the article first (what the
 * reader sees), then from the head's meta tags; a visible day without a time borrows the time
 * from a meta tag that names the same day.
 */
export function pickFacts(
  lines: Line[],
  region: Region,
  titleIndex: number,
  body: BodySplit,
  meta: MetaFacts,
): Facts {
  const provenance: Record<string, string> = {};
  const top = body.first >= 0 ? body.first : region.start;
  const bottom = body.last >= 0 ? body.last + 1 : region.end;
  const lo = titleIndex >= 0 && titleIndex < top ? titleIndex + 1 : top - BEFORE_WINDOW;
  const beforeLines = unique([...lines.slice(Math.max(0, lo, top - 30), top), ...body.infoBefore]);
  // Two copies of the headline can hide the info line between them: look a little higher too.
  const wideLines = lines.slice(Math.max(0, top - 8), Math.max(0, lo));
  // Credit lines inside the article container count, and so do the lines just below it.
  const afterLines = unique([...body.infoAfter, ...lines.slice(bottom, Math.min(bottom + 60, Math.max(bottom, region.end) + AFTER_WINDOW))]);
  const before = scan(beforeLines);
  const wide = scan(wideLines);
  const after = scan(afterLines);

  // Date: a labelled date wins over a bare one; above the body wins over below it.
  let date: DateParts | null = null;
  const dateFrom = (xs: Scanned[], where: string) => {
    if (date) return;
    const labelled = xs.find((x) => x.fields.date && x.fields.dateLabelled);
    const bare = xs.find((x) => x.fields.date && isBareDateLine(x.line.text));
    const hit = labelled ?? bare;
    if (!hit) {
      // A date split over short lines (2019 / 09/07 / 19:02) reads whole once joined.
      const joined = joinedShortLines(xs.map((x) => x.line));
      if (joined) {
        date = joined;
        provenance.publishedAt = `${where}-joined`;
      }
      return;
    }
    let found = hit.fields.date!;
    // The same minute printed twice (desktop and mobile headers): keep the copy with seconds.
    const finer = xs.find((x) => x.fields.date && x.fields.date.second != null && sameMinute(x.fields.date, found));
    if (found.second == null && finer) found = finer.fields.date!;
    date = found;
    provenance.publishedAt = labelled ? `${where}-labelled` : where;
  };
  dateFrom(before, 'info-line');
  dateFrom(wide, 'info-line');
  dateFrom(after, 'info-line-below');
  const metaDates = meta.dates.map((d) => ({ parts: findDates(d.value)[0], from: d.from })).filter((d) => d.parts);
  const visible = date as DateParts | null;
  if (visible && visible.hour == null) {
    const withTime = metaDates.find((d) => d.parts.hour != null && sameDay(d.parts, visible));
    if (withTime) {
      date = withTime.parts;
      provenance.publishedAt = withTime.from;
    }
  }
  if (!date && metaDates.length) {
    date = metaDates[0].parts;
    provenance.publishedAt = metaDates[0].from;
  }

  // Source: the labelled value nearest the article, then a source-classed element, then meta.
  let source = before.find((x) => x.fields.source)?.fields.source ?? after.find((x) => x.fields.source)?.fields.source ?? null;
  if (source) provenance.source = 'info-line';
  if (!source) {
    source = sourceElementText(beforeLines);
    if (source) provenance.source = 'source-element';
  }
  if (!source) {
    source = outletNear(beforeLines);
    if (source) provenance.source = 'info-line-unlabelled';
  }
  if (!source && meta.source) {
    source = meta.source;
    provenance.source = meta.provenance.source ?? 'meta';
  }

  // Editor: usually the closing credit line, sometimes in the info line above.
  let editor = strongestEditor(after) ?? strongestEditor(before);
  if (editor) provenance.editor = 'info-line';
  else if (meta.editor) {
    editor = meta.editor;
    provenance.editor = 'meta:editor';
  }
  if (editor) editor = stripStaffCode(editor) || null;

  const authors: Author[] = [];
  for (const x of [...before, ...after]) {
    for (const a of x.fields.authors) {
      if (!authors.some((b) => b.name === a.name)) authors.push(a);
    }
  }
  return { date, source, editor, authors, provenance };
}

const SOURCE_CLASS = /(?:^|[\s_-])(?:source|from|laiyuan|ly)(?:$|[\s_-])|source/i;

/** The element and its first descendants, breadth first; enough for a byline's spans. */
function nearDescendants(root: Element, limit: number): Element[] {
  const out: Element[] = [root];
  // Sibling links, not Array.from(children): a <br>-separated page gives thousands of lines the
  // same owner with thousands of children, and copying them per line was quadratic (fuzz).
  for (let i = 0; i < out.length && out.length < limit; i++) {
    for (let c = out[i].firstElementChild; c && out.length < limit; c = c.nextElementSibling) out.push(c);
  }
  return out;
}

/** An element classed as the source (`<span class="source">参考消息</span>`) without a label. */
function sourceElementText(lines: Line[]): string | null {
  const seen = new Set<Element>();
  for (const line of lines) {
    if (seen.has(line.owner)) continue;
    seen.add(line.owner);
    const candidates = nearDescendants(line.owner, 40);
    for (const el of candidates) {
      const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (!SOURCE_CLASS.test(cls)) continue;
      const text = (el.textContent ?? '').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
      const value = text.replace(/^(?:来源|稿源|出处)\s*[：:]?\s*/, '').trim();
      if (value && visibleLength(value) <= 20 && !/[：:]|\d{2}[-/.:]\d{2}/.test(value)) return value;
    }
  }
  return null;
}

/**
 * Names that read as a news outlet: a media word at the end (…网, …报, …社, …台, …新闻,
 * …财经, …客户端). Only such a name is taken as the source when no label says 来源, because
 * the same unlabelled spot also holds account names and pen names, which are not sources.
 */
const OUTLET_NAME = /^[\u4e00-\u9fa5A-Za-z0-9·－\-]{1,14}(?:网|報|报|社|台|臺|新闻|新聞|财经|財經|科技|客户端|频道|頻道|之家|中文站|在线|周刊|杂志|雜誌|传媒|傳媒|卫视|衛視|电视|電視|广播|廣播|日报|晚报|时报|商报)$/;

/** Pieces of an info line that are not a name: labels, dates, times, counters, badges. */
const NOT_NAME = /^(?:原创|原創|发布于|發佈於|来自.*|举报|分享|收藏|关注|评论|\d.*)$/;

/** The outlet printed beside the date without a label (中国网 2019-11-25, 2016年05月25日10:10 新浪财经). */
export function outletNear(lines: Line[]): string | null {
  const dated = lines.map((l) => findDates(l.text).length > 0 || /\d{1,2}:\d{2}/.test(l.text));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (visibleLength(line.text) > 60) continue;
    // On the date line, or alone on a line right beside it.
    // On the date line, or alone on a short line of the byline area (between headline and body).
    if (!dated[i] && visibleLength(line.text) > 14) continue;
    let rest = line.text;
    for (const d of findDates(line.text).reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.length);
    const tokens = rest
      .replace(/\d{1,2}:\d{2}(?::\d{2})?/g, ' ')
      .split(/[\s|｜·•/【】\[\]()（）]+/)
      .map((t) => t.trim())
      .filter(Boolean);
    for (const t of tokens) {
      if (NOT_NAME.test(t)) continue;
      if (OUTLET_NAME.test(t)) return t;
    }
  }
  return null;
}
