/** crx builds `?script&iife` imports as a classic script and gives its output path (toolchain pitfall 4). */
declare module '*?script&iife' {
  const file: string;
  export default file;
}

/** True only in the test build (E2E=1): exposes hooks for what automation cannot click. */
declare const __E2E__: boolean;
