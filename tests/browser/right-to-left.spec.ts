import type { Locator } from '@playwright/test';
import { appStarted, expect, seed, test } from './fixtures';

// An interview in Arabic (or Hebrew, Persian, Urdu) reads from the right: each of its
// paragraphs aligned right, its full stop at the left end, as the page it came from showed it.
const QUESTION = 'متى اكتشفت المسرح؟';
const ANSWER = 'في المدرسة الابتدائية.';

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

  const answer = page.locator('p', { hasText: ANSWER }).first();
  await expect(answer).toBeVisible();
  const question = page.locator('.question-heading span', { hasText: QUESTION }).first();
  const entry = page.getByRole('link', { name: QUESTION }).first().locator('span').first();
  for (const [what, block] of [
    ['the answer', answer],
    ['the question', question],
    ['its entry in the question index', entry],
  ] as const) {
    const { fromLeft, fromRight } = await textInBox(block);
    expect(fromRight, `${what} ends at the right`).toBeLessThanOrEqual(2);
    expect(fromLeft, `${what} leaves room on the left`).toBeGreaterThan(20);
  }
  // The reader's own words stay left to right.
  const expand = page.getByRole('button', { name: 'Expand all' });
  const { fromLeft } = await textInBox(expand.locator('xpath=..'));
  expect(fromLeft).toBeLessThanOrEqual(2);
});
