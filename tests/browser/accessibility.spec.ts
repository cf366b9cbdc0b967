import { boundaryContrast } from './contrast';
import type { Locator, Page } from '@playwright/test';
import { axeLightAndDark } from './axe-schemes';
import { appStarted, expect, scrollsSideways, seed, test } from './fixtures';

const pages = {
  library: '/',
  'section link': `/i/${seed.id}/security`,
  'unknown section': `/i/${seed.id}/nope`,
  'unknown interview': '/i/nope',
  'unknown page': '/x/y',
};

/**
 * WCAG 2.2 1.4.11: a search field is the page's white (or near-black) with only its edge to show
 * where it is. The reader's search field had 1.43:1 (light) and 1.70:1 (dark), the library's
 * 2.48:1 and 2.29:1. axe does not check borders. Checked at 1280 px on the page loaded for axe.
 */
async function searchFieldEdges(page: Page, name: string) {
  const field = page.getByRole('searchbox', { name });
  await expect(field).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await boundaryContrast(field), `${name} (${colorScheme})`).toBeGreaterThanOrEqual(3);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

// The reader as loaded is checked first in "educator tools" below, on the page it loads.
for (const [name, path] of Object.entries(pages)) {
  test(`axe finds no violations, light and dark: ${name}`, async ({ page, axe }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (path === '/') await searchFieldEdges(page, 'Search all interviews');
    await axeLightAndDark(page, axe, name);
  });
}

// The index panel open on a phone: reading-view.spec.ts runs axe on it at 320
// and 390 px in both colour schemes.

test.describe('educator tools, light and dark', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('axe finds no violations while searching, in a lesson in discussion mode, with a passage', async ({
    page,
    axe,
  }) => {
    await page.goto(
      `/i/${seed.id}/peace?q=oil&sections=peace,energy&mode=discuss&excerpts=show&prompt=Why%3F&prompt.energy=And+here%3F&pin=Deep+drilling&prompt.pin.1=Explain&quote=the%20war%20will%20end`,
    );
    await page.getByRole('list', { name: 'Passages for the lesson' }).waitFor();
    await axeLightAndDark(page, axe, 'the lesson, answers hidden');
    await page.getByRole('button', { name: 'Reveal all answers' }).click();
    await page.locator('#passage_0').waitFor();
    await axeLightAndDark(page, axe, 'the lesson, answers shown');
  });

  // One page load for the reader as loaded, the citation dialog, the selection menu, the lesson
  // builder and the collapsed sections, each checked in turn.
  test('axe finds no violations on the reader, with the citation dialog, the selection menu, the lesson builder open, and sections collapsed', async ({
    page,
    axe,
  }) => {
    // The time of the four tests it folds.
    test.setTimeout(4 * test.info().timeout);
    await page.goto(`/i/${seed.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await searchFieldEdges(page, 'Search this interview');
    await axeLightAndDark(page, axe, 'the reader');

    await page.getByRole('button', { name: 'Cite this interview' }).click();
    const citation = page.getByRole('dialog', {
      name: 'Cite this interview',
    });
    await citation.getByRole('heading', { name: 'APA (7th edition)' }).waitFor();
    await axeLightAndDark(page, axe, 'the citation dialog');
    await page.keyboard.press('Escape');
    await expect(citation).toBeHidden();

    await page.locator('#q1__answer p').first().click({ clickCount: 3 });
    await page.getByRole('group', { name: 'Selected passage' }).waitFor();
    await axeLightAndDark(page, axe, 'the selection menu');
    await page.getByRole('button', { name: 'Pin to lesson' }).click();
    const builder = page.getByRole('dialog', { name: 'Make a lesson link' });
    await builder.getByRole('img', { name: 'QR code of the lesson link' }).waitFor();
    await axeLightAndDark(page, axe, 'the lesson builder');
    await page.keyboard.press('Escape');
    await expect(builder).toBeHidden();

    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect(page.locator('section h2 button[aria-expanded="true"]')).toHaveCount(0);
    await axeLightAndDark(page, axe, 'sections collapsed');
  });
});

test.describe('links that stand on their own, on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // A link alone on its line is a control a thumb aims at, not a word in a sentence: the
  // original article's link, the way back to the library from a page that is not there, and the
  // Add page's way back were 16 px tall; that last one, "Library" in small type, then 43 px wide.
  const links = {
    on: {
      [`/i/${seed.id}/energy`]: 'Read the original article',
      '/no-such-page': 'Back to the library',
      '/add': 'Library',
    },
    // An unknown section's page without JavaScript names its interview (with JavaScript the
    // interview shows, with a notice); the Add page's way back is a word in a sentence.
    off: {
      [`/i/${seed.id}/energy`]: 'Read the original article',
      [`/i/${seed.id}/nope`]: 'Back to the library',
      '/no-such-page': 'Back to the library',
    },
  };
  for (const javaScript of [true, false]) {
    test(`are 44 px tall and wide, JavaScript ${javaScript ? 'on' : 'off'}`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width: 320, height: 640 },
        javaScriptEnabled: javaScript,
      });
      const page = await context.newPage();
      const sizes: Record<string, [number, number]> = {};
      for (const [path, name] of Object.entries(links[javaScript ? 'on' : 'off'])) {
        await page.goto(path);
        // The Add page's prerendered intro (with its link) is replaced once its code has come.
        if (javaScript && path === '/add')
          await page.getByLabel('Paste the article’s text').waitFor();
        const link = page.getByRole('link', { name, exact: true }).first();
        await expect(link).toBeVisible();
        const box = await link.boundingBox();
        sizes[`${path} ${name}`] = [Math.round(box?.width ?? 0), Math.round(box?.height ?? 0)];
      }
      await context.close();
      expect(Object.entries(sizes).filter(([, size]) => Math.min(...size) < 44)).toEqual([]);
    });
  }
});

/**
 * What is wrong with the key quotes' links on the reader as it is: a quote that fits on one line
 * was a 20 px tall link from 768 px (the line's text alone); a touch laptop or tablet at 1024 px is
 * touch too. On paper they print as before, in the line. Checked on the reader the skip link's
 * test loads at every width, with or without JavaScript.
 */
async function keyQuoteProblems(page: Page, how: string): Promise<string[]> {
  const problems: string[] = [];
  const panel = page.getByRole('region', { name: 'Key quotes' });
  await panel.locator('summary').click();
  const links = panel.locator('blockquote').getByRole('link');
  await expect(links.first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const box of await links.evaluateAll((all) =>
      all.map((link) => {
        const { width, height } = link.getBoundingClientRect();
        return { width, height, text: link.textContent?.slice(0, 20) };
      }),
    ))
      if (box.height < 44 || box.width < 44)
        problems.push(
          `key quotes, ${how}, ${colorScheme}: “${box.text}…” ${Math.round(box.width)}×${Math.round(box.height)} px`,
        );
  }
  if (await scrollsSideways(page)) problems.push(`key quotes open, ${how}: scrolls sideways`);
  // Printed: a quote's link is its words in the line, no taller than before.
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const printed = await links.first().evaluate((link) => getComputedStyle(link).display);
  if (printed !== 'inline') problems.push(`key quotes, ${how} printed: the link is ${printed}`);
  await page.emulateMedia({ media: 'screen' });
  return problems;
}

/** What is wrong with the focused skip link as a target: its size, its place, what covers it. */
async function skipLinkProblems(skip: Locator, how: string): Promise<string[]> {
  const found = await skip.evaluate((link) => {
    const box = link.getBoundingClientRect();
    const covered = [...document.querySelectorAll('[data-sticky-bar]')]
      .filter((bar) => ['sticky', 'fixed'].includes(getComputedStyle(bar).position))
      .map((bar) => bar.getBoundingClientRect())
      .filter((bar) => bar.height > 0 && bar.width > 0)
      .filter(
        (bar) =>
          bar.left < box.right &&
          box.left < bar.right &&
          bar.top < box.bottom &&
          box.top < bar.bottom,
      );
    return {
      width: box.width,
      height: box.height,
      inside:
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= document.documentElement.clientWidth &&
        box.bottom <= window.innerHeight,
      covers: covered.length,
      // What a finger on its middle would touch.
      onTop: document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === link,
    };
  });
  const problems: string[] = [];
  if (found.height < 44 || found.width < 44)
    problems.push(`${how}: ${Math.round(found.width)}×${Math.round(found.height)} px`);
  if (!found.inside) problems.push(`${how}: not all on screen`);
  if (!found.onTop) problems.push(`${how}: under something`);
  if (found.covers) problems.push(`${how}: over the sticky bar`);
  return problems;
}

test.describe('the skip link', () => {
  // It was 24 px tall once focused (the `sr-only` reset's padding won over its own), over the
  // top left corner of the phone's sticky bar and of the index column beside the text (768 and
  // 1024 px). Focused on a page at its top (Tab) and on a section link, scrolled, where the
  // sticky bar is stuck at the top (focused directly: Shift+Tab would pass the site's header
  // link on the way, which scrolls to the top). The reader loaded here at each width also serves
  // the key quotes' links (keyQuoteProblems) and, with JavaScript, the skip link focused as the
  // page scrolls (scrolledProblems): one page load for the three.
  const paths = [`/i/${seed.id}`, `/i/${seed.id}/energy`, '/'];
  for (const javaScript of [true, false]) {
    test(`is a 44 px target beside any sticky bar, and takes focus to the main content; the key quotes' links are 44 px targets; JavaScript ${javaScript ? 'on' : 'off'}`, async ({
      browser,
    }) => {
      // The time of the tests it folds: its own (slow), the key quotes' (slow, JavaScript on and
      // off) and, with JavaScript, the scrolled skip link's (slow).
      test.setTimeout((javaScript ? 8 : 5) * test.info().timeout);
      const context = await browser.newContext({ javaScriptEnabled: javaScript });
      const page = await context.newPage();
      const skip = page.getByRole('link', { name: 'Skip to content' });
      const problems: string[] = [];
      for (const width of [320, 375, 768, 1024, 1280, 1920]) {
        await page.setViewportSize({ width, height: 800 });
        for (const path of paths) {
          await page.goto(path);
          await page.getByRole('heading', { level: 1 }).waitFor();
          if (javaScript) await appStarted(page);
          if (path.endsWith('/energy')) await skip.focus();
          else await page.keyboard.press('Tab');
          await expect(skip, `${path} at ${width} px`).toBeFocused();
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            const how = `${path} at ${width} px, ${colorScheme}`;
            problems.push(...(await skipLinkProblems(skip, how)));
            if (await scrollsSideways(page)) problems.push(`${how}: scrolls sideways`);
          }
          // Activated: focus on the main content, the main content on screen.
          await page.emulateMedia({ colorScheme: 'light' });
          await skip.focus();
          await page.keyboard.press('Enter');
          const main = page.locator('#main_content');
          // Without JavaScript the browser follows the link: the focus leaves it and the next Tab
          // goes on from the main content's top (<main> is not focusable, so as not to take a
          // click's focus), to a control in it.
          if (!javaScript) await page.keyboard.press('Tab');
          const landedIn = await main.evaluate((element) => {
            const active = document.activeElement;
            return {
              inMain: active !== null && element.contains(active),
              top: Math.round(element.getBoundingClientRect().top),
            };
          });
          if (!landedIn.inMain)
            problems.push(`${path} at ${width} px: focus not in the main content`);
          if (landedIn.top < -1 || landedIn.top > 200)
            problems.push(`${path} at ${width} px: the main content's top at ${landedIn.top} px`);
          if (path !== `/i/${seed.id}`) continue;
          if (javaScript && width !== 1024 && width !== 1920)
            problems.push(...(await scrolledProblems(page, skip, width)));
          problems.push(
            ...(await keyQuoteProblems(
              page,
              `JavaScript ${javaScript ? 'on' : 'off'}, ${width} px`,
            )),
          );
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});

/**
 * What is wrong with the skip link focused at the top of the reader, then scrolled (a wheel, a
 * finger): placed once, when it took focus, it stayed at the top of a phone's screen, over the
 * reader's bar stuck there. Focused at the top as a Tab there would (its focus places it).
 */
async function scrolledProblems(page: Page, skip: Locator, width: number): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo({ top: 0, behavior: 'instant' });
  });
  await skip.focus();
  await expect(skip).toBeFocused();
  for (const [where, y] of [
    ['scrolled down', 2500],
    ['back at the top', 0],
    ['down again', 1200],
  ] as const) {
    await page.mouse.move(width / 2, 400);
    await page.mouse.wheel(0, y - (await page.evaluate(() => window.scrollY)));
    await page.waitForFunction(
      (target) =>
        Math.abs(window.scrollY - target) < 2 ||
        window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
      y,
    );
    await expect(skip).toBeFocused();
    // A frame for the page to answer its scroll.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    problems.push(...(await skipLinkProblems(skip, `${width} px, ${where}`)));
  }
  return problems;
}
