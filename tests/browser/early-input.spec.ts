import type { Locator, Page } from '@playwright/test';
import { citationsShown, expect, holdRequests, seed, test } from './fixtures';

// A reader on a slow phone or network sees the prerendered page before the
// app has started, and uses it: what they type or press then is theirs.

/**
 * Holds the app's scripts back until the returned function is called, so the
 * test acts on the prerendered page before the app starts, every time.
 */
const holdTheApp = (page: Page) => holdRequests(page, /\/assets\/.+\.js$/);

test.use({ viewport: { width: 1280, height: 900 } });

test('words typed into the library search before the app starts are kept, searched and still being typed', async ({
  page,
}) => {
  // A filtered library lands on its results once the app starts: it must not
  // take the field from the reader (it did, and the words were lost).
  for (const address of ['/?topic=security', '/']) {
    const startTheApp = await holdTheApp(page);
    await page.goto(address, { waitUntil: 'commit' });
    const field = page.getByRole('searchbox', { name: 'Search all interviews' });
    await field.click();
    await page.keyboard.type('pipe');
    startTheApp();
    await expect(page.locator('#library_results')).toHaveText('1 interview matches “pipe”');
    await expect(field).toHaveValue('pipe');
    await expect(field).toBeFocused();
    await page.keyboard.type('lines');
    await expect(page.locator('#library_results')).toHaveText('1 interview matches “pipelines”');
    await expect(page).toHaveURL(/[?&]q=pipelines(&|$)/);
    await page.unrouteAll();
  }
});

/** Ways a reader reaches the reader's search field before the app has started. */
const readerSearchOpeners: [string, (page: Page, field: Locator) => Promise<void>][] = [
  [
    'words typed into the reader’s search before the app starts are kept and searched',
    (_, field) => field.click(),
  ],
  [
    '"/" pressed before the app starts opens the reader’s search for what is typed next',
    async (page, field) => {
      await expect(field).toBeVisible();
      await page.keyboard.press('/');
      await expect(field).toBeFocused();
    },
  ],
];

for (const [title, openField] of readerSearchOpeners)
  test(title, async ({ page }) => {
    const startTheApp = await holdTheApp(page);
    await page.goto(`/i/${seed.id}/energy`, { waitUntil: 'commit' });
    const field = page.getByRole('searchbox', { name: 'Search this interview' });
    await openField(page, field);
    await page.keyboard.type('pipelines');
    startTheApp();
    await expect(page).toHaveURL(new RegExp(`/i/${seed.id}/energy\\?q=pipelines$`));
    await expect(page.locator('#reader_search_status')).toHaveText(/^1 of \d+$/);
    await expect(field).toHaveValue('pipelines');
    await expect(field).toBeFocused();
  });

test('buttons pressed before the app starts do their work once it has', async ({ page }) => {
  const startTheApp = await holdTheApp(page);
  await page.goto(`/i/${seed.id}`, { waitUntil: 'commit' });
  const toggle = page.getByRole('button', { name: /Trade and Economic Prospects/ });
  await toggle.click();
  await page.getByRole('button', { name: 'Cite question 1', exact: true }).click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  startTheApp();
  // In the order pressed: the section closes, then the citation dialog opens
  // (its code and the CSL processor load then: at load 28 that took over 5 s).
  await citationsShown(page.getByRole('dialog', { name: 'Cite question 1' }));
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('on a phone, the question index opened before the app starts opens', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const startTheApp = await holdTheApp(page);
  await page.goto(`/i/${seed.id}/energy`, { waitUntil: 'commit' });
  const indexToggle = page.locator('#question_index_toggle');
  await indexToggle.click();
  startTheApp();
  await expect(indexToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#question_index')).toBeVisible();
});

test('Enter in a filtered library’s search before the app starts keeps its filters and order', async ({
  page,
}) => {
  const startTheApp = await holdTheApp(page);
  await page.goto('/?topic=security&sort=title&page=2', { waitUntil: 'commit' });
  const field = page.getByRole('searchbox', { name: 'Search all interviews' });
  await expect(page.getByText(/need JavaScript, which is off/)).toBeHidden();
  await field.click();
  await page.keyboard.type('pipelines');
  await page.keyboard.press('Enter');
  // The form is sent to the library with the words, the filter and the
  // order; a new search starts at its first page.
  await expect(page).toHaveURL(/\/\?q=pipelines&topic=security&sort=title$/);
  startTheApp();
  await expect(page.locator('#library_results')).toHaveText('1 interview matches “pipelines”');
  await expect(page.getByRole('link', { name: 'Remove filter Topic: Security' })).toBeVisible();
  await expect(field).toHaveValue('pipelines');
});

test('a search scope chosen before the app starts is kept and applied', async ({ page }) => {
  const startTheApp = await holdTheApp(page);
  await page.goto(`/i/${seed.id}/energy?q=oil`, { waitUntil: 'commit' });
  const questions = page.getByRole('radio', { name: 'Questions' });
  await questions.check();
  startTheApp();
  await expect(page).toHaveURL(/[?&]in=questions(&|$)/);
  await expect(page).toHaveURL(/[?&]q=oil(&|$)/);
  await expect(questions).toBeChecked();
});

test('a reader who scrolls on before the app starts is not taken back to the link', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const startTheApp = await holdTheApp(page);
  await page.goto(`/i/${seed.id}/energy`, { waitUntil: 'commit' });
  const heading = page.locator('#energy__heading');
  await expect(heading).toBeInViewport();
  const landed = await page.evaluate(() => window.scrollY);
  await page.mouse.move(200, 500);
  await page.mouse.wheel(0, 1200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(landed + 1000);
  await expect(heading).not.toBeInViewport();
  const scrolled = await page.evaluate(() => window.scrollY);
  startTheApp();
  // Rendered only once the page has hydrated; the app lands a page load the frame after.
  await expect(page.locator('.handout-header')).toBeAttached();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(heading).not.toBeInViewport();
});

test('Cite pressed as the app starts on a lesson link cites the lesson', async ({ page }) => {
  // Pressed the moment React starts hydrating the page (it hydrates it at
  // once for the click): the button's handler saw the page as prerendered,
  // its address without the lesson, until the render after hydration came.
  await page.addInitScript(() => {
    const pressWhenStarted = () => {
      const root = document.getElementById('root');
      if (!root || !Object.keys(root).some((key) => key.startsWith('__reactContainer$'))) {
        setTimeout(pressWhenStarted, 0);
        return;
      }
      document.querySelector<HTMLElement>('button[aria-label="Cite question 3"]')?.click();
    };
    pressWhenStarted();
  });
  await page.goto(`/i/${seed.id}?sections=energy,peace&mode=discuss`);
  const dialog = page.getByRole('dialog', { name: 'Cite question 3' });
  await citationsShown(dialog);
  await expect(dialog).toContainText(`/i/${seed.id}/energy?sections=energy,peace&mode=discuss#q3`);
});
