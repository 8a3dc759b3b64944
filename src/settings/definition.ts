import * as v from 'valibot';

/**
 * The one settings definition. Each field's schema carries its default through `v.fallback`, so a
 * missing, mistyped or out-of-range stored value falls back to the default for that field alone
 * (storage.sync is shared across machines and versions: treat it as untrusted input).
 */

export const OUTPUT_SCRIPTS = ['original', 'simplified', 'traditional-tw', 'traditional-hk'] as const;
/** Formats the background writes; the citation formats are written in extension pages (citation-js is loaded with import(), which a service worker may not call). */
export const DATA_EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'markdown'] as const;
export const EXPORT_FORMATS = [...DATA_EXPORT_FORMATS, 'ris', 'csl-json', 'bibtex'] as const;
/** Record fields a user may choose for table-like exports (CSV, Markdown); JSON always keeps all. */
export const EXPORTABLE_FIELDS = [
  'title',
  'publishedAt',
  'source',
  'editor',
  'authors',
  'deck',
  'url',
  'siteName',
  'capturedAt',
  'summary',
  'body',
  'meeting',
  'documents',
  'keywords',
  'isArticle',
] as const;

const trimmedLine = v.pipe(v.string(), v.trim(), v.maxLength(200));
const cssSelector = v.pipe(v.string(), v.trim(), v.maxLength(500));

export const SiteRuleSchema = v.object({
  /** A host name; it also covers its subdomains ("gov.cn" matches "www.gov.cn"). */
  domain: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(1), v.maxLength(253)),
  bodySelector: v.optional(cssSelector, ''),
  dropSelectors: v.optional(v.array(cssSelector), []),
});
export type SiteRule = v.InferOutput<typeof SiteRuleSchema>;

/** Drops invalid entries of a list instead of losing the whole list to one bad item. */
function listOf<T extends v.GenericSchema>(item: T) {
  return v.pipe(
    v.array(v.unknown()),
    v.transform((xs) =>
      xs.flatMap((x) => {
        const r = v.safeParse(item, x);
        return r.success ? [r.output] : [];
      }),
    ),
  );
}

export const SettingsSchema = v.object({
  outputScript: v.fallback(v.picklist(OUTPUT_SCRIPTS), 'original'),
  summarySentences: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(5)), 3),
  exportFormat: v.fallback(v.picklist(EXPORT_FORMATS), 'json'),
  exportFields: v.fallback(
    v.pipe(
      listOf(v.picklist(EXPORTABLE_FIELDS)),
      v.transform((xs) => [...new Set(xs)]),
    ),
    [...EXPORTABLE_FIELDS],
  ),
  siteRules: v.fallback(listOf(SiteRuleSchema), []),
  extraBoilerplate: v.fallback(
    v.pipe(
      listOf(trimmedLine),
      v.transform((xs) => xs.filter((x) => x.length > 0)),
    ),
    [],
  ),
  keepSnapshot: v.fallback(v.boolean(), false),
  contextMenu: v.fallback(v.boolean(), true),
  /** Read an article split over pages (第1页 2 3 下一页) as one record at every capture, not only when asked on the card. */
  followPages: v.fallback(v.boolean(), false),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SettingsSchema.entries) as SettingKey[];

/** Defaults come from the schema itself, so there is no second copy to drift. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(v.parse(SettingsSchema, {}));

/** Validates every field of a stored object; unknown keys are ignored, bad fields get defaults. */
export function parseSettings(raw: unknown): Settings {
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return v.parse(SettingsSchema, obj);
}

/** The site rule for a page: the most specific domain that matches its host. */
export function siteRuleFor(url: string | null | undefined, rules: readonly SiteRule[]): SiteRule | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  let best: SiteRule | null = null;
  for (const rule of rules) {
    const d = rule.domain.replace(/^\*?\./, '');
    if (host === d || host.endsWith(`.${d}`)) {
      if (!best || d.length > best.domain.length) best = rule;
    }
  }
  return best;
}
