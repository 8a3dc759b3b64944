/**
 * In-page side of `npm run bench:browser`, bundled to an IIFE (`__bench`) and evaluated in each
 * page after load. It times the project's extractPage, Readability.js on a clone of the document
 * (Readability mutates what it reads) and a plain text walk, interleaved, on the same document.
 */
interface Extracted {
  blocks: unknown[];
  hints: { isArticle?: boolean | null };
}
interface Ours {
  extractPage(doc: Document, url: string | null): Extracted;
  extractPageSliced(doc: Document, url: string | null): Promise<Extracted>;
}
interface ReadabilityGlobal {
  Readability: new (doc: Document) => { parse(): { textContent?: string | null } | null };
}
const g = globalThis as unknown as { __ours: Ours; __readability: ReadabilityGlobal };

function collectGarbage(): void {
  (globalThis as unknown as { gc?: () => void }).gc?.();
}

export function textWalk(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (walker.nextNode()) chars += (walker.currentNode.nodeValue ?? '').length;
  return chars;
}

export function countNodes(doc: Document): { nodes: number; elements: number } {
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ALL);
  let nodes = 1;
  let elements = 1;
  while (walker.nextNode()) {
    nodes++;
    if (walker.currentNode.nodeType === 1) elements++;
  }
  return { nodes, elements };
}

export interface PageTiming {
  ours: number[];
  readability: number[];
  clone: number[];
  walk: number[];
  nodes: number;
  elements: number;
  blocks: number;
  isArticle: boolean | null;
  readabilityFound: boolean;
  errors: string[];
}

/**
 * `1 + warmup + reps` rounds: round 0 is the first call in this page, reported apart; the next
 * `warmup` rounds let the JIT finish optimising each contender (their times are kept, and the
 * caller leaves them out of the warm figures), the last `reps` are the warm runs.
 */
export function measurePage(reps: number, withReadability = true, warmup = 0): PageTiming {
  const out: PageTiming = {
    ours: [],
    readability: [],
    clone: [],
    walk: [],
    ...countNodes(document),
    blocks: 0,
    isArticle: null,
    readabilityFound: false,
    errors: [],
  };
  const url = location.href;
  for (let round = 0; round <= warmup + reps; round++) {
    // Rotate the order so no contender always runs on a cache the previous one warmed.
    const steps = [
      () => {
        const t0 = performance.now();
        try {
          const input = g.__ours.extractPage(document, url);
          out.ours.push(performance.now() - t0);
          out.blocks = input.blocks.length;
          out.isArticle = input.hints.isArticle ?? null;
        } catch (e) {
          out.ours.push(performance.now() - t0);
          if (round === 0) out.errors.push(`extractPage: ${(e as Error).message}`);
        }
      },
      () => {
        if (!withReadability) return;
        const c0 = performance.now();
        const clone = document.cloneNode(true) as Document;
        const t0 = performance.now();
        out.clone.push(t0 - c0);
        try {
          const article = new g.__readability.Readability(clone).parse();
          out.readability.push(performance.now() - t0);
          out.readabilityFound = !!article?.textContent;
        } catch (e) {
          out.readability.push(performance.now() - t0);
          if (round === 0) out.errors.push(`Readability: ${(e as Error).message}`);
        }
      },
      () => {
        const t0 = performance.now();
        textWalk(document);
        out.walk.push(performance.now() - t0);
      },
    ];
    for (let k = 0; k < steps.length; k++) {
      // A collection before each timed step (Chromium runs with --expose-gc), so one
      // contender's garbage is not collected on another's clock.
      collectGarbage();
      steps[(k + round) % steps.length]();
    }
  }
  return out;
}

export interface HugeRun {
  ms: number;
  longTasks: number[];
  blocks: number;
  error: string | null;
  nodes: number;
  /** The extraction's result, for timing the core on it in Node. */
  input: Extracted | null;
}

/**
 * Runs extraction as the content script does (the time-sliced extractPageSliced, or the one-task
 * extractPage with `sliced` false), starting in a task of its own, with a long-task observer
 * watching the main thread, and reports every long task (> 50 ms) seen until it settles.
 */
export function measureInTask(sliced = true): Promise<HugeRun> {
  return new Promise((resolve) => {
    const longTasks: number[] = [];
    let observer: PerformanceObserver | null = null;
    try {
      observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks.push(e.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
    } catch {
      observer = null;
    }
    const { nodes } = countNodes(document);
    setTimeout(async () => {
      const t0 = performance.now();
      let input: Extracted | null = null;
      let error: string | null = null;
      try {
        input = sliced ? await g.__ours.extractPageSliced(document, location.href) : g.__ours.extractPage(document, location.href);
      } catch (e) {
        error = (e as Error).message;
      }
      const ms = performance.now() - t0;
      // Long-task entries are delivered after the task ends: give them two frames to arrive.
      setTimeout(() => {
        setTimeout(() => {
          observer?.disconnect();
          resolve({ ms, longTasks: observer ? longTasks : [-1], blocks: input?.blocks.length ?? 0, error, nodes, input });
        }, 100);
      }, 0);
    }, 0);
  });
}

interface ScriptGlobal {
  converterFor(target: string): Promise<(s: string) => string> | null;
}

/** First conversion includes loading the dictionaries, as the background's first capture does. */
export async function measureConversion(target: string, text: string): Promise<{ loadAndFirst: number; warm: number; chars: number }> {
  const script = (globalThis as unknown as { __script: ScriptGlobal }).__script;
  const t0 = performance.now();
  const convert = await script.converterFor(target);
  if (!convert) throw new Error(`no converter for ${target}`);
  convert(text);
  const t1 = performance.now();
  convert(text);
  const t2 = performance.now();
  return { loadAndFirst: t1 - t0, warm: t2 - t1, chars: text.length };
}
