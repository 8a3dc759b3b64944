import type { Attachment, PageLink, RelatedLink } from './types';
import { alternation, ATTACHMENT_FILE_TYPES, ATTACHMENT_LABELS, COMPANION_LINK_LABELS } from './vocabulary';

/**
 * Attachments and companion links among the links extraction read in and just below the article
 * (`PageInput.links`). Pure: the content script only collects links, so the rules cost it nothing.
 */

const IMAGE_TYPES = new Set(['jpg', 'jpeg', 'png', 'gif', 'tif', 'tiff', 'bmp']);
const EXTENSION = /\.([A-Za-z0-9]{1,5})$/;
/** A list label, bracketed or not, numbered or not, with or without its colon: 附件：, 【相关解读】, 附件2： */
const labelPattern = (words: readonly string[]) => new RegExp(`^[\\s【\\[〔(（]*${alternation(words)}\\s*\\d{0,2}\\s*[】\\]〕)）]?\\s*(?:[:：]|$)`);
const ATTACHMENT_LABEL = labelPattern(ATTACHMENT_LABELS);
const COMPANION_LABEL = labelPattern(COMPANION_LINK_LABELS);
/** 附件1：…, 附件：… opening the link's own line. */
const ATTACHMENT_LINE = new RegExp(`^[\\s【\\[]*${alternation(ATTACHMENT_LABELS)}\\s*\\d{0,2}\\s*[】\\]]?\\s*[:：.、]`);
const COMPANION_LINE = new RegExp(`^[\\s【\\[]*${alternation(COMPANION_LINK_LABELS)}\\s*[】\\]]?\\s*[:：]`);

/** The kind of file a link leads to, from its URL's extension, else from the name printed; null if neither names one. */
export function fileType(url: string, text: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    path = '';
  }
  for (const s of [path, text.trim()]) {
    const m = EXTENSION.exec(s);
    const ext = m?.[1].toLowerCase();
    if (ext && ATTACHMENT_FILE_TYPES.has(ext)) return ext === 'jpeg' ? 'jpg' : ext === 'tiff' ? 'tif' : ext;
  }
  return null;
}

const WEB = /^https?:\/\//i;

export interface PageLinks {
  attachments: Attachment[];
  related: RelatedLink[];
}

/**
 * A link is an attachment when it leads to a file (its URL's extension or the name printed say
 * which kind) or stands under an attachment label (附件：, 附件1：, 相关附件); an image link only
 * under such a label or printed as a file name, since a photo in the article links to itself.
 * Below the article only listed links count: the site's footer links files and pages of its own.
 * A web link under a companion label (相关解读, 政策解读, 相关文件, 相关链接, 关联稿件) is a related
 * document: recommendation feeds (为你推荐, 相关新闻) are the site's, not the document's.
 */
export function readPageLinks(links: readonly PageLink[] | undefined): PageLinks {
  const attachments: Attachment[] = [];
  const related: RelatedLink[] = [];
  const seen = new Set<string>();
  for (const link of links ?? []) {
    if (!WEB.test(link.url) || seen.has(link.url)) continue;
    const text = link.text.trim();
    const line = link.line?.trim() ?? '';
    const label = link.label?.trim() ?? '';
    const underAttachments = ATTACHMENT_LABEL.test(label) || ATTACHMENT_LINE.test(line) || ATTACHMENT_LINE.test(text);
    const type = fileType(link.url, text);
    const printedAsFile = !!type && EXTENSION.test(text);
    // Below the article a file link counts only in an attachment list: the footer links files too (a site's ad rates).
    if (type && (underAttachments || (link.inArticle && (!IMAGE_TYPES.has(type) || printedAsFile)))) {
      seen.add(link.url);
      attachments.push({ name: text || line || fileNameOf(link.url), url: link.url, type });
    } else if (!type && underAttachments && text) {
      seen.add(link.url);
      attachments.push({ name: text, url: link.url, type: 'file' });
    } else if (!type && text.length >= 2 && (COMPANION_LABEL.test(label) || COMPANION_LINE.test(line))) {
      seen.add(link.url);
      related.push({ title: text, url: link.url });
    }
  }
  return { attachments, related };
}

function fileNameOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || url;
  } catch {
    return url;
  }
}
