const WIDE_SPACES = /[\s\u3000\u00a0]+/g;

/**
 * The text without whitespace of any width (ideographic space and NBSP included). For a line of
 * the walk, its length is the line's `chars`, which lets callers skip long lines uncopied.
 */
export function compact(s: string): string {
  return s.replace(WIDE_SPACES, '');
}

/** The pieces of a split, trimmed, with the empty ones dropped. */
export function trimmedParts(pieces: string[]): string[] {
  // A loop rather than `.map((s) => s.trim()).filter(Boolean)`: a callback made on every call
  // loses its optimised code at each garbage collection, and this runs once per line.
  const out: string[] = [];
  for (const p of pieces) {
    const t = p.trim();
    if (t) out.push(t);
  }
  return out;
}
