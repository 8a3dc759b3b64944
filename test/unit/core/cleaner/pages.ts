import { Reading } from '../../../../src/core/cleaner/reading';
import { readCleanerPage, type CleanerPage } from '../../../../src/core/cleaner/textLines';
import { pageInputFromText } from '../../../../src/core/textCapture';
import type { PageHints, PageInput } from '../../../../src/core/types';

/*
 * Invented pages for the cleaner's stages: a county's news in a few lines, as a text capture
 * (the whole page, one line a block) or as the blocks the page reader sends from HTML.
 */

export const P1 = '3月4日上午，县长林晓岚主持召开县政府常务会议，研究部署春耕备耕和农田水利建设工作。';
export const P2 = '会议指出，各乡镇要抓紧整修渠道、检修泵站，确保春灌用水及时足量，不误农时。';
export const P3 = '会议要求，县农业农村局要加强农资市场监管，严厉打击假冒伪劣种子化肥，保障农民利益。';
export const HEADLINE = '县政府召开常务会议部署春耕备耕工作';
export const INFO = '发布时间：2024-03-05 09:30 来源：示例县融媒体中心';

export interface Staged {
  input: PageInput;
  page: CleanerPage;
  reading: Reading;
}

/** A text capture of these lines, ready for a stage. */
export function textCapture(lines: readonly string[]): Staged {
  const input = pageInputFromText(lines.join('\n'));
  const { page, pinyinRemoved } = readCleanerPage(input);
  return { input, page, reading: new Reading(pinyinRemoved) };
}

/** Extracted HTML blocks (paragraphs) with the page reader's hints. */
export function extractedBlocks(texts: readonly string[], hints: PageHints = {}, documentTitle: string | null = null): Staged {
  const input: PageInput = { url: null, format: 'html', documentTitle, hints, blocks: texts.map((text) => ({ text, kind: 'paragraph' as const })) };
  const { page, pinyinRemoved } = readCleanerPage(input);
  return { input, page, reading: new Reading(pinyinRemoved) };
}

/** The lines a stage moved out of the body, as text and kind, before they are placed. */
export function dropped(s: Staged): Array<[string, string]> {
  return s.reading.finish([], []).removed.map((r) => [r.text, r.kind]);
}
