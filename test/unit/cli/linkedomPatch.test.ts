import { parsePage } from '../../../src/cli/loadPage';

/**
 * patches/linkedom+0.18.15.patch (applied by patch-package at install): linkedom's EventTarget
 * made a listeners' Map for every node it built, attributes included, which made the garbage
 * collector the largest cost of a batch (docs/performance.md). The map is now made at the first
 * addEventListener; events work as before.
 */
describe('linkedom as patched at install', () => {
  it('builds a page without a Map per node', () => {
    const RealMap = globalThis.Map;
    let made = 0;
    class CountingMap<K, V> extends RealMap<K, V> {
      constructor(entries?: readonly (readonly [K, V])[] | null) {
        super(entries);
        made++;
      }
    }
    const rows = Array.from({ length: 200 }, (_, i) => `<p class="c${i}">段落 ${i}</p>`).join('');
    globalThis.Map = CountingMap as MapConstructor;
    try {
      parsePage(`<html><head><title>t</title></head><body>${rows}</body></html>`);
    } finally {
      globalThis.Map = RealMap;
    }
    // 200 paragraphs, their text and class attributes: 600 nodes, each a Map before the patch.
    expect(made).toBeLessThan(50);
  });

  it('still adds, dispatches and removes listeners, and removes none from a node that has none', () => {
    const doc = parsePage('<html><body><div id="a"><p id="b">x</p></div></body></html>');
    const outer = doc.getElementById('a')!;
    const inner = doc.getElementById('b')!;
    const seen: string[] = [];
    const onOuter = (e: Event) => seen.push(`outer:${(e.target as Element).id}`);
    outer.addEventListener('ping', onOuter);
    inner.addEventListener('ping', () => seen.push('inner'));
    inner.dispatchEvent(new (doc.defaultView as unknown as { Event: typeof Event }).Event('ping', { bubbles: true }));
    expect(seen).toEqual(['inner', 'outer:b']);
    outer.removeEventListener('ping', onOuter);
    inner.dispatchEvent(new (doc.defaultView as unknown as { Event: typeof Event }).Event('ping', { bubbles: true }));
    expect(seen).toEqual(['inner', 'outer:b', 'inner']);
    expect(() => doc.body.removeEventListener('ping', onOuter)).not.toThrow();
  });
});
