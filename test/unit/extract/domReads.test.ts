import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { DomReads } from '../../../src/extract/domReads';
import type { PageInput } from '../../../src/core/types';
import { govPage } from './doms';

const HTML = `<!DOCTYPE html><html><body><div id="main" class="article content"><p hidden style="color:red">一段<b>文字</b></p>
<form id="f1" class="search"><input name="id"><input name="className"></form>
<svg class="icon-share" viewBox="0 0 1 1"><circle r="1"></circle></svg><a href="/x">链接</a> 尾</div></body></html>`;

type Globals = Record<'Node' | 'Element' | 'CharacterData', unknown>;

/** Loads the module afresh with the given DOM constructors as globals (a browser's, here jsdom's). */
function withGlobals<T>(globals: Globals | null, load: () => T): T {
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = { Node: g.Node, Element: g.Element, CharacterData: g.CharacterData };
  if (globals) Object.assign(g, globals);
  try {
    let out!: T;
    jest.isolateModules(() => {
      out = load();
    });
    return out;
  } finally {
    Object.assign(g, saved);
    for (const k of Object.keys(saved) as Array<keyof typeof saved>) if (saved[k] === undefined) delete g[k];
  }
}

function readAll(r: DomReads, doc: Document) {
  const main = doc.getElementById('main')!;
  const p = main.querySelector('p')!;
  const form = main.querySelector('form')!;
  const svg = main.querySelector('svg')!;
  const text = p.firstChild as Text;
  return {
    mainType: r.nodeType(main),
    textType: r.nodeType(text),
    data: r.data(text),
    localName: r.localName(p),
    tagName: r.tagName(p),
    hasAttributes: [r.hasAttributes(main), r.hasAttributes(p.querySelector('b')!)],
    hidden: r.hasAttribute(p, 'hidden'),
    style: r.getAttribute(p, 'style'),
    first: r.firstChild(p) === text,
    next: r.nextSibling(text) === p.querySelector('b'),
    parent: r.parentElement(p) === main,
    className: r.className(main),
    id: r.id(main),
    formId: r.id(form),
    formClass: r.className(form),
    svgClass: r.className(svg),
    text: r.textContent(p),
  };
}

const EXPECTED = {
  mainType: 1,
  textType: 3,
  data: '一段',
  localName: 'p',
  tagName: 'P',
  hasAttributes: [true, false],
  hidden: true,
  style: 'color:red',
  first: true,
  next: true,
  parent: true,
  className: 'article content',
  id: 'main',
  // A form's named controls shadow its id and className properties; the reads give the attributes.
  formId: 'f1',
  formClass: 'search',
  // SVG's className property is an object; the reads give the attribute string.
  svgClass: 'icon-share',
  text: '一段文字',
};

describe('domReadsFor', () => {
  it('reads nodes by property where the DOM is not the global one (linkedom in Node)', () => {
    const doc = parseHTML(HTML).document;
    const r = withGlobals(null, () => (require('../../../src/extract/domReads') as typeof import('../../../src/extract/domReads')).domReadsFor(doc.body));
    expect(r.checkVisibility).toBeNull();
    expect(readAll(r, doc)).toEqual(EXPECTED);
  });

  it('calls the prototype accessors for nodes of the global DOM, with the same answers', () => {
    const dom = new JSDOM(HTML);
    const w = dom.window;
    // The globals are read at the first call, so both calls happen while they are set.
    const [r, other] = withGlobals({ Node: w.Node, Element: w.Element, CharacterData: w.CharacterData }, () => {
      const { domReadsFor } = require('../../../src/extract/domReads') as typeof import('../../../src/extract/domReads');
      // A node of another DOM (linkedom) gets the property reads instead.
      return [domReadsFor(w.document.body), domReadsFor(parseHTML(HTML).document.body)];
    });
    expect(other).not.toBe(r);
    expect(readAll(r, w.document)).toEqual(EXPECTED);
    expect(readAll(other, parseHTML(HTML).document)).toEqual(EXPECTED);
  });

  it('gives the same extraction through the accessors as through properties', () => {
    const html = govPage();
    const plain = withGlobals(null, () => {
      const { extractPage } = require('../../../src/extract/extractPage') as typeof import('../../../src/extract/extractPage');
      return extractPage(new JSDOM(html).window.document, 'https://example.gov.cn/a.html');
    });
    const dom = new JSDOM(html);
    const w = dom.window;
    const viaAccessors = withGlobals({ Node: w.Node, Element: w.Element, CharacterData: w.CharacterData }, () => {
      const { extractPage } = require('../../../src/extract/extractPage') as typeof import('../../../src/extract/extractPage');
      const { domReadsFor } = require('../../../src/extract/domReads') as typeof import('../../../src/extract/domReads');
      // This run takes the accessor path: not the reads a linkedom node gets.
      expect(domReadsFor(w.document.body)).not.toBe(domReadsFor(parseHTML(html).document.body as unknown as Node));
      return extractPage(w.document, 'https://example.gov.cn/a.html');
    }) as PageInput;
    expect(viaAccessors.hints.title).toBe('市政府召开常务会议 研究部署安全生产工作');
    expect(viaAccessors.blocks.length).toBeGreaterThan(2);
    expect(viaAccessors).toEqual(plain);
  });
});
