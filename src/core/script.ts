import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './scriptChars';
import type { CaptureRecord, Disclosure, OutputScript, ScriptKind } from './types';

/**
 * Script detection from characters only one script uses, and conversion through opencc-js.
 * The converters are large (cn2t > 1 MB), so they are imported lazily, on first use, and only
 * by the core (background / CLI); the content script never pulls them in.
 */
/** Below this share of the other script's characters, a text is one script (mirror sites leave strays). */
const MIXED_SHARE = 0.1;
const MIN_EVIDENCE = 3;

// One byte per CJK unified ideograph (1 traditional-only, 2 simplified-only), read by char code:
// a Set lookup per character was the costliest pass of the core on a 10 MB page. Both lists hold
// U+4E00–U+9FFF only; building the table refuses anything else, so the script tests catch a
// regenerated list that breaks this.
const FIRST = 0x4e00;
const LAST = 0x9fff;
let table: Uint8Array | null = null;
function scriptTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(LAST - FIRST + 1);
  for (const [chars, v] of [
    [TRADITIONAL_ONLY, 1],
    [SIMPLIFIED_ONLY, 2],
  ] as const)
    for (const ch of chars) {
      const c = ch.codePointAt(0)!;
      if (c < FIRST || c > LAST) throw new Error(`script character outside U+4E00–U+9FFF: ${ch}`);
      table[c - FIRST] = v;
    }
  return table;
}

export function detectScript(text: string): ScriptKind {
  const tab = scriptTable();
  let t = 0;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FIRST || c > LAST) continue;
    const v = tab[c - FIRST];
    if (v === 1) t++;
    else if (v === 2) s++;
  }
  if (t + s < MIN_EVIDENCE) return 'unknown';
  const share = t / (t + s);
  if (share >= 1 - MIXED_SHARE) return 'traditional';
  if (share <= MIXED_SHARE) return 'simplified';
  return 'mixed';
}

type Convert = (s: string) => string;
interface OpenCCModule {
  Converter: (o: { from: string; to: string }) => Convert;
}
const cache = new Map<OutputScript, Promise<Convert>>();

function moduleOf(m: unknown): OpenCCModule {
  const mod = m as Partial<OpenCCModule> & { default?: Partial<OpenCCModule> };
  const found = mod.Converter ? mod : mod.default;
  if (!found?.Converter) throw new Error('opencc-js: no Converter export');
  return found as OpenCCModule;
}

/** The converter for an output script, loaded on first use; null for 'original'. */
export function converterFor(target: OutputScript): Promise<Convert> | null {
  if (target === 'original') return null;
  let p = cache.get(target);
  if (!p) {
    p =
      target === 'simplified'
        ? import('opencc-js/t2cn').then((m) => moduleOf(m).Converter({ from: 't', to: 'cn' }))
        : import('opencc-js/cn2t').then((m) => moduleOf(m).Converter({ from: 'cn', to: target === 'traditional-hk' ? 'hk' : 'tw' }));
    cache.set(target, p);
    p.catch(() => cache.delete(target));
  }
  return p;
}

function convertDisclosure(d: Disclosure, c: (s: string) => string): Disclosure {
  const out: Disclosure = {};
  for (const [key, fact] of Object.entries(d) as [keyof Disclosure, NonNullable<Disclosure[keyof Disclosure]>][]) {
    out[key] = { ...fact, label: c(fact.label), value: c(fact.value) };
  }
  return out;
}

/** Every human-readable field of the record, names included, in the chosen script. */
export async function convertRecord(record: CaptureRecord, target: OutputScript): Promise<CaptureRecord> {
  const pending = converterFor(target);
  if (!pending) return record;
  const c = await pending;
  const opt = (s: string | null) => (s == null ? s : c(s));
  const person = <P extends { name: string; titles: string[] }>(p: P): P => ({ ...p, name: c(p.name), titles: p.titles.map(c) });
  return {
    ...record,
    siteName: opt(record.siteName),
    title: opt(record.title),
    deck: record.deck.map(c),
    source: opt(record.source),
    editor: opt(record.editor),
    authors: record.authors.map((a) => ({ ...a, name: c(a.name) })),
    body: record.body.map((b) => ({ ...b, text: c(b.text) })),
    meeting: record.meeting && {
      ...record.meeting,
      host: record.meeting.host && person(record.meeting.host),
      speakers: record.meeting.speakers.map(person),
      attendees: record.meeting.attendees.map(person),
      directives: record.meeting.directives.map(c),
      statements: record.meeting.statements.map(c),
    },
    documents: record.documents.map((d) => ({ ...d, title: c(d.title), issuer: opt(d.issuer), items: d.items.map(c) })),
    summary: record.summary.map(c),
    keywords: record.keywords.map(c),
    // Names and facts are converted; URLs are addresses and stay as they are.
    ...(record.attachments && { attachments: record.attachments.map((a) => ({ ...a, name: c(a.name) })) }),
    ...(record.related && { related: record.related.map((r) => ({ ...r, title: c(r.title) })) }),
    ...(record.disclosure !== undefined && { disclosure: record.disclosure && convertDisclosure(record.disclosure, c) }),
    script: { ...record.script, output: target },
    cleaning: {
      ...record.cleaning,
      convertedTo: target,
      ...(record.cleaning.removed ? { removed: record.cleaning.removed.map((r) => ({ ...r, text: c(r.text) })) } : {}),
    },
    ...(record.figures ? { figures: record.figures.map((f) => ({ ...f, alt: c(f.alt), caption: opt(f.caption) })) } : {}),
  };
}
