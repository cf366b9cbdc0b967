import { existsSync, statfsSync } from 'node:fs';

/** Where a system Chromium may be; CHROMIUM_PATH first. */
export const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter((path): path is string => Boolean(path));

/** The system Chromium, if there is one. */
export function findChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/**
 * Chromium's headless shell (Debian: chromium-headless-shell), the same
 * version's Blink without the browser's own layers: what Playwright runs its
 * headless tests on when it brings its own browsers. The browser tests prefer
 * it when it is installed: a landing's page load and reload cost about a fifth
 * less CPU in it (docs/measurements.md#ci-wall-time). CHROMIUM_PATH still wins.
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** The browser the tests run on: CHROMIUM_PATH, else the headless shell, else the system Chromium. */
export function findTestChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return findChromium();
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : findChromium();
}

/**
 * Flags for running Chromium headless as root in a sandboxed machine with no
 * network: without the background-networking ones it keeps trying to reach
 * Google's servers.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Playwright starts Chromium with `--disable-dev-shm-usage` on Linux: where /dev/shm is small (a
 * container's 64 MB) Chromium's shared memory would run out and pages crash, so it is kept in
 * files under /tmp instead. Where /dev/shm has room (here a 24 GB tmpfs, /tmp on disk) that
 * costs CPU for nothing: the same browser specs took 84-88 s of CPU with it dropped and 91-101 s
 * with it (two pairs, interleaved; docs/measurements.md#ci-wall-time). Dropped only where
 * /dev/shm has at least 1 GiB free; anywhere else (no /dev/shm, a small one) it stays.
 */
export function defaultArgsToDrop(): string[] {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    return bavail * bsize >= 2 ** 30 ? ['--disable-dev-shm-usage'] : [];
  } catch {
    return [];
  }
}
