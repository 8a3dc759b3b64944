/** The scorer's per-page fields the benches average, and their means over pages. */
export type Row = Record<string, number | null | string | boolean>;

export const SCORE_KEYS = ['bodyF1', 'bodyP', 'bodyR', 'title', 'date', 'source', 'editor', 'nonArticle'] as const;
export type Means = Record<(typeof SCORE_KEYS)[number], number | null>;

export function meanOf(rows: Row[]): Means {
  const out = {} as Means;
  for (const k of SCORE_KEYS) {
    const v = rows.map((r) => r[k]).filter((x): x is number => typeof x === 'number');
    out[k] = v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  }
  return out;
}
