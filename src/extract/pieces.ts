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
