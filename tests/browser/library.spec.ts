import type { Page } from '@playwright/test';
import { otherScriptInterviews } from '../../scripts/lib/other-script-interviews';
import { syntheticLibrary } from '../../scripts/lib/synthetic-library';
import type { Interview } from '../../src/interview/schema';
import { buildLibrary } from '../../src/interview/library-files';
import { pdfText } from '../support/pdf-text';
import { seedInterview } from '../support/seed';
import { axeLightAndDark } from './axe-schemes';
import { appStarted, expect, scrollsSideways, seed, test } from './fixtures';

const results = (page: Page) => page.locator('#library_results');

test.describe('the bundled library', () => {
  test('a topic chip on a card filters the library, and the filter is in the URL', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(results(page)).toHaveText('1 interview');
    await page.getByRole('link', { name: 'Interviews on Energy' }).click();
    await expect(page).toHaveURL(/\/topic\/energy$/);
    await expect(results(page)).toBeFocused();
    await expect(page).toHaveTitle('Energy · Interviews · Interview Reader');
    const filters = page.getByRole('list', { name: 'Filters in force' });
    await expect(filters.getByRole('link')).toHaveAccessibleName('Remove filter Topic: Energy');
    await filters.getByRole('link').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('list', { name: 'Filters in force' })).toHaveCount(0);
  });

  test('person and publication links on a card filter too; filters combine', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Interviews with Viktor Maiko' }).click();
    await expect(page).toHaveURL(/\/person\/viktor-maiko$/);
    await expect(results(page)).toHaveText('1 interview');
    await page.goto('/?publication=the-times-of-central-asia&year=2026&topic=peace');
    await expect(results(page)).toHaveText('1 interview');
    await expect(page.getByRole('link', { name: /^Remove filter/ })).toHaveCount(3);
    await page.getByRole('link', { name: 'Clear all filters' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('a shared link to a filter opens filtered, typed as people type it', async ({ page }) => {
    await page.goto('/?topic=Middle%20Corridor');
    await expect(results(page)).toHaveText('1 interview');
    await expect(
      page.getByRole('link', { name: 'Remove filter Topic: Middle Corridor' }),
    ).toBeVisible();
  });

  test('a value the library lacks says so and leads back to the whole library', async ({
    page,
  }) => {
    await page.goto('/?topic=astronomy');
    await expect(results(page)).toHaveText('No interviews');
    await expect(
      page.getByText('No interview in this library has the topic “astronomy”.'),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Show the whole library' }).click();
    await expect(results(page)).toHaveText('1 interview');
  });

  test('a value the library lacks is known from the values it lists: no file is asked for, no error logged', async ({
    page,
  }) => {
    // Lighthouse counts a failed request's console error against the page.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url().includes('/library/'))
        failed.push(response.url());
    });
    for (const address of ['/?topic=nothing-here', '/?person=nobody&year=2026']) {
      await page.goto(address);
      await appStarted(page);
      await expect(results(page)).toHaveText('No interviews');
    }
    await expect(
      page.getByText('No interview in this library has the person “nobody”.'),
    ).toBeVisible();
    // The path form in the app. Opened afresh, /topic/nothing-here is a page the static host
    // does not have: its 404 status is the host's true answer, and Chromium logs it.
    await page.getByRole('link', { name: 'Show the whole library' }).click();
    await expect(results(page)).toHaveText('1 interview');
    await page.evaluate(() => {
      window.history.pushState({}, '', '/topic/nothing-here');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(
      page.getByText('No interview in this library has the topic “nothing-here”.'),
    ).toBeVisible();
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('an order or page it cannot read is reported, and a page past the end leads to the last', async ({
    page,
  }) => {
    await page.goto('/?sort=shuffle&page=first');
    await expect(
      page.getByRole('heading', { name: 'Part of this link was not understood' }),
    ).toBeVisible();
    await expect(page.getByText('“shuffle” is not an order this library offers')).toBeVisible();
    await expect(page.getByText('“first” is not a page number, so this is page 1.')).toBeVisible();
    await page.goto('/?page=4');
    await expect(page.getByText('There is no page 4: the last is page 1.')).toBeVisible();
    await page.getByRole('link', { name: 'page 1' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a card’s person, topic and publication, and the filters, open pages of their own', async ({
    page,
  }) => {
    await page.goto('/');
    // Adding an interview needs JavaScript: its link does not lead there.
    await expect(page.getByRole('link', { name: 'Add an interview' })).toBeHidden();
    await page.getByRole('link', { name: 'Interviews with Viktor Maiko' }).click();
    await expect(page).toHaveURL(/\/person\/viktor-maiko$/);
    await expect(page).toHaveTitle('Viktor Maiko · Interviews · Interview Reader');
    await expect(results(page)).toHaveText('1 interview');
    await expect(page.getByRole('article').getByRole('link', { name: seed.title })).toBeVisible();
    await page.getByRole('link', { name: 'Remove filter Person: Viktor Maiko' }).click();
    await expect(page).toHaveURL(/\/$/);

    await page.getByRole('link', { name: 'Interviews on Energy' }).click();
    await expect(page).toHaveURL(/\/topic\/energy$/);
    await expect(page.getByRole('link', { name: 'Remove filter Topic: Energy' })).toBeVisible();
    await page.goBack();
    await page.getByRole('link', { name: 'Interviews from The Times of Central Asia' }).click();
    await expect(page).toHaveURL(/\/publication\/the-times-of-central-asia$/);
    await expect(results(page)).toHaveText('1 interview');
    await page.goBack();

    // On a phone the interviews come first, the filters behind "Filter" (a checkbox, as the
    // app's button needs JavaScript), each value a page.
    const years = page
      .getByRole('region', { name: 'Filter the library' })
      .getByRole('region', { name: 'Years' });
    // Wide, they stand beside the list, with no checkbox.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(years).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Filter' })).toBeHidden();
    await page.setViewportSize({ width: 320, height: 700 });
    await expect(years).toBeHidden();
    const firstCard = page.getByRole('article').getByRole('link', { name: seed.title });
    const cardTop = await firstCard.evaluate((el) => el.getBoundingClientRect().top);
    expect(cardTop, 'the first interview shows on the first screen').toBeLessThan(700);
    const filter = page.getByRole('checkbox', { name: 'Filter' });
    await filter.focus();
    await page.keyboard.press('Space');
    await expect(years).toBeVisible();
    // A tap on its label, as on the app's button.
    const label = page.getByText('Filter', { exact: true }).filter({ visible: true });
    await label.click();
    await expect(years).toBeHidden();
    await label.click();
    await years.getByRole('link', { name: /^2026/ }).click();
    await expect(page).toHaveURL(/\/year\/2026$/);
    await expect(page).toHaveTitle('2026 · Interviews · Interview Reader');
    await expect(results(page)).toHaveText('1 interview');
  });
});

test.describe('without JavaScript, a shared link', () => {
  test.use({ javaScriptEnabled: false });

  test('with a search and a second filter says at the top that they were not applied, and what is shown', async ({
    page,
  }) => {
    await page.goto('/person/viktor-maiko?q=energy&topic=peace');
    const note = page.getByText(/were not applied/);
    await expect(note).toBeVisible();
    await expect(note).toContainText(
      'Shown: the interviews with the person Viktor Maiko, newest first.',
    );
    const noteTop = await note.evaluate((el) => el.getBoundingClientRect().top);
    const resultsTop = await results(page).evaluate((el) => el.getBoundingClientRect().top);
    expect(noteTop).toBeLessThan(resultsTop);
    await page.goto('/?q=energy');
    await expect(page.getByText(/were not applied/)).toContainText(
      'Shown: every interview, newest first.',
    );
  });
});

test('with JavaScript, a view’s own address shows what it shows without, and moves on in place', async ({
  page,
}) => {
  await page.goto('/person/viktor-maiko');
  await appStarted(page);
  await expect(page).toHaveTitle('Viktor Maiko · Interviews · Interview Reader');
  await expect(results(page)).toHaveText('1 interview');
  await expect(
    page.getByRole('link', { name: 'Remove filter Person: Viktor Maiko' }),
  ).toBeVisible();
  // The note for readers without JavaScript is not for this one.
  await expect(page.getByText(/were not applied/)).toBeHidden();
  // A second filter is the app's: the address takes a query string.
  await page
    .getByRole('region', { name: 'Filter the library' })
    .getByRole('region', { name: 'Topics' })
    .getByRole('link', { name: /^Energy/ })
    .click();
  await expect(page).toHaveURL(/\/\?topic=energy&person=viktor-maiko$/);
  await expect(page.getByRole('link', { name: /^Remove filter/ })).toHaveCount(2);
  await expect(results(page)).toHaveText('1 interview');
});

/**
 * A library of 45 interviews, served in place of the bundled one. The tests
 * start on another page of the site and follow its link to the library, so the
 * library loads in the browser from these files, whatever the first HTML holds.
 * That page is the unknown interview's, the smallest with the site's header: the
 * whole seed interview, loaded and started for nothing but its link, cost more.
 */
async function openLargeLibrary(page: Page, size = 45) {
  return openLibraryOf(page, syntheticLibrary(seedInterview(), size));
}

/** The library of these interviews, served and opened as openLargeLibrary's. */
async function openLibraryOf(page: Page, interviews: Interview[]) {
  const size = interviews.length;
  const files = new Map(buildLibrary(interviews).map((file) => [file.path, file.data]));
  const requested: string[] = [];
  await page.route('**/library/**', async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = pathname.slice(pathname.indexOf('library/'));
    requested.push(file);
    const data = files.get(file);
    await (data === undefined
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ json: data }));
  });
  await page.goto('/i/nope');
  await appStarted(page);
  await page.getByRole('link', { name: 'Interview Reader' }).click();
  await expect(results(page)).toHaveText(new RegExp(`^${size} interviews`));
  return requested;
}

for (const width of [320, 375]) {
  test(`on a ${width} px phone the pages read in order: their numbers on one row, Previous and Next on the next, and the tab order is the order seen`, async ({
    page,
  }) => {
    // "Previous 1 2 3 4" then "5 Next" on a row below, or "Next" alone there: the numbers
    // split across two rows, in an order a reader had to piece together.
    await page.setViewportSize({ width, height: 700 });
    await openLargeLibrary(page, 101);
    const pager = page.getByRole('navigation', { name: 'Pages' });
    for (const at of ['Page 2', 'Page 3', 'Page 5', 'Page 6']) {
      await pager.getByRole('link', { name: at }).click();
      await expect(pager.getByRole('link', { name: at })).toHaveAttribute('aria-current', 'page');
      // In the page's order (the tab order), those shown.
      const rows = await pager.locator('li').evaluateAll((items) =>
        items
          .filter((item) => item.getBoundingClientRect().height > 0)
          .map((item) => ({
            text: item.textContent?.trim() ?? '',
            // Its middle: the "…" is shorter than the links beside it.
            top: Math.round(
              (item.getBoundingClientRect().top + item.getBoundingClientRect().bottom) / 2,
            ),
            left: Math.round(item.getBoundingClientRect().left),
          })),
      );
      // Each one on a lower row than the one before, or further right on its row: "Previous"
      // came first in the tab order, below and after the numbers on the screen.
      for (const [i, row] of rows.entries()) {
        const before = rows[i - 1];
        if (before === undefined) continue;
        expect(
          row.top > before.top || (row.top === before.top && row.left > before.left),
          JSON.stringify(rows),
        ).toBe(true);
      }
      const numbers = rows.filter((row) => row.text !== '' && !/^(Previous|Next)$/.test(row.text));
      const ends = rows.filter((row) => /^(Previous|Next)$/.test(row.text));
      const tops = new Set(numbers.map((row) => row.top));
      expect(tops.size, JSON.stringify(rows)).toBe(1);
      expect(ends.map((row) => row.top)).toEqual(ends.map(() => ends[0]?.top ?? 0));
      expect(ends[0]?.top, JSON.stringify(rows)).toBeGreaterThan(numbers[0]?.top ?? 0);
      expect(await scrollsSideways(page)).toBe(false);
    }
  });
}

test.describe('a larger library', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('loads only the summary and one page of interviews; pages through the results, sorts them, and keeps both in the URL', async ({
    page,
  }) => {
    const requested = await openLargeLibrary(page);
    expect([...requested].sort()).toEqual(['library/date/1.json', 'library/index.json']);
    await expect(page.getByRole('article')).toHaveCount(20);
    const pager = page.getByRole('navigation', { name: 'Pages' });
    await expect(pager.getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await pager.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\/page\/2$/);
    await expect(results(page)).toHaveText('45 interviews · 21–40');
    await expect(results(page)).toBeFocused();
    await pager.getByRole('link', { name: 'Page 3' }).click();
    await expect(results(page)).toHaveText('45 interviews · 41–45');
    await expect(page.getByRole('article')).toHaveCount(5);
    await expect(pager.getByText('Next')).not.toHaveRole('link');

    await page
      .getByRole('navigation', { name: 'Order' })
      .getByRole('link', { name: 'Title A–Z' })
      .click();
    await expect(page).toHaveURL(/\/\?sort=title$/);
    // The address changes before React shows the page it asks for (the router
    // renders in a transition; on a slow machine the last page stayed on screen
    // after the URL changed): the count says which page is on screen.
    await expect(results(page)).toHaveText('45 interviews · 1–20');
    const titles = await page.getByRole('article').getByRole('heading').allTextContents();
    expect(titles).toHaveLength(20);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));

    await page
      .getByRole('navigation', { name: 'Order' })
      .getByRole('link', { name: 'Oldest first' })
      .click();
    await expect(page).toHaveURL(/\/\?sort=oldest$/);
    // The list follows the address a moment later: wait for it to be in date order.
    const dates = () =>
      page
        .getByRole('article')
        .locator('time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    await expect
      .poll(async () => {
        const shown = await dates();
        return shown.length > 0 && shown.join() === [...shown].sort().join();
      })
      .toBe(true);
    await page.goBack();
    await expect(page).toHaveURL(/\/\?sort=title$/);
  });

  // One page for the filters and axe: it checks the library with a filter on and the full list
  // of people open, on the way.
  test('filters by the common values, and by any value from the full list; axe finds no violations with a filter on and the full list of people open', async ({
    page,
    axe,
  }) => {
    const requested = await openLargeLibrary(page);
    const panel = page.getByRole('region', { name: 'Filter the library' });
    const topics = panel.getByRole('region', { name: 'Topics' });
    const first = topics.getByRole('link').first();
    const label = (await first.locator('span').first().textContent()) ?? '';
    await first.click();
    await expect(page.getByRole('link', { name: `Remove filter Topic: ${label}` })).toBeVisible();
    await expect(topics.getByRole('link', { name: new RegExp(`^${label}`) })).toHaveAttribute(
      'aria-current',
      'true',
    );

    const people = panel.getByRole('region', { name: 'People' });
    await people.getByRole('button', { name: /^Show all \d+ people$/ }).click();
    const find = people.getByRole('searchbox', { name: 'Find a person' });
    await find.waitFor();
    await axe();
    await find.fill('abenova');
    const matches = people.getByRole('link');
    await expect(matches.first()).toBeVisible();
    for (const name of await matches.allTextContents()) expect(name).toMatch(/Abenova/);
    await matches.first().click();
    await expect(
      page.getByRole('link', { name: /^Remove filter Person: .*Abenova/ }),
    ).toBeVisible();
    expect(requested).toContain('library/person.json');

    // With the full list loaded, a person not on it is known not to be in the library, as
    // a value the summary lacks where it lists them all: nothing is asked for.
    await page.evaluate(() => {
      window.history.pushState({}, '', '/person/nobody');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(
      page.getByText('No interview in this library has the person “nobody”.'),
    ).toBeVisible();
    expect(requested).not.toContain('library/person/nobody.json');
  });
});

// Light and dark on one page: the schemes are colours alone (axe-schemes.ts).
test.describe('on a phone, light and dark', () => {
  test.use({ viewport: { width: 320, height: 700 }, hasTouch: true });

  test('the filters open from a button; nothing scrolls sideways; axe finds nothing', async ({
    page,
    axe,
  }) => {
    await openLargeLibrary(page);
    const facets = page.locator('#library_facets');
    await expect(facets).toBeHidden();
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(facets).toBeVisible();
    await facets.getByRole('region', { name: 'Years' }).getByRole('link').first().click();
    await expect(page.getByRole('button', { name: 'Filter (1 on)' })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    const pageLink = page.getByRole('navigation', { name: 'Pages' }).getByRole('link').first();
    if ((await pageLink.count()) > 0) {
      const box = await pageLink.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
    await axeLightAndDark(page, axe, 'the filters open on a phone');
  });
});

test('the library’s links are 44 px tall on a phone, with a mouse too', async ({ browser }) => {
  // The reader's controls are 44 px below 640 px whatever the pointer (max-sm); the library's
  // (a card's topics, the filters, the orders) only on touch screens (pointer: coarse): 32 and
  // 36 px at 320 px otherwise. Without JavaScript the filters open from a checkbox.
  for (const javaScript of [true, false]) {
    const context = await browser.newContext({
      viewport: { width: 320, height: 700 },
      javaScriptEnabled: javaScript,
    });
    const page = await context.newPage();
    // A filtered view's filters need JavaScript: without it, the whole library's show.
    await page.goto(javaScript ? '/person/viktor-maiko' : '/');
    if (!javaScript) await page.getByRole('checkbox', { name: 'Filter' }).check();
    if (javaScript) {
      await appStarted(page);
      // The view's own address moves on in place as the app starts, which may close the panel.
      await expect(async () => {
        const filter = page.getByRole('button', { name: /^Filter/ });
        if ((await filter.getAttribute('aria-expanded')) !== 'true') await filter.click();
        await expect(page.locator('#library_facets')).toBeVisible({ timeout: 1_000 });
      }).toPass();
    }
    await expect(page.locator('#library_facets')).toBeVisible();
    const controls = page.locator(
      '[aria-label="Topics"] a, #library_facets a, #library_facets button, main nav a, label[for="library_facets_toggle"]',
    );
    const small = await controls.evaluateAll((links) =>
      links
        .filter((link) => link.getClientRects().length > 0)
        .map((link) => `${link.textContent} ${Math.round(link.getBoundingClientRect().height)}`)
        .filter((text) => Number(text.split(' ').at(-1)) < 44),
    );
    expect(small, `JavaScript ${javaScript ? 'on' : 'off'}`).toEqual([]);
    await context.close();
  }
});

test('on a phone a card’s one-line title and a topic of two letters are 44 px targets', async ({
  page,
}) => {
  // A short title (王小明谈能源与和平) fits one line: its link was 22 px tall; a topic of two
  // Chinese letters (贸易) was a chip 36 px wide.
  await page.setViewportSize({ width: 320, height: 700 });
  await openLibraryOf(page, [seedInterview(), ...otherScriptInterviews(seedInterview())]);
  const card = page.getByRole('article').filter({ hasText: '王小明谈能源与和平' });
  // The title and the topics, each a link of its own (a person's and the publication's are
  // words in a line of text).
  const small = await card.locator('h3 a, [aria-label="Topics"] a').evaluateAll((links) =>
    links
      .map((link) => ({ link: link.textContent, box: link.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ link, box }) => `${link} ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);
});

test('a printed page of the library is its interviews, without the orders and pages to choose', async ({
  page,
}) => {
  // On paper "Newest first  Oldest first  Title A–Z" and "Previous 1 2 3 Next" were links with
  // nowhere to go (the order chosen shown only by its background, which does not print), as the
  // filters were before they left the sheet.
  await openLargeLibrary(page);
  await expect(page.getByRole('navigation', { name: 'Order' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const lines = pdfText(await page.pdf({ format: 'A4' })).join('\n');
  expect(lines).toMatch(/^45 interviews · 1–20$/m);
  expect(lines).not.toMatch(/Oldest first|Title A–Z/);
  expect(lines).not.toMatch(/^Previous|Next$/m);
});

test('on a phone the way back from an empty view is a 44 px target', async ({ page }) => {
  // "Show the whole library", a link alone on its line under "No interview …", was 17 px tall.
  await page.setViewportSize({ width: 320, height: 700 });
  for (const view of ['/?topic=astronomy', '/?topic=energy&year=1999']) {
    await page.goto(view);
    const back = page.getByRole('link', { name: 'Show the whole library' });
    await expect(back).toBeVisible();
    expect((await back.boundingBox())?.height, view).toBeGreaterThanOrEqual(44);
  }
});

test('“Add an interview” and what it takes keep to their own lines at every width', async ({
  page,
}) => {
  // At 320-414 px "from a newspaper page, a text or a file" began beside the button and went on
  // below it, under the button's left edge: one phrase in two places.
  await page.goto('/');
  const phrase = page.getByText('from a newspaper page, a text or a file');
  for (const width of [320, 375, 414, 768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const lefts = await phrase.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return [...new Set([...range.getClientRects()].map((rect) => Math.round(rect.left)))];
    });
    expect(lefts, `${width} px: the phrase's lines start at one edge`).toHaveLength(1);
    expect(await scrollsSideways(page), `${width} px`).toBe(false);
  }
});

test('in forced colours a card’s topics and “Add an interview” keep their edges', async ({
  browser,
}) => {
  // Windows high contrast drops backgrounds: drawn only by their fill, the chips and the
  // button-like link were bare words among others. A border, transparent otherwise, is drawn
  // there in the system's colour.
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width: 320, height: 700 },
      forcedColors: 'active',
      colorScheme,
    });
    const page = await context.newPage();
    await page.goto('/');
    const edged = page
      .locator('[aria-label="Topics"] a')
      .or(page.getByRole('link', { name: 'Add an interview' }));
    await expect(edged).toHaveCount(6);
    const bare = await edged.evaluateAll((links) =>
      links
        .map((link) => ({ link, style: getComputedStyle(link) }))
        .filter(
          ({ style }) =>
            style.borderTopStyle === 'none' ||
            parseFloat(style.borderTopWidth) < 1 ||
            style.borderTopColor === 'rgba(0, 0, 0, 0)',
        )
        .map(({ link }) => link.textContent),
    );
    expect(bare, colorScheme).toEqual([]);
    await context.close();
  }
});

test('Escape closes the filters on a phone and returns to “Filter”; on a wide screen it leaves them be', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/');
  await appStarted(page);
  const filter = page.getByRole('button', { name: 'Filter' });
  const facets = page.locator('#library_facets');
  await filter.focus();
  await page.keyboard.press('Enter');
  await expect(facets).toBeVisible();
  // From a link inside the panel, and from the button itself.
  await page.keyboard.press('Tab');
  await expect(facets.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(facets).toBeHidden();
  await expect(filter).toBeFocused();
  await expect(filter).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(facets).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(facets).toBeHidden();
  await expect(filter).toBeFocused();

  // Beside the list there is nothing to close: the filters stay, and so does the focus.
  await page.setViewportSize({ width: 1280, height: 800 });
  const first = facets.getByRole('link').first();
  await first.focus();
  await page.keyboard.press('Escape');
  await expect(facets).toBeVisible();
  await expect(first).toBeFocused();
});

test('on a phone, Escape in “Find a person” clears the words first, then closes the filters', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await openLargeLibrary(page);
  const filter = page.getByRole('button', { name: 'Filter' });
  await filter.click();
  const people = page.getByRole('region', { name: 'People' });
  await people.getByRole('button', { name: /^Show all \d+ people$/ }).click();
  const find = people.getByRole('searchbox', { name: 'Find a person' });
  await find.fill('abenova');
  await page.keyboard.press('Escape');
  await expect(find).toHaveValue('');
  await expect(find).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#library_facets')).toBeHidden();
  await expect(filter).toBeFocused();
});

test('Back from an interview opened from a card, with the keyboard, puts the focus on the card’s link', async ({
  page,
}) => {
  await page.goto('/');
  await appStarted(page);
  const title = page.getByRole('article').getByRole('link', { name: seed.title });
  for (let tab = 0; tab < 40; tab += 1) {
    await page.keyboard.press('Tab');
    if (await title.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(title).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible();
  await expect(title).toBeFocused();
});

test('Back to a filter left by a link that focused the page’s title puts the focus on that link', async ({
  page,
}) => {
  // The library's page stays mounted from one of its views to the next, its title too: a link
  // with no results to land on (the whole library) focuses the title, and the focus is still
  // there after Back, where it is the app's doing, not the reader's.
  await page.goto('/');
  await appStarted(page);
  await page.getByRole('link', { name: 'Interviews on Energy' }).click();
  await expect(page).toHaveURL(/\/topic\/energy$/);
  const remove = page.getByRole('link', { name: 'Remove filter Topic: Energy' });
  await remove.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/topic\/energy$/);
  await expect(remove).toBeFocused();
});

test('Back and Forward between the library’s views put the focus on the link followed from each', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openLargeLibrary(page);
  const follow = async (link: ReturnType<Page['getByRole']>) => {
    await link.focus();
    await page.keyboard.press('Enter');
  };
  const topic = page
    .getByRole('region', { name: 'Filter the library' })
    .getByRole('region', { name: 'Topics' })
    .getByRole('link')
    .first();
  const order = page
    .getByRole('navigation', { name: 'Order' })
    .getByRole('link', { name: 'Title A–Z' });
  const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' });
  await follow(topic);
  await expect(results(page)).toBeFocused();
  await follow(order);
  await expect(page).toHaveURL(/sort=title/);
  await expect(results(page)).toBeFocused();
  await follow(next);
  await expect(page).toHaveURL(/page=2|\/page\/2/);
  await expect(results(page)).toBeFocused();

  const focused = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return active === null || active === document.body
        ? 'body'
        : (active.textContent ?? '').trim();
    });
  await page.goBack();
  await expect(page).toHaveURL(/sort=title$/);
  await expect.poll(focused).toBe('Next');
  await page.goBack();
  await expect(page).toHaveURL(/\/topic\/[^?]+$/);
  await expect.poll(focused).toBe('Title A–Z');
  await page.goForward();
  await expect(page).toHaveURL(/sort=title$/);
  await expect.poll(focused).toBe('Next');
});
