import { expect, seed, type Page } from './fixtures';
import { seedInterview } from '../support/seed';

// Where a link's target lands: just below the sticky bars, measured at run
// time (any element marked data-sticky-bar that is stuck at the top above
// the target), and the same place every time.

/** The widths every landing is checked at, phones to wide desktops, and the screen's height. */
export const WIDTHS = [320, 375, 390, 768, 1024, 1280, 1920];
export const HEIGHT = 800;

/** Every section and question link of the seed, with the id of the element it lands on. */
export const targets = seedInterview().sections.flatMap((section) => [
  { path: `/i/${seed.id}/${section.id}`, id: `${section.id}__heading` },
  ...section.questions.map((q) => ({ path: `/i/${seed.id}/${section.id}#${q.id}`, id: q.id })),
]);

// "Just below the bar": the gap the app leaves, with room for rounding.
const MAX_GAP = 24;
const TOLERANCE = 8;
// "Stopped scrolling": the scroll position the same in this many frames in a
// row, over at least this long. Counted in frames too, not only in time: a
// smooth scroll moves the page every frame, and a page too busy to draw
// frames is not taken for a page at rest.
const STILL_FRAMES = 6;
const STILL_MS = 100;
/** "Stays there": how long after landing the target must still be in the same place. */
const STAY_MS = 300;
/** How long the app may take to focus the target: as long as an expectation waits (playwright.config.ts). */
const FOCUS_MS = 5_000 * Math.max(1, Number(process.env.SLOW_CPU ?? 1));

/**
 * In the page, in one call: waits until the app has focused the target, then
 * until the page has stopped scrolling (a smooth scroll included), then takes
 * where the target landed: its top, less the bottom of the sticky bars stuck
 * above it (0 without one). With `stayMs`, it then watches the target for
 * that long and tells how far it moved at most.
 *
 * The watch asks the page for no frames of its own: a frame a page draws
 * unasked comes from a change (a scroll, a render, a late layout), and each
 * change is seen as it happens: a scroll by its scroll event, a change to
 * the page by a mutation observer (which runs before the change is painted),
 * anything else (a font, an image) by a reading every 16 ms, and the last
 * frame at the end. Asking for every frame, as it did, had the browser
 * composite and draw some 20 frames a landing for nothing: a fifth of a
 * landing's CPU time. The wait for the target's focus listens for it
 * likewise, where it was polled every frame.
 */
function watchLanding(page: Page, id: string, stayMs: number) {
  return page.evaluate(
    async ({ targetId, frames, stillMs, stayMs, focusMs }) => {
      const below = () => {
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
      };
      const focused = () => document.activeElement?.id === targetId;
      if (!focused()) {
        await new Promise<void>((resolve) => {
          const done = () => {
            document.removeEventListener('focusin', onFocus, true);
            clearTimeout(timer);
            resolve();
          };
          const onFocus = () => {
            if (focused()) done();
          };
          const timer = setTimeout(done, focusMs);
          document.addEventListener('focusin', onFocus, true);
        });
      }
      if (!focused()) return { focused: false, offset: NaN, moved: NaN };
      const nextFrame = () =>
        new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      let last = window.scrollY;
      let since = performance.now();
      let still = 0;
      while (still < frames || performance.now() - since < stillMs) {
        const now = await nextFrame();
        if (window.scrollY === last) {
          still += 1;
        } else {
          last = window.scrollY;
          since = now;
          still = 0;
        }
      }
      const offset = below();
      let moved = 0;
      if (stayMs > 0) {
        const look = () => {
          moved = Math.max(moved, Math.abs(below() - offset));
        };
        const mutations = new MutationObserver(look);
        mutations.observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        window.addEventListener('scroll', look, { capture: true, passive: true });
        const end = performance.now() + stayMs;
        while (performance.now() < end) {
          await new Promise((resolve) => setTimeout(resolve, 16));
          look();
        }
        await nextFrame();
        look();
        mutations.disconnect();
        window.removeEventListener('scroll', look, { capture: true });
      }
      return { focused: true, offset, moved };
    },
    { targetId: id, frames: STILL_FRAMES, stillMs: STILL_MS, stayMs, focusMs: FOCUS_MS },
  );
}

/**
 * Where the target landed, once focused and still. After a page load it must
 * also stay there: nothing (hydration, late layout, a second scroll) moves it
 * in the STAY_MS that follow.
 */
export async function landed(page: Page, id: string, how: string, stays = false): Promise<number> {
  const { focused, offset, moved } = await watchLanding(page, id, stays ? STAY_MS : 0);
  // Not focused in time: the expectation says what has the focus instead.
  if (!focused) await expect(page.locator(`[id="${id}"]`), how).toBeFocused({ timeout: 100 });
  if (stays) expect(moved, `${how}: moved after landing`).toBeLessThanOrEqual(1);
  return offset;
}

/**
 * In the page, at once: the target's top less the bottom of the sticky bars
 * stuck above it, as `watchLanding` measures it. A page without JavaScript
 * runs no frame callbacks, not even those of a test, so it is read from here.
 */
function offsetBelowBars(targetId: string): number {
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
}

/**
 * "Stays there" without JavaScript: the same place in this many readings in
 * a row, this far apart (250 ms, as six readings 50 ms apart were: each
 * reading is a call into the page, and these were a quarter of a landing's CPU).
 */
const STILL_READINGS = 3;
const READINGS_MS = 125;

/**
 * Where the target of a page read without JavaScript landed (nothing focuses
 * it): read until it has been in the same place STILL_READINGS times in a
 * row, and it must get there.
 */
export async function landedWithoutScript(page: Page, id: string, how: string): Promise<number> {
  let last = NaN;
  let same = 0;
  await expect
    .poll(
      async () => {
        const offset = await page.evaluate(offsetBelowBars, id);
        same = offset === last ? same + 1 : 0;
        last = offset;
        return same;
      },
      { message: `${how}: stays in one place`, intervals: [READINGS_MS], timeout: 5_000 },
    )
    .toBeGreaterThanOrEqual(STILL_READINGS - 1);
  expect(last, `${how}: the target is on the page`).not.toBeNaN();
  return last;
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
