import { appStarted, copied, expect, seed, test } from './fixtures';

// This project's baseURL is http://127.0.0.1:<TEST_PORT + 1>/reader/: relative paths below resolve under it.

test('the library links below the folder, and the reader loads its data from there', async ({
  page,
}) => {
  await page.goto('./');
  const link = page.getByRole('link', { name: seed.title });
  await expect(link).toHaveAttribute('href', `/reader/i/${seed.id}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/reader/i/${seed.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
});

test('a section link typed and reloaded below the folder opens the section', async ({ page }) => {
  await page.goto(`./i/${seed.id}/security`);
  await expect(page.locator('#security__heading')).toBeFocused();
  await page.reload();
  await expect(page.locator('#security__heading')).toBeFocused();
  await expect(page.locator('#security__heading')).toBeInViewport();
});

test('a question fragment and the index work below the folder', async ({ page }) => {
  await page.goto(`./i/${seed.id}#q2`);
  await expect(page.locator('#q2')).toBeFocused();
  const index = page.getByRole('navigation', { name: 'Questions' });
  await expect(
    index.getByRole('link', { name: /How do you assess current relations/ }),
  ).toHaveAttribute('href', `/reader/i/${seed.id}/peace#q5`);
});

test('copied links include the folder', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./i/${seed.id}`);
  await page
    .locator('#energy')
    .getByRole('button', { name: /to section Energy$/ })
    .click();
  await copied(page, 'Copy link to section Energy');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(`i/${seed.id}/energy`, baseURL).href,
  );
});

test('an unknown interview below the folder says so', async ({ page }) => {
  await page.goto('./i/missing-one');
  await expect(page.getByRole('heading', { level: 1, name: 'Interview not found' })).toBeVisible();
});

// Guests, publications and topics named in other scripts (scripts/lib/other-script-interviews.ts,
// in this site only): each has a page of its own, at a readable ASCII path.
for (const javaScript of [true, false]) {
  test.describe(`names in other scripts, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('a card’s link to a person, publication or topic opens its page', async ({ page }) => {
      for (const [link, path, title] of [
        ['Interviews with Анна Ковальчук', 'person/anna-kovalchuk', 'Анна Ковальчук'],
        ['Interviews with 王小明', 'person/wang-xiao-ming', '王小明'],
        ['Interviews with 김민지', 'person/gim-min-ji', '김민지'],
        [
          'Interviews with Γιάννης Παπαδόπουλος',
          'person/giannis-papadopoylos',
          'Γιάννης Παπαδόπουλος',
        ],
        ['Interviews with ليلى أحمد', 'person/lyla-hmd', 'ليلى أحمد'],
        ['Interviews with Łukasz Żółć', 'person/lukasz-zolc', 'Łukasz Żółć'],
        // Two names that read alike in Latin letters: the one published first keeps the words.
        ['Interviews with 汪伟', 'person/wang-wei', '汪伟'],
        ['Interviews with 王伟', 'person/wang-wei-2', '王伟'],
        ['Interviews from 人民日报', 'publication/ren-min-ri-bao', '人民日报'],
        ['Interviews on Энергетика', 'topic/energetika', 'Энергетика'],
      ] as const) {
        await page.goto('./');
        if (javaScript) await appStarted(page);
        await page.getByRole('link', { name: link }).first().click();
        await expect(page).toHaveURL(new RegExp(`/reader/${path}$`));
        await expect(page).toHaveTitle(`${title} · Interviews · Interview Reader`);
        await expect(page.locator('#library_results')).toHaveText('1 interview');
      }
    });
  });
}

test('a link made with a name’s earlier key, in its own script, still lists its interviews', async ({
  page,
}) => {
  await page.goto(
    './?person=%D0%B0%D0%BD%D0%BD%D0%B0-%D0%BA%D0%BE%D0%B2%D0%B0%D0%BB%D1%8C%D1%87%D1%83%D0%BA',
  );
  await expect(page.locator('#library_results')).toHaveText('1 interview');
  await expect(
    page.getByRole('link', { name: 'Remove filter Person: Анна Ковальчук' }),
  ).toBeVisible();
  // The address becomes the person's page, and the filters mark the person as chosen.
  await expect(page).toHaveURL(/\/reader\/person\/anna-kovalchuk$/);
  await expect(
    page.getByRole('region', { name: 'People' }).getByRole('link', { name: /^Анна Ковальчук/ }),
  ).toHaveAttribute('aria-current', 'true');
  // A name typed as it reads, with a search, lands the same way and keeps the search.
  await page.goto(
    './?q=oil&person=%D0%90%D0%BD%D0%BD%D0%B0%20%D0%9A%D0%BE%D0%B2%D0%B0%D0%BB%D1%8C%D1%87%D1%83%D0%BA',
  );
  await expect(page).toHaveURL(/\/reader\/?\?q=oil&person=anna-kovalchuk$/);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('offline, the library’s first page below the folder lists the interviews after a visit that opened an interview only', async ({
    page,
    context,
  }) => {
    await page.goto(`./i/${seed.id}`);
    // The worker active, and the page and its data kept on the device.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(() =>
        page.evaluate(
          async (id) =>
            Boolean(
              (await caches.match(`/reader/interviews/${id}.json`)) &&
              (await caches.match(`/reader/i/${id}`, { ignoreSearch: true })),
            ),
          seed.id,
        ),
      )
      .toBe(true);
    // Never opened, the library's page is not among those kept: the worker's fallback must answer.
    expect(await page.evaluate(async () => (await caches.match('/reader/')) === undefined)).toBe(
      true,
    );
    await context.setOffline(true);
    // The library's precached first page, found from the folder's own address.
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible();
    await expect(page.getByRole('link', { name: seed.title })).toHaveAttribute(
      'href',
      `/reader/i/${seed.id}`,
    );
    await expect(page.getByRole('heading', { name: 'Not saved on this device' })).toHaveCount(0);
  });
});
