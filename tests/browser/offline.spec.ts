import type { BrowserContext, Page, Route } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, prepareContext, scrollsSideways, seed, test as base } from './fixtures';

// These tests let the service worker run (the other tests block it). One at
// a time: the last two change the served worker, as a new release would.
const VIEWPORT = { width: 1280, height: 800 };

/**
 * One browser context for the tests that read with the worker installed
 * (all but the two new versions): the first test installs it, the way a
 * reader's first visit does, and the others find it installed, with the files it precaches
 * (108, 1.9 MB), where each test installed it again (about 3 s of CPU each
 * time, at a load of 15-20). Before each test the device forgets what was read
 * (`forgetWhatWasRead`): a reader who has the app and has opened nothing.
 * Run alone, a test installs the worker itself, as before.
 *
 * The context is made by the first test that reads in it, and is the file's own, not a
 * worker fixture: a worker-scoped fixture gives the file's tests a worker of their own, which
 * Playwright starts (a browser too) after every other spec's tests have been handed out, so this
 * file's one-at-a-time tests (about 86 s of a CI run) ran alone at the end while the other workers
 * sat idle. Its tests run one after the other in one worker (serial, below), and a worker that
 * starts again after a failure imports the file again, with no context yet.
 */
let device: BrowserContext | undefined;

const test = base.extend<{ installedOnce: boolean }>({
  /** Whether the test reads in the shared context (`device`) rather than a context of its own. */
  installedOnce: [true, { option: true }],
  context: async ({ context, installedOnce, browser }, use, testInfo) => {
    if (!installedOnce) return use(context);
    if (!device) {
      const { baseURL } = testInfo.project.use;
      device = await browser.newContext({
        ...(baseURL === undefined ? {} : { baseURL }),
        viewport: VIEWPORT,
        serviceWorkers: 'allow',
      });
      await prepareContext(device);
    }
    const shared = device;
    await forgetWhatWasRead(shared);
    await use(shared);
    // What a test changed of the context goes with it.
    await shared.unrouteAll({ behavior: 'ignoreErrors' });
    await shared.setOffline(false);
    for (const page of shared.pages()) await page.close();
  },
});
test.afterAll(async () => {
  await device?.close();
  device = undefined;
});
test.use({ serviceWorkers: 'allow', viewport: VIEWPORT });
test.describe.configure({ mode: 'serial' });

/**
 * Deletes what the device kept of what was read: every cache but the
 * worker's precache (pages, data files, the search index), from the worker
 * itself, and the browser's HTTP cache (which could answer offline for the
 * network). The worker stays installed and active.
 */
async function forgetWhatWasRead(context: BrowserContext) {
  for (const worker of context.serviceWorkers())
    await worker.evaluate(async () => {
      for (const name of await caches.keys())
        if (!name.startsWith('workbox-precache')) await caches.delete(name);
    });
  const page = await context.newPage();
  try {
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  } finally {
    await page.close();
  }
}

/** The worker of the build the tests are served from (playwright.config.ts). */
const SERVICE_WORKER = path.resolve('dist-test/sw.js');

/** Waits until the service worker is active and this page's files are kept on the device. */
async function waitUntilSaved(page: Page, dataUrl: string) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() =>
      page.evaluate(
        async ({ data, pathname }) =>
          Boolean(
            (await caches.match(data)) && (await caches.match(pathname, { ignoreSearch: true })),
          ),
        { data: dataUrl, pathname: new URL(page.url()).pathname },
      ),
    )
    .toBe(true);
}

/**
 * Has the browser look for a new version of the worker (the test has changed
 * it) and waits until it is installed: it fetches every file the app
 * precaches first, which took more than 5 s on a busy machine.
 */
async function nextVersionInstalled(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await page.waitForFunction(async () =>
    Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
  );
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
}

// First: the worker installs as the page is read, and keeps it (use-keep-for-offline.ts).
test('an interview opened once reads offline, with its sections and lesson links', async ({
  page,
  context,
}) => {
  await page.goto(`/i/${seed.id}`);
  await page.getByRole('heading', { level: 1, name: seed.title }).waitFor();
  await waitUntilSaved(page, `/interviews/${seed.id}.json`);
  await goOffline(context);

  // The page says so as soon as the network goes.
  await expect(page.getByText('You are offline.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();

  await page.goto(`/i/${seed.id}/peace?sections=peace,energy&mode=discuss`);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  await expect(page.getByText(/Showing 2 of 5 sections/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Reveal answer/ }).first()).toBeVisible();

  await page.goto(`/i/${seed.id}/energy?q=oil`);
  await expect(page.locator('#reader_search_status')).toHaveText(/1 of \d+/);
});

test('offline, the Add page reads a pasted text: the importer’s worker is kept with the app', async ({
  page,
  context,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('/add');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Opened again under the worker, which keeps the page; nothing typed yet, so the importer's
  // worker has not been asked for: offline it can come only from what the app precached.
  await page.reload();
  await expect(page.getByLabel('Paste the article’s text')).toBeVisible();
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match('/add'))))
    .toBe(true);
  expect(workers).toEqual([]);
  await goOffline(context);
  await page.reload();
  await page.getByLabel('Paste the article’s text').fill(`A baker on bread
Q: When do you start baking?
A: At three in the morning.
Q: Why so early?
A: People want bread with breakfast.`);
  await page.getByRole('button', { name: 'Read this text' }).click();
  const paragraphs = page.getByRole('region', { name: 'Paragraphs of the source' });
  await expect(paragraphs.getByText('At three in the morning.', { exact: true })).toBeVisible();
  expect(workers.some((path) => /^\/assets\/article-import-worker-[\w-]+\.js$/.test(path))).toBe(
    true,
  );
});

test('the app is installable: a manifest with icons, and a service worker', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest: unknown = await (await page.request.get(href ?? '')).json();
  expect(manifest).toMatchObject({
    name: 'Interview Reader',
    display: 'standalone',
    start_url: '/',
    icons: expect.arrayContaining([
      expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }),
      expect.objectContaining({ sizes: '192x192' }),
    ]),
  });
  // What Chromium itself checks before it offers to install the app; a test
  // browser's profile is always a private one, which no app installs into.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter(({ errorId }) => errorId !== 'in-incognito')).toEqual([]);
});

/**
 * What a phone (320 px) and a desktop (1280 px) show of the page as it is now:
 * no sideways scroll and nothing axe finds, at each width in turn. One page
 * serves both: reaching these states takes the page's retries (about 10 s).
 */
async function atBothWidths(page: Page, what: string, axe: (what?: string) => Promise<void>) {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await scrollsSideways(page), `${what} at ${width} px: scrolls sideways`).toBe(false);
    await axe(`${what} at ${width} px`);
  }
}

test('offline, a page never opened says it is not saved, and loads once back online', async ({
  page,
  context,
  axe,
}) => {
  // The time of the two tests (one a width) it folds.
  test.setTimeout(2 * test.info().timeout);
  // Reached on a phone, then looked at on a desktop too.
  await page.setViewportSize({ width: 320, height: 800 });
  // Whether the page ever said it was loading slowly: offline, it is not the server that is slow.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.body.textContent?.includes('Still loading'))
        document.documentElement.dataset['saidSlow'] = 'yes';
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(`/i/${seed.id}`);
  await waitUntilSaved(page, `/interviews/${seed.id}.json`);
  await goOffline(context);
  const opened = Date.now();
  await page.goto('/?topic=peace');
  // Said at once: the fetch failed for want of a network, which trying again at once cannot
  // mend (it tried three more times over 7 s, saying "Still loading: the server is slow" at 5 s;
  // now once, a second later).
  await expect(page.getByRole('heading', { name: 'Not saved on this device' })).toBeVisible();
  expect(Date.now() - opened).toBeLessThan(4_000);
  expect(await page.locator('html').getAttribute('data-said-slow')).toBeNull();
  await expect(page.getByText('It opens when you are back online.')).toBeVisible();
  // What the reader can do meanwhile: open what this device has saved.
  const saved = page.getByRole('list', { name: 'Saved on this device' });
  await expect(saved.getByRole('link', { name: seed.title })).toHaveAttribute(
    'href',
    `/i/${seed.id}`,
  );
  await atBothWidths(page, 'not saved', axe);
  await page.setViewportSize({ width: 320, height: 800 });
  // (Playwright's offline mode does not tell a page loaded offline that it
  // is: that page waits, trying again now and then, or for "Try again".)
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('#library_results')).toHaveText('1 interview');
});

test('offline, the library’s first page lists the interviews after a visit that opened an interview only', async ({
  page,
  context,
}) => {
  await page.goto(`/i/${seed.id}`);
  await waitUntilSaved(page, `/interviews/${seed.id}.json`);
  await goOffline(context);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible();
  await expect(page.getByRole('link', { name: seed.title })).toHaveAttribute(
    'href',
    `/i/${seed.id}`,
  );
  await expect(page.getByRole('heading', { name: 'Not saved on this device' })).toHaveCount(0);
});

test('offline, the library’s search says what it lacks, and searches again once back online', async ({
  page,
  context,
  axe,
}) => {
  const results = page.locator('#library_results');
  const field = page.getByRole('searchbox', { name: 'Search all interviews' });
  // The time of the two tests (one a width) it folds.
  test.setTimeout(2 * test.info().timeout);
  // Typed on a phone; each state looked at on a desktop too.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  await waitUntilSaved(page, '/library/index.json');
  await goOffline(context);
  // The search index was never loaded on this device.
  await field.fill('pipelines');
  await expect(results).toHaveText('Search needs the network');
  await expect(page.getByText(/the search index is not saved on this device/)).toBeVisible();
  await atBothWidths(page, 'search needs the network', axe);
  await page.setViewportSize({ width: 320, height: 800 });
  await context.setOffline(false);
  // The index was never loaded here: back online, Pagefind starts cold (its
  // WebAssembly, worker and index), 2-3 s with the CPU six times slower and
  // more at a load of 30, after a first try that the network can still
  // refuse at the 'online' event (tried again 1 s later).
  await expect(results).toHaveText('1 interview matches “pipelines”', { timeout: 15_000 });

  // Offline again, the index's parts loaded so far still answer, and the page says
  // the answer may be partial.
  await goOffline(context);
  await field.fill('oil');
  await expect(results).toHaveText('1 interview matches “oil”');
  await expect(page.getByText(/this search covers only what is saved/)).toBeVisible();
  await expect(page.getByRole('article').getByRole('link', { name: seed.title })).toBeVisible();
  await atBothWidths(page, 'a partial search', axe);
  await context.setOffline(false);
  await expect(page.getByText(/this search covers only what is saved/)).toBeHidden();
});

test('a search made once answers offline in a page opened later', async ({ page, context }) => {
  const results = page.locator('#library_results');
  await page.goto('/');
  await waitUntilSaved(page, '/library/index.json');
  await page.goto('/?q=pipelines');
  await expect(results).toHaveText('1 interview matches “pipelines”');
  // Every part of the index that search used is on this device now; the
  // page opened offline starts Pagefind again, from its entry file on.
  await goOffline(context);
  // (A page loaded offline in Playwright believes it is online: its note
  // that the search may be partial is not looked for here.)
  await page.reload();
  await expect(results).toHaveText('1 interview matches “pipelines”');
  await context.setOffline(false);
});

// Pagefind's files, as a build that removed them would leave them: its
// metadata, read at its start, or the chunks a search reads.
for (const [what, files] of [
  ['the search index’s metadata', /\/pagefind\/.*\.pf_meta$/],
  ['a search index chunk', /\/pagefind\/.*\.pf_(?:index|fragment)$/],
] as const)
  test(`${what} answered with the site’s page (a host’s fallback for a missing file) is not kept: search fails, then works once the file is served`, async ({
    page,
    context,
  }) => {
    const results = page.locator('#library_results');
    // A static host that answers a missing file with index.html and status 200.
    const fallback = readFileSync(path.resolve('dist-test/index.html'));
    let missing = true;
    await context.route(files, (route) =>
      missing
        ? route.fulfill({ status: 200, contentType: 'text/html', body: fallback })
        : route.fallback(),
    );
    await page.goto('/');
    await waitUntilSaved(page, '/library/index.json');
    await page.getByRole('searchbox', { name: 'Search all interviews' }).fill('pipelines');
    await expect(results).toHaveText('Search is not available');
    missing = false;
    // Tried again every 3 s while it fails (search-results.tsx).
    await expect(results).toHaveText('1 interview matches “pipelines”', { timeout: 15_000 });
    // The service worker kept none of those pages as the index's files (Pagefind itself fails on them).
    const kept = await keptAsPages(page, /\/pagefind\//);
    expect(kept).toEqual([]);
  });

/** The files whose paths `pattern` matches that a cache of this device holds as an HTML page. */
function keptAsPages(page: Page, pattern: RegExp) {
  return page.evaluate(async (source) => {
    const files = new RegExp(source);
    const pages: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        if (
          files.test(new URL(request.url).pathname) &&
          response?.headers.get('content-type')?.includes('text/html')
        )
          pages.push(request.url);
      }
    }
    return pages;
  }, pattern.source);
}

/** The data files (interviews, the library's) that a cache of this device holds as an HTML page. */
const dataKeptAsPages = (page: Page) => keptAsPages(page, /\/(?:interviews|library)\//);

test('an interview file answered with the site’s page (a host’s fallback for a missing file) is not kept: offline, the interview’s other pages say they are not saved', async ({
  page,
  context,
}) => {
  // A static host that answers a missing file with index.html and status 200.
  const fallback = readFileSync(path.resolve('dist-test/index.html'));
  const file = `/interviews/${seed.id}.json`;
  let answered = 0;
  const hostFallback = (route: Route) => {
    answered += 1;
    return route.fulfill({ status: 200, contentType: 'text/html', body: fallback });
  };
  await context.route(`**${file}`, hostFallback);
  // The prerendered page holds its interview; it asks for the file to keep it for offline.
  await page.goto(`/i/${seed.id}`);
  await page.getByRole('heading', { level: 1, name: seed.title }).waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => answered).toBeGreaterThan(0);
  // (A route answers even offline: offline, the file is asked of the network.)
  await context.unroute(`**${file}`, hostFallback);
  await goOffline(context);
  // Another page of it, never opened, needs the file.
  await page.goto(`/i/${seed.id}/energy`);
  await expect(page.getByRole('heading', { name: 'Not saved on this device' })).toBeVisible({
    // The page retries a few times before it gives up, as on a flaky network.
    timeout: 15_000,
  });
  expect(await dataKeptAsPages(page)).toEqual([]);

  // Online, an interview opened from the library (its file fetched) names the problem: the site
  // has the interview's page, so the link is right and its data is what is missing.
  await context.setOffline(false);
  await context.route(`**${file}`, hostFallback);
  await page.goto('/');
  await page.getByRole('article').getByRole('link', { name: seed.title }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'This interview could not be loaded' }),
  ).toBeVisible();
  await expect(
    page.getByText(
      `The interview “${seed.id}” is on this site, but its data could not be loaded from the site.`,
    ),
  ).toBeVisible();
});

test('the library’s file answered with the site’s page (a host’s fallback for a missing file) is not kept; offline, a library page never opened says it is not saved', async ({
  page,
  context,
}) => {
  const fallback = readFileSync(path.resolve('dist-test/index.html'));
  const file = '/library/index.json';
  let answered = 0;
  const hostFallback = (route: Route) => {
    answered += 1;
    return route.fulfill({ status: 200, contentType: 'text/html', body: fallback });
  };
  await context.route(`**${file}`, hostFallback);
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => answered).toBeGreaterThan(0);
  await context.unroute(`**${file}`, hostFallback);
  await goOffline(context);
  await page.goto('/?topic=peace');
  await expect(page.getByRole('heading', { name: 'Not saved on this device' })).toBeVisible({
    timeout: 15_000,
  });
  expect(await dataKeptAsPages(page)).toEqual([]);
  await context.setOffline(false);
});

// The new versions, each in a context of its own. Read in the shared context, the other tab's
// reload to the new version waited more than 90 s once (its navigation held while the old worker
// was still busy, as Chromium does; see the second test): a context per test, as before.
test.describe('in a context of its own', () => {
  test.use({ installedOnce: false });

  test('a new version is announced, and waits for the reader to take it', async ({
    page,
    context,
    axe,
  }) => {
    await page.goto(`/i/${seed.id}`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.evaluate(() => window.scrollTo(0, 600));
    // A new release: the same worker, one comment longer.
    const current = readFileSync(SERVICE_WORKER, 'utf8');
    writeFileSync(SERVICE_WORKER, `${current}\n// the next version\n`);
    try {
      await nextVersionInstalled(page);
      const prompt = page
        .getByRole('status')
        .filter({ hasText: 'A new version of Interview Reader is ready.' });
      await expect(prompt).toBeVisible();
      // Nothing reloads by itself: the reader keeps their place until they choose.
      expect(await page.evaluate(() => window.scrollY)).toBe(600);
      await axe();
      await page.getByRole('button', { name: 'Not now' }).click();
      await expect(prompt).toBeHidden();
      expect(await page.evaluate(() => window.scrollY)).toBe(600);

      // In another tab the reader takes it: that tab reloads, this one is told.
      const other = await context.newPage();
      await other.goto(`/i/${seed.id}/energy`);
      const offer = other.getByRole('status').filter({ hasText: 'A new version' });
      await expect(offer).toBeVisible();
      await Promise.all([
        other.waitForEvent('load'),
        offer.getByRole('button', { name: 'Reload to update' }).click(),
      ]);
      await expect(other.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
      await expect(
        page.getByRole('status').filter({ hasText: 'updated in another tab' }),
      ).toBeVisible();
      expect(await page.evaluate(() => window.scrollY)).toBe(600);
    } finally {
      writeFileSync(SERVICE_WORKER, current);
    }
  });

  // The tab that installed the first version: it had no worker when it opened.
  test('“Reload to update” takes effect at once, while pages are still loading their files', async ({
    page,
    context,
  }) => {
    // The tab that installed the first version: it had no worker when it opened.
    await page.goto(`/i/${seed.id}`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const current = readFileSync(SERVICE_WORKER, 'utf8');
    writeFileSync(SERVICE_WORKER, `${current}\n// the next version\n`);
    try {
      await nextVersionInstalled(page);
      const offer = page.getByRole('status').filter({ hasText: 'A new version' });
      await expect(offer).toBeVisible();
      // At the click, another tab is loading and this one fetches a burst of
      // files through the old worker: Chromium then often misses the moment the
      // old worker is free and keeps the new one waiting for minutes.
      const other = await context.newPage();
      await other.goto(`/i/${seed.id}/energy`, { waitUntil: 'commit' });
      await page.evaluate(() => {
        const files = performance
          .getEntriesByType('resource')
          .map(({ name }) => name)
          .filter((name) => name.includes('/assets/'));
        for (const file of files.slice(0, 12)) void fetch(`${file}?again`);
      });
      await Promise.all([
        page.waitForEvent('load'),
        offer.getByRole('button', { name: 'Reload to update' }).click(),
      ]);
      // The reloaded tab runs the new version: nothing waits, nothing to announce.
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return (
              registration?.waiting === null &&
              registration.active !== null &&
              navigator.serviceWorker.controller === registration.active
            );
          }),
        )
        .toBe(true);
      await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'new version' })).toBeHidden();
    } finally {
      writeFileSync(SERVICE_WORKER, current);
    }
  });
});
