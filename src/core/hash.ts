import type { CaptureRecord } from './types';

/** SHA-256 hex through Web Crypto, which both Node (>=20) and the service worker provide. */
export async function sha256Hex(text: string): Promise<string> {
  const data = new TextEncoder().encode(text);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The one definition of the text behind `contentHash`: the stored record's body, as stored (in
 * its output script), non-empty blocks joined by '\n'. A fresh capture, an import and a
 * migration all hash this, so the same page captured twice with the same settings matches, and a
 * record keeps its hash through export and import. A capture converted to another script is
 * other text and hashes differently.
 */
export function contentHashInput(record: Pick<CaptureRecord, 'body'>): string {
  // /\S/ asks what trim() would, without copying each block.
  return record.body
    .filter((b) => /\S/.test(b.text))
    .map((b) => b.text)
    .join('\n');
}

export function contentHashOf(record: Pick<CaptureRecord, 'body'>): Promise<string> {
  return sha256Hex(contentHashInput(record));
}
