import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { LineWalker } from '../src/extract/lines';
const html = readFileSync(process.argv[2], 'utf8');
const { document } = parseHTML(html);
const w = new LineWalker(document.body); w.run();
const r = w.region();
w.lines.forEach((l, i) => console.log(i, i>=r.start&&i<r.end?'R':' ', l.owner.localName, l.linkChars, JSON.stringify(l.text.slice(0,80))));
