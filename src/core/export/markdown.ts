import { stringify } from 'yaml';
import { bodyWithRestored } from '../restore';
import type { Author, Block, CaptureRecord, Person } from '../types';

/**
 * Markdown for reading (not for re-import: use JSON/JSONL/CSV for that). Page text is
 * untrusted and may contain markup: every piece of it is escaped so a Markdown viewer shows it as
 * text and never renders HTML, links or structure that the page smuggled in. Each record opens
 * with YAML front matter (title, date, source, url, authors, tags, ...), written by the `yaml`
 * library, in the shape Obsidian reads as note properties; YAML quotes whatever needs it, so page
 * text cannot break out of it.
 */

const ROLE_LABEL: Record<Author['role'], string> = {
  reporter: '记者',
  photographer: '摄影',
  correspondent: '通讯员',
  author: '作者',
  translator: '翻译',
  other: '其他',
};

/** Backslash-escapes Markdown punctuation and neutralises line starts that would open a block. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\p{Cc}]/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
      .replace(/[\\`*_[\]{}()<>#+!|~&]/g, '\\$&')
      .split('\n')
      // Leading ASCII indentation would turn a line into a code block; it carries no meaning in page text.
      .map((line) =>
        line.replace(/^[ \t]+/, '').replace(/^(-|=|(\d+)([.)]))/, (_m, all: string, num?: string, p?: string) => (num ? `${num}\\${p}` : `\\${all}`)),
      )
      .join('  \n')
  );
}

const person = (p: Person) => escapeMarkdown(p.titles.length ? `${p.titles.join('、')} ${p.name}` : p.name);

function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const f = '`'.repeat(longest + 1);
  return `${f}text\n${text}\n${f}`;
}

function tableBlock(text: string): string {
  const rows = text.split('\n').map((line) => line.split('\t').map((c) => escapeMarkdown(c.trim()) || ' '));
  const width = Math.max(...rows.map((r) => r.length));
  if (rows.length < 2 || width < 2) return escapeMarkdown(text);
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill(' ')];
  const line = (r: string[]) => `| ${pad(r).join(' | ')} |`;
  return [line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

function blockToMarkdown(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `### ${escapeMarkdown(b.text).replace(/ {2}\n/g, ' ')}`;
    case 'list-item':
      return `- ${escapeMarkdown(b.text)}`;
    case 'quote':
      return escapeMarkdown(b.text)
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
    case 'caption':
      return `*${escapeMarkdown(b.text)}*`;
    case 'preformatted':
      return fence(b.text);
    case 'table':
      return tableBlock(b.text);
    default:
      return escapeMarkdown(b.text);
  }
}

/** The article's images as a list: caption (else alt), linked to the image where it is http(s). */
function figuresToMarkdown(figures: NonNullable<CaptureRecord['figures']>): string {
  return figures
    .map((f) => {
      const label = escapeMarkdown(f.caption || f.alt || '图片');
      const target = f.src ? linkTarget(f.src) : null;
      return target ? `- [${label}](${target})` : `- ${label}`;
    })
    .join('\n');
}

/** A link target cannot carry spaces or unbalanced parentheses; only http(s) is linked at all. */
function linkTarget(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}

export interface MarkdownOptions {
  /**
   * Minutes east of UTC to show the capture time in (China is 480); by default the zone of the
   * machine that exports, at the capture's date. Page dates keep the offset the record states.
   */
  utcOffsetMinutes?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as local time with its offset: 2024-03-15T16:30:00+08:00, not 08:30Z. */
export function localIsoTime(iso: string, opts: MarkdownOptions = {}): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const offset = opts.utcOffsetMinutes ?? -at.getTimezoneOffset();
  const local = new Date(at.getTime() + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** "2024-03-14T18:59:00+08:00" → "2024-03-14 18:59 (+08:00)" for reading; a day stays a day. */
function readableDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(iso);
  if (!m) return escapeMarkdown(iso);
  if (!m[2]) return m[1];
  return `${m[1]} ${m[2]}${m[3] ? ` (${m[3] === 'Z' ? 'UTC' : m[3]})` : ''}`;
}

/** Obsidian's tags are single words: inner spaces become hyphens, a leading # is dropped. */
function obsidianTag(tag: string): string {
  return tag.replace(/^#+/, '').replace(/\s+/g, '-');
}

/**
 * Properties as Obsidian reads them: text, a date-time, lists of text, `tags` as a tag list.
 * Only filled fields are written; the keys are English so vault queries work in any language.
 */
export function frontMatter(r: CaptureRecord, fields?: readonly string[], opts: MarkdownOptions = {}): string {
  const on = (f: string) => !fields || fields.includes(f);
  const props: Record<string, unknown> = {};
  if (r.title) props.title = r.title.replace(/\s+/g, ' ');
  if (on('publishedAt') && r.publishedAt) props.date = r.publishedAt;
  if (on('source') && r.source) props.source = r.source;
  if (on('url') && r.url) props.url = r.url;
  if (on('authors') && r.authors.length) props.authors = r.authors.map((a) => a.name);
  const tags = (r.tags ?? []).map(obsidianTag).filter(Boolean);
  if (tags.length) props.tags = tags;
  if (on('siteName') && r.siteName) props.site = r.siteName;
  if (on('editor') && r.editor) props.editor = r.editor;
  if (on('capturedAt')) props.captured = localIsoTime(r.capturedAt, opts);
  if (r.note) props.note = r.note;
  props.id = r.id;
  // Plain scalars where YAML allows them (Obsidian shows quotes it did not need as text); no line
  // folding, so a long title stays on its line.
  return `---\n${stringify(props, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' })}---`;
}

/**
 * `fields` (from the export settings) leaves out sections the user did not choose; the title
 * always stays as the heading. Without it, everything is shown.
 */
export function recordToMarkdown(r: CaptureRecord, fields?: readonly string[], opts: MarkdownOptions = {}): string {
  const on = (f: string) => !fields || fields.includes(f);
  const out: string[] = [frontMatter(r, fields, opts), `# ${r.title ? escapeMarkdown(r.title).replace(/ {2}\n/g, ' ') : '（无标题）'}`];
  if (on('deck') && r.deck.length) out.push(r.deck.map((d) => `*${escapeMarkdown(d)}*`).join('  \n'));
  if (on('isArticle') && !r.isArticle) out.push(`> 非文章页面${r.notArticleReason ? `：${escapeMarkdown(r.notArticleReason)}` : ''}`);

  const meta: string[] = [];
  if (on('publishedAt') && r.publishedAt) meta.push(`- 发布时间：${readableDate(r.publishedAt)}`);
  if (on('source') && r.source) meta.push(`- 来源：${escapeMarkdown(r.source)}`);
  if (on('authors') && r.authors.length)
    meta.push(`- 作者：${r.authors.map((a) => `${escapeMarkdown(a.name)}（${ROLE_LABEL[a.role] ?? a.role}）`).join('、')}`);
  if (on('editor') && r.editor) meta.push(`- 责任编辑：${escapeMarkdown(r.editor)}`);
  if (on('siteName') && r.siteName) meta.push(`- 网站：${escapeMarkdown(r.siteName)}`);
  if (on('url') && r.url) {
    const target = linkTarget(r.url);
    meta.push(target ? `- 原文：[${escapeMarkdown(r.url)}](${target})` : `- 原文：${escapeMarkdown(r.url)}`);
  }
  // An article read over several pages: each page linked, so the reader can check where a passage came from.
  if (on('url') && r.pages && r.pages.length > 1) meta.push(`- 分页：共 ${r.pages.length} 页（${r.pages.map((u, i) => linked(String(i + 1), u)).join(' ')}）`);
  if (on('capturedAt')) meta.push(`- 采集时间：${readableDate(localIsoTime(r.capturedAt, opts))}`);
  if (r.tags?.length) meta.push(`- 标签：${r.tags.map(escapeMarkdown).join('、')}`);
  if (meta.length) out.push(meta.join('\n'));
  if (r.note) out.push('## 笔记', escapeMarkdown(r.note));

  // The disclosure table, attachments and related links go with the documents field: they are the document's own facts.
  const facts = on('documents') && r.disclosure ? Object.values(r.disclosure) : [];
  if (facts.length) out.push('## 文件信息', facts.map((f) => `- ${escapeMarkdown(f.label)}：${escapeMarkdown(f.value)}`).join('\n'));

  if (on('summary') && r.summary.length) out.push('## 摘要', r.summary.map((s) => `- ${escapeMarkdown(s)}`).join('\n'));

  if (on('meeting') && r.meeting) {
    const m = r.meeting;
    const lines: string[] = [];
    if (m.date) lines.push(`- 日期：${readableDate(m.date)}`);
    if (m.host) lines.push(`- 主持：${person(m.host)}`);
    if (m.speakers.length) lines.push(`- 讲话：${m.speakers.map(person).join('；')}`);
    if (m.attendees.length) lines.push(`- 出席：${m.attendees.map(person).join('；')}`);
    out.push('## 会议', lines.join('\n') || '-');
    if (m.directives.length) out.push(m.directives.map((d, i) => `${i + 1}. ${escapeMarkdown(d)}`).join('\n'));
  }

  // The body as the user reads it: with the removed lines they put back (corrections['body.restored']).
  const body = bodyWithRestored(r);
  if (on('body') && body.length) out.push('## 正文', ...body.map(blockToMarkdown));
  if (on('body') && r.figures?.length) out.push('## 图片', figuresToMarkdown(r.figures));

  for (const d of on('documents') ? r.documents : []) {
    out.push(`## ${escapeMarkdown(d.title).replace(/ {2}\n/g, ' ') || '文件'}`);
    const about = [d.issuer && `发文机关：${escapeMarkdown(d.issuer)}`, d.date && `日期：${readableDate(d.date)}`].filter(Boolean);
    if (about.length) out.push(about.join('  \n'));
    if (d.items.length) out.push(d.items.map((it) => `- ${escapeMarkdown(it)}`).join('\n'));
  }
  if (on('documents') && r.attachments?.length) {
    out.push('## 附件', r.attachments.map((f) => `- ${linked(f.name, f.url)}（${escapeMarkdown(f.type)}）`).join('\n'));
  }
  if (on('documents') && r.related?.length) out.push('## 相关链接', r.related.map((l) => `- ${linked(l.title, l.url)}`).join('\n'));
  return `${out.join('\n\n')}\n`;
}

function linked(text: string, url: string): string {
  const target = linkTarget(url);
  return target ? `[${escapeMarkdown(text)}](${target})` : `${escapeMarkdown(text)} ${escapeMarkdown(url)}`;
}

/** Several records: each keeps its own front matter, so a file splits back into notes at each `---` pair. */
export function recordsToMarkdown(records: readonly CaptureRecord[], fields?: readonly string[], opts: MarkdownOptions = {}): string {
  return records.map((r) => recordToMarkdown(r, fields, opts)).join('\n');
}
