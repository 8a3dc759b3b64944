/**
 * Node and element reads through the DOM prototypes' own accessors, called directly.
 *
 * Why: a property read such as `node.firstChild` in a walk sees a different hidden class for
 * every element interface (div, p, a, span, text…), so V8 turns it megamorphic and answers it
 * from a global stub cache, which every full collection empties. Right after a collection each
 * (interface, property) pair then takes a slow lookup, a fixed cost per page that dominated the
 * extraction of small pages. Calling the accessor function itself is one call site with one
 * target, whatever the node.
 *
 * Calling a native accessor directly also skips what a page can put in front of it: a
 * <form>'s named controls (`<input name="id">` makes `form.id` the input) and SVG's
 * object-valued className.
 */
export interface DomReads {
  nodeType(n: Node): number;
  data(t: CharacterData): string;
  localName(e: Element): string;
  hasAttributes(e: Element): boolean;
  hasAttribute(e: Element, name: string): boolean;
  getAttribute(e: Element, name: string): string | null;
  firstChild(n: Node): Node | null;
  nextSibling(n: Node): Node | null;
  /** The class attribute as a string ('' when absent). */
  className(e: Element): string;
  /** The id attribute as a string ('' when absent). */
  id(e: Element): string;
  parentElement(n: Node): Element | null;
  firstElementChild(e: Element): Element | null;
  nextElementSibling(e: Element): Element | null;
  tagName(e: Element): string;
  textContent(n: Node): string;
  /** Element.checkVisibility where the DOM lays pages out; null elsewhere. */
  checkVisibility: ((e: Element, options: object) => boolean) | null;
}

type VisibilityProbe = Element & { checkVisibility?: (options?: object) => boolean };

/**
 * Plain property reads: for DOMs whose nodes are not the global DOM's (linkedom in Node). The
 * reflected className and id cost less than getAttribute, but a <form> exposes its controls by
 * name and SVG's className is an object: a value that is not a string is read as the attribute.
 */
const PROPERTY_READS: DomReads = {
  nodeType: (n) => n.nodeType,
  data: (t) => t.data,
  localName: (e) => e.localName,
  hasAttributes: (e) => e.hasAttributes(),
  hasAttribute: (e, name) => e.hasAttribute(name),
  getAttribute: (e, name) => e.getAttribute(name),
  firstChild: (n) => n.firstChild,
  nextSibling: (n) => n.nextSibling,
  className: (e) => {
    const c = (e as { className?: unknown }).className;
    return typeof c === 'string' ? c : (e.getAttribute('class') ?? '');
  },
  id: (e) => {
    const i = (e as { id?: unknown }).id;
    return typeof i === 'string' ? i : (e.getAttribute('id') ?? '');
  },
  parentElement: (n) => n.parentElement,
  firstElementChild: (e) => e.firstElementChild,
  nextElementSibling: (e) => e.nextElementSibling,
  tagName: (e) => e.tagName,
  textContent: (n) => n.textContent ?? '',
  checkVisibility: null,
};

type Ctor = { prototype: object } | undefined;

function accessor(ctor: Ctor, name: string): ((this: unknown) => unknown) | null {
  if (!ctor) return null;
  const get = Object.getOwnPropertyDescriptor(ctor.prototype, name)?.get;
  return typeof get === 'function' ? get : null;
}

function nativeReads(): { reads: DomReads; node: Function } | null {
  const g = globalThis as unknown as Record<string, Ctor & Function>;
  const nodeCtor = g.Node;
  const elementCtor = g.Element;
  if (typeof nodeCtor !== 'function' || typeof elementCtor !== 'function') return null;
  const nodeType = accessor(nodeCtor, 'nodeType');
  const firstChild = accessor(nodeCtor, 'firstChild');
  const nextSibling = accessor(nodeCtor, 'nextSibling');
  const data = accessor(g.CharacterData, 'data');
  const localName = accessor(elementCtor, 'localName');
  const className = accessor(elementCtor, 'className');
  const id = accessor(elementCtor, 'id');
  const parentElement = accessor(nodeCtor, 'parentElement');
  const tagName = accessor(elementCtor, 'tagName');
  const firstElementChild = accessor(elementCtor, 'firstElementChild');
  const nextElementSibling = accessor(elementCtor, 'nextElementSibling');
  const textContent = accessor(nodeCtor, 'textContent');
  const proto = elementCtor.prototype as VisibilityProbe;
  const { hasAttributes, hasAttribute, getAttribute, checkVisibility } = proto;
  if (
    !nodeType ||
    !firstChild ||
    !nextSibling ||
    !data ||
    !localName ||
    !className ||
    !id ||
    !parentElement ||
    !firstElementChild ||
    !nextElementSibling ||
    !tagName ||
    !textContent
  )
    return null;
  if (typeof hasAttributes !== 'function' || typeof hasAttribute !== 'function' || typeof getAttribute !== 'function') return null;
  const reads: DomReads = {
    nodeType: (n) => nodeType.call(n) as number,
    data: (t) => data.call(t) as string,
    localName: (e) => localName.call(e) as string,
    hasAttributes: (e) => hasAttributes.call(e),
    hasAttribute: (e, name) => hasAttribute.call(e, name),
    getAttribute: (e, name) => getAttribute.call(e, name),
    firstChild: (n) => firstChild.call(n) as Node | null,
    nextSibling: (n) => nextSibling.call(n) as Node | null,
    className: (e) => className.call(e) as string,
    id: (e) => id.call(e) as string,
    parentElement: (n) => parentElement.call(n) as Element | null,
    firstElementChild: (e) => firstElementChild.call(e) as Element | null,
    nextElementSibling: (e) => nextElementSibling.call(e) as Element | null,
    tagName: (e) => tagName.call(e) as string,
    textContent: (n) => (textContent.call(n) as string | null) ?? '',
    checkVisibility: typeof checkVisibility === 'function' ? (e, options) => checkVisibility.call(e, options) : null,
  };
  return { reads, node: nodeCtor };
}

let native: ReturnType<typeof nativeReads> | undefined;

/** The reads for nodes of `root`'s DOM: the accessors when it is the global DOM, else property reads. */
export function domReadsFor(root: Node): DomReads {
  if (native === undefined) native = nativeReads();
  return native && root instanceof native.node ? native.reads : PROPERTY_READS;
}
