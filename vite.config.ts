/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { prerenderPlugin, siteOrigin } from './scripts/lib/vite-prerender.ts';
import { pwaPlugin } from './scripts/lib/vite-pwa.ts';
import { searchIndexPlugin } from './scripts/lib/vite-search-index.ts';

// A strict policy for the built site: scripts, styles and data only from the
// site itself, no eval (zod runs jitless), no inline styles, no inline
// scripts but one: the prerender adds the hash of the boot script that lands
// a link before the first paint (src/lib/landing.ts). WebAssembly may be
// compiled ('wasm-unsafe-eval', not eval): the library's search (Pagefind)
// runs its index in it. The dev server injects inline scripts, so the policy
// applies to builds only.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // Interview photos may come from the publisher's site (https only).
  "img-src 'self' data: https:",
  // https: lets the "Add an interview" page open an interview file at an address (CORS decides).
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// React Router ships as one large module whose unused parts a bundler keeps:
// `X.displayName = "…"` assignments (for React DevTools) and unannotated
// top-level `React.forwardRef()` and `createContext()` calls count as side
// effects, so Form, NavLink, fetcher forms and their helpers reached every
// first view. Without those assignments and with the calls marked pure, only
// what the app uses stays: 1.8 KB gz off every first view. The code is not
// moved across lines, so source maps still point at the right lines.
function treeShakeReactRouter(): Plugin {
  return {
    name: 'tree-shake-react-router',
    apply: 'build',
    transform(code, id) {
      if (!/node_modules[\\/]react-router[\\/]dist[\\/]production[\\/]chunk-/.test(id)) return null;
      const shakeable = code
        .replace(/^[A-Za-z]\w*\.displayName = "[^"]*";$/gm, '')
        .replace(/= (React\d*\.(?:forwardRef|createContext|memo)\()/g, '= /* @__PURE__ */ $1');
      return { code: shakeable, map: null };
    },
  };
}

// Vite wraps every dynamic import in a helper that first loads the imported
// chunk's stylesheets and preloads (0.5 KB gz of every first view). The
// build has one stylesheet, which every page carries, and modulePreload is
// off (below): the helper is left with nothing to do, so it only calls the
// import.
function noPreloadHelper(): Plugin {
  return {
    name: 'no-preload-helper',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === '\0vite/preload-helper.js' ? id : null),
    load: (id) =>
      id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null,
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Serve below a folder with `npm run build -- --base /folder/`: the router and
// every data URL follow import.meta.env.BASE_URL. `npm run build` prerenders
// every page (scripts/lib/vite-prerender.ts); `npm run preview` then serves
// them as a static host does: /i/<id> from i/<id>.html, 404.html for misses.
// React Router's package points every bundler at its development build,
// which differs only by its warnings; a build takes the production one.
const reactRouterProduction = (file: string) =>
  fileURLToPath(new URL(`node_modules/react-router/dist/production/${file}`, import.meta.url));

export default defineConfig(({ command, isPreview }) => ({
  plugins: [
    react(),
    treeShakeReactRouter(),
    noPreloadHelper(),
    tailwindcss(),
    contentSecurityPolicy(),
    prerenderPlugin(),
    searchIndexPlugin(),
    pwaPlugin(),
  ],
  appType: isPreview ? 'mpa' : 'spa',
  // A test site with more interviews than the project's builds from a public folder of its own
  // (SITE_PUBLIC_DIR: scripts/lib/test-sites.ts).
  publicDir: process.env.SITE_PUBLIC_DIR || 'public',
  // The site's published origin (SITE_URL), the one the prerender's canonical links are on:
  // what paper prints (publishedUrl in src/config/paths.ts), as it outlives the host it was
  // printed from.
  define: { 'import.meta.env.SITE_ORIGIN': JSON.stringify(siteOrigin()) },
  // The library's search worker imports Pagefind's module, which the site
  // serves beside the index (src/features/search/api/pagefind-worker.ts).
  worker: { format: 'es' },
  resolve: {
    alias:
      command === 'build'
        ? [
            { find: /^react-router$/, replacement: reactRouterProduction('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouterProduction('dom-export.mjs') },
          ]
        : [],
  },
  build: {
    // No preload lists in the bundle (0.9 KB gz of every first view; the
    // helper that read them goes too: noPreloadHelper above): each
    // page's HTML preloads what it needs (src/entry-server.tsx), and a chunk
    // loaded later fetches its own imports, one level at a time (a first
    // visit only: the service worker has them all after that).
    modulePreload: false,
    // Which chunk holds each route's code: prerendered pages preload theirs.
    manifest: true,
    rollupOptions: {
      output: {
        // React, React Router and TanStack Query in one chunk: split across
        // route chunks they would compress worse and cost more requests. The
        // few small modules every route's first view shares (landing, focus,
        // offline keeping) go with them rather than into chunks of a few
        // hundred bytes, each a request with its own gzip. Not the search
        // field's hook: the reader's field hydrates after the rest (a deferred
        // part), so only the library's first view loads it (its own chunk, 0.5
        // KB: the reader's first view 240 B lighter, the library's 0.5 KB heavier).
        // TanStack Query's infinite queries serve the library only.
        codeSplitting: {
          groups: [
            // The reader's parts that hydrate after the rest (the search field with
            // its scope and "/" shortcut too), in one chunk
            // (src/features/reader/components/reader-lazy-parts.tsx): what they share with
            // the reader (links, styles) stays in the reader's chunk. The reading time's
            // word count, used by the header alone (in a chunk of its own it cost 0.5 KB).
            {
              name: 'reader-parts',
              includeDependenciesRecursively: false,
              test: /[\\/]src[\\/](?:features[\\/]reader[\\/](?:components[\\/](?:interview-header|key-quotes-panel|highlight-legend|author-notes|search-bar|search-scope)|hooks[\\/]use-slash-to-focus)|interview[\\/]reading-time)\./,
            },
            {
              name: 'framework',
              test: /node_modules[\\/](?:(?:react|react-dom|scheduler|react-router|react-router-dom)[\\/]|@tanstack[\\/].*[\\/]queryOptions\.js)|[\\/]src[\\/](?:lib[\\/](?:format|landing|focus|page-title|load-errors|follow-selection)|hooks[\\/]use-(?:reveal-on-navigate|last-navigation)|features[\\/]offline[\\/](?:offline-caches|hooks[\\/]use-keep-for-offline)|interview[\\/](?:facets|slug-pattern|fold))\./,
            },
            {
              name: 'query',
              includeDependenciesRecursively: false,
              test: /node_modules[\\/]@tanstack[\\/](?!.*[\\/](?:useInfiniteQuery|infiniteQueryObserver|queryOptions)\.js)|[\\/]src[\\/](?:lib[\\/](?:query-client|browser-query-client)|components[\\/]query-provider)\./,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The unit files test the pure core (no DOM, no module mocks; the two
          // that stub a global undo it): a worker runs them one after the other
          // in one module graph instead of importing zod, the schema and the
          // importer again for each file. Still in child processes (forks), not
          // threads: the growth tests time work by process.cpuUsage(), which
          // would count every thread of the process.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
          setupFiles: ['tests/components/setup.ts'],
          // Each file in its own worker (they mock modules and need a fresh
          // jsdom), but a thread starts faster than a child process.
          pool: 'threads',
        },
      },
    ],
  },
}));
