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

// One page for every width, each loaded afresh at its width: only the context's
// set-up is shared (a test a width spent more on that than on its checks).
test('no button, link or field of the reader is covered, at every width', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/i/${seed.id}`);
    await expect(page.getByRole('heading', { level: 1 }), `${width} px`).toBeVisible();
    expect(await coveredControls(page), `covered at ${width} px`).toEqual([]);
    // On a phone the question index opens from a button: its links too.
    const toggle = page.locator('#question_index_toggle');
    if (await toggle.isVisible()) {
      await toggle.click();
      await expect(page.locator('#question_index a').first(), `${width} px`).toBeVisible();
      expect(
        await coveredControls(page, '#question_index'),
        `covered in the question index at ${width} px`,
      ).toEqual([]);
    }
  }
});

/** Where two boxes overlap: their shared height and width, in CSS px (0 if apart or touching). */
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => ({
  x: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
  y: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
});

test('a section’s toggle and its Copy link and Cite buttons do not overlap, at every width', async ({
  page,
}) => {
  // Centres clear of each other (the test above) still let the toggle's box run 4 px over
  // the buttons below it: a tap on that strip went to whichever was on top.
  for (const width of [320, 375, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/i/${seed.id}`);
    const sections = page.locator('section[aria-labelledby$="__heading"]');
    await expect(sections, `${width} px`).toHaveCount(5);
    const problems: string[] = [];
    for (const section of await sections.all()) {
      const controls = {
        toggle: section.locator('.section-toggle'),
        copy: section.getByRole('button', { name: /^Copy link to section/ }),
        cite: section.getByRole('button', { name: /^Cite section/ }),
      };
      const boxes: Record<string, Box> = {};
      for (const [name, control] of Object.entries(controls)) {
        const box = await control.boundingBox();
        if (!box) throw new Error(`${name} not shown at ${width} px`);
        boxes[name] = box;
        // Touch targets on phones: 44 px each way (a mouse's are smaller from 768 px).
        if (width < 768 && (box.height < 44 || box.width < 44))
          problems.push(`${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
      }
      const names = Object.keys(boxes);
      for (const [i, a] of names.entries()) {
        for (const b of names.slice(i + 1)) {
          const shared = overlap(boxes[a]!, boxes[b]!);
          if (shared.x > 0 && shared.y > 0)
            problems.push(
              `${await section.getAttribute('id')}: ${a} over ${b} by ${shared.y.toFixed(1)} px`,
            );
        }
      }
    }
    expect(problems, `at ${width} px`).toEqual([]);
  }
});

/** The controls Shift+Tab focuses, going up from the last button, that end under the sticky bar. */
async function focusedUnderTheBar(page: Page, steps: number): Promise<string[]> {
  await page.locator('button').last().focus();
  const hidden: string[] = [];
  for (let step = 0; step < steps; step += 1) {
    await page.keyboard.press('Shift+Tab');
    const under = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || focused === document.body) return null;
      const box = focused.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 2);
      if (!hit || hit === focused || focused.contains(hit)) return null;
      if (!hit.closest('[data-sticky-bar]')) return null;
      return `${focused.getAttribute('aria-label') ?? focused.textContent?.trim().slice(0, 40)} at ${Math.round(box.top)} px`;
    });
    if (under) hidden.push(under);
  }
  return hidden;
}

/** Opens the seed at 1180 px (no bar over the text), turns the screen to 740 px, and Shift+Tabs. */
async function expectClearAfterTurning(page: Page) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1180, height: 820 });
  await page.goto(`/i/${seed.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.setViewportSize({ width: 740, height: 360 });
  expect(await focusedUnderTheBar(page, 25), 'turned from 1180 to 740 px').toEqual([]);
}

// WCAG 2.4.11 (Focus Not Obscured): the page's scroll padding keeps what the keyboard focuses
// clear of the sticky bar. It was measured on each navigation only, so a window or tablet
// turned from 1180 px (no bar over the text) to a phone's width (a 56 px bar) or text made
// larger after the page had loaded kept the old 12 px: Shift+Tab put section headings and
// Copy link buttons under the bar.
test('focus moved up with Shift+Tab is never under the sticky bar after the screen or text size changes', async ({
  page,
}) => {
  await expectClearAfterTurning(page);

  await page.setViewportSize({ width: 640, height: 512 });
  await page.goto(`/i/${seed.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Text at 200% (WCAG 1.4.4), as a browser's font size setting makes it: the bar doubles.
  await page.evaluate(() =>
    document.documentElement.style.setProperty('font-size', '200%', 'important'),
  );
  expect(await focusedUnderTheBar(page, 25), 'text at 200% at 640 px').toEqual([]);
});

// Before the app starts (a slow phone, a large interview), the page's own boot script keeps the
// padding: a window narrowed then kept 12 px, and Shift+Tab put controls under the 56 px bar.
test('focus moved up with Shift+Tab is clear of the sticky bar when the screen changes before the app starts', async ({
  page,
}) => {
  // The app never starts: its scripts do not load. The page's inline boot script runs.
  await page.route('**/assets/*.js', (route) => route.abort());
  await expectClearAfterTurning(page);
});
