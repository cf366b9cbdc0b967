import { libraryIndexForTests, serveIndex } from '../support/search-library';
import { expect, test } from './fixtures';

// A search worker keeps the data of a search's first 50 matches at hand
// (pagefind-worker.ts) and finds the others again when a reader pages that
// far: 62 interviews in one index, every one of them shown in the end, once.
const INTERVIEWS = 62;
const indexDir = libraryIndexForTests(test, INTERVIEWS, 100);

test('a reader who pages past the first fifty results gets every interview, once each', async ({
  page,
  context,
}) => {
  await serveIndex(context, indexDir());
  await page.goto('/?q=pipelines');
  await expect(page.locator('#library_results')).toHaveText('62 interviews match “pipelines”');
  const titles = page.getByRole('article').getByRole('heading', { level: 3 });
  for (let shown = 10; shown < INTERVIEWS; shown += 10) {
    await page.getByRole('button', { name: `Show more (${shown} of ${INTERVIEWS} shown)` }).click();
    await expect(titles).toHaveCount(Math.min(shown + 10, INTERVIEWS));
  }
  await expect(page.getByRole('button', { name: /Show more/ })).toHaveCount(0);
  const shown = await titles.allTextContents();
  expect(new Set(shown)).toEqual(
    new Set(Array.from({ length: INTERVIEWS }, (_, index) => `Interview number ${index + 1}`)),
  );
  // Best first, as far as the reader went: the most mentions at the top, the fewest at the end.
  expect(shown.slice(0, 3)).toEqual([
    'Interview number 62',
    'Interview number 61',
    'Interview number 60',
  ]);
  expect(shown.at(-1)).toBe('Interview number 1');
});

test('“Show more” from the keyboard goes on at the first interview it adds, not at the page’s top', async ({
  page,
  context,
}) => {
  await serveIndex(context, indexDir());
  await page.goto('/?q=pipelines');
  const articles = page.getByRole('article');
  await page.getByRole('button', { name: 'Show more (10 of 62 shown)' }).focus();
  await page.keyboard.press('Enter');
  await expect(articles).toHaveCount(20);
  // The eleventh interview's title, then its first passage: the next Tab reads on from there.
  await expect(articles.nth(10).getByRole('heading', { level: 3 }).getByRole('link')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(articles.nth(10).getByRole('list').getByRole('link').first()).toBeFocused();
});
