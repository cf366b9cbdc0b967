// The service worker's runtime caches (scripts/lib/vite-pwa.ts names them
// from here): the page writes to them too, to keep what it was built from.

/** Pages (HTML) as they were read. */
export const PAGES_CACHE = 'pages';

/** Interview and library files. */
export const DATA_CACHE = 'data';

/** The search index's files. */
export const SEARCH_CACHE = 'search-index';
