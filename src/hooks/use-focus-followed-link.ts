import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { PAGE_TITLE_ID } from '../lib/page-title';
import { useLastNavigation } from './use-last-navigation';

// The link followed from each history entry (by its key), this visit: its address, and which
// of the page's links to that address it was (the site's link and "Clear all filters" share one).
const followed = new Map<string, { href: string; nth: number }>();

// About a second: a search's results come from its worker after the page renders.
const FRAMES_TO_WAIT = 60;

// The link this hook last put the focus on: still there at the next Back or Forward, it is
// where the app left the focus, not where the reader put it (the library keeps its pager's
// links from one view to the next, each with its new address).
let restored: Element | null = null;

const linksTo = (href: string) => document.querySelectorAll(`a[href="${CSS.escape(href)}"]`);

/** A heading only a script can focus (tabindex -1): where a link landed, not where a reader went. */
const isLandedHeading = (element: Element | null) =>
  element instanceof HTMLHeadingElement && element.getAttribute('tabindex') === '-1';

/**
 * Back to a page, focus returns to the link the reader followed from it (a
 * card's, a search result's, the site's link in the header), not to the page's
 * start: a keyboard user goes on from there instead of tabbing through the page
 * again. Where the link is gone (another view, a result no longer found) focus
 * stays where the browser left it. Never taken from where the reader has put it.
 */
export function useFocusFollowedLink() {
  const { key } = useLocation();
  const { id, historyStep } = useLastNavigation();

  useEffect(() => {
    const remember = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = link?.getAttribute('href');
      if (link && href) followed.set(key, { href, nth: [...linksTo(href)].indexOf(link) });
    };
    document.addEventListener('click', remember, true);
    return () => document.removeEventListener('click', remember, true);
  }, [key]);

  useEffect(() => {
    const link = followed.get(key);
    if (!historyStep || link === undefined) return;
    let frame = 0;
    let frames = 0;
    const tryFocus = () => {
      // Focus on the body or on a heading a link landed on (the title, the library's results) is
      // not the reader’s choice. The library keeps its page, headings and all, from one view to
      // the next: a filter, order or page link focused its results' heading, and a link to a
      // view with no results to land on (the whole library: "Remove filter") its title; Back or
      // Forward to the view it was followed from left it there (useRevealOnNavigate does not move
      // focus on a history step), and the reader started again from the heading.
      const active = document.activeElement;
      const appsFocus =
        active === document.body ||
        active === restored ||
        active?.id === PAGE_TITLE_ID ||
        isLandedHeading(active);
      if (!appsFocus) return;
      const found = linksTo(link.href)[link.nth];
      if (found instanceof HTMLElement) {
        restored = found;
        found.focus({ preventScroll: true });
      } else if ((frames += 1) < FRAMES_TO_WAIT) frame = window.requestAnimationFrame(tryFocus);
    };
    frame = window.requestAnimationFrame(tryFocus);
    return () => window.cancelAnimationFrame(frame);
  }, [key, id, historyStep]);
}
