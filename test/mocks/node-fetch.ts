// citation-js's core requires node-fetch (ESM only) to fetch URLs given as input; the tests give
// it text, never a URL, and Node has fetch built in.
export default globalThis.fetch;
