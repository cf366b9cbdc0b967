import { expect, seed, test } from './fixtures';

const pages = {
  library: '/',
  reader: `/i/${seed.id}`,
  'section link': `/i/${seed.id}/security`,
  'unknown section': `/i/${seed.id}/nope`,
  'unknown interview': '/i/nope',
  'unknown page': '/x/y',
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of Object.entries(pages)) {
      test(`axe finds no violations: ${name}`, async ({ page, axe }) => {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await axe();
      });
    }
  });
}

test('axe finds no violations with sections collapsed', async ({ page, axe }) => {
  await page.goto(`/i/${seed.id}`);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  // Pressed again once the app has started, if it had not: check the collapsed page.
  await expect(page.locator('section h2 button[aria-expanded="true"]')).toHaveCount(0);
  await axe();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('axe finds no violations with the index panel open', async ({ page, axe }) => {
    await page.goto(`/i/${seed.id}`);
    await page.getByRole('button', { name: /^Questions/ }).click();
    await page.getByRole('navigation', { name: 'Questions' }).waitFor();
    await axe();
  });
});

for (const scheme of ['light', 'dark'] as const)
  test.describe(`educator tools, ${scheme} mode`, () => {
    test.use({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });

    test('axe finds no violations while searching, in a lesson in discussion mode, with a passage', async ({
      page,
      axe,
    }) => {
      await page.goto(
        `/i/${seed.id}/peace?q=oil&sections=peace,energy&mode=discuss&excerpts=show&prompt=Why%3F&prompt.energy=And+here%3F&pin=Deep+drilling&prompt.pin.1=Explain&quote=the%20war%20will%20end`,
      );
      await page.getByRole('list', { name: 'Passages for the lesson' }).waitFor();
      await axe();
      await page.getByRole('button', { name: 'Reveal all answers' }).click();
      await page.locator('#passage_0').waitFor();
      await axe();
    });

    test('axe finds no violations with the citation dialog open', async ({ page, axe }) => {
      await page.goto(`/i/${seed.id}`);
      await page.getByRole('button', { name: 'Cite this interview' }).click();
      await page.getByRole('heading', { name: 'APA (7th edition)' }).waitFor();
      await axe();
    });

    test('axe finds no violations with the selection menu and the lesson builder open', async ({
      page,
      axe,
    }) => {
      await page.goto(`/i/${seed.id}`);
      await page.locator('#q1__answer p').first().click({ clickCount: 3 });
      await page.getByRole('group', { name: 'Selected passage' }).waitFor();
      await axe();
      await page.getByRole('button', { name: 'Pin to lesson' }).click();
      await page.getByRole('img', { name: 'QR code of the lesson link' }).waitFor();
      await axe();
    });
  });
