import type { Block } from '../core/types';
import { classHint } from './classHints';
import { domReadsFor } from './domReads';
import type { Line } from './lines';
import { isHiddenByMarkup } from './visibility';

/**
 * The article's images, read in place: each <img> between the headline and the body's last line
 * becomes a `figure` block (src made absolute, alt as its text) at its spot among the body's
 * lines, so the core can pair it with the caption printed under it. Images are sent as blocks of
 * the existing protocol: no library and no second message.
 */

/** Images read per page: a gallery past this is not the article's figures. */
const MAX_FIGURES = 40;
const MAX_ALT = 500;
/** An image declared smaller than this (either side, in pixels) is an icon, a bullet or a spacer. */
const MIN_SIDE = 60;
/** Lazy-loading pages keep the real address in a data attribute and a placeholder in src. */
const SRC_ATTRIBUTES = ['data-original', 'data-src', 'data-lazy-src', 'src'];
/** Image addresses that name page furniture: icons, logos, share and QR codes, spacers. */
const FURNITURE_SRC = /icon|logo|qrco+de|erweima|avatar|spacer|blank\.|pixel|loading|share|btn_|button/i;
const HTTP = /^https?:$/;
const IMG = 'img';
const SPACES = /\s+/g;
const SIDES = ['width', 'height'];

interface Walk {
  /** Index in `kept` after which each figure goes (kept lines before it), in document order. */
  at: number[];
  imgs: Element[];
}

/**
 * The kept lines with the article's images inserted as figure blocks. `kept` is in document
 * order; `after` is the element (the headline's) that an image must follow, or null. `baseOf`
 * gives the address images resolve against; it is asked only when there is an image (a DOM
 * without layout answers `baseURI` with a selector query).
 */
export function blocksWithFigures(root: Element, kept: Line[], after: Element | null, baseOf: () => string | null, blockOf: (l: Line) => Block): Block[] {
  const blocks = kept.map(blockOf);
  // Most articles of government sites hold no image: the native lookup spares them a second walk of the region.
  if (!kept.length || root.getElementsByTagName('img').length === 0) return blocks;
  const walk = findImages(root, kept, after);
  if (!walk.imgs.length) return blocks;
  const base = baseOf();
  const out: Block[] = [];
  let k = 0;
  for (let f = 0; f < walk.imgs.length; f++) {
    const block = figureBlock(walk.imgs[f], base);
    if (!block) continue;
    for (; k < walk.at[f]; k++) out.push(blocks[k]);
    out.push(block);
  }
  for (; k < blocks.length; k++) out.push(blocks[k]);
  return out;
}

/**
 * One walk of the root's elements, in document order, marking a kept line as passed when its
 * element closes: an image inside a line's element (<p><img><br>图为…</p>) goes before its text.
 */
function findImages(root: Element, kept: Line[], after: Element | null): Walk {
  const r = domReadsFor(root);
  const lastOf = new Map<Element, number>();
  for (let i = 0; i < kept.length; i++) lastOf.set(kept[i].owner, i);
  const lastOwner = kept[kept.length - 1].owner;
  const walk: Walk = { at: [], imgs: [] };
  let passed = 0;
  // Without a headline inside the root, images count from the first kept line's element on.
  let open = after === null || !root.contains(after);
  const firstOwner = kept[0].owner;
  // The element whose class names mark it as furniture (comments, share, related boxes) that the
  // walk is inside: no image there is the article's.
  let furniture: Element | null = null;
  let el: Element | null = root;
  while (el) {
    if (el === firstOwner) open = true;
    if (furniture === null && el !== root && r.hasAttributes(el) && classHint(el) === 'negative') furniture = el;
    if (r.localName(el) === IMG) {
      if (open && furniture === null && walk.imgs.length < MAX_FIGURES && !isHiddenByMarkup(el, r)) {
        walk.imgs.push(el);
        walk.at.push(passed);
      }
    }
    const child: Element | null = isHiddenByMarkup(el, r) ? null : r.firstElementChild(el);
    if (child) {
      el = child;
      continue;
    }
    // Close elements until one has a next sibling.
    for (;;) {
      const closed: Element = el;
      if (closed === furniture) furniture = null;
      const last = lastOf.get(closed);
      if (last !== undefined && last + 1 > passed) passed = last + 1;
      if (closed === after) open = true;
      if (closed === lastOwner || closed === root) return walk;
      const next = r.nextElementSibling(closed);
      if (next) {
        el = next;
        break;
      }
      const parent = r.parentElement(closed);
      if (!parent) return walk;
      el = parent;
    }
  }
  return walk;
}

function figureBlock(img: Element, base: string | null): Block | null {
  const r = domReadsFor(img);
  for (const side of SIDES) {
    const v = Number.parseInt(r.getAttribute(img, side) ?? '', 10);
    if (Number.isFinite(v) && v > 0 && v < MIN_SIDE) return null;
  }
  let raw: string | null = null;
  for (const name of SRC_ATTRIBUTES) {
    const v = r.getAttribute(img, name)?.trim();
    if (v && !v.startsWith('data:')) {
      raw = v;
      break;
    }
  }
  if (!raw || FURNITURE_SRC.test(raw)) return null;
  let src: string;
  try {
    const u = base ? new URL(raw, base) : new URL(raw);
    if (!HTTP.test(u.protocol)) return null;
    src = u.href;
  } catch {
    return null;
  }
  const alt = (r.getAttribute(img, 'alt') ?? '').replace(SPACES, ' ').trim().slice(0, MAX_ALT);
  return { text: alt, kind: 'figure', src };
}
