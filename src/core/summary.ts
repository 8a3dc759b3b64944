import type { Block } from './types';

/**
 * Extractive summary: TextRank over the article's sentences (split at 。！？), with sentence
 * similarity from shared words (Intl.Segmenter), biased towards the lead and towards the
 * meeting's own statements (会议强调 / 指出). Sentences are returned verbatim, in article order,
 * so the summary never holds text the article does not contain.
 */
const DAMPING = 0.85;
const ITERATIONS = 40;
const MIN_SENTENCE_CHARS = 12;
/** TextRank is quadratic in sentences: a very long page is ranked over its first sentences only. */
const MAX_SENTENCES = 150;
const MAX_RANKED_SENTENCES = 400;
const MAX_BAG_CHARS = 600;
const STATEMENT = /(?:会议|會議)(?:强调|強調|指出|要求|认为|認為)|(?:强调|強調|指出)[，,:：]/u;

export function splitSentences(text: string): string[] {
  return [...sentencesOf(text)];
}

/** Sentences one at a time, so a caller that needs the first few does not split a huge block. */
function* sentencesOf(text: string): Generator<string> {
  // A sentence ends at 。！？ (and any closing quotes after it).
  const re = /[^。！？!?]+(?:[。！？!?]+[”’」』"]?|$)/gu;
  for (const m of text.matchAll(re)) {
    const s = m[0].trim();
    if (s) yield s;
  }
}

let segmenter: Intl.Segmenter | null | undefined;
function words(s: string): Set<string> {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    } catch {
      segmenter = null;
    }
  }
  const out = new Set<string>();
  if (segmenter) {
    for (const seg of segmenter.segment(s)) if (seg.isWordLike && seg.segment.length >= 2) out.add(seg.segment);
  } else {
    // Without ICU word data, character bigrams stand in for words.
    const t = s.replace(/[^\p{L}\p{N}]/gu, '');
    for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  }
  return out;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size < 2 || b.size < 2) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (Math.log(a.size) + Math.log(b.size));
}

/**
 * A line that introduces what follows: addressees (各区人民政府，市政府各部门：) or a short lead-in,
 * one clause list ending in a colon. A long lead paragraph ending in 如下： holds sentences and stays.
 */
const ENDS_IN_COLON = /^[^:：。！？!?]{3,80}[：:]$/u;
/** A sentence end anywhere in a paragraph: without one, a short paragraph is no prose. */
const SENTENCE_END = /[。！？!?]/u;
/** Short paragraphs without a sentence end: a signature (某某市安全生产委员会办公室), a date, a deck line. */
const MAX_UNPUNCTUATED_CHARS = 40;
/** A photo caption printed as a paragraph: 图为…, 图：…, ▲…, （摄影…）, 图片来源…. */
const CAPTION = /^\s*(?:[▲△▼◆]|(?:图为|圖為|图：|圖：|图:|圖:|图片来源|圖片來源|(?:[（(]\s*)?(?:摄影|攝影|图片|圖片)\s*[：:/／\s]))/u;
const OPENING = '（(【〔[';
const CLOSING = '）)】〕]';
const TRAILING_STOP = /[。；;]$/u;

/** A note wholly in brackets, nested ones too: （责任单位：市住建局，各区（市）政府）, （此件公开发布）. */
function isBracketedNote(s: string): boolean {
  const t = s.replace(TRAILING_STOP, '');
  if (t.length < 2 || !OPENING.includes(t[0]) || !CLOSING.includes(t[t.length - 1])) return false;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (OPENING.includes(t[i])) depth++;
    else if (CLOSING.includes(t[i])) depth--;
    // The brackets close before the end: a sentence that opens with a bracketed part.
    if (depth === 0 && i < t.length - 1) return false;
  }
  return depth === 0;
}
/**
 * The dateline that opens a news report: 本报讯（记者 林晓岚）, 某某网讯, 新华社北京5月10日电
 * （记者 张三）. The sentence after it is the lead; the dateline is not summary text.
 */
const DATELINE =
  /^(?:\p{Script=Han}{1,12}(?:讯|訊)(?=\s*[（(\d\p{Script=Han}])|\p{Script=Han}{0,12}\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電))\s*(?:[（(][^）)]{1,40}[）)])?\s*/u;
const ENDS_WITH_XUN = /^\p{Script=Han}{1,12}(?:讯|訊)/u;
/** Words that end a dateline's outlet name: …报讯, …网讯, …台讯, 本报讯; not 通讯, 资讯, 快讯 alone. */
const DATELINE_OUTLET = /(?:本报|本報|报|報|网|網|台|社|刊|端|号|號|站)(?:讯|訊)/u;

/**
 * Whether a body block is one of the article's content paragraphs, the only source of summary
 * sentences: not a heading, a caption, an addressee or lead-in line, a signature or date line,
 * or a deck line.
 */
export function isContentParagraph(b: Block, deck: ReadonlySet<string> = new Set()): boolean {
  if (b.kind === 'heading' || b.kind === 'caption') return false;
  const text = b.text.trim();
  if (deck.has(text)) return false;
  if (ENDS_IN_COLON.test(text)) return false;
  if (text.length <= MAX_UNPUNCTUATED_CHARS && !SENTENCE_END.test(text)) return false;
  if (CAPTION.test(text)) return false;
  return true;
}

/** A sentence as the summary may quote it: without a dateline before it; null for a bracketed note. */
export function contentSentence(s: string): string | null {
  if (isBracketedNote(s)) return null;
  const m = DATELINE.exec(s);
  if (m && m[0].length < s.length && (!ENDS_WITH_XUN.test(m[0]) || DATELINE_OUTLET.test(m[0]))) return s.slice(m[0].length);
  return s;
}

export function summarize(body: Block[], count: number, deck: readonly string[] = []): string[] {
  const sentences: { text: string; para: number }[] = [];
  const deckLines = new Set(deck.map((d) => d.trim()));
  body.forEach((b, para) => {
    if (!isContentParagraph(b, deckLines)) return;
    for (const raw of sentencesOf(b.text)) {
      if (sentences.length >= MAX_SENTENCES) return;
      const s = contentSentence(raw);
      if (s && s.length >= MIN_SENTENCE_CHARS) sentences.push({ text: s, para });
    }
  });
  sentences.length = Math.min(sentences.length, MAX_SENTENCES);
  // TextRank keeps an n×n weight matrix: 80,000 sentences (a pasted log, a huge page) need
  // tens of GB and kill the worker. Summaries lean on the lead anyway, so rank the first ones.
  if (sentences.length > MAX_RANKED_SENTENCES) sentences.length = MAX_RANKED_SENTENCES;
  const n = sentences.length;
  const want = Math.max(1, Math.min(count, n));
  if (n <= want) return sentences.map((s) => s.text);

  // ICU word segmentation is superlinear on long unpunctuated runs: one 100,000-character line
  // took 27 s in the service worker (hostile-page e2e). A sentence's opening is enough for TextRank.
  const bags = sentences.map((s) => words(s.text.slice(0, MAX_BAG_CHARS)));
  const weights: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const outSum = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const w = similarity(bags[i], bags[j]);
      weights[i][j] = w;
      weights[j][i] = w;
      outSum[i] += w;
      outSum[j] += w;
    }
  // Personalisation: the lead and the meeting's statements get more of the random-jump mass.
  const prior = sentences.map((s, i) => 1 + (i === 0 ? 2 : s.para === 0 ? 0.5 : 0) + (STATEMENT.test(s.text) ? 1 : 0));
  const priorSum = prior.reduce((a, b) => a + b, 0);
  const jump = prior.map((p) => p / priorSum);
  let score = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = jump.map((j) => (1 - DAMPING) * j);
    for (let j = 0; j < n; j++) {
      if (!outSum[j]) {
        for (let i = 0; i < n; i++) next[i] += DAMPING * score[j] * jump[i];
        continue;
      }
      for (let i = 0; i < n; i++) if (weights[j][i]) next[i] += (DAMPING * score[j] * weights[j][i]) / outSum[j];
    }
    score = next;
  }
  const chosen = score
    .map((s, i) => ({ s: s * prior[i], i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, want)
    .map((x) => x.i)
    .sort((a, b) => a - b);
  return chosen.map((i) => sentences[i].text);
}
