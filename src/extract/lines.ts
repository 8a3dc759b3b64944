import type { BlockKind } from '../core/types';
import { hintOfNames, type ClassHint } from './classHints';
import { domReadsFor, type DomReads } from './domReads';
import { isNoticeHeading, LEGAL_NOTICE_HEADING_MAX, LEGAL_NOTICE_MAX_ITEMS } from '../core/vocabulary';
import { measureSquashed, measureText, regionWeight, visibleLength } from './density';
import type { Line, TextMeasure } from './lineShape';
import { isInside, type Region } from './region';
import { addLine, containerScore, mergeTally, newTally, type Tally } from './tally';
import { isHiddenByAttributes, isHiddenByMarkup, SKIPPED_TAGS } from './visibility';

export type { Line } from './lineShape';

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'FORM',
  'CENTER',
  'HR',
  'ADDRESS',
  'CAPTION',
  'FIELDSET',
  'DETAILS',
  'SUMMARY',
  'BODY',
  'HTML',
]);

const KIND_OF_TAG: Record<string, BlockKind> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  BLOCKQUOTE: 'quote',
  PRE: 'preformatted',
};

const ANY_SPACES = /[\s\u3000\u00a0\u200b\ufeff]+/g;

/** Whitespace of every width (ideographic space, NBSP) folded to one ASCII space. */
export function squash(s: string): string {
  return s.replace(ANY_SPACES, ' ').trim();
}

/** Builds a line, measuring its text once for every later density test. */
export function makeLine(text: string, owner: Element, kind: BlockKind, linkChars: number, hint: ClassHint, headingLevel: number): Line {
  return withMeasure(text, measureText(text), owner, kind, linkChars, hint, headingLevel);
}

/** makeLine for text that `squash` made, as the walk's lines all are. */
function squashedLine(text: string, owner: Element, kind: BlockKind, linkChars: number, hint: ClassHint, headingLevel: number): Line {
  return withMeasure(text, measureSquashed(text), owner, kind, linkChars, hint, headingLevel);
}

function withMeasure(text: string, m: TextMeasure, owner: Element, kind: BlockKind, linkChars: number, hint: ClassHint, headingLevel: number): Line {
  return { text, owner, kind, linkChars, hint, headingLevel, chars: m.chars, punct: m.punct, latin: m.latin };
}

/** A heading in a table cell: the notice's items are in the next rows of the same table. */
const NOTICE_BOX_SKIPPED = new Set(['tr', 'tbody', 'thead', 'tfoot']);

/** Tags inside a table that mean it lays out a page rather than holding data. */
const LAYOUT_INSIDE = new Set(['TABLE', 'DIV', 'H1', 'H2', 'H3', 'UL', 'OL', 'FORM', 'IFRAME']);

/**
 * A table that holds data rather than page layout: no nested tables, divisions or lists, cells of
 * at most one paragraph, and at least two rows of two cells. Layout tables are walked like divs
 * so the article inside is found. One bounded walk of the subtree (selector queries are slow in
 * linkedom).
 */
export function isDataTable(table: Element, r: DomReads = domReadsFor(table)): boolean {
  let multiCellRows = 0;
  const stack: Element[] = [];
  for (let c = r.firstElementChild(table); c; c = r.nextElementSibling(c)) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    const flags = tagFlags(el, r);
    if (flags & (LAYOUT_IN_TABLE | PARA)) return false;
    if (flags & CELL) {
      if (!isDataCell(el, r)) return false;
      continue;
    }
    if (flags & ROW) {
      let cells = 0;
      for (let c = r.firstElementChild(el); c; c = r.nextElementSibling(c)) if (tagFlags(c, r) & CELL) cells++;
      if (cells >= 2) multiCellRows++;
    }
    for (let c = r.firstElementChild(el); c; c = r.nextElementSibling(c)) stack.push(c);
  }
  return multiCellRows >= 2;
}

/**
 * A cell of a data table. Word and WPS, in which most disclosure and penalty tables are written
 * before they are pasted into a site's editor, put each cell's text in a paragraph of its own
 * (`<td><p class="MsoNormal"><span>…`): one paragraph per cell is a table exported from a
 * document. Several paragraphs, or a paragraph broken into lines, is a layout cell holding prose.
 */
function isDataCell(cell: Element, r: DomReads): boolean {
  let paragraphs = 0;
  const stack: Element[] = [];
  for (let c = r.firstElementChild(cell); c; c = r.nextElementSibling(c)) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    const flags = tagFlags(el, r);
    if (flags & LAYOUT_IN_TABLE) return false;
    if (flags & PARA && ++paragraphs > 1) return false;
    if (flags & BR && paragraphs > 0) return false;
    for (let c = r.firstElementChild(el); c; c = r.nextElementSibling(c)) stack.push(c);
  }
  return true;
}

export interface WalkOptions {
  /** Extra hidden test (computed style in the browser, or a capture's scope). */
  isHidden?: (el: Element) => boolean;
}

// What the walk needs to know about a tag, looked up once per tag name instead of per element.
const SKIP = 1;
const BLOCK = 2;
const BR = 4;
const TABLE = 8;
const ANCHOR = 16;
const PARA = 32;
/** Frame flags: an <a href> whose text counts as link text; a line with weight lies inside. */
const LINK = 64;
const TOUCHED = 128;
/** Frame flag: the element has attributes, so its class and id may give a hint. */
const ATTRIBUTED = 2048;
const IMAGE = 4096;
/** Table tags, for the table helpers: a tag that means layout, a row, a cell. */
const LAYOUT_IN_TABLE = 256;
const ROW = 512;
const CELL = 1024;

interface TagInfo {
  flags: number;
  kind: BlockKind | null;
  level: number;
}

/** Images kept per page for figures: a hostile page may hold hundreds of thousands. */
const MAX_IMAGES = 2000;

const TAG_INFO = new Map<string, TagInfo>();
const TAG_INFO_LIMIT = 2048;

function tagInfo(name: string): TagInfo {
  const known = TAG_INFO.get(name);
  if (known) return known;
  const up = name.toUpperCase();
  const kind = KIND_OF_TAG[up] ?? null;
  const info: TagInfo = {
    flags:
      (SKIPPED_TAGS.has(up) ? SKIP : 0) |
      (BLOCK_TAGS.has(up) ? BLOCK : 0) |
      (up === 'BR' ? BR : 0) |
      (up === 'TABLE' ? TABLE : 0) |
      (up === 'A' ? ANCHOR : 0) |
      (up === 'P' ? PARA : 0) |
      (LAYOUT_INSIDE.has(up) ? LAYOUT_IN_TABLE : 0) |
      (up === 'TR' ? ROW : 0) |
      (up === 'TD' || up === 'TH' ? CELL : 0) |
      (up === 'IMG' ? IMAGE : 0),
    kind,
    level: kind === 'heading' ? Number(up[1]) : 0,
  };
  // Custom element names are unbounded on hostile pages.
  if (TAG_INFO.size < TAG_INFO_LIMIT) TAG_INFO.set(name, info);
  return info;
}

/** The tag flags of an element, by its local name (no upper-case copy per element). */
function tagFlags(el: Element, r: DomReads): number {
  const name = r.localName(el);
  return (TAG_INFO.get(name) ?? tagInfo(name)).flags;
}

/**
 * An empty array whose storage already holds objects. V8 starts an empty `[]` as an array of
 * small integers and converts it at the first object pushed; code optimised on a converted array
 * then met the next walker's fresh one ("wrong map") and was thrown away, during the very
 * extractions that should have run it.
 */
function objectArray<T>(): T[] {
  const a: T[] = [null as T];
  a.length = 0;
  return a;
}

/** An open element of the walk. */
/** An open element, with its weight as a container so far (its Tally, tally.ts). */
interface Frame extends Tally {
  el: Element;
  flags: number;
  /**
   * Hint of the nearest open element that has one; null until a line inside asks for it, since
   * a third of the elements with attributes hold no text and never need their class and id read.
   */
  hint: ClassHint | null;
  /** Line count when the element opened: its lines lie in [start, line count at close). */
  start: number;
}

/**
 * One pass over the page that builds the lines and, bottom-up as elements close, each element's
 * summed line weight (the region search), so no line needs an ancestor walk afterwards. The walk
 * is iterative and can stop and resume (`run` with a stop test), so the content script can spread
 * a huge page over several tasks; run to the end, it gives the same lines whatever the slicing.
 */
export class LineWalker {
  /**
   * An idle walker that lives as long as the class, so the walkers' hidden class does too. V8
   * holds an instance's final shape only through live instances: at a full GC between two
   * extractions (a page left open, a re-capture, the picker) the shape died with the last
   * walker, and every optimised method that had seen it was thrown away ("embedded weak objects
   * cleared"), so the next extraction ran unoptimised: about a fifth slower over the corpus
   * after a forced GC. It never runs and holds no page.
   */
  private static readonly shapeKeeper = new LineWalker(null as unknown as Element);

  readonly lines: Line[] = objectArray();
  /**
   * The shown images the walk met, in document order, each with the number of lines read before
   * it (`imageAt`): where an article's figures go among its lines is known without a second walk
   * of the article (figures.ts).
   */
  readonly images: Element[] = objectArray();
  readonly imageAt: number[] = [];
  private next: Node | null;
  private finished = false;
  private started = false;
  /** The DOM changed under a paused walk (a node was detached): the walk ended early. */
  disturbed = false;

  /**
   * Open elements, innermost last: one object per element rather than a push and a pop on five
   * parallel arrays, which measured slower in the walk of a freshly collected page. Entries past
   * `depth` are closed frames kept for reuse: the walk allocates one per nesting level, not one
   * per element (3% of the walk in a same-run A/B).
   */
  private readonly frames: Frame[] = objectArray();
  private depth = 0;
  /** Open block elements (frame index), with the line kind and heading level their text gets. */
  private readonly blockFrames: number[] = [];
  private readonly bKind: BlockKind[] = objectArray();
  private readonly bLevel: number[] = [];
  private linkDepth = 0;

  private pText = '';
  private pLink = 0;
  private pOwner: Element | null = null;
  private pOwnerFrame = 0;

  /**
   * The open element that holds a legal notice's heading (免责声明, 版权声明：) and so the items
   * after it, or -1; `noticeLeft` is how many more lines the notice may take. Those lines read
   * as furniture (class hint negative) although they name no notice phrase: a notice box's last
   * item ("如对稿件有疑议，请与我们联系…") is prose like any other.
   */
  private noticeFrame = -1;
  private noticeLeft = 0;

  private bestEl: Element | null = null;
  private bestScore = -Infinity;
  private bestFrom = 0;
  private bestTo = 0;

  private readonly r: DomReads;

  constructor(
    private readonly root: Element,
    private readonly opts: WalkOptions = {},
  ) {
    this.next = root;
    this.r = domReadsFor(root);
  }

  get done(): boolean {
    return this.finished;
  }

  /**
   * Walks until the end, or until `shouldStop` (asked every 256 nodes) says to pause. Returns
   * whether the walk is complete.
   */
  run(shouldStop?: () => boolean): boolean {
    let node = this.next;
    if (node && this.started && !this.intact(node)) node = this.stopDisturbed();
    this.started = true;
    const root = this.root;
    const frames = this.frames;
    const r = this.r;
    let count = 0;
    while (node) {
      if (shouldStop && (++count & 255) === 0 && shouldStop()) {
        this.next = node;
        return false;
      }
      const type = r.nodeType(node);
      if (type === 3) this.text(node as Text);
      else if (type === 1) {
        const child = this.enter(node as Element);
        if (child) {
          node = child;
          continue;
        }
      }
      node = this.advance(node, root, frames);
    }
    this.next = null;
    this.finished = true;
    return true;
  }

  /** The article container, as findRegion would find it from the lines; valid once the walk is done. */
  region(): Region {
    const lines = this.lines;
    const root = this.bestEl ?? this.root;
    const { start, end } = this.bestEl ? rangeInside(lines, root, this.bestFrom, this.bestTo, this.r) : rangeInside(lines, root, 0, lines.length, this.r);
    return { root, score: this.bestEl ? this.bestScore : -Infinity, start, end };
  }

  // text, enter and advance stay small methods rather than one loop: inlined into `run`, the
  // first call in a page (interpreted code) took 1.4x as long, and later calls were no faster.
  private text(node: Text): void {
    const t = this.r.data(node);
    // Most text starts with a visible character: only the rest pay for trim's copy.
    const c = t.charCodeAt(0);
    const visible = c < 0x2000 ? c > 32 && c !== 0xa0 && c !== 0x1680 : c > 0x3000 && c !== 0xfeff;
    if (!visible && !t.trim()) {
      if (this.pText) this.pText += ' ';
      return;
    }
    if (!this.pOwner) this.ownLine();
    this.pText += t;
    if (this.linkDepth) this.pLink += visibleLength(t);
  }

  /**
   * The next node after `from`'s subtree. The parent is the innermost open element, taken from
   * the frames rather than asked of the DOM (one call per element fewer); that the DOM still
   * matches the frames is checked when a paused walk resumes, the only time it can change.
   */
  private advance(from: Node, root: Node, frames: Frame[]): Node | null {
    let node = from;
    for (;;) {
      if (node === root) return null;
      const sibling = this.r.nextSibling(node);
      if (sibling) return sibling;
      const top = this.depth - 1;
      if (top < 0) return this.stopDisturbed();
      node = frames[top].el;
      this.close();
    }
  }

  /** A page script changed the DOM between two slices: close what is open and stop. */
  private stopDisturbed(): null {
    this.disturbed = true;
    while (this.depth) this.close();
    return null;
  }

  /** Whether the open elements and the next node still hang together as the walk left them. */
  private intact(next: Node): boolean {
    const frames = this.frames;
    const top = this.depth - 1;
    if (top < 0) return next === this.root;
    if (next.parentNode !== frames[top].el) return false;
    for (let i = top; i > 0; i--) if (frames[i].el.parentNode !== frames[i - 1].el) return false;
    return true;
  }

  /** The line that text is starting belongs to the innermost open block (or the root). */
  private ownLine(): void {
    const b = this.blockFrames.length ? this.blockFrames[this.blockFrames.length - 1] : -1;
    this.pOwnerFrame = b >= 0 ? b : 0;
    this.pOwner = b >= 0 ? this.frames[b].el : this.root;
  }

  /** Opens an element; returns its first child when the walk goes inside. */
  private enter(el: Element): Node | null {
    const r = this.r;
    const name = r.localName(el);
    const info = TAG_INFO.get(name) ?? tagInfo(name);
    const flags = info.flags;
    if (flags & SKIP) return null;
    let attributed = 0;
    let link = false;
    // Most elements carry no attribute at all: one call answers hidden, style, class and id.
    if (r.hasAttributes(el)) {
      if (isHiddenByAttributes(el, r)) return null;
      attributed = ATTRIBUTED;
      link = (flags & ANCHOR) !== 0 && r.hasAttribute(el, 'href');
    }
    if (this.opts.isHidden && this.opts.isHidden(el)) return null;
    if (flags & IMAGE && this.images.length < MAX_IMAGES) {
      this.images.push(el);
      this.imageAt.push(this.lines.length);
    }
    const top = this.depth - 1;
    if (flags & BR) {
      this.flush(top);
      return null;
    }
    if (flags & BLOCK && this.pOwner) this.flush(top);
    if (flags & TABLE && isDataTable(el, r)) {
      this.table(el, top);
      return null;
    }
    const i = top + 1;
    const frameFlags = flags | attributed | (link ? LINK : 0);
    if (i < this.frames.length) {
      const f = this.frames[i];
      f.el = el;
      f.flags = frameFlags;
      f.hint = null;
      f.score = 0;
      f.pending = 0;
      f.positive = false;
      f.committed = false;
      f.start = this.lines.length;
    } else this.frames.push({ el, flags: frameFlags, hint: null, score: 0, pending: 0, positive: false, committed: false, start: this.lines.length });
    this.depth = i + 1;
    if (flags & BLOCK) {
      const b = this.blockFrames.length - 1;
      if (info.kind) {
        this.bKind.push(info.kind);
        this.bLevel.push(info.level);
      } else if (flags & PARA || b < 0) {
        this.bKind.push('paragraph');
        this.bLevel.push(0);
      } else {
        this.bKind.push(this.bKind[b]);
        this.bLevel.push(this.bLevel[b]);
      }
      this.blockFrames.push(i);
    }
    if (link) this.linkDepth++;
    const first = r.firstChild(el);
    if (first) return first;
    this.close();
    return null;
  }

  private close(): void {
    const frames = this.frames;
    const i = this.depth - 1;
    const f = frames[i];
    const flags = f.flags;
    if (flags & LINK) this.linkDepth--;
    // A line ending at a block's close takes the block's kind but not its own class hint.
    if (flags & BLOCK) {
      if (this.pOwner) this.flush(i - 1);
      this.blockFrames.pop();
      this.bKind.pop();
      this.bLevel.pop();
    } else if (i === 0) this.flush(-1);
    if (i === this.noticeFrame) this.noticeFrame = -1;
    if (f.flags & TOUCHED) {
      const s = containerScore(f);
      // Deeper elements close first: on a tie the innermost (or earlier) container stays.
      if (s > this.bestScore) {
        this.bestScore = s;
        this.bestEl = f.el;
        this.bestFrom = f.start;
        this.bestTo = this.lines.length;
      }
      if (i > 0) {
        const up = frames[i - 1];
        mergeTally(up, f);
        up.flags |= TOUCHED;
      }
    }
    this.depth = i;
  }

  /**
   * The hint of open element `i`: its own class and id, else its nearest hinted ancestor's. A loop,
   * not recursion: a page nested 20,000 elements deep would overflow the stack.
   */
  private hintAt(i: number): ClassHint {
    let hint: ClassHint = 'none';
    let j = i;
    for (; j >= 0; j--) {
      const f = this.frames[j];
      if (f.hint !== null) {
        hint = f.hint;
        break;
      }
      const own = f.flags & ATTRIBUTED ? hintOfNames(this.r.className(f.el), this.r.id(f.el)) : 'none';
      if (own !== 'none') {
        hint = f.hint = own;
        break;
      }
    }
    for (let k = j + 1; k <= i; k++) this.frames[k].hint = hint;
    return hint;
  }

  private flush(hintFrame: number): void {
    const owner = this.pOwner;
    if (!owner) return;
    const text = squash(this.pText);
    if (text) {
      const b = this.blockFrames.length - 1;
      let hint = hintFrame >= 0 ? this.hintAt(hintFrame) : 'none';
      if (this.noticeFrame >= 0 && this.noticeLeft-- > 0) hint = 'negative';
      const line = squashedLine(text, owner, b >= 0 ? this.bKind[b] : 'paragraph', this.pLink, hint, b >= 0 ? this.bLevel[b] : 0);
      this.add(line, this.pOwnerFrame);
      // A page headline (h1) that reads 免责声明 heads no box: what follows is the page's own text.
      if (line.chars <= LEGAL_NOTICE_HEADING_MAX && line.linkChars * 2 <= line.chars && line.headingLevel !== 1 && isNoticeHeading(text))
        this.openNotice(this.pOwnerFrame);
    }
    this.pText = '';
    this.pLink = 0;
    this.pOwner = null;
  }

  /**
   * A notice's heading was read in open element `frame`: its items follow inside the element's
   * parent (the box that holds heading and items), or, in a layout table, inside the table that
   * holds the heading's row.
   */
  private openNotice(frame: number): void {
    let box = frame > 0 ? frame - 1 : frame;
    while (box > 0 && NOTICE_BOX_SKIPPED.has(this.r.localName(this.frames[box].el))) box--;
    this.noticeFrame = box;
    this.noticeLeft = LEGAL_NOTICE_MAX_ITEMS;
  }

  private add(line: Line, frame: number): number {
    const lines = this.lines;
    const w = regionWeight(line, lines.length ? lines[lines.length - 1] : undefined);
    lines.push(line);
    if (w && frame >= 0) {
      const f = this.frames[frame];
      addLine(f, w, line);
      f.flags |= TOUCHED;
    }
    return w;
  }

  /** A data table: one line per row; rows, row groups and the table compete as containers too. */
  private table(table: Element, top: number): void {
    const from = this.lines.length;
    const hint = top >= 0 ? this.hintAt(top) : 'none';
    const tallies = new Map<Element, Tally>();
    const total = newTally();
    let touched = false;
    for (const line of tableRows(table, hint, this.opts, this.r)) {
      const w = this.add(line, -1);
      if (!w) continue;
      touched = true;
      addLine(total, w, line);
      for (let el: Element | null = line.owner; el && el !== table; el = el.parentElement) {
        let t = tallies.get(el);
        if (!t) tallies.set(el, (t = newTally()));
        addLine(t, w, line);
      }
    }
    if (!touched) return;
    const to = this.lines.length;
    for (const [el, t] of tallies) this.offer(el, containerScore(t), from, to);
    this.offer(table, containerScore(total), from, to);
    if (top >= 0) {
      const f = this.frames[top];
      mergeTally(f, total);
      f.flags |= TOUCHED;
    }
  }

  private offer(el: Element, score: number, from: number, to: number): void {
    if (score <= this.bestScore) return;
    this.bestScore = score;
    this.bestEl = el;
    this.bestFrom = from;
    this.bestTo = to;
  }
}

/** [start, end) of the lines whose owner lies inside `root`, searched within [from, to). */
function rangeInside(lines: Line[], root: Element, from: number, to: number, r: DomReads): { start: number; end: number } {
  let start = from;
  while (start < to && !isInside(lines[start].owner, root, r)) start++;
  if (start >= to) return { start: 0, end: 0 };
  let end = to;
  while (end > start && !isInside(lines[end - 1].owner, root, r)) end--;
  return { start, end };
}

export function collectLines(root: Element, opts: WalkOptions = {}): Line[] {
  const walker = new LineWalker(root, opts);
  walker.run();
  return walker.lines;
}

/**
 * The element after `el` in document order once `el`'s subtree is skipped, without leaving
 * `root`. Sibling links instead of `Array.from(children)` copies: tables repeat these walks.
 */
function nextOutside(el: Element, root: Element, r: DomReads): Element | null {
  for (let e: Element | null = el; e && e !== root; e = r.parentElement(e)) {
    const sibling = r.nextElementSibling(e);
    if (sibling) return sibling;
  }
  return null;
}

function rowsOf(table: Element, r: DomReads): Element[] {
  const rows: Element[] = [];
  let el = r.firstElementChild(table);
  while (el) {
    if (tagFlags(el, r) & ROW) {
      rows.push(el);
      el = nextOutside(el, table, r);
    } else el = r.firstElementChild(el) ?? nextOutside(el, table, r);
  }
  return rows;
}

function linkTextLength(row: Element, r: DomReads): number {
  let n = 0;
  let el: Element | null = row;
  while (el) {
    if (tagFlags(el, r) & ANCHOR && r.hasAttribute(el, 'href')) {
      n += visibleLength(r.textContent(el));
      el = nextOutside(el, row, r);
    } else el = r.firstElementChild(el) ?? nextOutside(el, row, r);
  }
  return n;
}

/** A data table's row: its cells' text in order (empty cells kept, so label/value pairs line up). */
interface TableRow {
  row: Element;
  cells: string[];
  /** Every cell is a <th>: a header row. */
  allHeader: boolean;
  /** Some cell is a <th>. */
  anyHeader: boolean;
}

const TH = 'th';
/** What a label cell never holds: sentence punctuation (a trailing colon is the label's own). */
const NOT_IN_LABEL = /[，。；！？,;!?]|[:：].|^\d/;
const LABEL_COLON = /\s*[:：]$/;
/** Rows of pairs that make a label/value table. */
const MIN_PAIR_ROWS = 3;
/** Longest label cell (行政处罚决定书文号, 作出处罚决定的机关名称和日期). */
const LABEL_MAX = 20;

function isLabelCell(text: string): boolean {
  return text.length > 0 && text.length <= LABEL_MAX && !NOT_IN_LABEL.test(text);
}

/**
 * A label/value table (行政处罚信息公开表, 中标结果公告, 政府信息公开 tables): every row of several
 * cells holds label and value pairs (two cells, or four: 项目编号 | … | 采购方式 | …), each label a
 * short unpunctuated name, and no header row heads columns of values below it. A grid of
 * records (序号 | 名称 | 金额, with rows of values) is not one.
 */
function isLabelValueTable(rows: TableRow[]): boolean {
  let pairRows = 0;
  let first: TableRow | null = null;
  let headerOnTop = false;
  for (const row of rows) {
    const cells = row.cells;
    if (cells.length < 2) continue;
    if (cells.length % 2) return false;
    for (let i = 0; i < cells.length; i += 2) {
      if (!isLabelCell(cells[i]) && (cells[i] || cells[i + 1])) return false;
    }
    if (!first) {
      first = row;
      headerOnTop = row.allHeader;
    } else if (headerOnTop && !row.anyHeader) return false;
    pairRows++;
  }
  // Two rows may as well be a header over one record (项目 | 数量, 学校 | 12).
  return pairRows >= MIN_PAIR_ROWS;
}

/** A label/value row as `label：value` pairs, a pair without a value left out. */
function pairsText(cells: string[]): string {
  let out = '';
  for (let i = 0; i + 1 < cells.length; i += 2) {
    if (!cells[i + 1]) continue;
    const pair = `${cells[i].replace(LABEL_COLON, '')}：${cells[i + 1]}`;
    out = out ? `${out} ${pair}` : pair;
  }
  return out;
}

function tableRows(table: Element, hint: ClassHint, opts: WalkOptions, r: DomReads): Line[] {
  const rows: TableRow[] = [];
  for (const row of rowsOf(table, r)) {
    if (isHiddenByMarkup(row, r) || (opts.isHidden && opts.isHidden(row))) continue;
    const cells: string[] = [];
    let headers = 0;
    let filled = 0;
    for (let c = r.firstElementChild(row); c; c = r.nextElementSibling(c)) {
      if (!(tagFlags(c, r) & CELL) || isHiddenByMarkup(c, r) || (opts.isHidden && opts.isHidden(c))) continue;
      const text = squash(r.textContent(c));
      cells.push(text);
      if (text) filled++;
      if (r.localName(c) === TH) headers++;
    }
    if (!filled) continue;
    rows.push({ row, cells, allHeader: headers === cells.length, anyHeader: headers > 0 });
  }
  // The pairs are read as the page shows them, 被处罚当事人：某某商行, so that each row stands as
  // a statement of the article, as in a text copy of the page.
  const pairs = isLabelValueTable(rows);
  const out: Line[] = [];
  for (const { row, cells } of rows) {
    const text = pairs && cells.length >= 2 ? pairsText(cells) : filledCells(cells);
    if (!text) continue;
    const line = squashedLine(text, row, 'table', linkTextLength(row, r), hint, 0);
    // The colons put between label and value are ours: they weigh nothing (a row of short
    // cells is no sentence), so the region search sees the table as it did before.
    if (pairs && cells.length >= 2) line.punct -= pairCount(cells);
    out.push(line);
  }
  return out;
}

/** How many `label：value` pairs pairsText writes for a row. */
function pairCount(cells: string[]): number {
  let n = 0;
  for (let i = 0; i + 1 < cells.length; i += 2) if (cells[i + 1]) n++;
  return n;
}

/** The row's non-empty cells, space-separated, as a grid row reads. */
function filledCells(cells: string[]): string {
  let out = '';
  for (const c of cells) if (c) out = out ? `${out} ${c}` : c;
  return out;
}
