import { citationsShown, expect, seed, test } from './fixtures';

// Every dialog closes by Escape, by a tap on its backdrop and by its Close
// button, which stays in view however far its content scrolls, at 320 px too.
test.use({ hasTouch: true });

/** Controls under a 44 px touch target: a checkbox counts by its label, which takes its taps. */
function smallTargets(root: import('@playwright/test').Locator) {
  return root.evaluate((element) =>
    [...element.querySelectorAll('button, a[href], input, select, textarea')]
      .map(
        (control) =>
          (control.matches('input[type=checkbox]') && control.closest('label')) || control,
      )
      .filter((target) => target.getClientRects().length > 0)
      .filter((target) => {
        const { width, height } = target.getBoundingClientRect();
        return Math.min(width, height) < 44;
      })
      .map(
        (target) =>
          target.getAttribute('aria-label') ?? target.textContent?.trim() ?? target.tagName,
      ),
  );
}

const dialogs = [
  { opener: 'Cite this interview', name: 'Cite this interview', last: 'Copy RIS' },
  { opener: 'Make a lesson link', name: 'Make a lesson link', last: 'Copy lesson link' },
];

// Both dialogs on one page at each width: a page load each before.
for (const width of [320, 375]) {
  test(`“Cite this interview” and “Make a lesson link” at ${width} px close by Close, Escape and a backdrop tap`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 640 });
    await page.goto(`/i/${seed.id}`);
    for (const { opener, name, last } of dialogs) {
      const open = page.getByRole('button', { name: opener });
      const dialog = page.getByRole('dialog', { name });
      const close = dialog.getByRole('button', { name: 'Close' });

      await open.tap();
      if (name === 'Cite this interview') await citationsShown(dialog);
      await dialog.getByRole('button', { name: last }).scrollIntoViewIfNeeded();
      await expect(close, name).toBeInViewport({ ratio: 1 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        name,
      ).toBeLessThanOrEqual(width);
      const box = await close.boundingBox();
      expect(box && Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(44);
      // Every copy button, field and checkbox of the dialog, not only Close.
      expect(await smallTargets(dialog), name).toEqual([]);
      await close.tap();
      await expect(dialog, name).toBeHidden();
      await expect(open, name).toBeFocused();

      await open.tap();
      await expect(dialog, name).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog, name).toBeHidden();

      await open.tap();
      await expect(dialog, name).toBeVisible();
      // Outside the dialog's box: its backdrop.
      await page.touchscreen.tap(width - 2, 2);
      await expect(dialog, name).toBeHidden();
    }
  });
}

test('copy buttons in the reader are 44 px touch targets at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/i/${seed.id}?sections=energy`);
  const copyButtons = page.getByRole('button', { name: /^Copy link to (section|question)/ });
  await expect(copyButtons).toHaveCount(2);
  for (const button of await copyButtons.all()) {
    const box = await button.boundingBox();
    expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  }
  await page.locator('#q3__answer p').first().click({ clickCount: 3 });
  const menu = page.getByRole('group', { name: 'Selected passage' });
  await expect(menu).toBeVisible();
  expect(await smallTargets(menu)).toEqual([]);
});
