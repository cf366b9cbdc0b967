import { appStarted, expect, holdRequests, seed, test, type Page } from './fixtures';

// Each page starts its app as a reader's would, at its first paint (not at once, see fixtures).
test.use({ startAppAtOnce: false });

/**
 * Sums the page's layout shifts not caused by input (as CLS counts them),
 * from the start of the load: an init script observes them, buffered.
 */
const OBSERVE_SHIFTS = `window.__shifts = 0;
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (entry) {
    if (!entry.hadRecentInput) window.__shifts += entry.value;
  });
}).observe({ type: 'layout-shift', buffered: true });`;

/** Holds off the boot script's fallback timer: any timer of 5 s or more never fires. */
const HOLD_OFF_FALLBACK = () => {
  const later = window.setTimeout.bind(window);
  Object.assign(window, {
    setTimeout: (run: () => void, ms?: number) =>
      ms !== undefined && ms >= 5000 ? 0 : later(run, ms),
  });
};

const shifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        // Two frames: shifts from the last render are reported.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve(Number(Reflect.get(window, '__shifts')))),
        ),
      ),
  );

// Lesson links whose lesson shows less, or more, than the whole interview the page is built as.
const lessons = [
  {
    search: '?sections=peace,security&prompt=Talk+about+it',
    shown: (page: Page) => page.getByText(/^Showing 2 of \d+ sections/),
  },
  {
    search: '?sections=peace',
    shown: (page: Page) => page.getByText(/^Showing 1 of \d+ sections/),
  },
  {
    search: '?mode=discuss',
    shown: (page: Page) => page.getByRole('button', { name: 'Reveal answer to question 1' }),
  },
];

// One page a width, each lesson link loaded afresh in it (the init script observes each load
// from its start): only the context's set-up is shared (a test a link spent more on that).
for (const width of [375, 1280]) {
  test(`lesson links show the lesson without moving at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 400 ? 812 : 900 });
    await page.addInitScript(OBSERVE_SHIFTS);
    for (const { search, shown } of lessons) {
      await page.goto(`/i/${seed.id}${search}`);
      await expect(page.getByRole('heading', { level: 1 }), search).toBeVisible();
      await expect(shown(page), search).toBeVisible();
      // The reader's text is painted again, and the lesson is all there.
      await expect(page.locator('html'), search).not.toHaveClass(/lesson-pending/);
      await expect(page.getByRole('heading', { level: 1 }), search).toBeVisible();
      await expect(page.locator('#main_content article p').first(), search).toBeVisible();
      const score = await shifts(page);
      test
        .info()
        .annotations.push({ type: `layout shift ${search}`, description: score.toFixed(4) });
      expect(score, search).toBeLessThan(0.01);
    }
  });
}

// Lesson links of sections alone, in the interview's order: the page holds their text, so it
// shows from the first paint, before the app's code has come (here held back), with the
// sections not chosen left out; when the app takes over nothing moves, the page's scroll
// position included (a section's path lands on its heading, below the sticky bar).
const earlyLessons = [
  { address: `/i/${seed.id}?sections=security,peace`, shown: ['security', 'peace'] },
  { address: `/i/${seed.id}/peace?sections=security,peace`, shown: ['security', 'peace'] },
  { address: `/i/${seed.id}?sections=energy`, shown: ['energy'] },
];
const seedSections = ['trade', 'middle-corridor', 'energy', 'security', 'peace'];

for (const width of [375, 1280]) {
  test(`a lesson link of sections shows them before the app starts, and nothing moves when it does, at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width < 400 ? 812 : 900 });
    await page.addInitScript(OBSERVE_SHIFTS);
    // The boot script's 5 s fallback (the whole interview) is held off: on a busy machine the
    // checks below can take longer than that. It has a test of its own (below).
    await page.addInitScript(HOLD_OFF_FALLBACK);
    for (const { address, shown } of earlyLessons) {
      const release = await holdRequests(page, /\/assets\/.+\.js$/);
      await page.goto(address, { waitUntil: 'domcontentloaded' });
      await expect(page.getByRole('heading', { level: 1 }), address).toBeVisible();
      for (const id of seedSections) {
        const text = page.locator(`#${id} .answer p`).first();
        if (shown.includes(id)) await expect(text, `${address}: ${id}`).toBeVisible();
        else await expect(text, `${address}: ${id}`).toBeHidden();
      }
      // Still the page as built: the app's code is held back, so React has not hydrated it.
      expect(
        await page.evaluate(() =>
          Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__react')),
        ),
        address,
      ).toBe(false);
      const before = await page.evaluate(
        (ids) => ({
          scrollY: Math.round(window.scrollY),
          tops: ids.map((id) =>
            Math.round(document.getElementById(id)?.getBoundingClientRect().top ?? NaN),
          ),
        }),
        shown,
      );
      release();
      await appStarted(page);
      await expect(page.getByText(/^Showing \d of 5 sections|^A lesson/), address).toBeVisible();
      await expect(page.locator('html'), address).not.toHaveClass(/lesson-(pending|early)/);
      for (const id of seedSections) {
        await expect(page.locator(`#${id}`), `${address}: ${id}`).toHaveCount(
          shown.includes(id) ? 1 : 0,
        );
      }
      const after = await page.evaluate(
        (ids) => ({
          scrollY: Math.round(window.scrollY),
          tops: ids.map((id) =>
            Math.round(document.getElementById(id)?.getBoundingClientRect().top ?? NaN),
          ),
        }),
        shown,
      );
      expect(after, address).toEqual(before);
      const score = await shifts(page);
      test
        .info()
        .annotations.push({ type: `layout shift ${address}`, description: score.toFixed(4) });
      expect(score, address).toBeLessThan(0.01);
      await page.unrouteAll();
    }
  });
}

test('a lesson link whose app fails to load shows the whole interview after a moment', async ({
  page,
}) => {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto(`/i/${seed.id}?sections=peace`);
  // The title shows at once; the text, unmarked by the boot script's fallback.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/lesson-pending/, { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: /Energy/i }).first()).toBeVisible();
  await expect(page.getByText(/^Showing 1 of/)).toHaveCount(0);
});

// Addresses whose lesson parameters the app cannot follow in full (an empty
// list of sections, an unknown section, alone or beside a known one, a pin of
// words the interview does not have, an unknown interview): the text shows
// once the app has started, whatever it made of them. The boot script's
// fallback timer is held off (any timer of 5 s or more never fires), so only
// the app can show it.
// One page for the five addresses, each loaded afresh.
test('lesson links the app cannot follow show their page once the app has started', async ({
  page,
}) => {
  await page.addInitScript(HOLD_OFF_FALLBACK);
  for (const address of [
    `/i/${seed.id}?sections=,`,
    `/i/${seed.id}?sections=no-such-section`,
    `/i/${seed.id}?sections=peace,no-such-section&mode=discuss`,
    `/i/${seed.id}?pin=No+such+words+in+this+interview`,
    `/i/no-such-interview?sections=peace`,
  ]) {
    await page.goto(address);
    await appStarted(page);
    await expect(page.locator('html'), address).not.toHaveClass(/lesson-pending/);
    await expect(page.locator('#main_content p').first(), address).toBeVisible();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a lesson link shows the whole interview, nothing hidden', async ({ page }) => {
    await page.goto(`/i/${seed.id}?sections=peace&mode=discuss&prompt=Talk+about+it`);
    // Only the boot script marks a lesson link's page: without it, every section's text shows.
    await expect(page.locator('html')).not.toHaveClass(/lesson-pending/);
    for (const name of [/Energy/i, /Peace/i, /Security/i]) {
      await expect(page.getByRole('heading', { level: 2, name }).first()).toBeVisible();
    }
    await expect(page.locator('#main_content article p').last()).toBeVisible();
  });
});
