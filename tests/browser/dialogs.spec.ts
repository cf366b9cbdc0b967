import { expect, seed, test } from './fixtures';

// Every dialog closes by Escape, by a tap on its backdrop and by its Close
// button, which stays in view however far its content scrolls, at 320 px too.
test.use({ hasTouch: true });

const dialogs = [
  { opener: 'Cite this interview', name: 'Cite this interview', last: 'Copy RIS' },
  { opener: 'Make a lesson link', name: 'Make a lesson link', last: 'Copy lesson link' },
];

for (const width of [320, 375]) {
  for (const { opener, name, last } of dialogs) {
    test(`“${name}” at ${width} px closes by Close, Escape and a backdrop tap`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 640 });
      await page.goto(`/i/${seed.id}`);
      const open = page.getByRole('button', { name: opener });
      const dialog = page.getByRole('dialog', { name });
      const close = dialog.getByRole('button', { name: 'Close' });

      await open.tap();
      await dialog.getByRole('button', { name: last }).scrollIntoViewIfNeeded();
      await expect(close).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      const box = await close.boundingBox();
      expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      await close.tap();
      await expect(dialog).toBeHidden();
      await expect(open).toBeFocused();

      await open.tap();
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      await open.tap();
      await expect(dialog).toBeVisible();
      // Outside the dialog's box: its backdrop.
      await page.touchscreen.tap(width - 2, 2);
      await expect(dialog).toBeHidden();
    });
  }
}
