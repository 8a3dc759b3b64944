/**
 * The pipeline bench:batch compares against, run as a user would script it in Node: each HTML
 * response of a WARC decoded (our decoder, so both sides read the same text), parsed by jsdom and
 * read by Readability.js, one record a line to /dev/null. A second argument reads only that many pages.
 */
import { openSync, writeSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeBytes } from '../src/cli/decode';
import { readWarc } from '../src/cli/warc';

async function main(): Promise<void> {
  const out = openSync('/dev/null', 'w');
  // Pages' own console noise and CSS parse errors are not what is measured.
  const virtualConsole = new VirtualConsole();
  let left = Number(process.argv[3] ?? Infinity);
  for await (const item of readWarc(process.argv[2])) {
    if (!item.ok) continue;
    if (left-- <= 0) break;
    const { text } = decodeBytes(item.page.bytes, { headerCharset: item.page.headerCharset });
    const dom = new JSDOM(text, { url: item.page.url, virtualConsole });
    const article = new Readability(dom.window.document).parse();
    writeSync(out, JSON.stringify({ url: item.page.url, title: article?.title ?? null, text: article?.textContent ?? null }) + '\n');
    dom.window.close();
  }
}

void main();
