import { copied, expect, seed, test } from './fixtures';

test('copy link puts the section URL on the clipboard and says "Copied"', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/i/${seed.id}`);
  // The name follows the visible text, "Copy link" then "Copied".
  const button = page.locator('#trade').getByRole('button', { name: /to section Trade$/ });
  await button.click();
  await expect(button).toContainText('Copied');
  await expect(
    page.getByRole('status').filter({ hasText: 'Copy link to section Trade: copied' }),
  ).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/i/${seed.id}/trade`,
  );
  await expect(button).toContainText('Copy link', { timeout: 5000 });
});

test('copy link on a question copies its deep link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/i/${seed.id}`);
  await page.getByRole('button', { name: 'Copy link to question 3' }).click();
  await copied(page, 'Copy link to question 3');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/i/${seed.id}/energy#q3`,
  );
});

test('without any clipboard, the link is shown selected to copy by hand', async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
    document.execCommand = () => false;
  });
  await page.goto(`/i/${seed.id}`);
  await page.getByRole('button', { name: 'Copy link to question 2' }).click();
  const field = page.getByRole('textbox', { name: /Copy this by hand/ });
  await expect(field).toHaveValue(`${baseURL}/i/${seed.id}/middle-corridor#q2`);
  await expect(field).toBeFocused();
  expect(
    await field.evaluate(
      (el: HTMLInputElement) => (el.selectionEnd ?? 0) - (el.selectionStart ?? 0),
    ),
  ).toBe(`${baseURL}/i/${seed.id}/middle-corridor#q2`.length);
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
});

test('the fallback copy command works where the Clipboard API is missing', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.goto(`/i/${seed.id}`);
  const button = page.locator('#peace').getByRole('button', { name: /to section Peace$/ });
  await button.click();
  await expect(button).toContainText('Copied');
});
