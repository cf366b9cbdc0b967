import { expect, type Page } from './fixtures';

// Where a link's target lands: just below the sticky bars, measured at run
// time (any element marked data-sticky-bar that is stuck at the top above
// the target), and the same place every time.

// "Just below the bar": the gap the app leaves, with room for rounding.
const MAX_GAP = 24;
const TOLERANCE = 8;

/** The target's top, less the bottom of the sticky bars stuck above it (0 without one). */
function offsetBelowBar(page: Page, id: string): Promise<number> {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId);
    if (!target) return NaN;
    const box = target.getBoundingClientRect();
    let barBottom = 0;
    for (const bar of document.querySelectorAll('[data-sticky-bar]')) {
      const style = getComputedStyle(bar);
      if (style.position !== 'sticky' && style.position !== 'fixed') continue;
      const barBox = bar.getBoundingClientRect();
      const stuck = barBox.top <= (parseFloat(style.top) || 0) + 1;
      if (!stuck || barBox.right <= box.left || barBox.left >= box.right) continue;
      barBottom = Math.max(barBottom, barBox.bottom);
    }
    return box.top - barBottom;
  }, id);
}

const pause = (page: Page, ms: number) => page.waitForTimeout(ms);

/** Waits until the page has stopped scrolling (a smooth scroll included). */
async function settled(page: Page) {
  const scrollY = () => page.evaluate(() => window.scrollY);
  let last = await scrollY();
  for (;;) {
    await pause(page, 150);
    const now = await scrollY();
    if (now === last) return;
    last = now;
  }
}

/**
 * Where the target landed, once focused and still. After a page load it must
 * also stay there: nothing (hydration, late layout, a second scroll) moves it.
 */
export async function landed(page: Page, id: string, how: string, stays = false): Promise<number> {
  await expect(page.locator(`[id="${id}"]`), how).toBeFocused();
  await settled(page);
  const offset = await offsetBelowBar(page, id);
  if (stays) {
    await pause(page, 300);
    const later = await offsetBelowBar(page, id);
    expect(Math.abs(later - offset), `${how}: moved after landing`).toBeLessThanOrEqual(1);
  }
  return offset;
}

export function expectSamePlace(offsets: readonly (readonly [string, number])[]) {
  for (const [how, offset] of offsets) {
    expect(offset, `${how}: under the bar`).toBeGreaterThanOrEqual(0);
    expect(offset, `${how}: too far below the bar`).toBeLessThanOrEqual(MAX_GAP);
  }
  const values = offsets.map(([, offset]) => offset);
  expect(
    Math.max(...values) - Math.min(...values),
    'the same place every time',
  ).toBeLessThanOrEqual(TOLERANCE);
}
