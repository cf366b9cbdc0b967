import type { Locator } from '@playwright/test';
import { appStarted, expect, seed, test } from './fixtures';

// An interview in Arabic (or Hebrew, Persian, Urdu) reads from the right: each of its
// paragraphs aligned right, its full stop at the left end, as the page it came from showed it.
const QUESTION = 'متى اكتشفت المسرح؟';
const ANSWER = 'في المدرسة الابتدائية.';
const TITLE = 'حوار مع ممثلة مسرحية';
const TOPIC = 'البدايات';
const HEADING = 'سنوات المدرسة';

/** Where a block's text starts and ends on screen, against the block's own box. */
async function textInBox(block: Locator) {
  return block.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      fromLeft: Math.round(text.left - box.left - parseFloat(style.paddingLeft)),
      fromRight: Math.round(box.right - parseFloat(style.paddingRight) - text.right),
    };
  });
}

test('an Arabic interview reads from the right, the app’s own words from the left', async ({
  page,
}) => {
  await page.route(`**/interviews/${seed.id}.json`, async (route) => {
    const response = await route.fetch();
    const json: unknown = await response.json();
    if (typeof json !== 'object' || json === null) throw new Error('seed');
    let asked = false;
    let answered = false;
    const edited: unknown = JSON.parse(JSON.stringify(json), (key, value: unknown) => {
      if (key === 'language') return 'ar';
      if (key === 'title' && typeof value === 'string' && value === seed.title) return TITLE;
      if (key === 'sections' && Array.isArray(value)) {
        const [first, ...rest] = value.map((section: unknown) => section);
        if (typeof first !== 'object' || first === null) throw new Error('seed sections');
        return [{ ...first, label: TOPIC, heading: HEADING }, ...rest];
      }
      if (key === 'question' && Array.isArray(value) && !asked) {
        asked = true;
        return [QUESTION];
      }
      if (key === 'answer' && Array.isArray(value) && !answered) {
        answered = true;
        // Its other paragraphs stay: a key quote is in one of them.
        return [ANSWER, ...value.map(String)];
      }
      return value;
    });
    await route.fulfill({ response, json: edited });
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  // The interview's page holds its data: opened from the library, the app fetches the file.
  await page.goto('/');
  await appStarted(page);
  await page.getByRole('link', { name: seed.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  const answer = page.locator('p', { hasText: ANSWER }).first();
  await expect(answer).toBeVisible();
  const question = page.locator('.question-heading span', { hasText: QUESTION }).first();
  const entry = page.getByRole('link', { name: QUESTION }).first().locator('span').first();
  for (const [what, block] of [
    ['the answer', answer],
    ['the question', question],
    ['its entry in the question index', entry],
    ['the page title', page.getByRole('heading', { level: 1, name: TITLE })],
    ['the section’s heading', page.locator('.section-toggle span', { hasText: HEADING }).last()],
    ['the section in the question index', page.getByRole('link', { name: TOPIC }).first()],
  ] as const) {
    const { fromLeft, fromRight } = await textInBox(block);
    expect(fromRight, `${what} ends at the right`).toBeLessThanOrEqual(2);
    expect(fromLeft, `${what} leaves room on the left`).toBeGreaterThan(20);
  }
  // The reader's own words stay left to right.
  const expand = page.getByRole('button', { name: 'Expand all' });
  const { fromLeft } = await textInBox(expand.locator('xpath=..'));
  expect(fromLeft).toBeLessThanOrEqual(2);

  // The section's arrow stands where its heading starts, on the right, pointing into it.
  const toggle = page.getByRole('button', { name: new RegExp(`^${TOPIC}`) });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const arrowOf = () =>
    toggle.evaluate((button) => {
      const svg = button.querySelector('svg');
      if (!svg) throw new Error('no arrow');
      const box = button.getBoundingClientRect();
      const { left, right } = svg.getBoundingClientRect();
      // Mirrored or turned half round, the '>' points left.
      const style = getComputedStyle(svg);
      const flipped =
        style.scale.trim().startsWith('-') ||
        style.rotate === '180deg' ||
        (style.transform !== 'none' && new DOMMatrix(style.transform).a < 0);
      return {
        fromRight: Math.round(box.right - right),
        fromLeft: Math.round(left - box.left),
        pointsLeft: flipped,
      };
    });
  // Its turn is animated: read once it has settled.
  await expect
    .poll(async () => (await arrowOf()).pointsLeft, { message: 'the closed arrow points left' })
    .toBe(true);
  const arrow = await arrowOf();
  expect(arrow.fromRight, 'the arrow at the right').toBeLessThanOrEqual(4);
  expect(arrow.fromLeft).toBeGreaterThan(100);

  // At 320 px nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(toggle).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'no sideways scroll at 320 px').toBeLessThanOrEqual(0);
});
