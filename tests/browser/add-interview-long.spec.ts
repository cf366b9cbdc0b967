import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { bakerTranscript } from '../support/baker-transcript';

// The importer runs in a worker (src/features/add-interview/api/article-import-worker.ts): a long
// text's read, seconds of work, no longer holds the page. On the page's thread, a 1 MB paste of
// short turns left it frozen until the draft came: nothing could be typed, scrolled or stopped.

/**
 * Puts `text` in the field as a paste does, in one input event. (Playwright's fill types it
 * through the browser's input method, which took minutes for a megabyte.)
 */
async function paste(field: Locator, text: string) {
  await field.evaluate((element: HTMLTextAreaElement, value) => {
    element.focus();
    // Through the element's own setter, which React's own tracking of the value does not see.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(
      element,
      value,
    );
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

test('a long text is read while the page answers: said, typed beside, stopped, changed, then read', async ({
  page,
}) => {
  // Seconds of reading, each time, on a loaded machine.
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('/add');
  const field = page.getByLabel('Paste the article’s text');
  const text = bakerTranscript(10_000);
  expect(text.length).toBeGreaterThan(900_000);
  await paste(field, text);
  const read = page.getByRole('button', { name: 'Read this text' });
  const reading = page.getByRole('status').filter({ hasText: 'Reading the text…' });
  const stop = page.getByRole('button', { name: 'Stop reading' });

  // While it is read, the page says so, and another field takes what is typed in it.
  await read.click();
  await expect(reading).toBeVisible();
  const address = page.getByLabel('Or the address of an interview file');
  await address.fill('https://example.org/interview.json');
  await expect(address).toHaveValue('https://example.org/interview.json');
  await expect(reading).toBeVisible();

  // Stopped: said so, the text kept as it was, no draft.
  await stop.click();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped' })).toBeVisible();
  await expect(reading).toHaveCount(0);
  await expect(stop).toHaveCount(0);
  expect(
    await field.evaluate((element: HTMLTextAreaElement, pasted) => element.value === pasted, text),
  ).toBe(true);

  // Read again and changed meanwhile: its draft would not be the text's, so the read stops.
  await read.click();
  await expect(reading).toBeVisible();
  // One input event, as a paste or an edit makes: typing key by key into a megabyte's field took
  // over two minutes on a loaded machine (CI), each key a render of the whole text.
  await paste(field, `${text} Thank you.`);
  await expect(page.getByRole('status').filter({ hasText: 'the text was changed' })).toBeVisible();
  await expect(reading).toHaveCount(0);

  // A shorter text read to the end (listing 20,000 paragraphs would take this test minutes): the
  // draft's paragraphs are listed.
  await paste(field, bakerTranscript(40));
  await read.click();
  const paragraphs = page.getByRole('region', { name: 'Paragraphs of the source' });
  await expect(
    paragraphs.getByText('It rose at dawn, 40 times over, and sold by noon.', { exact: true }),
  ).toBeAttached({ timeout: 60_000 });
  await expect(
    paragraphs.getByText('What about loaf number 1, then?', { exact: true }),
  ).toBeVisible();
  // In the app's own worker, which the site's policy allows (worker-src falls back to
  // script-src 'self': no blob: worker).
  expect(workers.some((path) => /^\/assets\/article-import-worker-[\w-]+\.js$/.test(path))).toBe(
    true,
  );
  expect(problems).toEqual([]);
});

test('a megabyte read to the end lists its paragraphs a page at a time, and the page answers', async ({
  page,
}) => {
  // The worker's read takes seconds on a loaded machine; then one page of cards is drawn.
  test.setTimeout(120_000);
  await page.goto('/add');
  const text = bakerTranscript(10_000);
  await paste(page.getByLabel('Paste the article’s text'), text);
  await page.getByRole('button', { name: 'Read this text' }).click();
  const paragraphs = page.getByRole('region', { name: 'Paragraphs of the source' });
  const cards = paragraphs.locator('ol > li');
  // All 20,003 listed at once held the page's thread for a minute at a load of 10.
  await expect(paragraphs.getByText('Paragraphs 1–200 of 20,003 shown.')).toBeVisible({
    timeout: 90_000,
  });
  await expect(cards).toHaveCount(200);

  // A card's role changes at a key, as on a short text.
  const second = cards.nth(3);
  await second.focus();
  await page.keyboard.press('i');
  await expect(second.getByRole('button', { name: 'Intro' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // The next page, the focus on its first card, which the next Tab leaves for its role buttons.
  await paragraphs.getByRole('button', { name: 'Show paragraphs 201–400' }).click();
  await expect(cards).toHaveCount(400);
  await expect(cards.nth(200)).toBeFocused();
  await expect(cards.nth(200)).toContainText('It rose at dawn, 99 times over, and sold by noon.');
  await expect(paragraphs.getByRole('button', { name: 'Show paragraphs 401–600' })).toBeVisible();

  // On a 320 px phone the page scrolls only down, the button a full target.
  await page.setViewportSize({ width: 320, height: 640 });
  const more = paragraphs.getByRole('button', { name: 'Show paragraphs 401–600' });
  expect((await more.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
});

test('a long draft’s outline and “Next problem” take the focus to the card, clicked as a reader does', async ({
  page,
}) => {
  // The outline of 300 questions lists its sections, each a button to its first question's card;
  // "Next problem" goes from problem to problem. Both were checked in jsdom only (their clicks
  // dispatched, nothing scrolled), not with a mouse in a browser.
  test.setTimeout(120_000);
  await page.goto('/add');
  await paste(page.getByLabel('Paste the article’s text'), bakerTranscript(300));
  await page.getByRole('button', { name: 'Read this text' }).click();
  const paragraphs = page.getByRole('region', { name: 'Paragraphs of the source' });
  await expect(paragraphs.getByText('Paragraphs 1–200 of 603 shown.')).toBeVisible({
    timeout: 60_000,
  });
  const cards = paragraphs.locator('ol > li');
  const card = (words: string) => cards.filter({ hasText: words });
  const outline = page.getByRole('complementary', { name: 'Structure found' });

  // A section of a page not listed yet: its page is listed and its first question's card focused,
  // on the screen.
  await outline.getByRole('button', { name: 'Questions 146–150' }).click();
  const question146 = card('What about loaf number 146, then?');
  await expect(question146).toBeFocused();
  await expect(question146).toBeInViewport();
  await expect(paragraphs.getByText('Paragraphs 1–400 of 603 shown.')).toBeVisible();
  // The next sections, the focus on the first of them; the last page's section from there.
  await outline.getByRole('button', { name: 'Show sections 51–60' }).click();
  await expect(outline.getByRole('button', { name: 'Questions 251–255' })).toBeFocused();
  await outline.getByRole('button', { name: 'Questions 296–300' }).click();
  const question296 = card('What about loaf number 296, then?');
  await expect(question296).toBeFocused();
  await expect(question296).toBeInViewport();

  // Two answers made questions, one far up the list: two questions without an answer, each one
  // problem at its last paragraph. "Next problem" goes on from the card last focused (the second
  // made), to each problem's card in turn, scrolled to, and round to the first.
  await card('It rose at dawn, 298 times over').getByRole('button', { name: 'Question' }).click();
  await card('It rose at dawn, 101 times over').getByRole('button', { name: 'Question' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 problems to fix' })).toBeVisible();
  const next = page.getByRole('button', { name: 'Next problem' });
  for (const words of [
    'It rose at dawn, 298 times over',
    'It rose at dawn, 101 times over',
    'It rose at dawn, 298 times over',
  ]) {
    await next.click();
    await expect(card(words), words).toBeFocused();
    await expect(card(words), words).toBeInViewport();
  }
});
