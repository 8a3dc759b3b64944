/**
 * A box drawn over a page element (the captured region, or the picker's candidate). It is our
 * own element with fixed text-free content, placed by geometry, so the page's markup is not
 * touched and its styles cannot hide the box (all: initial, max z-index, no pointer events).
 */
const ATTR = 'data-gov-news-capture-overlay';

export class Overlay {
  private box: HTMLDivElement | null = null;
  constructor(
    private readonly doc: Document,
    private readonly color: string,
  ) {}

  show(target: Element): void {
    const r = target.getBoundingClientRect();
    const view = this.doc.defaultView;
    const box = this.box ?? this.create();
    Object.assign(box.style, {
      top: `${r.top + (view?.scrollY ?? 0) - 3}px`,
      left: `${r.left + (view?.scrollX ?? 0) - 3}px`,
      width: `${r.width + 6}px`,
      height: `${r.height + 6}px`,
      display: 'block',
    });
  }

  hide(): void {
    this.box?.remove();
    this.box = null;
  }

  get visible(): boolean {
    return this.box !== null;
  }

  private create(): HTMLDivElement {
    const box = this.doc.createElement('div');
    box.setAttribute(ATTR, '');
    box.style.cssText = 'all: initial; position: absolute; z-index: 2147483647; pointer-events: none; box-sizing: border-box;';
    box.style.border = `3px solid ${this.color}`;
    box.style.background = `${this.color}22`;
    box.style.borderRadius = '4px';
    (this.doc.body ?? this.doc.documentElement).appendChild(box);
    this.box = box;
    return box;
  }
}

export function isOverlay(el: Element): boolean {
  return el.hasAttribute(ATTR);
}
