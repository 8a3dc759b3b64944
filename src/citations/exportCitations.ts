import { exportRecords, type ExportFile, type ExportOptions } from '../core/export';
import { CITATION_FORMATS, toCsl, type CitationFormat } from '../core/export/citation';
import { exportFileName, FORMAT_MIME, type ExportFormat } from '../core/export/fileName';
import type { CaptureRecord } from '../core/types';

/**
 * citation-js, loaded with import() on first use: in the popup, the history page and the CLI.
 * Not under src/core or src/background, whose dynamic imports the build makes static for the
 * service worker (vite.config.ts), so the library stays a chunk of its own that only a citation
 * export loads. Its URL fetching (node-fetch, sync-fetch) is never used here: we give it data,
 * and the extension build points those modules at the browser's fetch (vite.config.ts).
 */
type CiteModule = typeof import('@citation-js/core');
let loading: Promise<CiteModule> | null = null;

/** citation-js with the RIS and BibTeX plugins, loaded once. */
export function loadCitationJs(): Promise<CiteModule> {
  loading ??= (async () => {
    const core = await import('@citation-js/core');
    await import('@citation-js/plugin-ris');
    await import('@citation-js/plugin-bibtex');
    const bib = core.plugins.config.get('@bibtex').format;
    // Chinese titles and names are kept as they are (the default spells non-ASCII as LaTeX
    // commands and loses Han characters), and the record id is the citation key.
    bib.asciiOnly = false;
    bib.useIdAsLabel = true;
    return core;
  })();
  return loading;
}

/**
 * The records as a citation file. BibTeX is written in the biblatex dialect (`@online` with
 * `date`, `urldate`, `organization`): classic BibTeX has no field for a day's date or the access
 * date, and biber, Zotero and JabRef read these.
 */
export async function recordsToCitation(records: readonly CaptureRecord[], format: CitationFormat): Promise<string> {
  const { Cite } = await loadCitationJs();
  const cite = new Cite(records.map(toCsl));
  if (format === 'csl-json') return `${cite.format('data', { format: 'text' })}\n`;
  const text = cite.format(format === 'ris' ? 'ris' : 'biblatex', { format: 'text' });
  return text.endsWith('\n') ? text : `${text}\n`;
}

function isCitation(format: ExportFormat): format is CitationFormat {
  return (CITATION_FORMATS as readonly string[]).includes(format);
}

/** exportRecords for every format: a citation format loads citation-js first. */
export async function exportRecordsAsync(records: readonly CaptureRecord[], format: ExportFormat, opts: ExportOptions = {}): Promise<ExportFile> {
  if (!isCitation(format)) return exportRecords(records, format, opts);
  const text = await recordsToCitation(records, format);
  return { fileName: exportFileName(records, format, opts.now), mime: `${FORMAT_MIME[format]};charset=utf-8`, text };
}
