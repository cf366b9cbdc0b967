// The production builds the tests run against: the site at the root, and the
// same site served below a folder, as some static hosts do. `npm test`
// (scripts/test.ts) builds them once; the bundle budget test reads the root
// one and the browser tests serve both (playwright.config.ts).

/** Where each test site is built, the base it is built for, and its public folder. */
export const TEST_SITES = {
  root: { base: '/', outDir: 'dist-test', publicDir: 'public' },
  // Below a folder, the seed and interviews whose guests, publications and topics are in other
  // scripts (scripts/lib/other-script-interviews.ts): their facet pages, paths in ASCII,
  // below a folder too. Its public folder is written before it is built (test-site-public.ts).
  subPath: {
    base: '/reader/',
    outDir: 'dist-test-sub',
    publicDir: 'node_modules/.test-sites/sub-public',
  },
} as const;

/** Set by `npm test` once both test sites are built: the tests use them instead of building. */
export const SITES_BUILT_VARIABLE = 'TEST_SITES_BUILT';

export const sitesBuilt = () => process.env[SITES_BUILT_VARIABLE] === '1';

/** The variable vite.config.ts reads a site's public folder from (the project's `public/` without it). */
export const PUBLIC_DIR_VARIABLE = 'SITE_PUBLIC_DIR';

/** The arguments of `npx` that build a test site. */
export const buildArgs = (site: { base: string; outDir: string }) => [
  'vite',
  'build',
  '--base',
  site.base,
  '--outDir',
  site.outDir,
  '--emptyOutDir',
];
