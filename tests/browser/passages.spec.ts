import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium';
import { appStarted, AXE_IN_PAGE, copied, expect, prepareContext, seed, test } from './fixtures';

/** Where a phrase starts or ends on screen, once layout has settled. */
async function pointAt(page: Page, within: string, phrase: string, edge: 'start' | 'end') {
  const measure = () =>
    page.locator(within).evaluate(
      (root, [text, side]) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(text ?? '') ?? -1;
          if (at < 0) continue;
          const offset = side === 'start' ? at : at + (text ?? '').length;
          const range = document.createRange();
          range.setStart(node, side === 'start' ? offset : offset - 1);
          range.setEnd(node, side === 'start' ? offset + 1 : offset);
          const rect = range.getBoundingClientRect();
          return {
            x: side === 'start' ? rect.left + 1 : rect.right - 1,
            y: rect.top + rect.height / 2,
          };
        }
        throw new Error(`no "${text}"`);
      },
      [phrase, edge] as const,
    );
  // Sections skipped by content-visibility settle their size as they come into view.
  let point = await measure();
  await expect
    .poll(async () => {
      const next = await measure();
      const stable = next.x === point.x && next.y === point.y;
      point = next;
      return stable;
    })
    .toBe(true);
  return point;
}

/** Selects text inside an element with the mouse, from one phrase to the end of another. */
async function selectWithMouse(page: Page, within: string, from: string, to: string) {
  await page.locator(within).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const start = await pointAt(page, within, from, 'start');
  const end = await pointAt(page, within, to, 'end');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

test.beforeEach(async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('select with the mouse, copy the link, open it: the passage is marked, in view and focused', async ({
  page,
  context,
}) => {
  await page.goto(`/i/${seed.id}`);
  await selectWithMouse(page, '#q2__answer', 'A key goal', 'Middle Corridor.');
  const menu = page.getByRole('group', { name: 'Selected passage' });
  await expect(menu).toBeVisible();
  await menu.getByRole('button', { name: 'Copy link to quote' }).click();
  await expect(menu.getByRole('button', { name: /Copied/ })).toBeVisible();
  await copied(page, 'Copy link to quote');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`/i/${seed.id}/middle-corridor\\?quote=`));

  const reader = await context.newPage();
  await reader.goto(link);
  const marks = reader.locator('mark[data-kind~="passage"]');
  await expect(marks.first()).toBeFocused();
  await expect(marks.first()).toBeInViewport();
  expect((await marks.allTextContents()).join('')).toBe(
    'A key goal is to integrate Ukraine’s Black Sea ports into the Middle Corridor.',
  );
});

test('a long selection across paragraphs makes a short link that finds it again', async ({
  page,
  context,
}) => {
  await page.goto(`/i/${seed.id}`);
  await selectWithMouse(page, '#q4__answer', 'Ukrainian strikes are', 'not damaged.');
  await page
    .getByRole('group', { name: 'Selected passage' })
    .getByRole('button', { name: 'Copy link to quote' })
    .click();
  await copied(page, 'Copy link to quote');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const quote = new URL(link).search;
  expect(quote).toMatch(/^\?quote=Ukrainian\+strikes\+are,[^,%]+$/);
  expect(quote.length).toBeLessThan(90);
  const reader = await context.newPage();
  await reader.goto(link);
  await expect(reader.locator('#passage_0')).toBeFocused();
  const text = (await reader.locator('mark[data-kind~="passage"]').allTextContents()).join('');
  expect(text.startsWith('Ukrainian strikes are strictly directed')).toBe(true);
  expect(text.endsWith('were not damaged.')).toBe(true);
});

test('every paragraph has a keyboard-reachable link to itself', async ({ page, context }) => {
  await page.goto(`/i/${seed.id}`);
  const control = page.getByRole('button', { name: 'Copy link to paragraph 2 of answer 3' });
  await page
    .locator('#q3')
    .getByRole('button', { name: /to question 3$/ })
    .focus();
  for (let presses = 0; presses < 10; presses += 1) {
    if (await control.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(control).toBeFocused();
  await expect(control).toBeVisible();
  await page.keyboard.press('Enter');
  await copied(page, 'Copy link to paragraph 2 of answer 3');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const reader = await context.newPage();
  await reader.goto(link);
  await expect(reader.locator('mark[data-kind~="passage"]')).toHaveText(
    'Despite wartime challenges, Ukrainian companies have resumed direct engagement with partners in the Mangystau region. Ukrainian expertise is helping modernize critical systems without reliance on intermediaries or counterfeit parts.',
  );
});

test('a quote link still matches across whitespace and quote styles', async ({ page }) => {
  await page.goto(
    `/i/${seed.id}/middle-corridor?quote=integrate%20Ukraine's%20%20%20Black%20Sea%20ports`,
  );
  await expect(page.locator('mark[data-kind~="passage"]')).toHaveText(
    'integrate Ukraine’s Black Sea ports',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('several quotes mark several passages, and the first is scrolled to', async ({ page }) => {
  await page.goto(
    `/i/${seed.id}/energy?quote=Deep%20drilling%20is%20a%20shared%20priority.&quote=I%20truly%20believe%20in%20that.`,
  );
  const marks = page.locator('mark[data-kind~="passage"]');
  await expect(marks).toHaveCount(2);
  await expect(page.locator('#passage_0')).toBeFocused();
  await expect(page.locator('#passage_0')).toBeInViewport();
  await expect(page.locator('#passage_1')).toHaveText('I truly believe in that.');
});

test('a passage no longer in the interview is never replaced by a similar one', async ({
  page,
}) => {
  await page.goto(`/i/${seed.id}/peace?quote=the%20war%20will%20end%20next%20year.`);
  await expect(page.getByRole('alert')).toContainText(
    'The quoted words “the war will end next year.” were not found in this interview.',
  );
  await expect(page.locator('mark[data-kind~="passage"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  await expect(page.locator('#peace__heading')).toBeFocused();
});

test('a keyboard selection gets the menu too, and the menu works by keyboard', async ({ page }) => {
  await page.goto(`/i/${seed.id}`);
  // Selecting with Shift+arrows (caret browsing) changes the selection without any pointer.
  await page
    .locator('#q3__answer p')
    .nth(4)
    .evaluate((paragraph) => {
      const text = paragraph.firstChild?.firstChild ?? paragraph.firstChild;
      if (!text) throw new Error('no text');
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'We invite Kazakh participation'.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
  const menu = page.getByRole('group', { name: 'Selected passage' });
  await expect(menu).toBeVisible();
  await menu.getByRole('button', { name: 'Cite' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Cite the selected passage' });
  await expect(dialog.locator('blockquote')).toHaveText('“We invite Kazakh participation”');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

// Caret browsing (F7) is the browser's own setting: Chromium's headless shell, which the tests
// run on, has no such layer, but the full Chromium turns it on with a flag. Where only the shell
// is installed, a letter selected by script stands in for the caret placed; the arrows then
// extend it as they would.
const CARET_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

/** The focused element's name, or "the passage" when focus is on no control (the caret's text). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return 'the passage';
    return focused.getAttribute('aria-label') ?? focused.textContent?.trim() ?? '';
  });

test('caret browsing: Shift+arrows select a passage, Tab goes to its menu’s buttons first, Enter and Space use them, Escape goes back to where focus was', async ({
  playwright,
  browser,
  baseURL,
}) => {
  test.slow();
  const caretBrowser = CARET_CHROMIUM
    ? await playwright.chromium.launch({
        executablePath: CARET_CHROMIUM,
        args: [...CHROMIUM_ARGS, '--enable-caret-browsing'],
      })
    : undefined;
  test.info().annotations.push({
    type: 'selection',
    description: caretBrowser
      ? `caret browsing in ${CARET_CHROMIUM}`
      : 'a letter selected by script',
  });
  const context = await (caretBrowser ?? browser).newContext({
    ...(baseURL ? { baseURL } : {}),
    viewport: { width: 1280, height: 800 },
  });
  await prepareContext(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(`/i/${seed.id}`);
  await appStarted(page);
  const menu = page.getByRole('group', { name: 'Selected passage' });
  const selected = () => page.evaluate(() => document.getSelection()?.toString() ?? '');

  if (caretBrowser) {
    // From the link that ends paragraph 4, the caret moves into paragraph 5's first word.
    await page.getByRole('button', { name: 'Copy link to paragraph 4 of answer 3' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
  } else {
    await page.locator('#q3__answer [data-paragraph="4"]').evaluate((words) => {
      const text = words.firstChild?.firstChild ?? words.firstChild;
      if (!text) throw new Error('no text');
      document.getSelection()?.setBaseAndExtent(text, 0, text, 1);
    });
  }
  for (let word = 0; word < 4; word += 1) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(menu).toBeVisible();
  const passage = await selected();
  expect(passage).toMatch(/^We invite Kazakh participation/);
  expect(await focusedName(page)).toBe('the passage');

  // Tab: the menu's buttons, in their order, before the paragraph's own link (the paragraph's
  // link came first: the menu came after the paragraph).
  const order: string[] = [];
  for (let press = 0; press < 4; press += 1) {
    await page.keyboard.press('Tab');
    order.push(await focusedName(page));
  }
  expect(order).toEqual([
    'Copy link to quote',
    'Cite',
    'Pin to lesson',
    'Copy link to paragraph 5 of answer 3',
  ]);
  expect(await selected()).toBe(passage);
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .setLegacyMode(AXE_IN_PAGE)
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // Back to the first button; Space copies the passage's link, Enter cites it (Escape closes the
  // citation on the Cite button), and Escape closes the menu: focus is back in the passage, its
  // selection as it was, and Shift+arrows go on from there.
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift+Tab');
  expect(await focusedName(page)).toBe('Copy link to quote');
  await page.keyboard.press('Space');
  await copied(page, 'Copy link to quote');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    new RegExp(`/i/${seed.id}/energy\\?quote=We\\+invite\\+Kazakh`),
  );
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Cite');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Cite the selected passage' });
  await expect(dialog.locator('blockquote')).toHaveText(`“${passage.trim()}”`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await focusedName(page)).toBe('Cite');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  expect(await focusedName(page)).toBe('the passage');
  expect(await selected()).toBe(passage);
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(menu).toBeVisible();
  expect((await selected()).startsWith(passage.trimEnd())).toBe(true);
  expect((await selected()).length).toBeGreaterThan(passage.trimEnd().length);
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Copy link to quote');
  await context.close();
  await caretBrowser?.close();
});
