import { expect, test } from './fixtures';

// The importer's one section was "Interview" in English over a French interview: the reader's
// section header mixed two languages. Now in the interview's language, read as such.
const FRENCH = `L'invité du jour – Sud Radio Média
- Vous présentez deux émissions chaque soir depuis quatre ans. Vous ne regrettez pas d'avoir quitté la Suisse ?
- Non, même si j'aime toujours beaucoup la Suisse. Les deux pays ont leur charme, et ici l'art de la parole est très différent.
- Différent en quoi ?
- Les Français, eux, aiment la parole, et cela a beaucoup de charme pour nous qui venons de loin.`;

test('a French interview’s one section is “Entretien”, in French, its link as before', async ({
  page,
}) => {
  await page.goto('/add');
  await page.getByLabel('Paste the article’s text').fill(FRENCH);
  await page.getByRole('button', { name: 'Read this text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ready to keep' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep on this device' }).click();
  await expect(page).toHaveURL(/\/i\/linvite-du-jour-sud-radio-media$/);
  const heading = page.getByRole('heading', { name: /Entretien/ });
  await expect(heading).toBeVisible();
  expect(await heading.evaluate((h) => h.closest('[lang]')?.getAttribute('lang'))).toBe('fr');
  await expect(heading).not.toContainText('Interview');
  // The section's link is the one it had ("#interview").
  expect(await page.locator('section[id="interview"], [id="interview"]').count()).toBe(1);
});
