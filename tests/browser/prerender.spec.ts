import { appStarted, expect, scrollsSideways, seed, test } from './fixtures';

// Every public address is a real page: it reads without JavaScript, and the
// app takes it over without fetching again, without a flash or a shift.

const energyHeading = 'Energy Sector Cooperation and Route Diversification';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [320, 1920]) {
    test(`a section link reads completely at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`/i/${seed.id}/energy`);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(`${energyHeading} · ${seed.title}`);
      await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
      for (const heading of [
        'Trade and Economic Prospects',
        energyHeading,
        'International Support and the Path to Peace',
      ]) {
        await expect(
          page.getByRole('heading', { level: 2, name: new RegExp(heading) }),
        ).toBeVisible();
      }
      await expect(page.getByText('Deep drilling is a shared priority.')).toBeVisible();
      await expect(
        page.locator('#q5').getByText('Ukraine will not voluntarily cede its territory.'),
      ).toBeVisible();
      expect(await scrollsSideways(page)).toBe(false);
    });
  }

  test('a question link opens at the question', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`/i/${seed.id}/peace#q5`);
    await expect(page.locator('#q5')).toBeInViewport();
  });

  test('an unknown interview is a 404 page that leads back to the library', async ({ page }) => {
    const response = await page.goto('/i/no-such-interview');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('Loading…')).toBeHidden();
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible();
  });

  test('an unknown section is a 404 page that leads to its interview', async ({ page }) => {
    const response = await page.goto(`/i/${seed.id}/no-such-topic`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Section not found' })).toBeVisible();
    // The tab says what the page says (it said "Page not found", as for an unknown address).
    await expect(page).toHaveTitle('Section not found · Interview Reader');
    await expect(page.locator('main cite')).toHaveText(seed.title);
    await expect(page.getByText('Loading…')).toBeHidden();
    await page.getByRole('link', { name: 'Read the interview' }).click();
    await expect(page).toHaveURL(`/i/${seed.id}`);
    await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  });
});

test.describe('the app takes the page over', () => {
  test('without fetching what the page holds', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/interviews/')) fetched.push(request.url());
    });
    await page.goto(`/i/${seed.id}/energy`);
    await expect(page.locator('#energy__heading')).toBeFocused();
    // Interactive: the section collapses, the index panel's search works.
    await page.getByRole('button', { name: /^Energy\s*:/ }).click();
    await expect(page.locator('#energy__body')).toHaveAttribute('hidden', 'until-found');
    await page.goto(`/`);
    await page.getByRole('link', { name: seed.title }).waitFor();
    expect(fetched).toEqual([]);
  });

  for (const path of [`/i/${seed.id}/energy`, `/i/${seed.id}`, `/i/${seed.id}/trade#q1`, '/']) {
    test(`without a layout shift: ${path}`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { layoutShifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if ('value' in entry && typeof entry.value === 'number') shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Two frames after the page settles: hydration and landing are done.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const total = await page.evaluate(() => {
        const shifts: unknown = Reflect.get(window, 'layoutShifts');
        if (!Array.isArray(shifts)) return NaN;
        let sum = 0;
        for (const value of shifts) sum += Number(value);
        return sum;
      });
      expect(total).toBeLessThan(0.01);
    });
  }
});

test.describe('the app starts by itself', () => {
  // Other tests start it as soon as the page is parsed (fixtures.ts); here
  // nothing is pressed, typed or focused: the page starts it, once its first
  // paint is reported, or after 3 s where none is (startApp in src/lib/landing.ts).
  test.use({ startAppAtOnce: false });
  /** The page's scripts as they are, less the 3 s fallback: the first paint alone must start the app. */
  const NO_FALLBACK = `
    var setTimer = window.setTimeout;
    window.setTimeout = function (callback, ms) {
      return ms === 3000 ? 0 : setTimer.apply(window, arguments);
    };
  `;
  /** Paint timing observed but never reported (a browser without it, a page painted while hidden). */
  const NO_PAINT_REPORTED = `
    var Observer = window.PerformanceObserver;
    window.PerformanceObserver = class extends Observer {
      observe(options) {
        if (options.type === 'paint' || (options.entryTypes || []).includes('paint')) return;
        super.observe(options);
      }
    };
  `;

  test('once its first paint is on screen', async ({ page }) => {
    await page.addInitScript(NO_FALLBACK);
    await page.goto(`/i/${seed.id}/energy`);
    await appStarted(page);
  });

  test('after a while where no paint is reported', async ({ page }) => {
    await page.addInitScript(NO_PAINT_REPORTED);
    await page.goto(`/i/${seed.id}/energy`);
    await appStarted(page);
  });
});

test.describe('on a slow network', () => {
  // The page arrives in pieces over a few seconds: a browser paints what it
  // has parsed so far. It showed the interview's top, then jumped to the link.
  for (const [link, target] of [
    [`/i/${seed.id}/energy`, 'energy__heading'],
    [`/i/${seed.id}#q5`, 'q5'],
  ] as const) {
    test(`the first paint of ${link} is already where it lands`, async ({ page, context }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 100,
        downloadThroughput: 8_000,
        uploadThroughput: 8_000,
      });
      // Where the target is in each frame, before it paints (a string: the
      // page's policy does not apply to it, and nothing of the test's build leaks in).
      await page.addInitScript(`
        window.framesSeen = [];
        requestAnimationFrame(function frame() {
          var target = document.getElementById(${JSON.stringify(target)});
          window.framesSeen.push(target ? Math.round(target.getBoundingClientRect().top) : null);
          if (window.framesSeen.length < 5) requestAnimationFrame(frame);
        });
      `);
      // The five frames come while the page still arrives (its scripts take some 15 s more at
      // this speed): read them as they come rather than after the load event.
      await page.goto(link, { waitUntil: 'commit' });
      const framesSeen = () => page.evaluate((): unknown => Reflect.get(window, 'framesSeen'));
      await expect.poll(framesSeen, { timeout: 30_000 }).toHaveLength(5);
      const seen = await framesSeen();
      const first: unknown = Array.isArray(seen) ? seen[0] : undefined;
      // Just below the sticky bar, as landing.spec.ts measures it once settled.
      expect(first).toEqual(expect.any(Number));
      expect(Number(first)).toBeGreaterThan(0);
      expect(Number(first)).toBeLessThan(200);
    });
  }
});

test.describe('before its first paint', () => {
  // Lighthouse's simulated load counts every request that ends before the
  // largest paint as blocking it: a page's head asks for nothing but the
  // page itself. The icon is in the page; the web app manifest waits with
  // the app's scripts for the first paint (startApp in src/lib/landing.ts).
  for (const path of [`/i/${seed.id}/energy`, `/i/${seed.id}`, '/', '/i/no-such-interview']) {
    test(`${path} asks for nothing but itself`, async ({ request }) => {
      const html = await (await request.get(path)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const fetched = [...head.matchAll(/<(?:link|script)\b[^>]*>/g)]
        .map(([tag]) => tag)
        .filter((tag) => /\b(?:href|src)="(?!data:|#)/.test(tag))
        // Not fetched by a browser on its own: the page's address, and the
        // icon Safari reads when the page is added to a home screen.
        .filter((tag) => !/rel="(?:canonical|apple-touch-icon)"/.test(tag));
      expect(fetched).toEqual([]);
      const icon = /<link rel="icon" href="data:image\/svg\+xml,([^"]+)"/.exec(head)?.[1];
      expect(decodeURIComponent(icon ?? '')).toMatch(/^<svg[\s\S]*<\/svg>$/);
      const appStart = /<template id="app_start">([\s\S]*?)<\/template>/.exec(html)?.[1];
      expect(appStart).toMatch(/<link rel="manifest" href="[^"]*manifest\.webmanifest">/);
    });
  }
});

test.describe('addresses the site does not have', () => {
  test('an unknown interview answers 404 and says so', async ({ page }) => {
    const response = await page.goto('/i/no-such-interview');
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Interview not found' }),
    ).toBeVisible();
    await expect(page).toHaveTitle('Interview not found · Interview Reader');
    expect(await page.locator('title').count()).toBe(1);
  });

  test('an unknown section answers 404 and shows the interview with a notice', async ({ page }) => {
    const response = await page.goto(`/i/${seed.id}/no-such-topic`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('alert')).toContainText(
      'This interview has no section “no-such-topic”.',
    );
    await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  });

  test('a data file the site does not have answers 404', async ({ request }) => {
    const response = await request.get('/interviews/no-such-interview.json');
    expect(response.status()).toBe(404);
  });
});

test('sitemap.xml and robots.txt are served', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain(`/i/${seed.id}/energy</loc>`);
  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});
