// The production builds the tests run against: the site at the root, and the
// same site served below a folder, as some static hosts do. `npm test`
// (scripts/test.ts) builds them once; the bundle budget test reads the root
// one and the browser tests serve both (playwright.config.ts).

/** Where each test site is built, and the base it is built for. */
export const TEST_SITES = {
  root: { base: '/', outDir: 'dist-test' },
  subPath: { base: '/reader/', outDir: 'dist-test-sub' },
} as const;

/** Set by `npm test` once both test sites are built: the tests use them instead of building. */
export const SITES_BUILT_VARIABLE = 'TEST_SITES_BUILT';

export const sitesBuilt = () => process.env[SITES_BUILT_VARIABLE] === '1';

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
