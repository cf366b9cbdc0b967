import { expect, seed, test } from './fixtures';

/** Where the keyboard's focus is: a control's name, or "body" when it was lost. */
const focused = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return (element.textContent ?? '').trim();
  });

// A keyboard user presses a control that then moves, turns disabled or goes away: focus must
// stay on a control in the builder, never drop to <body> (the next Tab would start at the top).
test('the lesson builder keeps the keyboard focus on a control when one is pinned, moved or removed', async ({
  page,
}) => {
  await page.goto(`/i/${seed.id}`);
  await page.getByRole('button', { name: 'Make a lesson link' }).click();
  const builder = page.getByRole('dialog', { name: 'Make a lesson link' });
  await builder.getByRole('checkbox', { name: /^Energy/ }).check();
  await builder.getByRole('checkbox', { name: /^Peace/ }).check();

  await builder.getByRole('button', { name: 'Move Energy down' }).focus();
  await page.keyboard.press('Enter');
  await expect(builder.getByRole('list', { name: 'Order of the chosen sections' })).toContainText(
    /1\. Peace[\s\S]*2\. Energy/,
  );
  // Energy is now last, so its "down" is disabled: focus is on its "up".
  expect(await focused(page)).toBe('↑ Move Energy up');

  await builder.getByRole('button', { name: /^Pin “Ukraine will not voluntarily/ }).focus();
  await page.keyboard.press('Enter');
  expect(await focused(page)).toBe('Pinned “Ukraine will not voluntarily cede its territory.”');

  await builder.getByRole('button', { name: /^Pin “the war will end this year/ }).focus();
  await page.keyboard.press('Enter');
  await builder.getByRole('button', { name: 'Move passage 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(builder.getByRole('list', { name: 'Pinned passages' })).toContainText(
    /1\. “the war will end/,
  );
  expect(await focused(page)).toBe('↓ Move passage 1 down');

  await builder.getByRole('button', { name: 'Remove passage 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    builder.getByRole('list', { name: 'Pinned passages' }).getByRole('listitem'),
  ).toHaveCount(1);
  // The passage that followed takes its place, and its Remove the focus.
  expect(await focused(page)).toBe('Remove passage 1');

  await page.keyboard.press('Enter');
  await expect(builder.getByRole('list', { name: 'Pinned passages' })).toHaveCount(0);
  // None left: the first passage that can be pinned.
  expect(await focused(page)).toMatch(/^Pin “/);
});
