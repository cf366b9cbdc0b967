import { expect, scrollsSideways, seed, test } from './fixtures';
import { expectSamePlace, HEIGHT, landedWithoutScript, targets, WIDTHS } from './landing-checks';
import { textOnScreen } from '../support/text-on-screen';

// Read without JavaScript, a section link opens at its heading and a question
// link at its question, just below any sticky bar (none is shown without
// JavaScript on phones; from 768 px the index column sticks beside the text),
// the same place as with JavaScript (landing.spec.ts), at every width, after a
// load and a reload, and the address stays as it was sent.

/**
 * The links in an order where each one's page differs from the one before:
 * the sections' links, then the questions'. Taken in the seed's order, a
 * question's link (/peace#q5) came straight after its section's (/peace), and
 * going there only scrolled the page already loaded: it landed no link.
 */
const loadOrder = [
  ...targets.filter(({ path }) => !path.includes('#')),
  ...targets.filter(({ path }) => path.includes('#')),
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of WIDTHS) {
    test(`section and question links land just below the top at ${width} px`, async ({ page }) => {
      // Twenty page loads (ten links, each loaded and reloaded): 25-30 s at a load of 15-20.
      test.setTimeout(2 * test.info().timeout);
      await page.setViewportSize({ width, height: HEIGHT });
      const offsets: [string, number][] = [];
      for (const target of loadOrder) {
        // A mark on the document the last reload left: the link must load a new one.
        await page.evaluate(() => document.documentElement.setAttribute('data-left', ''));
        await page.goto(target.path);
        expect(
          await page.evaluate(() => document.documentElement.hasAttribute('data-left')),
          `${target.path} loads its page`,
        ).toBe(false);
        offsets.push([
          `load ${target.path}`,
          await landedWithoutScript(page, target.id, `load ${target.path}`),
        ]);
        await page.reload();
        offsets.push([
          `reload ${target.path}`,
          await landedWithoutScript(page, target.id, `reload ${target.path}`),
        ]);
        // Nothing rewrote the address (no fragment added to a section link).
        expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(target.path);
      }
      expectSamePlace(offsets);
    });
  }

  test('a text fragment on a section link wins over the section', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: HEIGHT });
    // A passage of the Energy section, sent on the Peace section's link.
    const passage = 'Deep drilling is a shared priority';
    await page.goto(`/i/${seed.id}/peace#:~:text=${encodeURIComponent(passage)}`);
    await expect.poll(() => textOnScreen(page, passage)).toBe(true);
    await expect(page.locator('#peace__heading')).not.toBeInViewport();
  });

  test('a text fragment whose words are not found lands a section link on its heading', async ({
    page,
  }) => {
    // Chromium falls back on the heading's scroll-initial-target.
    await page.setViewportSize({ width: 390, height: HEIGHT });
    const offsets: [string, number][] = [];
    for (const path of [`/i/${seed.id}/peace`, `/i/${seed.id}/peace#:~:text=nonexistentwords`]) {
      // From another page: from the same page, a link that adds a fragment loads nothing.
      await page.goto('about:blank');
      await page.goto(path);
      offsets.push([path, await landedWithoutScript(page, 'peace__heading', path)]);
    }
    expectSamePlace(offsets);
  });
});

// A passage link (`?quote=`) is a section's page to a static host: read without JavaScript it
// lands at the section's heading, screens below the interview's top, where the note that
// passage links need JavaScript was the only one.
const PASSAGE_LINK = `/i/${seed.id}/peace?quote=the+war+will+end+this+year.`;

test.describe('a passage link without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lands at its section, which says there why the passage is not marked', async ({ page }) => {
    for (const width of [320, 768, 1920]) {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto('about:blank');
      await page.goto(PASSAGE_LINK);
      await landedWithoutScript(page, 'peace__heading', `${PASSAGE_LINK} at ${width} px`);
      const note = page.locator('#peace').getByText('need JavaScript, which is off');
      await expect(note, `${width} px`).toBeInViewport({ ratio: 1 });
      expect(await scrollsSideways(page), `${width} px`).toBe(false);
    }
  });
});

test('with JavaScript, a passage link is marked and no note about JavaScript shows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: HEIGHT });
  await page.goto(PASSAGE_LINK);
  await expect(page.locator('mark[data-kind~="passage"]').first()).toBeInViewport();
  await expect(page.getByText('need JavaScript').filter({ visible: true })).toHaveCount(0);
});

test('without JavaScript, a passage link’s section and its note are axe clean, light and dark', async ({
  page,
  axe,
}) => {
  // As reading-view.spec's: the app's scripts refused and the script mark removed.
  await page.route(/\.js$/, (route) => route.abort());
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(PASSAGE_LINK);
      await page.evaluate(() => document.documentElement.classList.remove('js'));
      await expect(page.locator('#peace').getByText('need JavaScript, which is off')).toBeVisible();
      await axe(`${PASSAGE_LINK} without JavaScript at ${width} px, ${colorScheme}`);
    }
  }
});
