import type { Block } from '../core/types';
import { classHint } from './classHints';
import { domReadsFor, type DomReads } from './domReads';
import type { Line } from './lines';
import { isInside } from './region';

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
const SPACES = /\s+/g;
const SIDES = ['width', 'height'];

/** What the page walk saw of images: each shown image, in document order, and how many lines came before it. */
export interface WalkedImages {
  /** The walk's lines, of which the kept lines are a subsequence. */
  lines: readonly Line[];
  images: readonly Element[];
  imageAt: readonly number[];
}

interface Found {
  /** Index in `kept` after which each figure goes (kept lines before it), in document order. */
  at: number[];
  imgs: Element[];
}

/**
 * The kept lines with the article's images inserted as figure blocks. `kept` is in document
 * order; `headline` is the headline's line, which an image must follow, or null. `baseOf` gives
 * the address images resolve against; it is asked only when there is an image (a DOM without
 * layout answers `baseURI` with a selector query).
 */
export function blocksWithFigures(
  root: Element,
  kept: Line[],
  headline: Line | null,
  walked: WalkedImages,
  baseOf: () => string | null,
  blockOf: (l: Line) => Block,
): Block[] {
  const blocks = kept.map(blockOf);
  // Most articles of government sites hold no image, and the walk has said so already.
  if (!kept.length || !walked.images.length) return blocks;
  const found = findImages(root, kept, headline, walked);
  if (!found.imgs.length) return blocks;
  const base = baseOf();
  const out: Block[] = [];
  let k = 0;
  for (let f = 0; f < found.imgs.length; f++) {
    const block = figureBlock(found.imgs[f], base);
    if (!block) continue;
    for (; k < found.at[f]; k++) out.push(blocks[k]);
    out.push(block);
  }
  for (; k < blocks.length; k++) out.push(blocks[k]);
  return out;
}

/**
 * The article's images among those the walk met, each with the number of kept lines it follows:
 * the lines whose element closed before it (an image inside a line's element, <p><img><br>图为…</p>,
 * goes before its text). Images count from the first kept line's element on, or after the
 * headline's element when the headline lies inside the root, up to the close of the last kept
 * line's element; none inside an element whose class names mark it as furniture (comments,
 * share, related boxes). Containment is asked only of the few images, not of every element.
 */
function findImages(root: Element, kept: Line[], headline: Line | null, walked: WalkedImages): Found {
  const r = domReadsFor(root);
  const found: Found = { at: [], imgs: [] };
  const { lines, images, imageAt } = walked;
  // Each kept line's place among the walk's lines.
  const seq: number[] = [];
  for (let i = 0, k = 0; i < lines.length && k < kept.length; i++) if (lines[i] === kept[k]) seq[k++] = i;
  if (seq.length < kept.length) return found;
  const firstOwner = kept[0].owner;
  const lastOwner = kept[kept.length - 1].owner;
  const after = headline ? headline.owner : null;
  let open = after === null || !isInside(after, root, r);
  const headlineAt = open || !headline ? -1 : lines.indexOf(headline);
  let k = 0;
  for (let i = 0; i < images.length && found.imgs.length < MAX_FIGURES; i++) {
    const img = images[i];
    const n = imageAt[i];
    while (k < seq.length && seq[k] < n) k++;
    // The last kept line's element closed before this image: the article is behind it.
    if (k === kept.length && !isInside(img, lastOwner, r)) break;
    if (!isInside(img, root, r) || inFurniture(img, root, r)) continue;
    // Past the first kept line's element's start, or past the headline's element's end.
    if (!open) open = k > 0 || isInside(img, firstOwner, r) || (headlineAt >= 0 && headlineAt < n && !isInside(img, after!, r));
    if (!open) continue;
    let passed = k;
    while (passed > 0 && isInside(img, kept[passed - 1].owner, r)) passed--;
    found.imgs.push(img);
    found.at.push(passed);
  }
  return found;
}

/** The image or an element between it and the root is marked as furniture by its class names. */
function inFurniture(img: Element, root: Element, r: DomReads): boolean {
  for (let e: Element | null = img; e && e !== root; e = r.parentElement(e)) if (r.hasAttributes(e) && classHint(e) === 'negative') return true;
  return false;
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
