import { expect, seed, test, type Page } from './fixtures';

// Every button, link and field of the reader can be pressed where it shows:
// hit-tested at its centre once scrolled to the middle of the screen (clear
// of the sticky bar) and focused (controls that appear on focus appear).

const WIDTHS = [320, 375, 768, 1280, 1920];

/** The controls (inside `scope`) whose centre is another element's: described, for the message. */
function coveredControls(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((scope) => {
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${(
        element.getAttribute('aria-label') ??
        element.textContent ??
        ''
      )
        .trim()
        .slice(0, 50)}”`;
    const controls = document.querySelectorAll<HTMLElement>(
      `:is(${scope}) :is(a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"]))`,
    );
    const covered: string[] = [];
    let checked = 0;
    for (const control of controls) {
      if (!control.checkVisibility({ visibilityProperty: true })) continue;
      control.focus({ preventScroll: true });
      control.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      // A link that wraps over lines is pressed on its words: its first line's box.
      const box = control.getClientRects()[0] ?? control.getBoundingClientRect();
      // Not shown (an sr-only text, a closed panel): nothing to press there.
      if (box.width < 2 || box.height < 2) continue;
      checked += 1;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === control || control.contains(hit))) continue;
      covered.push(`${describe(control)} under ${hit ? describe(hit) : 'nothing (off screen)'}`);
    }
    if (checked < 5) covered.push(`only ${checked} controls were on show`);
    return covered;
  }, scope);
}

for (const width of WIDTHS) {
  test(`no button, link or field of the reader is covered at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/i/${seed.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await coveredControls(page)).toEqual([]);
    // On a phone the question index opens from a button: its links too.
    const toggle = page.locator('#question_index_toggle');
    if (await toggle.isVisible()) {
      await toggle.click();
      await expect(page.locator('#question_index a').first()).toBeVisible();
      expect(await coveredControls(page, '#question_index')).toEqual([]);
    }
  });
}
