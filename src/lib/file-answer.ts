/**
 * Whether the site answered a request for one of its data files (an
 * interview's, the library's, the search index's) with that file: a success,
 * and not an HTML page, which a static host gives for a file it does not
 * have (its index.html with status 200, a single-page app's fallback; after
 * a new build removed the file, say). The service worker makes the same
 * check in its own source (NO_HTML_FOR_DATA_FILES, scripts/lib/vite-pwa.ts).
 */
export function isFileAnswer(response: Response): boolean {
  return response.ok && !response.headers.get('content-type')?.includes('text/html');
}
