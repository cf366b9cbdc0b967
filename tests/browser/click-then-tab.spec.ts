import { expect, seed, test } from './fixtures';

// A click in the interview's text, then Tab: the focus goes on from where the click was, as on
// any page. With the whole main content focusable (tabindex="-1", for the skip link) the click
// focused <main>, so Tab went to its first link, the publication's, and the page jumped to its
// top, screens away from the paragraph being read (Shift+Tab: to the site's header link).
for (const javaScript of [true, false]) {
  test(`a click in an answer, then Tab or Shift+Tab, goes on from the click, not from the page's top; JavaScript ${javaScript ? 'on' : 'off'}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    await page.goto(`/i/${seed.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const paragraph = page.locator('#q3__answer p').nth(4);
    await paragraph.scrollIntoViewIfNeeded();
    const box = await paragraph.boundingBox();
    if (!box) throw new Error('no paragraph');
    await page.mouse.click(box.x + 4, box.y + box.height / 2);
    // The click focused nothing.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.getAttribute('aria-label') ?? active?.textContent?.trim().slice(0, 40);
      });
    if (javaScript) {
      // The paragraph's own link button, just after its words.
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Copy link to paragraph 5 of answer 3');
    } else {
      // Without JavaScript no control follows the answers (no copy buttons); back, the key quotes'
      // panel, the last control above them, not the header above the main content.
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toMatch(/^Key quotes/);
    }
    await context.close();
  });
}
