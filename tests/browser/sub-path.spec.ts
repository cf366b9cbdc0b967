import { copied, expect, seed, test } from './fixtures';

// This project's baseURL is http://127.0.0.1:<TEST_PORT + 1>/reader/: relative paths below resolve under it.

test('the library links below the folder, and the reader loads its data from there', async ({
  page,
}) => {
  await page.goto('./');
  const link = page.getByRole('link', { name: seed.title });
  await expect(link).toHaveAttribute('href', `/reader/i/${seed.id}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/reader/i/${seed.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
});

test('a section link typed and reloaded below the folder opens the section', async ({ page }) => {
  await page.goto(`./i/${seed.id}/security`);
  await expect(page.locator('#security__heading')).toBeFocused();
  await page.reload();
  await expect(page.locator('#security__heading')).toBeFocused();
  await expect(page.locator('#security__heading')).toBeInViewport();
});

test('a question fragment and the index work below the folder', async ({ page }) => {
  await page.goto(`./i/${seed.id}#q2`);
  await expect(page.locator('#q2')).toBeFocused();
  const index = page.getByRole('navigation', { name: 'Questions' });
  await expect(
    index.getByRole('link', { name: /How do you assess current relations/ }),
  ).toHaveAttribute('href', `/reader/i/${seed.id}/peace#q5`);
});

test('copied links include the folder', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./i/${seed.id}`);
  await page
    .locator('#energy')
    .getByRole('button', { name: /to section Energy$/ })
    .click();
  await copied(page, 'Copy link to section Energy');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(`i/${seed.id}/energy`, baseURL).href,
  );
});

test('an unknown interview below the folder says so', async ({ page }) => {
  await page.goto('./i/missing-one');
  await expect(page.getByRole('heading', { level: 1, name: 'Interview not found' })).toBeVisible();
});
