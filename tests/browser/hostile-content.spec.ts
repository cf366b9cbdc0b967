import { LIMITS } from '../../src/interview/fields';
import { atEveryLimit, textOfLength } from '../support/longest-fields';
import { seedInterview } from '../support/seed';
import { appStarted, expect, scrollsSideways, seed, test, type Page } from './fixtures';

const LONG_URL = `https://example.org/${'a-very-long-path-segment/'.repeat(8)}${'x'.repeat(30)}`;

test.describe('odd and oversized text', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(`**/interviews/${seed.id}.json`, async (route) => {
      const response = await route.fetch();
      const json: unknown = await response.json();
      if (typeof json !== 'object' || json === null) throw new Error('seed');
      const unbroken = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(20);
      // The seed's first section gets a URL for a heading, and every question and one
      // more answer paragraph a word 840 letters long.
      const edited: unknown = JSON.parse(JSON.stringify(json), (key, value: unknown) => {
        if (key === 'heading') return LONG_URL;
        if (key === 'question' && Array.isArray(value)) return [`${unbroken}?`];
        if (key === 'answer' && Array.isArray(value)) {
          return [...value.map(String), `${LONG_URL} ${unbroken}`];
        }
        return value;
      });
      await route.fulfill({ response, json: edited });
    });
  });

  // One page for every width, each opened afresh at its width from the library.
  test('nothing overflows sideways, at every width', async ({ page }) => {
    for (const width of [320, 375, 768, 1024, 1280, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      // The interview's page holds its data: opened from the library, the app fetches the file.
      await page.goto('/');
      await appStarted(page);
      await page.getByRole('link', { name: seed.title }).click();
      await expect(
        page.getByRole('heading', { level: 2 }).filter({ hasText: LONG_URL }).first(),
        `${width} px`,
      ).toBeVisible();
      expect(await scrollsSideways(page), `scrolls sideways at ${width} px`).toBe(false);
    }
  });
});

test.describe('text longer than the format allows', () => {
  test('a paragraph of 1,000,000 characters is refused, naming where it is', async ({ page }) => {
    await page.route(`**/interviews/${seed.id}.json`, async (route) => {
      const response = await route.fetch();
      const json: unknown = await response.json();
      if (typeof json !== 'object' || json === null) throw new Error('seed');
      const huge = 'The river rose and the town built a wall. '.repeat(25_000).slice(0, 1_000_000);
      // The first question's first answer paragraph.
      const first = seedInterview().sections[0]?.questions[0]?.answer[0];
      const edited: unknown = JSON.parse(JSON.stringify(json), (_key, value: unknown) =>
        value === first ? huge : value,
      );
      await route.fulfill({ response, json: edited });
    });
    // The interview's page holds its data: opened from the library, the app fetches the file.
    await page.goto('/');
    await appStarted(page);
    await page.getByRole('link', { name: seed.title }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'This file cannot be shown' }),
    ).toBeVisible();
    await expect(
      page.getByRole('listitem').filter({
        hasText:
          '$.sections[0].questions[0].answer[0] must be at most 100,000 characters (it has 1,000,000)',
      }),
    ).toHaveCount(1);
  });
});

test.describe('links the reader cannot follow say so', () => {
  const notice = (page: import('@playwright/test').Page) =>
    page.getByRole('alert').filter({ hasText: 'Part of this link' });

  for (const width of [375, 1280]) {
    test(`an id in another letter case is the same id, and the address is made canonical, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/I/Viktor-Maiko-2026/PEACE#Q5');
      await expect(page).toHaveURL(/\/i\/viktor-maiko-2026\/peace#q5$/);
      // Landed on question 5: focused, its heading near the top and under nothing (the sticky bar).
      await expect(page.locator('#q5')).toBeFocused();
      const heading = page.locator('#q5__question');
      await expect
        .poll(() =>
          heading.evaluate((element) => {
            const box = element.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + 8, box.top + 4);
            return box.top >= 0 && box.top < window.innerHeight / 3 && element.contains(hit);
          }),
        )
        .toBe(true);
      await expect(notice(page)).toHaveCount(0);
    });
  }

  test('a broken percent sign in the path is the not-found page, status 404', async ({ page }) => {
    const response = await page.goto('/i/%');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interview not found');
    await expect(page.getByRole('link', { name: 'Back to the library' })).toBeVisible();
  });

  const cases: [string, string][] = [
    ['#__proto__', 'no question or quote “#__proto__”'],
    ['#%E0%A4%A', 'no question or quote “#%E0%A4%A”'],
    ['?mode=garbage', '“mode=garbage” is not a mode'],
    ['?sections=,,,', '“sections=,,,” names no section'],
    ['?colour=blue', '“colour” is not part of a reader link'],
  ];
  for (const [link, words] of cases) {
    test(`${link} gets a notice`, async ({ page }) => {
      await page.goto(`/i/${seed.id}${link}`);
      await expect(notice(page)).toContainText(words);
    });
  }

  test('tracking parameters are ignored quietly', async ({ page }) => {
    await page.goto(`/i/${seed.id}?utm_source=newsletter&fbclid=x`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
  });
});

test.describe('text fields at their longest', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  /** Errors and warnings the page logs, a failed hydration included. */
  function logged(page: Page): string[] {
    const messages: string[] = [];
    page.on('console', (message) => {
      // Playwright blocks the service worker (routed requests would pass it by) and says so.
      const blocked = message.text() === 'Service Worker registration blocked by Playwright';
      if ((message.type() === 'error' || message.type() === 'warning') && !blocked) {
        messages.push(message.text());
      }
    });
    page.on('pageerror', (error) => messages.push(error.message));
    return messages;
  }

  test('a prerendered page with a title, heading and bio at their limits hydrates, at 320 px', async ({
    page,
  }) => {
    const interview = seedInterview();
    const bio = interview.byline?.[0]?.bio ?? '';
    const heading = interview.sections[2]?.heading ?? '';
    // Each grows, after a phrase only it has, to exactly its limit: in the
    // page's markup and in the data it hydrates from alike.
    const grown = [
      { after: 'I Truly Believe In That.', from: interview.title, limit: LIMITS.headingLength },
      { after: heading, from: heading, limit: LIMITS.headingLength },
      { after: 'Askar Alimzhanov graduated', from: bio, limit: LIMITS.noteLength },
    ].map(({ after, from, limit }) => ({
      after,
      added: ` ${textOfLength(limit - from.length - 1)}`,
    }));
    await page.route(`**/i/${seed.id}`, async (route) => {
      const response = await route.fetch();
      let html = await response.text();
      for (const { after, added } of grown) html = html.replaceAll(after, `${after}${added}`);
      await route.fulfill({ response, body: html });
    });
    const messages = logged(page);
    await page.goto(`/i/${seed.id}`);
    await appStarted(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(grown[0]?.added ?? '');
    await expect(
      page.getByRole('heading', { level: 2 }).filter({ hasText: heading }),
    ).toContainText(grown[1]?.added ?? '');
    await page.getByRole('button', { name: 'Cite this interview' }).waitFor();
    expect(messages).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  test('every short text field at its limit shows and never scrolls sideways at 320 px', async ({
    page,
  }) => {
    await page.route('**/interviews/images/photo.svg', (route) =>
      route.fulfill({
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="teal"/></svg>',
      }),
    );
    await page.route(`**/interviews/${seed.id}.json`, async (route) => {
      const response = await route.fetch();
      const json: unknown = await response.json();
      atEveryLimit(json);
      await route.fulfill({ response, json });
    });
    const messages = logged(page);
    // The interview's page holds its data: opened from the library, the app fetches the file.
    await page.goto('/');
    await appStarted(page);
    await page.getByRole('link', { name: seed.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      textOfLength(LIMITS.headingLength, 'F0'),
    );
    await expect(page.getByText(textOfLength(LIMITS.noteLength, 'F9'))).toBeVisible();
    expect(messages).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });
});
