import type { Page } from '@playwright/test';
import { appStarted, expect, seed, test, topOf } from './fixtures';

/** The farthest the page scrolls from `from` over the next thirty frames, watched one by one. */
function driftOver30Frames(page: Page, from: number): Promise<number> {
  return page.evaluate(
    (start) =>
      new Promise<number>((resolve) => {
        let most = 0;
        let frames = 30;
        const look = () => {
          most = Math.max(most, Math.abs(window.scrollY - start));
          if (--frames > 0) requestAnimationFrame(look);
          else resolve(most);
        };
        requestAnimationFrame(look);
      }),
    from,
  );
}

const energyHeading = 'Energy Sector Cooperation and Route Diversification';

test.describe('section links', () => {
  for (const how of ['typed', 'reloaded'] as const) {
    test(`/i/<id>/<section> ${how}: opens the section, heading at the top, focused, titled`, async ({
      page,
    }) => {
      await page.goto(`/i/${seed.id}/energy`);
      if (how === 'reloaded') {
        await page.mouse.wheel(0, -5000);
        await page.reload();
      }
      const heading = page.getByRole('heading', { level: 2, name: new RegExp(energyHeading) });
      await expect(heading).toBeFocused();
      await expect(page).toHaveTitle(`${energyHeading} · ${seed.title}`);
      await expect(page.getByRole('button', { name: new RegExp(energyHeading) })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      const top = await topOf(page, '#energy__heading');
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(80);
    });
  }

  test('a section link opens its section even when the reader collapsed it', async ({ page }) => {
    await page.goto(`/i/${seed.id}`);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect(page.locator('#energy__body')).toHaveAttribute('hidden', 'until-found');
    await page
      .getByRole('navigation', { name: 'Questions' })
      .getByRole('link', { name: 'Energy', exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`/i/${seed.id}/energy$`));
    await expect(page.locator('#energy__body')).not.toHaveAttribute('hidden');
    await expect(page.getByText('Deep drilling is a shared priority.')).toBeVisible();
    await expect(page.locator('#energy__heading')).toBeFocused();
    // The other sections stay as the reader left them.
    await expect(page.locator('#trade__body')).toHaveAttribute('hidden', 'until-found');
  });
});

test.describe('question and quote fragments', () => {
  test('#<question-id> typed on the reader URL opens and scrolls to the question', async ({
    page,
  }) => {
    await page.goto(`/i/${seed.id}#q4`);
    const question = page.locator('#q4');
    await expect(question).toBeFocused();
    await expect(question).toBeInViewport();
    expect(await topOf(page, '#q4')).toBeLessThan(120);
    await page.reload();
    await expect(question).toBeFocused();
    await expect(question).toBeInViewport();
  });

  test('a fragment on a section URL wins over the section', async ({ page }) => {
    await page.goto(`/i/${seed.id}/peace#war-will-end-this-year`);
    const quote = page.locator('mark#war-will-end-this-year');
    await expect(quote).toBeFocused();
    await expect(quote).toBeInViewport();
    await expect(quote).toHaveText('the war will end this year. I truly believe in that.');
    await expect(page).toHaveTitle(`International Support and the Path to Peace · ${seed.title}`);
  });

  test('a fragment typed into the address bar while reading opens a collapsed section', async ({
    page,
  }) => {
    await page.goto(`/i/${seed.id}`);
    await page.getByRole('button', { name: /^Middle Corridor\s*:/ }).click();
    await expect(page.locator('#middle-corridor__body')).toHaveAttribute('hidden', 'until-found');
    await page.evaluate(() => {
      window.location.hash = 'q2';
    });
    await expect(page.locator('#middle-corridor__body')).not.toHaveAttribute('hidden');
    await expect(page.locator('#q2')).toBeFocused();
    await expect(page.locator('#q2')).toBeInViewport();
  });
});

test.describe('unknown ids', () => {
  test('an unknown section shows a notice and the whole interview', async ({ page }) => {
    await page.goto(`/i/${seed.id}/no-such-topic`);
    await expect(page.getByRole('alert')).toContainText(
      'This interview has no section “no-such-topic”.',
    );
    await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: /Trade and Economic Prospects/ }),
    ).toBeVisible();
    await page.getByRole('alert').getByRole('link', { name: 'Security' }).click();
    await expect(page).toHaveURL(new RegExp(`/i/${seed.id}/security$`));
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('an unknown question shows a notice and the whole interview', async ({ page }) => {
    await page.goto(`/i/${seed.id}/trade#q99`);
    await expect(page.getByRole('alert')).toContainText(
      'This interview has no question or quote “#q99”.',
    );
    // The section part of the link still counts.
    await expect(page.locator('#trade__heading')).toBeFocused();
  });

  test("the app's own fragments are not mistaken for questions", async ({ page }) => {
    await page.goto(`/i/${seed.id}#main_content`);
    await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('history', () => {
  test('back from the library to the interview the visit began on: the reader where they were, the focus on the link followed', async ({
    page,
  }) => {
    await page.goto(`/i/${seed.id}/energy`);
    await appStarted(page);
    // The reader goes back up to the site's link, a long way above the section's heading.
    await page.mouse.wheel(0, -5000);
    await expect.poll(() => topOf(page, '#energy__heading')).toBeGreaterThan(800);
    const site = page.getByRole('banner').getByRole('link', { name: 'Interview Reader' });
    await site.focus();
    const place = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
    await expect(site).toBeFocused();
    // Thirty frames, watched one by one: no landing on the section's heading, no smooth scroll.
    const drift = await driftOver30Frames(page, place);
    expect(drift).toBeLessThan(50);
    await expect(site).toBeFocused();
  });

  test('a fragment typed later in the visit does not take the place of the visit’s first page', async ({
    page,
  }) => {
    // React Router keys both the visit's first entry and an entry the browser adds for a typed
    // fragment 'default': the scroll position kept for one was the other's.
    await page.goto(`/i/${seed.id}`);
    await appStarted(page);
    await page.evaluate(() => window.scrollTo(0, 2500));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(2500);
    // Clicked where the page is (Playwright's click, and focus, would first scroll it into view).
    await page
      .getByRole('banner')
      .getByRole('link', { name: 'Interview Reader' })
      .evaluate((link) => (link instanceof HTMLElement ? link.click() : undefined));
    await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible();
    await page.evaluate(() => {
      window.location.hash = 'library_results';
    });
    await expect(page).toHaveURL(/#library_results$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(2500);
    expect(await driftOver30Frames(page, 2500)).toBeLessThan(50);
  });

  test('back to a section link loaded afresh keeps the reader where they were, after the app has started', async ({
    page,
  }) => {
    // Unload listeners keep a page out of the back-forward cache: the step back loads it anew.
    await page.addInitScript(() => window.addEventListener('unload', () => {}));
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`/i/${seed.id}/energy`);
    await appStarted(page);
    // The reader goes back up to the interview's top, a long way from the section's heading.
    await page.mouse.wheel(0, -5000);
    await expect.poll(() => topOf(page, '#energy__heading')).toBeGreaterThan(800);
    const place = await page.evaluate(() => window.scrollY);
    await page.goto('/');
    await appStarted(page);
    await page.goBack();
    expect(
      await page.evaluate(() => {
        const entry = performance.getEntriesByType('navigation')[0];
        return entry instanceof PerformanceNavigationTiming ? entry.type : undefined;
      }),
      'the step back loads the page anew',
    ).toBe('back_forward');
    // The search field hydrates last (a deferred part): the page's first renders are over then.
    await page.waitForFunction(() => {
      const field = document.getElementById('reader_search');
      return field !== null && Object.keys(field).some((key) => key.startsWith('__reactFiber$'));
    });
    // Thirty frames more, watched one by one: the reader's place stays (no landing, no smooth scroll).
    const drift = await driftOver30Frames(page, place);
    expect(drift).toBeLessThan(50);
  });
});

test.describe('unknown ids on a phone, 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('the notice’s links to the sections are 44 px touch targets', async ({ page }) => {
    await page.goto(`/i/${seed.id}/no-such-topic`);
    const links = page.getByRole('alert').getByRole('link');
    await expect(links).toHaveCount(5);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      const size = box && Math.min(box.width, box.height);
      expect(size, await link.innerText()).toBeGreaterThanOrEqual(44);
    }
  });
});

// A question link lands its question 12 px below the 56 px bar, which stands below 768 px; the
// section's "Copy link" and "Cite" row above the first question then lay half under the bar, and
// axe's target-size counted those buttons as 44 by 13 px. Now that row lies wholly under it.
for (const width of [375, 700])
  test(`a question link at ${width} px: axe finds nothing where it lands`, async ({
    page,
    axe,
  }) => {
    await page.setViewportSize({ width, height: 760 });
    await page.goto(`/i/${seed.id}/energy#q3`);
    await appStarted(page);
    await expect.poll(() => topOf(page, '#q3')).toBeGreaterThan(56);
    await expect.poll(() => topOf(page, '#q3')).toBeLessThan(80);
    await axe(`/energy#q3 at ${width} px`);
  });
