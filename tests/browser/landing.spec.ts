import { appStarted, expect, seed, test, type Page } from './fixtures';
import { expectSamePlace, HEIGHT, landed, targets, WIDTHS } from './landing-checks';
import { textOnScreen } from '../support/text-on-screen';

// Every section and question link of the seed lands its target just below
// the sticky bar, at every width, after a load, a reload and an in-app
// navigation, and stays there. The bar is measured at run time (any element
// marked data-sticky-bar that is stuck at the top above the target).

/**
 * Follows each target's link in the question index (opened first on phones),
 * in the page as it is: the app must have started (before, a link loads its
 * page anew; landing after a load is checked above). A mark on this document tells.
 */
async function followIndexLinks(page: Page, offsets: [string, number][], how: string) {
  await appStarted(page);
  await page.evaluate(() => document.documentElement.setAttribute('data-same-document', ''));
  for (const target of targets) {
    const toggle = page.locator('#question_index_toggle');
    if (await toggle.isVisible()) await toggle.click();
    await page.locator(`#question_index a[href$="${target.path}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${target.path}$`));
    await expect(page.locator('html[data-same-document]'), `${how} ${target.path}`).toHaveCount(1);
    offsets.push([`${how} ${target.path}`, await landed(page, target.id, `${how} ${target.path}`)]);
  }
}

/** The targets, each section's question links before the section's own. */
function* questionsFirst(all: typeof targets) {
  for (const [i, target] of all.entries()) {
    if (target.path.includes('#')) continue;
    const section = [target];
    for (const next of all.slice(i + 1)) {
      if (!next.path.startsWith(`${target.path}#`)) break;
      section.unshift(next);
    }
    yield* section;
  }
}

/** Marks the page's current document: a new one has no mark. */
async function markDocument(page: Page) {
  await page.evaluate(() => document.documentElement.setAttribute('data-old-document', ''));
}

/** The page is a new document: a load, not a same-document navigation. */
async function expectNewDocument(page: Page, how: string) {
  const old = await page.evaluate(() => document.documentElement.hasAttribute('data-old-document'));
  expect(old, `${how}: a new document`).toBe(false);
}

for (const width of WIDTHS) {
  test(`links land just below the sticky bar at ${width} px`, async ({ page }) => {
    // Four times the default (test.slow() gives three): 20 page loads a width, where 15 were.
    test.setTimeout(test.info().timeout * 4);
    await page.setViewportSize({ width, height: HEIGHT });
    const offsets: [string, number][] = [];
    // Each question's link before its section's: from the section's page, the question's link
    // (the same address and a fragment) is a same-document navigation, not a load (as the
    // targets were listed, five of each width's ten "loads" were). The mark tells.
    for (const target of [...questionsFirst(targets)]) {
      const how = (what: string) => `${what} ${target.path}`;
      await markDocument(page);
      await page.goto(target.path, { waitUntil: 'domcontentloaded' });
      await expectNewDocument(page, how('load'));
      offsets.push([how('load'), await landed(page, target.id, how('load'), true)]);
      await page.mouse.wheel(0, -3000);
      await markDocument(page);
      await page.reload({ waitUntil: 'domcontentloaded' });
      await expectNewDocument(page, how('reload'));
      offsets.push([how('reload'), await landed(page, target.id, how('reload'), true)]);
    }
    // In-app navigations, from the page the last reload left (each link is followed from
    // another target's place: the first from the last), scroll at once for readers who ask
    // for reduced motion,
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await followIndexLinks(page, offsets, 'in-app');
    // and smoothly for the others: followed both ways at a phone's and a desktop's width.
    if (width === 390 || width === 1280) {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await followIndexLinks(page, offsets, 'smooth');
    }
    expectSamePlace(offsets);
  });
}

// One test for both widths, each loaded afresh at its width: only the context is shared.
test('per-paragraph link buttons are fully visible when shown at 375 and 1280 px', async ({
  page,
}) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: HEIGHT });
    await page.goto(`/i/${seed.id}/energy`);
    const buttons = page
      .locator('#q3__answer')
      .getByRole('button', { name: /^Copy link to paragraph/ });
    const count = await buttons.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const button = buttons.nth(i);
      await button.focus();
      await button.scrollIntoViewIfNeeded();
      const covered = await button.evaluate((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return 'not shown';
        if (box.left < 0 || box.right > window.innerWidth) return 'off screen';
        // Inside its rounded corners: a point off the curve hits the button's own wrapper.
        const inset = 2 + (parseFloat(getComputedStyle(element).borderTopLeftRadius) || 0) / 2;
        const points = [
          [box.left + inset, box.top + inset],
          [box.right - inset, box.top + inset],
          [box.left + inset, box.bottom - inset],
          [box.right - inset, box.bottom - inset],
        ];
        const hidden = points.filter(([x = 0, y = 0]) => {
          const hit = document.elementFromPoint(x, y);
          return !hit || !(hit === element || element.contains(hit));
        });
        return hidden.length === 0 ? 'visible' : `covered at ${hidden.length} corners`;
      });
      expect(covered, `${width} px, button ${i + 1}`).toBe('visible');
    }
  }
});

test.describe('native text fragments', () => {
  const passage = 'Deep drilling is a shared priority';
  const fragment = `#:~:text=${encodeURIComponent(passage)}`;

  test('a text fragment link scrolls to its passage', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: HEIGHT });
    await page.goto(`/i/${seed.id}${fragment}`);
    await expect.poll(() => textOnScreen(page, passage)).toBe(true);
  });

  test('a text fragment on a section link wins over the section, with JavaScript too', async ({
    page,
  }) => {
    // Chrome's "Copy link to highlight", made on a section's page, is the section's address with
    // a text directive, which the browser keeps out of location.hash: the boot script and the app
    // landed on the section's heading, the passage a screen or more below (without JavaScript it
    // was right: landing-without-script.spec).
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: HEIGHT });
      // On the Energy section's own link (the passage is further down it), and on Peace's.
      for (const section of ['energy', 'peace']) {
        const how = `${width} px, /${section}`;
        await page.goto(`/i/${seed.id}/${section}${fragment}`);
        // Hydrated, and landed as the app lands a page load (the handout's part loads after).
        await expect(page.locator('.handout-header'), how).toBeAttached();
        await expect.poll(() => textOnScreen(page, passage), how).toBe(true);
        await expect(page.locator(`#${section}__heading`), how).not.toBeInViewport();
      }
    }
  });

  test('a text fragment after a question’s fragment wins over the question, with JavaScript too', async ({
    page,
  }) => {
    // `#q1:~:text=…`: the question is Trade's, the passage Energy's. The browser keeps the text
    // directive out of location.hash, not the question's id: the boot script and the app landed
    // on the question, the passage screens below.
    await page.setViewportSize({ width: 390, height: HEIGHT });
    for (const path of [`/i/${seed.id}`, `/i/${seed.id}/trade`]) {
      await page.goto(`${path}#q1${fragment.slice(1)}`);
      await expect(page.locator('.handout-header'), path).toBeAttached();
      await expect.poll(() => textOnScreen(page, passage), path).toBe(true);
      await expect(page.locator('#q1'), path).not.toBeInViewport();
    }
    // Words the page does not have: the browser lands on the question, as without the words.
    await page.goto(`/i/${seed.id}#q4:~:text=no%20such%20words%20here`);
    await expect(page.locator('.handout-header')).toBeAttached();
    await expect(page.locator('#q4')).toBeInViewport();
  });

  test('a text fragment whose words are not found lands a section link on its heading, as without the words', async ({
    page,
  }) => {
    // With JavaScript the page stayed at the interview's top: the boot script and the app left a
    // page load with a text directive to the browser, which, not finding the words, had no
    // element fragment to fall back on. Without JavaScript it lands (landing-without-script.spec).
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: HEIGHT });
      const offsets: [string, number][] = [];
      for (const path of [
        `/i/${seed.id}/energy`,
        `/i/${seed.id}/energy#:~:text=nonexistentwords`,
      ]) {
        // From another page: from the same page, a link that adds a fragment loads nothing.
        await page.goto('about:blank');
        await page.goto(path);
        await expect(page.locator('.handout-header'), path).toBeAttached();
        offsets.push([`${width} px, ${path}`, await landed(page, 'energy__heading', path)]);
      }
      expectSamePlace(offsets);
    }
  });

  test('a text fragment whose words are copied above the text lands on the text, not the copy', async ({
    page,
  }) => {
    // The key quotes panel and the question index, above the text, hold a key quote's and a
    // question's words too: the browser took the copy, the first on the page, and stayed at the
    // interview's top (or in the index), the text screens below (an educator's highlight link
    // made at another width, or typed).
    const links = [
      { path: `/i/${seed.id}/energy`, words: 'Ukraine also seeks Kazakh oil', answer: 'q3' },
      // After a question's fragment too (the words are Q1's, a key quote).
      { path: `/i/${seed.id}#q1`, words: 'not merely a prospect', answer: 'q1' },
      // In the index (Q4's title) and a key quote: first in the text in Q3's answer.
      { path: `/i/${seed.id}/energy`, words: 'Kazakh oil', answer: 'q3' },
      // A question's words, in the index only: marked in the question.
      { path: `/i/${seed.id}`, words: 'attacks on tankers', answer: 'q4__question' },
    ];
    for (const width of [375, 1280]) {
      for (const { path, words, answer } of links) {
        const how = `${width} px, ${path}`;
        await page.setViewportSize({ width, height: HEIGHT });
        await page.goto('about:blank');
        const fragment = `${path.includes('#') ? '' : '#'}:~:text=${encodeURIComponent(words)}`;
        await page.goto(`${path}${fragment}`);
        await expect(page.locator('.handout-header'), how).toBeAttached();
        // Marked and landed as a shared passage, just below the bar, as a `quote` link is.
        const passage = page.locator(
          `#${answer.includes('__') ? answer : `${answer}__answer`} [id^="passage_"]`,
        );
        await expect(passage, how).toContainText(words);
        const id = (await passage.getAttribute('id')) ?? '';
        expectSamePlace([[how, await landed(page, id, how, true)]]);
      }
    }
  });

  test('a text fragment opens the collapsed section that holds its passage', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: HEIGHT });
    await page.goto(`/i/${seed.id}`);
    const energy = page.getByRole('button', { name: /^Energy\s*:/ });
    const security = page.getByRole('button', { name: /^Security\s*:/ });
    await energy.click();
    await security.click();
    await expect(page.locator('#energy__body')).toHaveAttribute('hidden', 'until-found');
    // A reader who collapsed sections pastes a highlight link to this page
    // into the address bar: a same-document navigation, so the sections stay
    // collapsed until the browser finds the passage in one of them.
    await page.goto(`/i/${seed.id}${fragment}`);
    await expect(page.locator('#energy__body')).not.toHaveAttribute('hidden');
    // The reader learns of it (beforematch): the section's button says open.
    await expect(energy).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => textOnScreen(page, passage)).toBe(true);
    // Only the section holding the passage opens.
    await expect(security).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#security__body')).toHaveAttribute('hidden', 'until-found');
  });
});
