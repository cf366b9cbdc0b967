import { expect, seed, test } from './fixtures';

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

  test('a passage crossing a key quote and a search match is one continuous run', async ({
    page,
  }) => {
    await page.goto(crossing);
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

  test('each kind has its own look, explained by a legend, and keeps it in print', async ({
    page,
  }) => {
    await page.goto(crossing);
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
    const screen = await Promise.all(kinds.map(look));
    expect(new Set(screen.map((s) => s.background)).size).toBe(4);
    // On paper, without background colours: bold, underlined, dotted, outlined.
    await page.emulateMedia({ media: 'print' });
    const [quote, passage, match, current] = await Promise.all(kinds.map(look));
    expect(Number(quote?.weight)).toBeGreaterThanOrEqual(700);
    expect(passage?.line).toBe('underline');
    expect(match?.line).toBe('underline');
    expect(current?.outline).toBe('solid');
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
