import { readFileSync } from 'node:fs';
import { parsePage } from './src/cli/loadPage';
import { extractPage } from './src/extract/extractPage';
const input = extractPage(parsePage(readFileSync(process.argv[2], 'utf8')), null);
console.log(JSON.stringify(input.hints, null, 1).slice(0, 800), input.context);
