/** What crx gives a `?script&iife` import in the build: the injected file's path (jest cannot bundle it). */
export default 'src/content/content.js';
