import { useEffect } from 'react';
import { focusTarget } from '../lib/focus';
import { PAGE_TITLE_ID } from '../lib/page-title';
import { hasTextDirective, isHistoryLoad, landOn, scrollMotion, stickyBars } from '../lib/landing';
import { showPendingText } from '../lib/lesson-pending';
import { useHydrated } from './use-hydrated';
import { useLastNavigation } from './use-last-navigation';

// Kept apart so a notice can name the title without this hook's code.
export { PAGE_TITLE_ID };

// Whether the first page of this visit has been shown: the page load reveals
// its target at once; later navigations may animate. A prerendered page's load
// lasts until it has hydrated (it lands again then, see below).
let pageShown = false;
// The element the last landing focused: focus anywhere else during the page
// load is the reader's own.
let landedFocus: Element | null = null;

/**
 * After each navigation, brings its target into view just below any sticky
 * bar and moves focus to it, so keyboard and screen-reader users land where
 * the link points (the page load included: a typed or reloaded deep link; a
 * prerendered page has already landed before its first paint, see
 * bootScript). A link without a target focuses the page title. Back and
 * forward are left to the browser and ScrollRestoration, which put the reader
 * back where they were. A page load never takes focus (or the view) from a
 * reader who has started using the page before the app was ready: focus moved
 * out of the search field they were typing in, and the next letters were lost;
 * a reader who had scrolled on was yanked back to the link's target.
 * `ownsTextFragment`: the app looks for the page address's text fragment
 * itself (useOwnTextFragment, on a page it rendered), and `targetId` is its
 * passage if found: the page load lands there rather than leave it to the browser.
 */
export function useRevealOnNavigate(targetId?: string, ownsTextFragment = false) {
  const { id, historyStep } = useLastNavigation();
  // A prerendered page lands again once its search parameters apply (they
  // may hide sections above the target, as a lesson link does).
  const hydrated = useHydrated();

  useEffect(() => {
    const isPageLoad = !pageShown;
    if (isPageLoad ? isHistoryLoad() : historyStep) {
      // A prerendered page's load lasts until it has hydrated: the render
      // after hydration, run again here, is the same step back, not a link.
      if (hydrated) {
        pageShown = true;
        showPendingText();
      }
      return;
    }
    // One frame later: on a reload, React Router restores the old scroll
    // position in a render of its own, after this effect.
    const frame = window.requestAnimationFrame(() => {
      // Once hydrated, the page shows what its address asks for (a lesson
      // link's sections, prompts and hidden answers came in one commit, their
      // code loaded before hydrating): a lesson link's text shows now, in the
      // frame it lands in.
      if (hydrated) {
        pageShown = true;
        showPendingText();
      }
      // The reader has put focus somewhere (the search field, a button) or
      // scrolled away while the page loaded: the page stays as they left it.
      const active = document.activeElement;
      if (isPageLoad && active !== document.body && active !== landedFocus) return;
      if (isPageLoad && window.readerHasScrolled?.()) return;
      // A text fragment (`#:~:text=`) is more precise than the section or the question of the
      // address (`#q4:~:text=`): the browser has scrolled to its words (or, not finding them, to
      // the question), and the page load leaves them there. Landed on the section or question,
      // a "Copy link to highlight" opened there, its words screens below. A section link has no
      // fragment to fall back on: the boot script landed on its heading first, and where the
      // heading is still there the browser did not find the words: it lands as without them.
      // (Unless the app found the words itself, on a page it rendered: useOwnTextFragment.)
      const textFirst = isPageLoad && !ownsTextFragment && hasTextDirective();
      const heading =
        textFirst && !window.location.hash && targetId && document.getElementById(targetId);
      const target = landOn(
        document,
        textFirst && !(heading && stillLanded(heading)) ? undefined : targetId,
        isPageLoad ? 'instant' : scrollMotion(),
      );
      const focused = target ?? (isPageLoad ? null : document.getElementById(PAGE_TITLE_ID));
      if (focused) focusTarget((landedFocus = focused));
    });
    return () => window.cancelAnimationFrame(frame);
  }, [targetId, id, historyStep, hydrated, ownsTextFragment]);

  // The scroll padding that keeps links and keyboard focus clear of the sticky bar follows the
  // bar's size: a tablet turned from 1180 px (no bar over the text) to 820, a window narrowed
  // to a phone's width or text made 200% after the page loaded kept the padding of the page
  // load, and Shift+Tab put headings and buttons under the bar (WCAG 2.4.11). The bar changes
  // size whenever it comes to cover the text or stops (a side column from 768 px, a 56 px bar
  // below), so watching it is enough. Its first report measures it once more, harmlessly.
  useEffect(() => {
    const bars = new ResizeObserver(() => landOn(document, null, 'instant'));
    stickyBars(document).forEach((bar) => bars.observe(bar));
    return () => bars.disconnect();
  }, [id, hydrated]);
}

/**
 * Whether the page load has yet to land (its first view is still to come):
 * a component rendered now shows what the page's address asks for.
 */
export const isPageLoadPending = () => !pageShown;

/** Whether an element is where landing put it, just below the sticky bars (the scroll padding landOn set), or near. */
function stillLanded(element: HTMLElement): boolean {
  const padding = parseFloat(document.documentElement.style.scrollPaddingTop);
  return Math.abs(element.getBoundingClientRect().top - padding) < 32;
}
