/**
 * node-fetch for citation-js in the extension build (vite.config.ts aliases it here): the pages
 * have fetch, and node-fetch's Node entry would pull Node modules into the bundle. citation-js
 * fetches only when given a URL as input, which we never do.
 */
export default function fetchShim(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return globalThis.fetch(input, init);
}
export const Headers = globalThis.Headers;
