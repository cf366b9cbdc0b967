import { asWithoutScript, expect, scrollsSideways, seed, test } from './fixtures';
import { expectSamePlace, HEIGHT, landedWithoutScript, targets, WIDTHS } from './landing-checks';
import { textOnScreen } from '../support/text-on-screen';

// Read without JavaScript, a section link opens at its heading and a question
// link at its question, just below any sticky bar (none is shown without
// JavaScript on phones; from 768 px the index column sticks beside the text),
// the same place as with JavaScript (landing.spec.ts), at every width, after a
// load and a reload, and the address stays as it was sent.

/**
 * The links in an order where each one's page differs from the one before:
 * the sections' links, then the questions'. Taken in the seed's order, a
 * question's link (/peace#q5) came straight after its section's (/peace), and
 * going there only scrolled the page already loaded: it landed no link.
 */
const loadOrder = [
  ...targets.filter(({ path }) => !path.includes('#')),
  ...targets.filter(({ path }) => path.includes('#')),
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of WIDTHS) {
    test(`section and question links land just below the top at ${width} px`, async ({ page }) => {
      // Twenty page loads (ten links, each loaded and reloaded): 25-30 s at a load of 15-20.
      test.setTimeout(2 * test.info().timeout);
      await page.setViewportSize({ width, height: HEIGHT });
      const offsets: [string, number][] = [];
      for (const target of loadOrder) {
        // A mark on the document the last reload left: the link must load a new one.
        await page.evaluate(() => document.documentElement.setAttribute('data-left', ''));
        await page.goto(target.path);
        expect(
          await page.evaluate(() => document.documentElement.hasAttribute('data-left')),
          `${target.path} loads its page`,
        ).toBe(false);
        offsets.push([
          `load ${target.path}`,
          await landedWithoutScript(page, target.id, `load ${target.path}`),
        ]);
        await page.reload();
        offsets.push([
          `reload ${target.path}`,
          await landedWithoutScript(page, target.id, `reload ${target.path}`),
        ]);
        // Nothing rewrote the address (no fragment added to a section link).
        expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(target.path);
      }
      expectSamePlace(offsets);
    });
  }

  test('a text fragment on a section link wins over the section', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: HEIGHT });
    // A passage of the Energy section, sent on the Peace section's link.
    const passage = 'Deep drilling is a shared priority';
    await page.goto(`/i/${seed.id}/peace#:~:text=${encodeURIComponent(passage)}`);
    await expect.poll(() => textOnScreen(page, passage)).toBe(true);
    await expect(page.locator('#peace__heading')).not.toBeInViewport();
  });

  test('a text fragment whose words are not found lands a section link on its heading', async ({
    page,
  }) => {
    // Chromium falls back on the heading's scroll-initial-target.
    await page.setViewportSize({ width: 390, height: HEIGHT });
    const offsets: [string, number][] = [];
    for (const path of [`/i/${seed.id}/peace`, `/i/${seed.id}/peace#:~:text=nonexistentwords`]) {
      // From another page: from the same page, a link that adds a fragment loads nothing.
      await page.goto('about:blank');
      await page.goto(path);
      offsets.push([path, await landedWithoutScript(page, 'peace__heading', path)]);
    }
    expectSamePlace(offsets);
  });
});

// A passage link (`?quote=`) is a section's page to a static host: read without JavaScript it
// lands at the section's heading, screens below the interview's top, where the note that
// passage links need JavaScript was the only one.
const PASSAGE_LINK = `/i/${seed.id}/peace?quote=the+war+will+end+this+year.`;

test.describe('a passage link without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lands at its section, which says there why the passage is not marked', async ({ page }) => {
    for (const width of [320, 768, 1920]) {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto('about:blank');
      await page.goto(PASSAGE_LINK);
      await landedWithoutScript(page, 'peace__heading', `${PASSAGE_LINK} at ${width} px`);
      const note = page.locator('#peace').getByText('need JavaScript, which is off');
      await expect(note, `${width} px`).toBeInViewport({ ratio: 1 });
      expect(await scrollsSideways(page), `${width} px`).toBe(false);
    }
  });
});

test('with JavaScript, a passage link is marked and no note about JavaScript shows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: HEIGHT });
  await page.goto(PASSAGE_LINK);
  await expect(page.locator('mark[data-kind~="passage"]').first()).toBeInViewport();
  await expect(page.getByText('need JavaScript').filter({ visible: true })).toHaveCount(0);
  // Nor the question index made for readers without it (a <noscript>'s content is text for a
  // browser running scripts: a `display` of the page's own for it showed that text, 2,500 px).
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('noscript')].map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getClientRects().length;
    }),
  );
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((rects) => rects > 0)).toEqual([]);
});

test('without JavaScript, a passage link’s section and its note are axe clean, light and dark', async ({
  page,
  axe,
}) => {
  // As reading-view.spec's: the app's scripts refused and the script mark removed.
  await page.route(/\.js$/, (route) => route.abort());
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(PASSAGE_LINK);
      await asWithoutScript(page);
      await expect(page.locator('#peace').getByText('need JavaScript, which is off')).toBeVisible();
      await axe(`${PASSAGE_LINK} without JavaScript at ${width} px, ${colorScheme}`);
    }
  }
});

/**
 * In the page: where the first copy of `words` inside `selector`'s elements is
 * (their text across marks and other inline elements, compared in lower case,
 * as the browser matches a text fragment): its top and bottom, and whether it
 * is wholly on screen; undefined when none of them holds the words.
 */
function copyOf([selector, words]: readonly [string, string]) {
  for (const root of document.querySelectorAll(selector)) {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node instanceof Text) nodes.push(node);
    const text = nodes.map((node) => node.data).join('');
    const start = text.toLowerCase().indexOf(words.toLowerCase());
    if (start < 0) continue;
    const at = (offset: number): [Text, number] => {
      let before = 0;
      for (const node of nodes) {
        if (offset <= before + node.data.length) return [node, offset - before];
        before += node.data.length;
      }
      throw new Error('past the text');
    };
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(start + words.length));
    const box = range.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.bottom,
      onScreen: box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight,
    };
  }
  return undefined;
}

test.describe('a text fragment without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Words the page also holds above the interview's text: a question's in the question index (its
  // title there) and a key quote's in the key quotes panel (a <details>, which Chromium opens to
  // show them). The browser lands a text fragment (Chrome's "Copy link to highlight", made at
  // another width or typed) on the first copy in the document: it stayed in the index or opened
  // the panel at the interview's top, the text screens below. It must land in the text, on
  // screen (Chromium puts the words in the middle of the screen, with or without a bar: there is
  // none without JavaScript).
  const links = [
    { words: 'reports of attacks on tankers', inText: '#q4__question', copy: 'the index' },
    { words: 'assess current relations with the U.S.', inText: '#q5__question', copy: 'the index' },
    { words: 'Ukraine also seeks Kazakh oil', inText: '#q3__answer', copy: 'the key quotes' },
    { words: 'will not be, a target for Ukrainian', inText: '#q4__answer', copy: 'the key quotes' },
  ];

  for (const width of [375, 1280]) {
    test(`lands on the words in the text, not on their copy in the index or the key quotes, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: HEIGHT });
      // Each link's failures told, not only the first's.
      const soft = expect.configure({ soft: true });
      for (const { words, inText, copy } of links) {
        const how = `${width} px, “${words}” (in ${copy})`;
        await page.goto('about:blank');
        await page.goto(`/i/${seed.id}#:~:text=${encodeURIComponent(words)}`);
        // The page has the copy, as it is.
        const keyQuotes = 'section[aria-labelledby="key_quotes_heading"]';
        expect(
          await page.evaluate(copyOf, [copy === 'the index' ? 'nav' : keyQuotes, words] as const),
          `${how}: the copy is on the page`,
        ).toBeDefined();
        await soft
          .poll(async () => (await page.evaluate(copyOf, [inText, words] as const))?.onScreen, {
            message: `${how}: the words in the text on screen`,
          })
          .toBe(true);
        // Not the copy: the key quotes panel stays folded, and on a phone no copy in an index is
        // on screen (from 768 px the index stands beside the text, on screen as it is read).
        await soft(page.locator(`${keyQuotes} details`), how).not.toHaveAttribute('open');
        if (width < 768) {
          const index = await page.evaluate(copyOf, ['nav', words] as const);
          soft(index?.onScreen ?? false, `${how}: the index's copy`).toBe(false);
        }
      }
    });
  }
});
