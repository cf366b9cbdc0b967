import { useEffect } from 'react';
import { focusTarget } from '../lib/focus';
import { useLastNavigation } from './use-last-navigation';

/** The id of every page's h1, where focus goes after a navigation without a more precise target. */
export const PAGE_TITLE_ID = 'page_title';

// Whether the first page of this visit has been shown: the page load reveals
// its target at once; later navigations may animate.
let pageShown = false;

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * After each navigation, brings its target into view and moves focus to it,
 * so keyboard and screen-reader users land where the link points (the page
 * load included: a typed or reloaded deep link). A link without a target
 * focuses the page title. Back and forward are left to ScrollRestoration,
 * which puts the reader back where they were.
 */
export function useRevealOnNavigate(targetId?: string) {
  const { id, historyStep } = useLastNavigation();

  useEffect(() => {
    const isPageLoad = !pageShown;
    if (!isPageLoad && historyStep) return;
    // One frame later: on a reload, React Router restores the old scroll
    // position in a render of its own, after this effect.
    const frame = window.requestAnimationFrame(() => {
      pageShown = true;
      const target = targetId === undefined ? null : document.getElementById(targetId);
      if (target) {
        const instant = isPageLoad || prefersReducedMotion();
        target.scrollIntoView({ block: 'start', behavior: instant ? 'instant' : 'smooth' });
        focusTarget(target);
      } else if (!isPageLoad) {
        const title = document.getElementById(PAGE_TITLE_ID);
        if (title) focusTarget(title);
      }
    });
    return () => window.cancelAnimationFrame(frame);
  }, [targetId, id, historyStep]);
}
