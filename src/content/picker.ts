import { CaptureError } from '../messaging/errors';
import { Overlay, isOverlay } from './overlay';

/** Too small to be an article body: the picker climbs from a single word or image to its block. */
const MIN_BLOCK_TEXT = 20;

/**
 * Lets the user point at the block that holds the article. Hover outlines the candidate, click
 * picks it, Esc cancels. Listeners sit in the capture phase and swallow the click, so picking
 * never follows a link or triggers the page's own handlers; all are removed when done.
 */
export function pickElement(doc: Document): Promise<Element> {
  return new Promise((resolve, reject) => {
    const overlay = new Overlay(doc, '#d93025');
    const controller = new AbortController();
    let candidate: Element | null = null;
    const finish = () => {
      controller.abort();
      overlay.hide();
    };
    const onMove = (e: MouseEvent) => {
      const el = blockAt(doc, e.clientX, e.clientY);
      if (el && el !== candidate) {
        candidate = el;
        overlay.show(el);
      }
    };
    const onClick = (e: MouseEvent) => {
      e.preventDefault();
      e.stopImmediatePropagation();
      const el = blockAt(doc, e.clientX, e.clientY) ?? candidate;
      finish();
      if (el) resolve(el);
      else reject(new CaptureError('cancelled', 'nothing was picked'));
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      finish();
      reject(new CaptureError('cancelled', 'picking cancelled'));
    };
    const opts = { capture: true, signal: controller.signal };
    doc.addEventListener('mousemove', onMove, opts);
    doc.addEventListener('click', onClick, opts);
    // Swallow the press as well, or pages that act on mousedown would still react.
    doc.addEventListener(
      'mousedown',
      (e) => {
        e.preventDefault();
        e.stopImmediatePropagation();
      },
      opts,
    );
    doc.addEventListener('keydown', onKey, opts);
  });
}

/** The element under the pointer, climbed to the nearest ancestor with enough text to be a block. */
export function blockAt(doc: Document, x: number, y: number): Element | null {
  let el = doc.elementFromPoint(x, y);
  while (el && isOverlay(el)) el = el.parentElement;
  return climbToBlock(el, doc);
}

export function climbToBlock(start: Element | null, doc: Document): Element | null {
  let el = start;
  while (el && el !== doc.body && (el.textContent ?? '').replace(/\s+/g, '').length < MIN_BLOCK_TEXT) {
    el = el.parentElement;
  }
  return el && el !== doc.documentElement ? el : null;
}
