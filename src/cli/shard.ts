/**
 * `--shard I/N`: machine I of N takes the inputs whose key hashes to I. A hash of the key, not a
 * position in the list, so each machine decides alone and the same input goes to the same
 * machine whatever order the others list their inputs in: together the N shards cover every
 * input exactly once.
 */
export interface Shard {
  /** 1 to count. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

/** FNV-1a over the key's UTF-16 code units: stable across machines, runs and Node versions. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function inShard(key: string, shard: Shard | null): boolean {
  return !shard || keyHash(key) % shard.count === shard.index - 1;
}
