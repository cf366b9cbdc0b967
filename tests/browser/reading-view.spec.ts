import { expect, seed, test } from './fixtures';

test('the reading time counts what is shown: a lesson of one section reads faster', async ({
  page,
}) => {
  await page.goto(`/i/${seed.id}`);
  await expect(page.getByText('6 min read')).toBeVisible();
  await page.goto(`/i/${seed.id}?sections=trade`);
  await expect(page.getByText('2 min read')).toBeVisible();
});
