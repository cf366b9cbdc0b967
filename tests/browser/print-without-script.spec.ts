import { encode } from 'uqr';
import { modulesPath } from '../../src/features/lesson/components/qr-code';
import { expect, seed, test } from './fixtures';

// With JavaScript a handout prints its link with a QR code (print.spec.ts); a teacher printing
// with JavaScript off got the link as words only, with nothing a class could scan.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a printed reader gives the QR code of the address it prints, on paper only', async ({
    page,
  }) => {
    for (const path of [`/i/${seed.id}`, `/i/${seed.id}/energy`]) {
      await page.emulateMedia({ media: 'print' });
      await page.goto(path);
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      const qr = page.getByRole('img', { name: 'QR code of the address above' });
      await expect(qr, path).toBeVisible();
      // The code of that address, whole: what a phone's camera opens.
      const code = encode(canonical, { ecc: 'M', border: 2 });
      await expect(qr.locator('path'), path).toHaveAttribute('d', modulesPath(code.data));
      // Large enough to scan on paper: about 0.5 mm a module or more.
      const box = await qr.boundingBox();
      expect((box?.width ?? 0) / code.size, path).toBeGreaterThanOrEqual(1.9);
      await page.emulateMedia({ media: 'screen' });
      await expect(qr, path).toBeHidden();
    }
  });
});

test('with JavaScript, the printed page has the handout’s QR code, not the one for paper without it', async ({
  page,
}) => {
  await page.goto(`/i/${seed.id}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: 'QR code of the reader link' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of the address above' })).toBeHidden();
});
