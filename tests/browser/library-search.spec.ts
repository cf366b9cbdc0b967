import type { Page, Worker as PageWorker } from '@playwright/test';
import { axeLightAndDark } from './axe-schemes';
import { expect, scrollsSideways, seed, test } from './fixtures';

const field = (page: Page) => page.getByRole('searchbox', { name: 'Search all interviews' });
const results = (page: Page) => page.locator('#library_results');

test.use({ viewport: { width: 1280, height: 900 } });

test('the library’s first view loads no search index, and no storage code where nothing is kept', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(results(page)).toHaveText('1 interview');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.includes('pagefind'))).toEqual([]);
  // Interviews kept on this device need IndexedDB code (about 40 KB): not in a browser that has none.
  expect(requested.filter((path) => /\/(on-demand|kept-interviews)-/.test(path))).toEqual([]);
});

test('a search finds words across interviews, with passages linked and marked', async ({
  page,
}) => {
  await page.goto('/');
  await field(page).fill('pipelines');
  await expect(results(page)).toHaveText('1 interview matches “pipelines”');
  await expect(page).toHaveURL(/\/\?q=pipelines$/);
  const result = page.getByRole('article').filter({ hasText: seed.title });
  // Its id, title, publication and date: the fields the prerender writes for the index.
  await expect(result.getByRole('link', { name: seed.title })).toHaveAttribute(
    'href',
    `/i/${seed.id}?q=pipelines`,
  );
  await expect(result.locator('time[datetime="2026-02-10"]')).toBeVisible();
  await expect(result.getByText(/^The Times of Central Asia · /)).toBeVisible();
  // The question whose answer holds the word, its excerpt marked.
  const passage = result.getByRole('link', { name: /plans to diversify supply routes/ });
  await expect(passage).toHaveAttribute('href', `/i/${seed.id}/energy?q=pipelines#q3`);
  await expect(result.locator('mark').first()).toHaveText(/^Pipeline/i);
  // The interview's words, not the paragraph numbers only paper shows: the excerpt read
  // "…Trans-Adriatic Pipeline. ¶5 We invite Kazakh participation…".
  await expect(result).not.toContainText('¶');

  // It opens the interview at that question, the words marked in place.
  await passage.click();
  await expect(page).toHaveURL(new RegExp(`/i/${seed.id}/energy\\?q=pipelines#q3$`));
  await expect(page.locator('#reader_search_status')).toHaveText(/of/);
  await expect(page.locator('#q3')).toBeInViewport();
  await expect(page.locator('#q3 mark[data-kind~="search"]').first()).toBeVisible();

  // Back, the search is still there.
  await page.goBack();
  await expect(results(page)).toHaveText('1 interview matches “pipelines”');
  await expect(field(page)).toHaveValue('pipelines');
});

test('a word typed in part shows and marks the words it begins, their punctuation unmarked', async ({
  page,
}) => {
  await page.goto('/');
  // Pagefind matches it by its stem's beginning: its own excerpts marked "modernize" (and
  // cut "modernization" off) for "modernizati", and "Pipeline." with its full stop.
  await field(page).fill('modernizati');
  await expect(results(page)).toHaveText('1 interview matches “modernizati”');
  const marks = page.getByRole('article').locator('mark');
  await expect(marks.first()).toBeVisible();
  expect(new Set(await marks.allTextContents())).toEqual(new Set(['modernization']));
  await field(page).fill('pipelines');
  await expect(results(page)).toHaveText('1 interview matches “pipelines”');
  await expect(marks).toHaveText(['Pipeline']);
});

test('typing with pauses keeps the field and every letter, with or without a filter', async ({
  page,
}) => {
  for (const start of ['/', '/?topic=security']) {
    await page.goto(start);
    await field(page).click();
    await page.keyboard.type('pip');
    // The words reach the URL once typing pauses; the reader is still typing.
    await expect(page).toHaveURL(/[?&]q=pip(&|$)/);
    await expect(field(page)).toBeFocused();
    await page.keyboard.type('elines');
    await expect(field(page)).toHaveValue('pipelines');
    await expect(results(page)).toHaveText('1 interview matches “pipelines”');
    await expect(field(page)).toBeFocused();
  }
});

test('a shared search link opens with its results; filters narrow it', async ({ page }) => {
  await page.goto('/?q=kazakh+oil&topic=security');
  await expect(results(page)).toHaveText('1 interview matches “kazakh oil”');
  await expect(page.getByRole('link', { name: 'Remove filter Topic: Security' })).toBeVisible();
  await page.goto('/?q=kazakh+oil&year=2025');
  await expect(results(page)).toHaveText('No interview matches “kazakh oil”');
  // Every filter of the library narrows a search by the same keys.
  for (const filter of [
    'topic=middle-corridor',
    'person=viktor-maiko',
    'publication=the-times-of-central-asia',
    'year=2026',
  ]) {
    await page.goto(`/?q=kazakh+oil&${filter}`);
    await expect(results(page), filter).toHaveText('1 interview matches “kazakh oil”');
  }
  await page.goto('/?q=kazakh+oil&person=someone-else');
  await expect(results(page)).toHaveText('No interview matches “kazakh oil”');
});

test('a search whose index files failed to load searches again once they load', async ({
  page,
}) => {
  // Pagefind's script loads (a saved copy, say) but not its index's entry
  // file: the network is gone. Pagefind reports that only at its first
  // search; once the network is back, a new try starts it again.
  let failing = true;
  await page.route('**/pagefind/pagefind-entry.json*', (route) =>
    failing ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto('/?q=pipelines');
  await expect(results(page)).toHaveText('Search is not available');
  failing = false;
  // Tried again every 3 s while it fails (search-results.tsx).
  await expect(results(page)).toHaveText('1 interview matches “pipelines”', { timeout: 15_000 });
});

test('a search whose index chunk the site does not have (a new build removed it) fails rather than finding nothing, and answers once it is there', async ({
  page,
}) => {
  let missing = true;
  await page.route(/\/pagefind\/index\/.*\.pf_index$/, (route) =>
    missing ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback(),
  );
  await page.goto('/?q=pipelines');
  await expect(results(page)).toHaveText('Search is not available');
  missing = false;
  // Tried again every 3 s while it fails (search-results.tsx).
  await expect(results(page)).toHaveText('1 interview matches “pipelines”', { timeout: 15_000 });
});

/**
 * The library's search workers (pagefind-worker.ts): those the page runs now
 * (one it ended leaves), and how many it has started.
 */
function searchWorkers(page: Page) {
  const running = new Set<PageWorker>();
  let started = 0;
  page.on('worker', (worker) => {
    if (!worker.url().includes('pagefind-worker')) return;
    started += 1;
    running.add(worker);
    worker.on('close', () => running.delete(worker));
  });
  return {
    started: () => started,
    /** Runs `fn` in every worker the page runs; one that ended meanwhile is skipped. */
    async each(fn: () => void) {
      let reached = 0;
      for (const worker of running)
        await worker.evaluate(fn).then(
          () => (reached += 1),
          () => undefined,
        );
      expect(reached, 'search workers reached').toBeGreaterThan(0);
    },
  };
}

/** What the page logs as an error or warning, and its uncaught errors. */
function consoleErrors(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    // These tests block the service worker, which console.spec.ts lets run.
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  return messages;
}

type Workers = ReturnType<typeof searchWorkers>;

/**
 * The ways a search worker fails once it has answered, each in its turn on
 * one page: one start of the page and of Pagefind for all six, where each
 * was a test of its own. Each round breaks the workers the page runs then,
 * searches words never searched on the page (the library keeps what it
 * found), which must fail, then other new words, which must answer. After the
 * first round the workers broken are those the page started again, by the
 * same code as the first (startPagefind in pagefind.ts).
 */
const failures: {
  what: string;
  /** Breaks the page's workers. */
  breaks: (workers: Workers) => Promise<void>;
  /** Words long enough to be searched at once, with no preload (the search's own call dies). */
  fails: string;
  answers: string;
  /** Once the search waits: what makes it fail. */
  then?: (page: Page, workers: Workers) => Promise<unknown>;
  /** Whether the page starts a new worker for the next search. */
  restarts?: true;
  /** What the page says beyond "Search is not available". */
  told?: string;
}[] = [
  {
    // The worker throws where nothing catches it (in Pagefind's code, say),
    // and its answer never comes; nor would any later one. (Nothing uncaught
    // is looked for in every round.)
    what: 'fails with an error after it started',
    breaks: (workers) =>
      workers.each(() => {
        self.postMessage = () =>
          setTimeout(() => {
            throw new Error('Search worker broken for the test');
          });
      }),
    fails: 'kazakh',
    answers: 'oil',
    restarts: true,
  },
  {
    // Its next answer never comes: the worker ends instead, as one out of
    // memory is ended, with no event at the page. It ends on the search's
    // request, not at its next reply: that could be the reply to the last
    // search's release, and a worker that stops between two searches is
    // started again for the next one, which then answers (as it should:
    // this test failed now and then in CI by that race).
    what: 'stops in the middle of a search',
    breaks: (workers) =>
      workers.each(() => {
        self.addEventListener('message', (event: MessageEvent<unknown>) => {
          const request = event.data;
          if (
            typeof request === 'object' &&
            request !== null &&
            Reflect.get(request, 'type') === 'search'
          )
            self.close();
        });
      }),
    fails: 'ukraine',
    answers: 'corridor',
    restarts: true,
    told: 'The search could not be completed.',
  },
  // The page reads every reply of a worker: one it cannot read, or none at all
  // (an answer that cannot be posted), would leave its search waiting for good.
  {
    what: 'answers what the page cannot read',
    breaks: (workers) =>
      workers.each(() => {
        const post = self.postMessage.bind(self);
        self.postMessage = () => post({ answer: 'of another shape' });
      }),
    fails: 'economic',
    answers: 'ports',
  },
  {
    what: 'cannot post its answer',
    breaks: (workers) =>
      workers.each(() => {
        const post = self.postMessage.bind(self);
        let broken = true;
        self.postMessage = (message: unknown) => {
          if (!broken) return post(message);
          broken = false;
          throw new DOMException('The answer could not be cloned.', 'DataCloneError');
        };
      }),
    fails: 'drilling',
    answers: 'black',
  },
  // A message that cannot be read (deserialized) fires `messageerror`, with no
  // word of the call it carried, which would wait for good. The worker's
  // answers go missing first: the search waits for one.
  {
    what: 'sends a reply the page cannot read',
    breaks: answersLost,
    fails: 'priority',
    answers: 'energy',
    then: (page) => page.evaluate(() => window.dispatchEvent(new Event('test:reply-unreadable'))),
  },
  {
    what: 'is sent a request it cannot read',
    breaks: answersLost,
    fails: 'necessity',
    answers: 'federation',
    then: (_, workers) => workers.each(() => self.dispatchEvent(new MessageEvent('messageerror'))),
  },
];

function answersLost(workers: Workers) {
  return workers.each(() => {
    self.postMessage = () => undefined;
  });
}

test('a search worker that fails once it has answered, six ways in turn: the reader is told, the next search answers, nothing uncaught', async ({
  page,
}) => {
  // The time of the six tests it folds.
  test.setTimeout(failures.length * test.info().timeout);
  // The page's search workers, for the test to fire what the browser would at them.
  await page.addInitScript(() => {
    const workers: Worker[] = [];
    window.Worker = class extends Worker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers.push(this);
      }
    };
    window.addEventListener('test:reply-unreadable', () => {
      for (const worker of workers) worker.dispatchEvent(new MessageEvent('messageerror'));
    });
  });
  const workers = searchWorkers(page);
  const messages = consoleErrors(page);
  await page.goto('/?q=pipelines');
  await expect(results(page)).toHaveText('1 interview matches “pipelines”');
  for (const failure of failures)
    await test.step(`a worker that ${failure.what}`, async () => {
      const [started, logged] = [workers.started(), messages.length];
      await failure.breaks(workers);
      await field(page).fill(failure.fails);
      if (failure.then) {
        await expect(page.locator('[aria-labelledby="library_results"] > ul')).toHaveAttribute(
          'aria-busy',
          'true',
        );
        await failure.then(page, workers);
      }
      await expect(results(page)).toHaveText('Search is not available');
      if (failure.told) await expect(page.getByText(failure.told)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
      await field(page).fill(failure.answers);
      await expect(results(page)).toHaveText(`1 interview matches “${failure.answers}”`);
      if (failure.restarts) expect(workers.started()).toBeGreaterThan(started);
      expect(messages.slice(logged)).toEqual([]);
    });
});

test('Escape clears the search and the library comes back', async ({ page }) => {
  await page.goto('/?q=oil');
  await expect(results(page)).toHaveText(/matches “oil”/);
  await field(page).press('Escape');
  await expect(results(page)).toHaveText('1 interview');
  await expect(page).toHaveURL(/\/$/);
});

// Light and dark on one page: the schemes are colours alone (axe-schemes.ts).
test('axe finds no violations in search results, and with none, light and dark', async ({
  page,
  axe,
}) => {
  await page.goto('/?q=oil');
  await expect(results(page)).toHaveText(/matches “oil”/);
  await axeLightAndDark(page, axe, 'search results');
  await field(page).fill('zzyzx');
  await expect(results(page)).toHaveText('No interview matches “zzyzx”');
  await axeLightAndDark(page, axe, 'no results');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 700 }, hasTouch: true });
  test('results fit the screen, and axe finds no violations', async ({ page, axe }) => {
    await page.goto('/?q=oil');
    await expect(results(page)).toHaveText(/matches “oil”/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await axe();
  });

  test('each result’s links are 44 px targets, one line long too', async ({ page }) => {
    // A word of the introduction: its place's link reads "Introduction", one line, 24 px tall.
    await page.goto('/?q=battlefield');
    await expect(results(page)).toHaveText('1 interview matches “battlefield”');
    const result = page.getByRole('article').filter({ hasText: seed.title });
    await expect(result.getByRole('link', { name: 'Introduction' })).toBeVisible();
    const small = await result.getByRole('link').evaluateAll((links) =>
      links
        .map((link) => ({ link: link.textContent, box: link.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ link, box }) => `${link} ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [320, 1280])
    test(`the library says its search needs JavaScript instead of a field that would bring the same page back, ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      // The static host answers with the prerendered library, whatever the address asks.
      await page.goto('/?q=pipelines&topic=security');
      await expect(
        page.getByText(
          /^Search, the other orders and more than one filter at a time need JavaScript, which is off: .* were not applied\. Shown: every interview, newest first\.$/,
        ),
      ).toBeVisible();
      await expect(page.getByRole('search')).toHaveCount(0);
      await expect(page.getByRole('searchbox')).toHaveCount(0);
      // Nor orders, which would bring the same page back; the filters are pages of their own,
      // without the button that opens them on a phone (a checkbox does there).
      await expect(page.getByRole('navigation', { name: 'Order' })).toBeHidden();
      await expect(page.getByRole('button', { name: /^Filter/ })).toBeHidden();
      if (width < 1024) await page.getByRole('checkbox', { name: 'Filter' }).check();
      await expect(
        page
          .getByRole('region', { name: 'Filter the library' })
          .getByRole('link', { name: /^Energy/ }),
      ).toHaveAttribute('href', '/topic/energy');
      expect(await scrollsSideways(page)).toBe(false);
    });
});

test('Back from a search result followed with the keyboard puts the focus on the result’s link', async ({
  page,
}) => {
  await page.goto('/');
  await field(page).fill('pipelines');
  await expect(results(page)).toHaveText('1 interview matches “pipelines”');
  const passage = page.getByRole('link', { name: /plans to diversify supply routes/ });
  for (let tab = 0; tab < 20; tab += 1) {
    await page.keyboard.press('Tab');
    if (await passage.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(passage).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#reader_search_status')).toHaveText(/of/);
  await page.goBack();
  await expect(results(page)).toHaveText('1 interview matches “pipelines”');
  await expect(passage).toBeFocused();
  await expect(passage).toBeInViewport();
});
