/** Debug aid: prints the lines of a saved page with weights and the chosen region. tsx bench/inspectLines.ts FILE [FROM] [TO] */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../src/cli/decode';
import { parsePage } from '../src/cli/loadPage';
import { collectLines } from '../src/extract/lines';
import { findRegion } from '../src/extract/region';
import { lineWeight } from '../src/extract/density';
const f = process.argv[2];
const { text } = decodeBytes(readFileSync(f));
const document = parsePage(text);
const start = document.body && document.body.firstChild ? document.body : document.documentElement;
console.log('body?', !!document.body, start?.tagName, text.length);
const lines = collectLines(start);
const r = findRegion(lines, start);
console.log('region', r.root.tagName, r.root.getAttribute('class'), r.root.getAttribute('id'), r.score, r.start, r.end, lines.length);
const lo = Number(process.argv[3] ?? 0),
  hi = Number(process.argv[4] ?? 1e9);
lines.forEach((l, i) => {
  if (i >= lo && i < hi)
    console.log(
      i,
      i >= r.start && i < r.end ? '*' : ' ',
      lineWeight(l).toFixed(0),
      l.hint[0],
      l.kind[0],
      l.owner.tagName + '.' + (l.owner.getAttribute('class') ?? '').slice(0, 20),
      l.text.slice(0, 90),
    );
});
