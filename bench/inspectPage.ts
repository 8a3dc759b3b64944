/** Debug aid: prints what extraction read from a saved page. tsx bench/inspectPage.ts FILE... */
import { loadPage } from '../src/cli/loadPage';

for (const file of process.argv.slice(2)) {
  const input = loadPage(file, null);
  const { provenance, keywords, description, ...hints } = input.hints;
  console.log(`=== ${file}`);
  console.log(JSON.stringify(hints));
  console.log('provenance', JSON.stringify(provenance));
  console.log('before:', JSON.stringify(input.context?.before));
  console.log('after:', JSON.stringify(input.context?.after));
  console.log('blocks:', input.blocks.length, JSON.stringify(input.blocks.slice(0, 2).map((b) => b.text.slice(0, 60))));
}
