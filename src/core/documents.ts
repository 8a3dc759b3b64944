import { toIsoDate } from './dates';
import { hasSentenceEnd } from './text';
import type { Block, EmbeddedDocument } from './types';

/**
 * Official documents printed inside an article (通告, 通知, 公告…): a standalone title line
 * naming the document type, numbered items (一、二、…), and often a closing issuer line and a
 * date line. Item continuation lines (the text under a short "一、现场采样时间") join their item.
 */
const DOC_TITLE = /(?:通告|通知|公告|通报|通報|决定|決定|办法|辦法|意见|意見|倡议书|倡議書|公开信|公開信|告知书|告知書|命令|令)$/u;
const ITEM = /^[一二三四五六七八九十]{1,3}[、.．]/u;
const ISSUER =
  /(?:领导小组|領導小組|委员会|委員會|人民政府|政府|办公室|辦公室|指挥部|指揮部|办公厅|辦公廳|局|厅|廳|委|中心|公司|协会|協會|法院|检察院|檢察院|管委会|管委會)$/u;
const BARE_DATE = /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/u;

function isDocTitle(text: string): boolean {
  return text.length >= 4 && text.length <= 60 && !hasSentenceEnd(text) && !/[:：]$/.test(text) && DOC_TITLE.test(text);
}

/**
 * The documents printed in the body; when there is none and the page's own headline names a
 * document (关于…的通知), the page is that document, read the same way under its headline.
 */
export function extractDocuments(body: Block[], pageTitle: string | null = null): EmbeddedDocument[] {
  const lines = body.map((b) => b.text.trim());
  const docs = documentsIn(lines);
  const title = pageTitle?.trim();
  if (docs.length || !title || !isDocTitle(title)) return docs;
  return documentsIn([title, ...lines]);
}

function documentsIn(lines: string[]): EmbeddedDocument[] {
  const docs: EmbeddedDocument[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isDocTitle(lines[i])) continue;
    const doc: EmbeddedDocument = { title: lines[i], issuer: null, date: null, items: [] };
    let j = i + 1;
    let lastItemShort = false;
    let continued = false;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (isDocTitle(line)) break;
      if (ITEM.test(line)) {
        doc.items.push(line);
        lastItemShort = !hasSentenceEnd(line) && line.length <= 30;
        continued = false;
        continue;
      }
      if (BARE_DATE.test(line)) {
        doc.date = toIsoDate(line)?.iso.slice(0, 10) ?? null;
        j++;
        break;
      }
      if (!hasSentenceEnd(line) && line.length <= 40 && ISSUER.test(line) && j + 1 < lines.length && BARE_DATE.test(lines[j + 1])) {
        doc.issuer = line;
        continue;
      }
      if (doc.items.length && lastItemShort && !continued) {
        doc.items[doc.items.length - 1] += ` ${line}`;
        continued = true;
        continue;
      }
      // Preamble and closing lines are allowed; a second paragraph after the items ends the document.
      if (doc.items.length && continued) break;
      if (doc.items.length && !lastItemShort && hasSentenceEnd(line) && j + 1 < lines.length && !ITEM.test(lines[j + 1]) && !ISSUER.test(lines[j + 1])) {
        // The document's closing sentence ("本通告自发布之日起施行").
        continue;
      }
    }
    if (doc.items.length) {
      docs.push(doc);
      i = j - 1;
    }
  }
  return docs;
}
