import type { Plugin } from 'vite';
import { VitePWA, type VitePluginPWAAPI } from 'vite-plugin-pwa';
import {
  DATA_CACHE,
  PAGES_CACHE,
  SEARCH_CACHE,
} from '../../src/features/offline/offline-caches.ts';

// Installable and readable offline, through Workbox (vite-plugin-pwa). The
// service worker precaches the app itself (scripts, styles, icons and the
// page that boots the app), not the interviews: a library may hold
// thousands. What a reader opens is kept as they open it:
//
// - pages, interview and library files, and the search index's entry files:
//   from the network first, so a reader gets the current text, and from the
//   cache when offline or when the network takes too long; the index's
//   chunks, named by their content, from the cache once saved;
// - the same page with other parameters (a lesson link, a search) is the same
//   HTML, so it is found too; a page never opened falls back to the app's
//   shell, which renders from saved data or says the interview is not saved.
//
// Registration is in src/features/offline (no inline script, for the CSP);
// a new version waits until the reader chooses to reload.

/**
 * The page that boots the app without data of its own (the prerender's
 * 404.html renders on the client): what a page never opened falls back to
 * offline, to render from saved files or say it is not saved.
 */
export const OFFLINE_SHELL = '404.html';

/**
 * A Workbox plugin that keeps no HTML page in place of a data file (an
 * interview's, the library's or the search index's): a static host that
 * answers a missing file with its index.html and status 200 (a single-page
 * app's fallback; after a new build removed the file, say) would have that
 * page kept under the file's name and given offline: a reader would be told
 * the interview does not exist rather than that it is not saved, and every
 * search that needs an index file taken from the cache first would fail for
 * good. It also keeps what the default would: answers of status 200 only (a
 * plugin of this hook replaces that default). Copied into the service worker
 * as its source: it uses nothing from around it (so it cannot import the
 * page's and search worker's same check, src/lib/file-answer.ts).
 */
const NO_HTML_FOR_DATA_FILES = {
  cacheWillUpdate: ({ response }: { response: Response }) =>
    Promise.resolve(
      response.status === 200 && !response.headers.get('content-type')?.includes('text/html')
        ? response
        : null,
    ),
};

/**
 * The library's first page (the prerendered index.html, precached), given
 * offline for the site's root when the reader never had it open under the
 * worker: a reader who opened an interview only would otherwise find the
 * library "not saved". A root kept as read (the pages cache) comes first, as
 * it may be newer. Only a path ending in '/' can be the root; below it no
 * index.html is precached, so nothing matches and the shell follows.
 * Copied into the service worker as its source (it uses nothing around it).
 */
const LIBRARY_OFFLINE = {
  handlerDidError: ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    return url.pathname.endsWith('/')
      ? caches.match(new URL('index.html', url).pathname, { ignoreSearch: true })
      : Promise.resolve(undefined);
  },
};

function isPwaApi(api: unknown): api is VitePluginPWAAPI {
  return (
    typeof api === 'object' &&
    api !== null &&
    'generateSW' in api &&
    typeof api.generateSW === 'function'
  );
}

/**
 * The plugin generates the worker when the browser build ends, before the
 * pages are prerendered, so that worker would lack the prerendered shell: it
 * is generated once the pages are (below) instead. Generating it then too
 * (as before) cost a build 5-8 s of CPU (Workbox bundles and minifies the
 * worker) for a file written over a second later.
 */
function withoutEarlyWorker(plugins: Plugin[]): Plugin[] {
  return plugins.map((plugin) => {
    if (plugin.name !== 'vite-plugin-pwa:build') return plugin;
    const early: Plugin = { ...plugin };
    delete early.closeBundle;
    return early;
  });
}

/** Generates the worker once the pages are prerendered, so that it precaches the prerendered shell. */
function afterPrerender(): Plugin {
  return {
    name: 'interview-reader-pwa-after-prerender',
    apply: 'build',
    buildApp: {
      order: 'post',
      async handler(builder) {
        const api: unknown = builder.config.plugins.find(
          (plugin) => plugin.name === 'vite-plugin-pwa',
        )?.api;
        if (isPwaApi(api)) await api.generateSW();
      },
    },
  };
}

export function pwaPlugin() {
  return [...withoutEarlyWorker(pwaConfig()), afterPrerender()];
}

function pwaConfig() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
    manifest: {
      name: 'Interview Reader',
      short_name: 'Interviews',
      description:
        'Published interviews arranged by topic, with a question index, key quotes and links to any section, question or passage.',
      lang: 'en',
      display: 'standalone',
      background_color: '#fafaf9',
      theme_color: '#292524',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      // index.html: the library's first page, for LIBRARY_OFFLINE (92 KB, 19 KB gz, on the test site).
      globPatterns: ['**/*.{js,css,svg,png,webmanifest}', OFFLINE_SHELL, 'index.html'],
      globIgnores: ['interviews/**', 'library/**', 'pagefind/**'],
      // Pages are cached as they are read (below), not all served by one shell.
      navigateFallback: null,
      // Nor is the root served from the precache first (index.html for '/'): it is read from the
      // network first, as every page, and the precached copy is for offline only (below).
      directoryIndex: null,
      // The first version takes charge of the page that installed it, so what
      // the reader opens next is saved; later versions wait (registerType).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkFirst',
          options: {
            cacheName: PAGES_CACHE,
            networkTimeoutSeconds: 4,
            matchOptions: { ignoreSearch: true },
            expiration: { maxEntries: 500 },
            // Before the shell: the first plugin that answers an error wins.
            plugins: [LIBRARY_OFFLINE],
            precacheFallback: { fallbackURL: OFFLINE_SHELL },
          },
        },
        {
          urlPattern: ({ url }) => /\/(interviews|library)\/.*\.json$/.test(url.pathname),
          handler: 'NetworkFirst',
          options: {
            cacheName: DATA_CACHE,
            networkTimeoutSeconds: 4,
            expiration: { maxEntries: 2000 },
            plugins: [NO_HTML_FOR_DATA_FILES],
          },
        },
        {
          // Pagefind's index files are named by their content (…/en_0312cbf.pf_fragment,
          // pagefind.en_1279964.pf_meta): a saved one is used without asking the network.
          urlPattern: ({ url }) => /\/pagefind\/.*\.pf_\w+$/.test(url.pathname),
          handler: 'CacheFirst',
          options: {
            cacheName: SEARCH_CACHE,
            expiration: { maxEntries: 1000 },
            plugins: [NO_HTML_FOR_DATA_FILES],
          },
        },
        {
          urlPattern: ({ url }) => url.pathname.includes('/pagefind/'),
          handler: 'NetworkFirst',
          options: {
            cacheName: SEARCH_CACHE,
            networkTimeoutSeconds: 4,
            expiration: { maxEntries: 1000 },
            plugins: [NO_HTML_FOR_DATA_FILES],
          },
        },
      ],
    },
  });
}
