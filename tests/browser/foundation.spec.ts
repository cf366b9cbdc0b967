import { appStarted, expect, test } from './fixtures';

const interviewTitle =
  'Ukrainian Ambassador to Kazakhstan: “The War Will End This Year. I Truly Believe In That.”';

test('the library links to the seed interview, which shows its title and text', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible();
  await page.getByRole('link', { name: interviewTitle }).click();
  await expect(page).toHaveURL(/\/i\/viktor-maiko-2026$/);
  await expect(page.getByRole('heading', { level: 1, name: interviewTitle })).toBeVisible();
  await expect(
    page.locator('#q5').getByText('Ukraine will not voluntarily cede its territory.'),
  ).toBeVisible();
  await expect(page).toHaveTitle(`${interviewTitle} · Interview Reader`);
});

test('an unknown interview says so and links back to the library', async ({ page }) => {
  await page.goto('/i/no-such-interview');
  await expect(page.getByRole('heading', { level: 1, name: 'Interview not found' })).toBeVisible();
  await expect(page.getByText('The interview “no-such-interview” was not found')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible();
});

test('an address outside the app says the page is not found', async ({ page }) => {
  await page.goto('/nothing/here');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('an invalid interview file shows each problem with its JSON path', async ({ page }) => {
  await page.route('**/interviews/viktor-maiko-2026.json', async (route) => {
    const response = await route.fetch();
    const json: unknown = await response.json();
    if (typeof json !== 'object' || json === null || !('sections' in json)) throw new Error('seed');
    const broken = { ...json, published: '10 February 2026', sections: [{ id: 'Trade' }] };
    await route.fulfill({ response, json: broken });
  });
  // The page of the interview holds its data; opening it from the library fetches the file
  // (once the app has started: before, the link loads that page, data and all).
  await page.goto('/');
  await appStarted(page);
  await page.getByRole('link', { name: interviewTitle }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'This file cannot be shown' }),
  ).toBeVisible();
  const problems = page.getByRole('listitem');
  await expect(problems.filter({ hasText: '$.published must be an ISO 8601 date' })).toHaveCount(1);
  await expect(problems.filter({ hasText: '$.sections[0].id must be a URL-safe id' })).toHaveCount(
    1,
  );
  await expect(problems.filter({ hasText: '$.sections[0].heading is missing' })).toHaveCount(1);
});

test('a network failure is retried, then offers to try again', async ({ page }) => {
  let failing = true;
  let attempts = 0;
  await page.route('**/interviews/viktor-maiko-2026.json', async (route) => {
    attempts += 1;
    if (failing) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await page.goto('/');
  await appStarted(page);
  await page.getByRole('link', { name: interviewTitle }).click();
  await expect(page.getByRole('heading', { name: 'Not saved on this device' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText('The network cannot be reached')).toBeVisible();
  expect(attempts).toBe(4);
  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: interviewTitle })).toBeVisible();
});

test('a server error says the page could not be loaded, with the status', async ({ page }) => {
  await page.route('**/interviews/viktor-maiko-2026.json', (route) =>
    route.fulfill({ status: 503, body: 'busy' }),
  );
  // The interview's own page holds its data: the library's link fetches it.
  await page.goto('/');
  await appStarted(page);
  await page.getByRole('link', { name: interviewTitle }).click();
  await expect(page.getByRole('heading', { name: 'Could not load this page' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText('the server answered 503')).toBeVisible();
});
