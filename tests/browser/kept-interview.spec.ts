import { parseInterview, parsePublishedIds } from '../../src/interview/parse';
import { textOnScreen } from '../support/text-on-screen';
import { expect, test, type Page } from './fixtures';

// An interview long enough that a passage near its end is below the first screen.
const TOPICS = ['Ovens', 'Flour', 'Mornings', 'Shops', 'Prices', 'Apprentices', 'Holidays'];
const PASSAGE = 'A loaf that rises slowly keeps for a week';
const ARTICLE = [
  'A baker on bread: "Flour is only the start"',
  'By Ann Lee',
  'Baker Tom Hale runs a bakery in Leeds. We asked him about bread.',
  ...TOPICS.flatMap((topic, i) => [
    `Q: What should we know about ${topic.toLowerCase()}?`,
    `A: ${topic} matter more than people think. ${'Every morning we check them before the first batch, and again at noon, because the weather changes everything in a bakery. '.repeat(3)}`,
    `A second thought on ${topic.toLowerCase()}: it took me ${i + 2} years to learn it.`,
  ]),
  'Q: What is the secret of good bread?',
  `A: Time. ${PASSAGE}, and a fast one is stale by the evening.`,
].join('\n');

/** Pastes the article, keeps it, and waits for its reader. */
async function keep(page: Page) {
  await page.goto('/add');
  await page.getByLabel('Paste the article’s text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Read this text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ready to keep' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep on this device' }).click();
  await expect(page).toHaveURL(/\/i\/tom-hale$/);
  await expect(page.getByRole('complementary', { name: 'Kept on this device' })).toBeVisible();
}

/** Whether the words' first line is on screen below every sticky bar (not hidden under one). */
function belowStickyBar(page: Page, words: string): Promise<boolean> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let barBottom = 0;
    for (const bar of document.querySelectorAll('[data-sticky-bar]')) {
      const { position } = getComputedStyle(bar);
      if (position === 'sticky' || position === 'fixed')
        barBottom = Math.max(barBottom, bar.getBoundingClientRect().bottom);
    }
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const box = range.getBoundingClientRect();
      if (box.height > 0 && box.top >= barBottom && box.bottom <= window.innerHeight) return true;
    }
    return false;
  }, words);
}

test.describe('an interview kept on this device', () => {
  for (const width of [390, 1280]) {
    test(`a native text fragment link scrolls to its passage and highlights it at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await keep(page);
      const answer = page.locator('p', { hasText: PASSAGE }).last();
      // Without the fragment: the passage is below the first screen, and how it looks plain.
      await page.goto('/');
      await page.goto('/i/tom-hale');
      await expect(answer).toBeVisible();
      expect(await textOnScreen(page, PASSAGE)).toBe(false);
      await answer.scrollIntoViewIfNeeded();
      const plain = await answer.screenshot();
      // Opened from another page, as a shared link is.
      await page.goto('/');
      await page.goto(`/i/tom-hale#:~:text=${encodeURIComponent(PASSAGE)}`);
      // On a slow phone the app renders the kept interview after the browser has given up looking
      // for the words: the app finds them itself, and lands them below the sticky bar.
      await expect.poll(() => textOnScreen(page, PASSAGE)).toBe(true);
      await expect.poll(() => belowStickyBar(page, PASSAGE)).toBe(true);
      // The app's own mark of the words (passage_0: no `quote` before it), which only a reader
      // that finds them itself makes: without it this test passed at full CPU speed even where the
      // app left the words to the browser (it failed only under SLOW_CPU).
      await expect(page.locator('#passage_0')).toContainText(PASSAGE.slice(0, 20));
      // The highlight of the passage changes how the paragraph looks.
      expect((await answer.screenshot()).equals(plain)).toBe(false);
    });
  }

  // The last question's answer is short: its link lands with the page scrolled to its end and
  // the question below the reading line (a quarter down the screen), which it never reaches. The
  // bar and the index named the question before it ("Question 7 of 8"), under the highlighted 8th.
  for (const width of [320, 1280]) {
    test(`a link to its last question names that question in the bar and the index at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await keep(page);
      await page.goto('/');
      await page.goto('/i/tom-hale#q8');
      await expect(page.locator('#q8')).toBeInViewport();
      // The index's entry for the question being read (the index is folded away on a phone).
      const current = page.locator('[aria-current]');
      await expect(current).toHaveText(/What is the secret of good bread/);
      if (width < 768) await expect(page.getByText('Question 8 of 8')).toBeVisible();
      // Back up the page, the question being read is again the one at the reading line.
      await page.mouse.wheel(0, -1600);
      await expect(current).not.toHaveText(/What is the secret of good bread/);
    });
  }

  test('its link opens from this device with no error in the console: the site is not asked for it', async ({
    page,
  }) => {
    await keep(page);
    await page.goto('/');
    const messages: string[] = [];
    const asked: string[] = [];
    page.on('console', (message) => {
      // (The tests block the service worker, and Playwright says so.)
      if (message.text().includes('blocked by Playwright')) return;
      // The host answers the address, which it has no page for, with its 404.html and status
      // 404 (as for any address it has not got), and the browser reports that for the page.
      const { url } = message.location();
      if (url.endsWith('/i/tom-hale') && message.text().includes('status of 404')) return;
      if (message.type() === 'error' || message.type() === 'warning')
        messages.push(`${message.text()} ${url}`);
    });
    page.on('pageerror', (error) => messages.push(error.message));
    page.on('request', (request) => {
      if (request.url().includes('/interviews/')) asked.push(request.url());
    });
    // The site has no page for it: its 404.html starts the app, which reads this device's storage.
    const response = await page.goto('/i/tom-hale');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('complementary', { name: 'Kept on this device' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Flour is only the start');
    expect(messages).toEqual([]);
    expect(asked).toEqual([]);
    // An id neither the device nor the site has is still not found (the site asked, then).
    await page.goto('/i/tom-hale-2');
    await expect(page.getByRole('heading', { name: 'Interview not found' })).toBeVisible();
    expect(asked).toEqual([expect.stringMatching(/\/interviews\/tom-hale-2\.json$/)]);
  });

  test('opened from the library, it opens from this device, or from the site once the site publishes its id', async ({
    page,
  }) => {
    await keep(page);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/interviews/')) asked.push(new URL(request.url()).pathname);
    });
    const onThisDevice = page.getByRole('region', { name: 'On this device' });
    await page.goto('/');
    await onThisDevice.getByRole('link', { name: /Flour is only the start/ }).click();
    await expect(page.getByRole('complementary', { name: 'Kept on this device' })).toBeVisible();
    // Not published: the site is not asked for its file (a 404 in the console, it was).
    expect(asked).toEqual([]);

    // The site publishes an interview with the same id: opened in-app, the site's opens.
    const seedFile = parseInterview(
      await (await page.request.get('/interviews/viktor-maiko-2026.json')).json(),
    );
    if (!seedFile.ok) throw new Error('the seed does not parse');
    await page.route('**/library/ids/*.json', async (route) => {
      const listed = parsePublishedIds(await (await route.fetch()).json());
      if (!listed.ok) throw new Error('the published ids do not parse');
      await route.fulfill({
        json: { ...listed.data, ids: [...listed.data.ids, 'tom-hale'].sort() },
      });
    });
    await page.route('**/interviews/tom-hale.json', (route) =>
      route.fulfill({ json: { ...seedFile.data, id: 'tom-hale', title: 'Published at last' } }),
    );
    await page.goto('/');
    await onThisDevice.getByRole('link', { name: /Flour is only the start/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Published at last');
    await expect(page.getByRole('complementary', { name: 'Kept on this device' })).toHaveCount(0);
  });

  test('prints as a handout to PDF, saying its links open only on this device', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await keep(page);
    await page.getByRole('button', { name: 'Print handout' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText(PASSAGE)).toBeVisible();
    // Its reader link would not open for the class: the handout says so, with no QR code.
    const header = page.locator('.handout-header');
    await expect(header).toContainText('Printed from a copy kept on one device');
    await expect(header.getByRole('img', { name: /QR code/ })).toHaveCount(0);
    await expect(header).toContainText('Cite as');
    // No buttons or fields on paper.
    const visibleControls = await page
      .locator('button, input, nav, [role="group"]')
      .evaluateAll((elements) => elements.filter((e) => e.getClientRects().length > 0).length);
    expect(visibleControls).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThan(8);
  });
});
