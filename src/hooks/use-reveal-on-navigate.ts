import { useEffect } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';
import { useNavigationId } from './use-navigation-id';

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
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const navigationId = useNavigationId();

  useEffect(() => {
    const isPageLoad = !pageShown;
    // React Router keys a fragment typed into the address bar "default", unlike a history step.
    if (!isPageLoad && navigationType === NavigationType.Pop && key !== 'default') return;
    // One frame later: on a reload, React Router restores the old scroll
    // position in a render of its own, after this effect.
    const frame = window.requestAnimationFrame(() => {
      pageShown = true;
      const target = targetId === undefined ? null : document.getElementById(targetId);
      if (target) {
        const instant = isPageLoad || prefersReducedMotion();
        target.scrollIntoView({ block: 'start', behavior: instant ? 'instant' : 'smooth' });
        target.focus({ preventScroll: true });
      } else if (!isPageLoad) {
        document.getElementById(PAGE_TITLE_ID)?.focus({ preventScroll: true });
      }
    });
    return () => window.cancelAnimationFrame(frame);
  }, [targetId, navigationId, navigationType, key]);
}
