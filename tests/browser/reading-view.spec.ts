import type { Locator, Page } from '@playwright/test';
import { axeLightAndDark } from './axe-schemes';
import { asWithoutScript, expect, scrollsSideways, seed, test } from './fixtures';
import { seedInterview } from '../support/seed';

test('the reading time counts what is shown: a lesson of one section reads faster', async ({
  page,
}) => {
  await page.goto(`/i/${seed.id}`);
  await expect(page.getByText('6 min read')).toBeVisible();
  await page.goto(`/i/${seed.id}?sections=trade`);
  await expect(page.getByText('2 min read')).toBeVisible();
});

test.describe('highlights', () => {
  // A shared passage that starts inside the key quote "A key goal is to integrate Ukraine’s
  // Black Sea ports into the Middle Corridor." and ends after it, with a search for "corridor".
  const crossing = `/i/${seed.id}/middle-corridor?q=corridor&quote=ports%20into%20the%20Middle%20Corridor.%20Recent`;

  // One page load for both: the run, then the looks.
  test('a passage crossing a key quote and a search match: one continuous run, and each kind its own look', async ({
    page,
  }) => {
    await page.goto(crossing);
    await test.step('one continuous run', async () => {
      const passage = page.locator('mark[data-kind="passage"]');
      await expect(passage).toHaveCount(1);
      await expect(passage).toHaveText('ports into the Middle Corridor. Recent');
      await expect(passage.locator('mark[data-kind="key-quote"]')).toHaveText(
        'ports into the Middle Corridor.',
      );
      await expect(passage.locator('mark[data-kind^="search"]')).toHaveText('Corridor');
      // One underline: the passage's box is one line fragment per line, not one per piece.
      const fragments = await passage.evaluate((el) => el.getClientRects().length);
      expect(fragments).toBeLessThanOrEqual(2);
    });

    await test.step('each kind has its own look, explained by a legend, and keeps it in print', async () => {
      const legend = page.getByText('Highlights:').locator('..');
      for (const label of ['Key quote', 'Shared passage', 'Search match', 'Current match'])
        await expect(legend.getByText(label)).toBeVisible();
      const look = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => {
            const style = getComputedStyle(el);
            return {
              background: style.backgroundColor,
              weight: style.fontWeight,
              line: style.textDecorationLine,
              outline: style.outlineStyle,
            };
          });
      const kinds = [
        '#q2 mark[data-kind="key-quote"]',
        'mark[data-kind="passage"]',
        'mark[data-kind="search"]',
        'mark#search_current',
      ];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const screen = await Promise.all(kinds.map(look));
        expect(new Set(screen.map((s) => s.background)).size, colorScheme).toBe(4);
      }
      // On paper, without background colours: bold, underlined, dotted, outlined.
      await page.emulateMedia({ media: 'print' });
      const [quote, passage, match, current] = await Promise.all(kinds.map(look));
      expect(Number(quote?.weight)).toBeGreaterThanOrEqual(700);
      expect(passage?.line).toBe('underline');
      expect(match?.line).toBe('underline');
      expect(current?.outline).toBe('solid');
      // The passage the link landed on has focus; its ring must not pass for a current match.
      await expect(page.locator('mark[data-kind="passage"]')).toBeFocused();
      expect(passage?.outline).toBe('none');
    });
  });

  test('speaker tags are not in a highlight colour', async ({ page }) => {
    await page.goto(`/i/${seed.id}`);
    const tagColour = await page
      .locator('#q1__answer')
      .getByText('Ambassador Maiko', { exact: false })
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const quoteColour = await page
      .locator('mark[data-kind="key-quote"]')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(tagColour).not.toBe(quoteColour);
    expect(tagColour).toMatch(/^rgb\((\d+), \1, \1\)$|^oklch\(0?\.\d+ 0\.0[0-1]/);
  });
});

/** The bar's box and the space it takes. */
const bar = (page: Page) => page.locator('[data-sticky-bar]');

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box;
}

/** Every control the locator finds, each at least 44 px wide and tall. */
async function expectTargets(locator: Locator, what: string) {
  const count = await locator.count();
  expect(count, what).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const control = locator.nth(i);
    const box = await boxOf(control);
    const name = `${what}: ${(await control.innerText()) || (await control.getAttribute('aria-label'))}`;
    expect(Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(44);
  }
}

// One page a phone and colour scheme, read as a reader would, top to bottom:
// each step below was a test of its own that loaded the page again (48 page
// loads; 178 s of a fresh-clone run). A failing step names the width, the
// scheme and what failed. Where a link lands under the bar is checked at
// these widths by landing.spec.ts (every seed link, after a load, a reload
// and in-app).
// Light and dark are checked in one run a width: the schemes are CSS colours alone, so the
// layout, touch targets and behaviour are the same in both, and axe checks each
// (axeLightAndDark: every rule in the light, the colour rules in the dark, once the dark is
// seen to move no element).
// The narrowest phone and the widest common one: every rule of the stylesheet switches at 640 px
// or wider (Tailwind's sm/md/lg, index.css's 40rem and 48rem), so 375 px has the same layout as
// these two, only its lines wrap in between (a walk at 375 px took some 60 s of CI's time too).
// At 375 px the bar, the index and the section links are still checked by landing.spec.ts,
// the controls' hit-testing by covered-controls.spec.ts and the toolbar's rows above.
for (const width of [320, 390])
  test.describe(`a phone ${width} px wide`, () => {
    test.use({
      viewport: { width, height: 740 },
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'reduce',
    });

    // One axe run a step: a full-page run takes seconds on a busy machine.
    test('the bar, the index, the search, back to top, touch targets and Collapse all', async ({
      page,
      axe,
    }) => {
      // The time of the eight tests it folds: three ran axe (90 s each, see fixtures.ts).
      test.setTimeout(3 * test.info().timeout);
      const where = `${width} px`;
      const progress = page.getByRole('progressbar', { name: 'Reading progress' });
      const toggle = page.getByRole('button', { name: /^Questions/ });
      const index = page.getByRole('navigation', { name: 'Questions' });
      const backToTop = page.getByRole('button', { name: 'Back to top' });
      const text = page.locator('[data-reading-column]');
      await page.goto(`/i/${seed.id}`);

      await test.step(`at the top (${where}): one bar, controls of 44×44 px, Collapse all near`, async () => {
        expect((await boxOf(bar(page))).height).toBeLessThanOrEqual(56);
        await expect(progress).toHaveAttribute('aria-valuenow', '0');
        await expect(backToTop).toBeHidden();
        await expectTargets(page.getByRole('banner').getByRole('link'), 'the header');
        await expectTargets(page.locator('[data-sticky-bar] button:visible'), 'the bar');
        await expectTargets(text.getByRole('group', { name: 'Sections' }).getByRole('button'), '');
        await expectTargets(page.getByRole('button', { name: 'Cite this interview' }), '');
        await expectTargets(page.getByRole('button', { name: 'Make a lesson link' }), '');
        await expectTargets(page.locator('summary'), 'key quotes');
        await expectTargets(text.getByRole('button', { name: /^(Trade|Peace)\s*:/ }), 'section');
        await expectTargets(page.locator('#trade').getByRole('button', { name: /^Copy link/ }), '');
        await expectTargets(page.locator('#trade').getByRole('button', { name: /^Cite/ }), '');
        const collapse = page.getByRole('button', { name: 'Collapse all' });
        const intro = page.getByText('As the war between Russia and Ukraine');
        expect((await boxOf(collapse)).y).toBeLessThan((await boxOf(intro)).y);
        // The key quotes are one line until asked for: the first question is close.
        const quotes = page.getByRole('region', { name: 'Key quotes' });
        expect((await boxOf(quotes)).height).toBeLessThanOrEqual(60);
      });

      await test.step(`reading (${where}): the bar names the section and shows the progress`, async () => {
        await page.locator('#energy').evaluate((el) => el.scrollIntoView());
        await page.evaluate(() => window.scrollBy(0, -100));
        await expect(toggle).toContainText('Energy');
        await expect(toggle).toContainText('Question 3 of 5');
        const box = await boxOf(bar(page));
        expect(box.y).toBe(0);
        expect(box.height).toBeLessThanOrEqual(56);
        expect(Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(20);
        expect(await scrollsSideways(page)).toBe(false);
      });

      await test.step(`back to top, once scrolled (${where})`, async () => {
        await page.evaluate(() => window.scrollTo(0, 2500));
        await backToTop.tap();
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
        await expect(backToTop).toBeHidden();
      });

      await test.step(`the question index is one tap away, and closes by a tap or Escape (${where})`, async () => {
        await page.evaluate(() => window.scrollTo(0, 2500));
        // One tap: the index, opened at the question being read.
        await toggle.tap();
        await expect(index.locator('[aria-current="true"]')).toBeInViewport();
        await axeLightAndDark(page, axe, `the question index (${where})`);
        await toggle.tap();
        await expect(index).toBeHidden();
        // A tap on the text beside it, or Escape, closes it too.
        await toggle.tap();
        await expect(index).toBeVisible();
        await page.touchscreen.tap(10, 700);
        await expect(index).toBeHidden();
        await toggle.tap();
        await page.keyboard.press('Escape');
        await expect(index).toBeHidden();
        await expect(toggle).toBeFocused();
        // Scrolled: back to top and the bar's buttons; the index: every entry.
        await page.evaluate(() => window.scrollTo(0, 3000));
        await expect(backToTop).toBeVisible();
        await expectTargets(page.locator('[data-sticky-bar] button:visible'), 'the bar, scrolled');
        await toggle.tap();
        await expectTargets(index.getByRole('link'), 'index');
        await toggle.tap();
        await expect(index).toBeHidden();
      });

      await test.step(`the search opens from the bar, in its place (${where})`, async () => {
        // Where the reader is (the index's step may have followed a link): closing the search
        // leaves that address, without the query.
        const { pathname } = new URL(page.url());
        await page.evaluate(() => window.scrollTo(0, 2500));
        await page.getByRole('button', { name: 'Search this interview' }).tap();
        const field = page.getByRole('searchbox', { name: 'Search this interview' });
        await expect(field).toBeFocused();
        // A touch screen has no "/" to press.
        expect(await field.getAttribute('placeholder')).not.toContain('/');
        await expect(page.getByRole('radio', { name: 'Answers' })).toBeVisible();
        expect((await boxOf(bar(page))).height).toBeLessThanOrEqual(56);
        await field.fill('pipelines');
        await expect(page.locator('#reader_search_status')).toHaveText('1 of 2');
        await expect(page.getByRole('button', { name: 'Next match' })).toBeVisible();
        await field.fill('shipbuilding');
        await expect(page.locator('#reader_search_status')).toHaveText('1 of 1');
        // One match: nothing to step to, so no arrows.
        await expect(page.getByRole('button', { name: 'Next match' })).toHaveCount(0);
        expect(await scrollsSideways(page)).toBe(false);
        await axeLightAndDark(page, axe, `searching (${where})`);
        // Its controls and choices are touch targets too.
        await field.fill('corridor');
        await expect(page.getByRole('button', { name: 'Next match' })).toBeVisible();
        await expectTargets(page.locator('[data-sticky-bar] button:visible'), 'the bar, searching');
        await expectTargets(
          page.locator('[data-sticky-bar] label:has(input[type=radio])'),
          'scope',
        );
        await page.getByRole('button', { name: 'Close search' }).tap();
        await expect.poll(() => new URL(page.url()).search).toBe('');
        expect(new URL(page.url()).pathname).toBe(pathname);
        await expect(field).toBeHidden();
      });

      await test.step(`the citation dialog's Close is 44×44 px (${where})`, async () => {
        await page.getByRole('button', { name: 'Cite question 1' }).tap();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await expectTargets(dialog.getByRole('button', { name: 'Close' }), '');
        await dialog.getByRole('button', { name: 'Close' }).tap();
        await expect(dialog).toBeHidden();
      });

      await test.step(`the selected passage’s menu: copy link, cite and pin are 44×44 px (${where})`, async () => {
        await page.locator('#q2__answer p').first().click({ clickCount: 3 });
        const menu = page.getByRole('group', { name: 'Selected passage' });
        const buttons = menu.getByRole('button');
        await expect(buttons).toHaveCount(3);
        for (const button of await buttons.all()) {
          const box = await boxOf(button);
          expect(Math.min(box.width, box.height), await button.innerText()).toBeGreaterThanOrEqual(
            44,
          );
        }
        await page.evaluate(() => document.getSelection()?.removeAllRanges());
        await expect(menu).toBeHidden();
      });

      await test.step(`Collapse all leaves an outline of one-line rows (${where})`, async () => {
        await page.getByRole('button', { name: 'Collapse all' }).tap();
        const rows = page.locator('section[aria-labelledby$="__heading"]');
        await expect(rows).toHaveCount(5);
        for (const row of await rows.all()) {
          await expect(row.locator('h2 button')).toHaveAttribute('aria-expanded', 'false');
          const box = await boxOf(row);
          expect(box.height).toBeGreaterThanOrEqual(44);
          expect(box.height).toBeLessThanOrEqual(52);
        }
        expect(await scrollsSideways(page)).toBe(false);
        await axeLightAndDark(page, axe, `collapsed (${where})`);
      });
    });
  });

test.describe('a phone held sideways, 812 × 375 px', () => {
  test.use({ viewport: { width: 812, height: 375 }, hasTouch: true, isMobile: true });

  test('a finger still gets 44 × 44 px: copy and cite beside headings, the selection menu', async ({
    page,
  }) => {
    await page.goto(`/i/${seed.id}`);
    const controls = [
      page.locator('#trade').getByRole('button', { name: /^(Copy link|Cite)/ }),
      page.locator('#peace').getByRole('button', { name: /^(Copy link|Cite)/ }),
    ];
    await page.locator('#q2__answer p').first().click({ clickCount: 3 });
    controls.push(page.getByRole('group', { name: 'Selected passage' }).getByRole('button'));
    for (const locator of controls) {
      const count = await locator.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i += 1) {
        const box = await boxOf(locator.nth(i));
        const name = await locator.nth(i).innerText();
        expect(Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(44);
      }
    }
  });

  test('a finger gets 44 px in the column beside the text: the search field, its choices, its arrows, back to top', async ({
    page,
  }) => {
    // From 768 px the search and "Back to top" sit beside the text in a mouse's size, 36 px
    // high, on a touch screen too (a tablet, a phone held sideways); the arrows that step
    // through the matches were 36 x 36 px.
    await page.goto(`/i/${seed.id}/security`);
    const back = page.getByRole('button', { name: 'Back to top' });
    await expect(back).toBeVisible();
    const field = page.getByRole('searchbox', { name: 'Search this interview' });
    const targets = [
      field,
      back,
      ...['All', 'Questions', 'Answers'].map((name) =>
        page.getByRole('group', { name: 'Search in' }).locator('label').filter({ hasText: name }),
      ),
    ];
    for (const target of targets) {
      const box = await boxOf(target);
      expect(
        Math.min(box.width, box.height),
        await target.evaluate((e) => e.outerHTML.slice(0, 60)),
      ).toBeGreaterThanOrEqual(44);
    }
    await field.fill('pipelines');
    await expect(page.locator('#reader_search_status')).toHaveText('1 of 2');
    await expectTargets(
      page.getByRole('button', { name: /^(Previous|Next) match$/ }),
      'the arrows between matches',
    );
  });
});

test.describe('a tablet 768 px wide', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('uses the width: the index and search beside the text, no bar above it', async ({
    page,
  }) => {
    await page.goto(`/i/${seed.id}`);
    const index = page.getByRole('navigation', { name: 'Questions' });
    await expect(index).toBeVisible();
    const column = await boxOf(page.locator('[data-reading-column]'));
    expect((await boxOf(index)).x + (await boxOf(index)).width).toBeLessThanOrEqual(column.x);
    expect(column.width).toBeGreaterThan(440);
    await expect(page.getByRole('searchbox', { name: 'Search this interview' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Questions/ })).toBeHidden();
    // The narrow column never breaks a word: each search choice is one line of text.
    const lines = await page
      .getByRole('group', { name: 'Search in' })
      .locator('label')
      .evaluateAll((labels) =>
        labels.map((label) => {
          const range = document.createRange();
          const text = [...label.childNodes].find((node) => node.nodeType === Node.TEXT_NODE);
          if (text) range.selectNodeContents(text);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        }),
      );
    expect(lines).toEqual([1, 1, 1]);
    // A section link lands at the top: nothing sticks above the text.
    await page.goto(`/i/${seed.id}/security`);
    expect((await boxOf(page.locator('#security__heading'))).y).toBeLessThanOrEqual(24);
  });
});

test('the toolbar above the text lays out cleanly at every width: no button alone on a row', async ({
  page,
}) => {
  // At 768 and 1280 px (and every width from 640 up) "Print handout" wrapped onto a row of its
  // own below the other four: the five buttons were 607 px wide, the text column 496-585 px.
  const toolbar = page.locator('[data-reading-column] > :first-child');
  for (const path of [`/i/${seed.id}`, `/i/${seed.id}/energy`]) {
    await page.goto(path);
    for (const width of [320, 360, 375, 414, 640, 768, 900, 1024, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      const where = `${path} at ${width} px`;
      const buttons = await toolbar.getByRole('button').evaluateAll((elements) =>
        elements.map((button) => {
          const box = button.getBoundingClientRect();
          // The lines its visible words take (not words kept for a screen reader, in a 1 px box).
          const lines = new Set<number>();
          const words = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
          for (let node = words.nextNode(); node; node = words.nextNode()) {
            if ((node.parentElement?.getBoundingClientRect().width ?? 0) <= 1) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const rect of range.getClientRects()) lines.add(Math.round(rect.top));
          }
          return {
            name: button.textContent ?? '',
            top: Math.round(box.top),
            left: box.left,
            right: box.right,
            height: box.height,
            lines: lines.size,
          };
        }),
      );
      expect(buttons.map((b) => b.name).join(' | '), where).toBe(
        'Expand all | Collapse all | Cite this interview | Make a lesson link | Print handout',
      );
      for (const top of new Set(buttons.map((b) => b.top))) {
        const row = buttons.filter((b) => b.top === top).map((b) => b.name);
        expect(row.length, `${where}: a row of ${row.join(', ')}`).toBeGreaterThan(1);
      }
      const column = await boxOf(page.locator('[data-reading-column]'));
      for (const button of buttons) {
        expect(button.lines, `${where}: ${button.name} on one line`).toBe(1);
        expect(button.left, `${where}: ${button.name}`).toBeGreaterThanOrEqual(column.x - 1);
        expect(button.right, `${where}: ${button.name}`).toBeLessThanOrEqual(
          column.x + column.width + 1,
        );
        // A thumb's 44 px below the width where the index moves beside the text.
        if (width < 768)
          expect(button.height, `${where}: ${button.name}`).toBeGreaterThanOrEqual(44);
      }
      expect(await scrollsSideways(page), where).toBe(false);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });

  test('every section reads, open, and no control that would do nothing shows', async ({
    page,
  }) => {
    await page.goto(`/i/${seed.id}`);
    await expect(page.getByRole('heading', { level: 2, name: /Trade and Economic/ })).toBeVisible();
    for (const id of ['q1', 'q2', 'q3', 'q4', 'q5'])
      await expect(page.locator(`#${id}__answer p`).first()).toBeVisible();
    // The key quotes fold natively (a <details>); buttons need JavaScript.
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    // The legend names what the page can mark: shared passages and search
    // matches come only with JavaScript.
    const legend = page.getByText('Highlights:').locator('..');
    await expect(legend.getByText('Key quote')).toBeVisible();
    for (const label of ['Shared passage', 'Search match', 'Current match'])
      await expect(legend.getByText(label)).toBeHidden();
    await page.locator('summary').click();
    await expect(
      page.getByRole('region', { name: 'Key quotes' }).locator('blockquote').first(),
    ).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
  });

  test('on a phone the question index follows the text, a link at the top leads there, and its links land', async ({
    page,
  }) => {
    await page.goto(`/i/${seed.id}`);
    const index = page.getByRole('navigation', { name: 'Questions' });
    await expect(index).toHaveCount(1);
    const entries = index.getByRole('link');
    // A link to each section and to each question in it.
    const sections = seedInterview().sections;
    await expect(entries).toHaveCount(
      sections.length + sections.flatMap((section) => section.questions).length,
    );
    // After the text (above it, each question's words in the index were what a text fragment
    // link of them landed on: landing-without-script.spec), led to by a link above the text.
    const firstHeading = page.getByRole('heading', { level: 2, name: /Trade and Economic/ });
    const lastAnswer = page.locator('#q5__answer');
    const bottom = async (locator: Locator) => {
      const box = await locator.boundingBox();
      return (box?.y ?? NaN) + (box?.height ?? NaN);
    };
    expect((await index.boundingBox())?.y ?? NaN).toBeGreaterThan(await bottom(lastAnswer));
    const toIndex = page.getByRole('link', { name: /^Questions/ });
    expect(await bottom(toIndex)).toBeLessThan((await firstHeading.boundingBox())?.y ?? NaN);
    expect((await toIndex.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await toIndex.click();
    await expect(index.getByRole('heading', { name: 'Questions' })).toBeInViewport();
    expect(await scrollsSideways(page)).toBe(false);
    const last = entries.last();
    const href = (await last.getAttribute('href')) ?? '';
    const id = href.slice(href.indexOf('#') + 1);
    await last.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    const top = await page.locator(`[id="${id}"]`).evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
  });

  test('a lesson link says why the whole interview follows', async ({ page }) => {
    await page.goto(`/i/${seed.id}?sections=peace&mode=discuss&prompt=Discuss&q=oil`);
    const notice = page.getByText('Lesson, passage and search links need JavaScript');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('which is off: the whole interview follows');
    await expect(page.locator('section[aria-labelledby$="__heading"]')).toHaveCount(5);
    expect(await scrollsSideways(page)).toBe(false);
  });
});

test('without JavaScript, axe finds nothing on a phone', async ({ page, axe }) => {
  // axe needs script in the page: it opens with JavaScript on, the app's
  // scripts refused, made as a reader without JavaScript sees it.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto(`/i/${seed.id}`);
  await asWithoutScript(page);
  await expect(page.getByRole('navigation', { name: 'Questions' })).toBeAttached();
  await expect(page.getByRole('link', { name: /^Questions/ })).toBeVisible();
  await axe('the interview without JavaScript at 375 px');
});

test.describe('paragraph links', () => {
  const status = (page: Page, n: number) =>
    page.getByRole('status').filter({ hasText: `paragraph ${n} of answer 1: copied` });

  test('a mouse and the keyboard reach them: shown at the paragraph’s end, next in tab order', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/i/${seed.id}`);
    const first = page.getByRole('button', { name: 'Copy link to paragraph 1 of answer 1' });
    // Visible without hovering, on the paragraph's last line.
    await first.scrollIntoViewIfNeeded();
    await expect(first).toBeVisible();
    await first.click();
    await expect(status(page, 1)).toBeAttached();
    // The link opens at the paragraph, marked as a shared passage.
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const opened = await page.context().newPage();
    await opened.setViewportSize({ width: 1280, height: 800 });
    await opened.goto(link);
    await expect(opened.locator('mark[data-kind="passage"]')).toContainText(
      'Deepening trade and economic ties',
    );
    await expect(opened.locator('mark[data-kind="passage"]')).toBeInViewport();
    await opened.close();
    // Tab goes from one paragraph's link to the next.
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('button', { name: 'Copy link to paragraph 2 of answer 1' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status(page, 2)).toBeAttached();
  });

  test('a finger reaches them: 44 px and on the paragraph’s last line, never alone', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(`/i/${seed.id}`);
    // No link sits alone on a line below its paragraph.
    const alone = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-answer]')].filter((text) => {
          const button = text.parentElement?.querySelector('button');
          const lines = text.getClientRects();
          const last = lines[lines.length - 1];
          return button && last && button.getBoundingClientRect().top > last.bottom - 4;
        }).length,
    );
    expect(alone).toBe(0);
    const first = page.getByRole('button', { name: 'Copy link to paragraph 1 of answer 1' });
    const box = await boxOf(first);
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await first.tap();
    await expect(status(page, 1)).toBeAttached();
    await context.close();
  });
});
