import { useEffect } from 'react';
import { focusTarget } from '../lib/focus';
import { PAGE_TITLE_ID } from '../lib/page-title';
import { isHistoryLoad, landOn } from '../lib/landing';
import { useHydrated } from './use-hydrated';
import { useLastNavigation } from './use-last-navigation';

// Kept apart so a notice can name the title without this hook's code.
export { PAGE_TITLE_ID };

// Whether the first page of this visit has been shown: the page load reveals
// its target at once; later navigations may animate.
let pageShown = false;

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * After each navigation, brings its target into view just below any sticky
 * bar and moves focus to it, so keyboard and screen-reader users land where
 * the link points (the page load included: a typed or reloaded deep link; a
 * prerendered page has already landed before its first paint, see
 * bootScript). A link without a target focuses the page title. Back and
 * forward are left to the browser and ScrollRestoration, which put the reader
 * back where they were.
 */
export function useRevealOnNavigate(targetId?: string) {
  const { id, historyStep } = useLastNavigation();
  // A prerendered page lands again once its search parameters apply (they
  // may hide sections above the target, as a lesson link does).
  const hydrated = useHydrated();

  useEffect(() => {
    const isPageLoad = !pageShown;
    if (isPageLoad ? isHistoryLoad() : historyStep) {
      pageShown = true;
      return;
    }
    // One frame later: on a reload, React Router restores the old scroll
    // position in a render of its own, after this effect.
    const frame = window.requestAnimationFrame(() => {
      pageShown = true;
      const instant = isPageLoad || prefersReducedMotion();
      const target = landOn(document, targetId, instant ? 'instant' : 'smooth');
      if (target) focusTarget(target);
      else if (!isPageLoad) {
        const title = document.getElementById(PAGE_TITLE_ID);
        if (title) focusTarget(title);
      }
    });
    return () => window.cancelAnimationFrame(frame);
  }, [targetId, id, historyStep, hydrated]);
}
