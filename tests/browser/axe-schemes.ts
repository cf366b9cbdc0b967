import AxeBuilder from '@axe-core/playwright';
import { AXE_IN_PAGE, expect, type Page } from './fixtures';

/**
 * The axe rules whose findings depend on the colours shown: the contrast of text, and of a link
 * in a block of text against the words around it.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Where every shown element is on the page and how big, and the page's size. */
function layout(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { scrollWidth, scrollHeight } = document.documentElement;
    return [
      `page ${scrollWidth}×${scrollHeight}`,
      ...[...document.querySelectorAll('body *')]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          const box = [x + scrollX, y + scrollY, width, height].map(Math.round).join(',');
          return `${element.tagName.toLowerCase()}#${element.id} ${box}`;
        }),
    ];
  });
}

/**
 * Runs axe on the page as it is, every rule in the light colour scheme, then the colour rules in
 * the dark one. The dark scheme is colours alone (`dark:` variants of text, background, border,
 * outline, ring and decoration colours; src/styles/index.css; no script reads the scheme), so
 * every other rule finds in the dark what it found in the light: running them all again cost
 * about as much as the light run for nothing. That it moves nothing is checked here each time
 * (every shown element's box, light and dark): a dark style that did would fail, not pass unseen.
 * Leaves the page in the dark scheme.
 */
export async function axeLightAndDark(
  page: Page,
  axe: (what?: string) => Promise<void>,
  what: string,
): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await axe(`${what} (light)`);
  // Read again, light then dark, until both readings are of the same page: a part that comes
  // late (a lazy part, a status) would differ between the two for that reason alone.
  await expect(async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await layout(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await layout(page), `${what}: the dark scheme moves nothing`).toEqual(light);
  }).toPass();
  const results = await new AxeBuilder({ page })
    .withRules(COLOUR_RULES)
    .setLegacyMode(AXE_IN_PAGE)
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations: ${what} (dark)`).toEqual([]);
}
