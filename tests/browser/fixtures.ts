import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

/** The seed interview, as the tests address it. */
export const seed = {
  id: 'viktor-maiko-2026',
  title:
    'Ukrainian Ambassador to Kazakhstan: “The War Will End This Year. I Truly Believe In That.”',
};

/** The WCAG 2.2 A and AA rules, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const test = base.extend<{ axe: () => Promise<void> }>({
  axe: async ({ page }, use) => {
    await use(async () => {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
      );
      expect(summary, 'axe violations').toEqual([]);
    });
  },
});

export { expect, type Page };

/** The page's vertical distance from the viewport top to an element's top. */
export async function topOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
}

/** Whether the page is wider than the viewport (it scrolls sideways). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
