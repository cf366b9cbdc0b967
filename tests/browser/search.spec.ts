import AxeBuilder from '@axe-core/playwright';
import { AXE_IN_PAGE, appStarted, expect, holdRequests, seed, test } from './fixtures';

const field = (page: import('@playwright/test').Page) =>
  page.getByRole('searchbox', { name: 'Search this interview' });
const status = (page: import('@playwright/test').Page) => page.locator('#reader_search_status');

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('typing marks every match in place, counts them and puts the query in the URL', async ({
  page,
}) => {
  await page.goto(`/i/${seed.id}`);
  await field(page).fill('kazakh oil');
  await expect(status(page)).toHaveText('1 of 3');
  await expect(
    page.locator('mark[data-kind~="search"], mark[data-kind~="search-current"]'),
  ).toHaveCount(3);
  await expect(page.locator('mark#search_current')).toHaveText('Kazakh oil');
  await expect(page.locator('mark#search_current')).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`/i/${seed.id}\\?q=kazakh\\+oil$`));
  // The index says which questions match, and how often.
  const index = page.getByRole('navigation', { name: 'Questions' });
  await expect(index.getByRole('link', { name: /energy cooperation.*2 matches/ })).toBeVisible();
  await expect(index.getByRole('link', { name: /attacks on tankers.*1 match$/ })).toBeVisible();
});

// One page for the words typed, one after the other (each was a test that loaded it anew).
test('matching ignores case, accents and quote styles, finds other forms, or says there is none', async ({
  page,
}) => {
  await page.goto(`/i/${seed.id}`);
  await test.step('case, accents and quote styles', async () => {
    await field(page).fill("UKRAINE'S BLACK SÉA PORTS");
    await expect(status(page)).toHaveText('1 of 1');
    await expect(page.locator('mark#search_current')).toHaveText('Ukraine’s Black Sea ports');
  });
  await test.step('other forms of the words typed: "pipelines" finds "pipeline"', async () => {
    await field(page).fill('pipelines');
    await expect(status(page)).toHaveText('1 of 2');
    await expect(page.locator('mark#search_current')).toHaveText('Pipeline');
    await expect(page.locator('mark#search_current')).toBeInViewport();
  });
  await test.step('no matches says so', async () => {
    await field(page).fill('photosynthesis');
    await expect(status(page)).toHaveText('No matches');
    // Nothing to step through: no arrows at all, rather than disabled ones.
    await expect(page.getByRole('button', { name: 'Next match' })).toHaveCount(0);
  });
});

test('Enter, Shift+Enter and the buttons step through the matches', async ({ page }) => {
  await page.goto(`/i/${seed.id}?q=kazakh%20oil`);
  await expect(status(page)).toHaveText('1 of 3');
  await field(page).press('Enter');
  await expect(status(page)).toHaveText('2 of 3');
  await field(page).press('Enter');
  await expect(status(page)).toHaveText('3 of 3');
  await expect(page.locator('#q4 mark#search_current')).toBeInViewport();
  await field(page).press('Enter');
  await expect(status(page)).toHaveText('1 of 3');
  await field(page).press('Shift+Enter');
  await expect(status(page)).toHaveText('3 of 3');
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(status(page)).toHaveText('2 of 3');
  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(status(page)).toHaveText('3 of 3');
});

test('"/" focuses the search field; Escape clears it', async ({ page }) => {
  await page.goto(`/i/${seed.id}?q=corridor`);
  // The app's shortcut: a key pressed before it starts is the browser's.
  await appStarted(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field(page)).toHaveValue('');
  await expect(page.locator('mark[data-kind~="search"]')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/i/${seed.id}$`));
});

// WCAG 1.4.10 and 1.4.4: at 320 px with text at 200% the open search's row (field, count, two
// arrows and Close, each 88 px) ran past the screen's edge (the page 398 px wide with "1 of 10",
// Close out of sight, the field a sliver), and its choices below ("All", "Questions", "Answers")
// overlapped, their words cut. At 100% its one row must stay as it was, the bar 56 px high.
test('an open search on a 320 px phone never scrolls sideways, with text at 100% or 200%', async ({
  page,
  axe,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const size of ['100%', '200%']) {
    await page.goto(`/i/${seed.id}`);
    await page.evaluate(
      (fontSize) => document.documentElement.style.setProperty('font-size', fontSize, 'important'),
      size,
    );
    await page.getByRole('button', { name: 'Search this interview' }).click();
    // Ten matches, for a count with the widest words ("1 of 10") and both arrows.
    await field(page).fill('ukraine');
    await expect(status(page)).toHaveText(/^1 of \d{2}$/);
    await expect(field(page)).toBeFocused();
    const search = page.getByRole('search', { name: 'Search this interview' });
    const choices = page.getByRole('group', { name: 'Search in' });
    await expect(choices).toBeVisible();
    const layout = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      bar: document.querySelector('[data-sticky-bar]')?.getBoundingClientRect().height ?? 0,
    }));
    expect(layout.page, `the page's width, text at ${size}`).toBeLessThanOrEqual(320);
    if (size === '100%') expect(layout.bar, 'the bar, text at 100%').toBe(56);
    // Every control of the search whole on the screen, at least 44 px, and every choice's word
    // inside its box.
    for (const control of await search.getByRole('button').all()) {
      const box = await control.boundingBox();
      const what = `${(await control.getAttribute('aria-label')) ?? (await control.textContent())}, text at ${size}`;
      expect(box?.x, what).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0), what).toBeLessThanOrEqual(320);
      expect(Math.min(box?.width ?? 0, box?.height ?? 0), what).toBeGreaterThanOrEqual(44);
    }
    const fieldBox = await field(page).boundingBox();
    expect(fieldBox?.width, `the field's width, text at ${size}`).toBeGreaterThanOrEqual(
      size === '100%' ? 80 : 200,
    );
    const cut = await choices.locator('label').evaluateAll((labels) =>
      labels.flatMap((label) => {
        const box = label.getBoundingClientRect();
        return label.scrollWidth > label.clientWidth + 1 || box.left < 0 || box.right > 320
          ? [label.textContent]
          : [];
      }),
    );
    expect(cut, `choices cut or off the screen, text at ${size}`).toEqual([]);
    if (size === '200%') await axe('the search open at 320 px, text at 200%');
  }
});

test('sections holding matches open', async ({ page }) => {
  await page.goto(`/i/${seed.id}`);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await field(page).fill('shipbuilding');
  await expect(status(page)).toHaveText('1 of 1');
  await expect(page.getByRole('button', { name: /^Energy\s*:/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.getByRole('button', { name: /^Trade\s*:/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(page.locator('mark#search_current')).toBeVisible();
});

test('a section the reader collapsed while the search loaded stays collapsed when the matches come', async ({
  page,
}) => {
  // The search's code is held back until the reader has collapsed the section
  // the link opened on, as on a slow network or with a long interview's index.
  const release = await holdRequests(page, '**/assets/build-in-slices-*.js');
  await page.goto(`/i/${seed.id}/security`);
  await expect(page.locator('#security__heading')).toBeFocused();
  await field(page).fill('shipbuilding');
  await expect(page).toHaveURL(/\?q=shipbuilding$/);
  const security = page.getByRole('button', { name: /^Security\s*:/ });
  await security.click();
  await expect(security).toHaveAttribute('aria-expanded', 'false');
  release();
  await expect(status(page)).toHaveText('1 of 1');
  await expect(page.getByRole('button', { name: /^Energy\s*:/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(security).toHaveAttribute('aria-expanded', 'false');
});

test('a search is a link: ?q= opens with the matches marked', async ({ page }) => {
  await page.goto(`/i/${seed.id}/security?q=tankers`);
  await expect(field(page)).toHaveValue('tankers');
  // "tankers" finds "tanker" too.
  await expect(status(page)).toHaveText('1 of 5');
  await expect(
    page.locator('mark[data-kind~="search"], mark[data-kind~="search-current"]'),
  ).toHaveCount(5);
  await expect(page.locator('#security__heading')).toBeFocused();
});

test('searches only the answers or only the questions, and says so in the URL', async ({
  page,
}) => {
  await page.goto(`/i/${seed.id}?q=oil`);
  await expect(status(page)).toHaveText('1 of 10');
  const scope = page.getByRole('group', { name: 'Search in' });
  await scope.getByRole('radio', { name: 'Questions' }).check();
  await expect(status(page)).toHaveText('1 of 2');
  await expect(page).toHaveURL(new RegExp(`/i/${seed.id}\\?q=oil&in=questions$`));
  await expect(page.locator('#q4 h3 mark#search_current')).toBeInViewport();
  await scope.getByRole('radio', { name: 'Answers' }).check();
  await expect(status(page)).toHaveText('1 of 8');
  await page.reload();
  await expect(scope.getByRole('radio', { name: 'Answers' })).toBeChecked();
  await expect(status(page)).toHaveText('1 of 8');
});

test('the search’s choices keep room around their words beside the text', async ({ page }) => {
  // At 768 px (the column beside the text is 13rem) "Questions" and "Answers" touched their
  // boxes' borders: three equal boxes of 65-73 px, 4 px of padding.
  for (const width of [768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/i/${seed.id}/energy`);
    const room = await page
      .getByRole('group', { name: 'Search in' })
      .locator('label')
      .evaluateAll((labels) =>
        labels.map((label) => {
          const words = [...label.childNodes].find((node) => node.nodeType === Node.TEXT_NODE);
          const range = document.createRange();
          if (words) range.selectNodeContents(words);
          const text = range.getBoundingClientRect();
          const box = label.getBoundingClientRect();
          return { side: Math.min(text.left - box.left, box.right - text.right), width: box.width };
        }),
      );
    expect(room, `${width} px`).toHaveLength(3);
    for (const { side, width: boxWidth } of room) {
      expect(side, `${width} px`).toBeGreaterThanOrEqual(8);
      expect(boxWidth, `${width} px: a 44 px target`).toBeGreaterThanOrEqual(44);
    }
  }
});

test('in forced colours the current match stays readable and apart from the others', async ({
  browser,
}) => {
  // Windows high contrast gives every mark the system's Mark colours but kept the current
  // match's own white text: white on yellow (axe: 1.07 to 1). It is drawn in the system's
  // highlight colours instead, as selected text is.
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 800 },
      forcedColors: 'active',
      colorScheme,
    });
    const page = await context.newPage();
    await page.goto(`/i/${seed.id}/trade?q=ukraine`);
    const current = page.locator('mark#search_current');
    await expect(current).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('mark')
      .withRules(['color-contrast'])
      .setLegacyMode(AXE_IN_PAGE)
      .analyze();
    expect(
      results.violations.flatMap((v) =>
        v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
      ),
      colorScheme,
    ).toEqual([]);
    const other = page.locator('mark[data-kind~="search"]').first();
    const look = (mark: typeof current) =>
      mark.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await look(current), colorScheme).not.toBe(await look(other));
    await context.close();
  }
});

test('in forced colours the chosen search scope stands apart from the other two', async ({
  browser,
}) => {
  // Windows high contrast drops backgrounds: "All", "Questions" and "Answers", the chosen one
  // told by its fill alone, looked all the same (found by review2). The chosen one is drawn in
  // the system's highlight colours, as a selected item is.
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      forcedColors: 'active',
      colorScheme,
    });
    const page = await context.newPage();
    await page.goto(`/i/${seed.id}?q=oil&in=questions`);
    const scope = page.getByRole('group', { name: 'Search in' });
    await expect(scope.getByRole('radio', { name: 'Questions' })).toBeChecked();
    const looks = await scope.locator('label').evaluateAll((labels) =>
      labels.map((label) => {
        const style = getComputedStyle(label);
        return `${style.backgroundColor} ${style.color}`;
      }),
    );
    // All, Questions (chosen), Answers.
    expect(looks[1], colorScheme).not.toBe(looks[0]);
    expect(looks[2], colorScheme).toBe(looks[0]);
    await context.close();
  }
});
