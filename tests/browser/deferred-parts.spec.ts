import { appStarted, expect, holdRequests, seed, test, type Page } from './fixtures';

// The reader's header, key quotes, legend and notes on the authors hydrate
// after the rest of the page, once their code has come
// (src/components/deferred-part.tsx): until then the server's HTML reads and
// its links work, and the rest of the page works around it. The question
// index is not one of them: it hydrates with the page, so its links move in
// the page and Escape closes it from the first moment.

/** Holds back the code of the parts that hydrate last; returns the release. */
const holdTheParts = (page: Page) => holdRequests(page, /\/assets\/reader-parts-[^/]+\.js$/);

/**
 * Console errors and warnings (a hydration mismatch shows as one), and
 * uncaught errors; but the service worker's, which the tests block.
 */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/^Service Worker registration blocked/.test(text)) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(text);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test.use({ viewport: { width: 375, height: 740 } });

test("the page works while the parts' code loads, the question index with it", async ({ page }) => {
  const problems = problemsOf(page);
  const release = await holdTheParts(page);
  await page.goto(`/i/${seed.id}`);
  await appStarted(page);
  // The rest of the page has hydrated: its buttons work.
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(page.getByRole('button', { name: /^Energy\s*:/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await page.getByRole('button', { name: 'Expand all' }).click();
  await page.locator('#q2').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const toggle = page.locator('#question_index_toggle');
  await expect(toggle).toContainText('Question 2 of 5');
  // The index has hydrated with the page: it marks the question being read…
  const index = page.locator('#question_index');
  await expect(index.locator('[aria-current="true"]')).toHaveText(
    /How is cooperation in the transport sector developing/,
  );
  // …and Escape closes it.
  await toggle.click();
  await expect(index).toBeVisible();
  await index.getByRole('link').first().focus();
  await page.keyboard.press('Escape');
  await expect(index).toBeHidden();
  await expect(toggle).toBeFocused();
  // The held parts keep the server's text meanwhile.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.getByRole('heading', { name: 'Key quotes' })).toBeVisible();
  // Released (with the parts' code held, an index link's move in the page
  // did not happen: not yet explained), the index's links move in the page,
  // the panel closing.
  release();
  await page.evaluate(() => (document.documentElement.dataset.sameDocument = 'yes'));
  await toggle.click();
  await index.getByRole('link', { name: /How do you respond to reports of attacks/ }).click();
  await expect(index).toBeHidden();
  await expect(page.locator('#q4')).toBeInViewport();
  await expect(page.locator('#q4')).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-same-document', 'yes');
  expect(problems).toEqual([]);
});

test('a key quote followed before its code has come still lands on the quote', async ({ page }) => {
  const problems = problemsOf(page);
  await holdTheParts(page);
  await page.goto(`/i/${seed.id}`);
  await appStarted(page);
  await page.getByRole('heading', { name: 'Key quotes' }).click();
  await page
    .getByRole('region', { name: /Key quotes/ })
    .getByRole('link')
    .first()
    .click();
  // A plain link then: the quote's page loads and lands on the quote.
  await expect(page).toHaveURL(new RegExp(`/i/${seed.id}/[a-z-]+#`));
  const target = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  expect(problems).toEqual([]);
});

test('Escape in the search field before its code has come clears the link’s query', async ({
  page,
}) => {
  // The search field hydrates after the rest of the page too (a deferred
  // part): "/" and Escape pressed meanwhile are the page's head script's.
  await page.setViewportSize({ width: 1280, height: 900 });
  const release = await holdTheParts(page);
  await page.goto(`/i/${seed.id}?q=corridor`);
  await appStarted(page);
  await expect(page.locator('mark[data-kind~="search"]').first()).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'Search this interview' });
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  release();
  await expect(page).toHaveURL(new RegExp(`/i/${seed.id}$`));
  await expect(field).toHaveValue('');
  await expect(page.locator('mark[data-kind~="search"]')).toHaveCount(0);
});

test('a discussion lesson shows none of its hidden answers’ key quotes while the parts’ code loads', async ({
  page,
}) => {
  // A lesson link's page is built as the whole interview: the key quotes panel's HTML lists every
  // quote (the answers' words), the header the whole interview's reading time. Shown before their
  // code had come, they gave the hidden answers away, on screen and on paper ("Print handout").
  const problems = problemsOf(page);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/reader-parts-[^/]+\.js$/, async (route) => {
    // Held until the lesson shows, or (for an app that waits for the code before showing the
    // lesson) until it is clear it will not show without it.
    await Promise.race([released, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await route.continue();
  });
  await page.goto(`/i/${seed.id}?sections=energy,peace&mode=discuss`);
  await expect(page.getByRole('button', { name: 'Reveal all answers' })).toBeVisible({
    timeout: 15_000,
  });
  const keyQuotes = page.getByRole('region', { name: /Key quotes/ });
  const shown = {
    quotes: await keyQuotes.locator('blockquote').count(),
    readingTime: await page.getByText(/min read/).textContent(),
  };
  release();
  // The lesson's reading time: its two sections' questions, their answers hidden (not the
  // whole interview's 6 min, nor the two sections' 3 min with every answer).
  expect(shown).toEqual({ quotes: 0, readingTime: expect.stringContaining('1 min read') });
  await page.emulateMedia({ media: 'print' });
  await expect(keyQuotes).toBeHidden();
  expect(problems).toEqual([]);
});
