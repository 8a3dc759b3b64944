import type { SelectorRule } from '../messaging/schemas';

/**
 * Narrows what extraction sees without copying the page: elements to drop, and everything outside
 * a chosen root, get the `hidden` attribute for the duration of one synchronous extraction (no
 * paint can happen in between), then exactly those attributes are removed again. Extraction
 * already skips `[hidden]`, so the page's own layout and scripts are never involved.
 */
export function withScope<T>(doc: Document, scope: { root?: Element | null; drop?: Element[] }, run: () => T): T {
  const touched: Element[] = [];
  const hide = (el: Element) => {
    if (el.hasAttribute('hidden')) return;
    el.setAttribute('hidden', '');
    touched.push(el);
  };
  try {
    for (const el of scope.drop ?? []) hide(el);
    const root = scope.root;
    if (root && root !== doc.body && doc.body?.contains(root)) {
      for (let node: Element | null = root; node && node !== doc.body; node = node.parentElement) {
        const parent: Element | null = node.parentElement;
        if (!parent) break;
        for (const sibling of Array.from(parent.children)) if (sibling !== node) hide(sibling);
      }
    }
    return run();
  } finally {
    for (const el of touched) el.removeAttribute('hidden');
  }
}

/**
 * The dropped elements as a test extraction asks per element, instead of `hidden` attributes: a
 * capture spread over several tasks must not leave parts of the page hidden between them.
 */
export function scopeExclusion(drop: Element[]): ((el: Element) => boolean) | undefined {
  if (!drop.length) return undefined;
  const out = new Set<Element>(drop);
  return (el) => out.has(el);
}

/** A selector from settings may be malformed: a bad one matches nothing rather than failing the capture. */
export function safeQueryAll(doc: Document, selector: string): Element[] {
  if (!selector.trim()) return [];
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function resolveRule(doc: Document, rule: SelectorRule | null): { root: Element | null; drop: Element[] } {
  if (!rule) return { root: null, drop: [] };
  const root = rule.bodySelector ? (safeQueryAll(doc, rule.bodySelector)[0] ?? null) : null;
  const drop = (rule.dropSelectors ?? []).flatMap((s) => safeQueryAll(doc, s));
  return { root, drop };
}
