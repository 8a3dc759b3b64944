/**
 * The settings' export fields as the exporters take them. Ticking every choosable field (the
 * default) means "the whole record": that becomes `undefined`, so CSV keeps the columns no one
 * can tick (contentHash, cleaning, extractor, ...) and the file re-imports whole. Only a narrower
 * choice narrows the columns.
 */
export function exportFieldsOption(chosen: readonly string[], choosable: readonly string[]): readonly string[] | undefined {
  return choosable.every((f) => chosen.includes(f)) ? undefined : chosen;
}
