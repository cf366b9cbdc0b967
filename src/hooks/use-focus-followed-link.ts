import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { PAGE_TITLE_ID } from '../lib/page-title';
import { useLastNavigation } from './use-last-navigation';

// The link followed from each history entry (by its key), this visit: its address, and which
// of the page's links to that address it was (the site's link and "Clear all filters" share one).
const followed = new Map<string, { href: string; nth: number }>();

// About a second: a search's results come from its worker after the page renders.
const FRAMES_TO_WAIT = 60;

const linksTo = (href: string) => document.querySelectorAll(`a[href="${CSS.escape(href)}"]`);

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
      // Focus on the body or the title is not the reader’s choice. The library keeps its page, title
      // and all, from one view to the next, and a link to a view with no results to land on (the
      // whole library: "Remove filter") focused it; Back to the view it was followed from leaves
      // it there (useRevealOnNavigate does not move focus on a history step).
      const active = document.activeElement;
      if (active !== document.body && active?.id !== PAGE_TITLE_ID) return;
      const found = linksTo(link.href)[link.nth];
      if (found instanceof HTMLElement) found.focus({ preventScroll: true });
      else if ((frames += 1) < FRAMES_TO_WAIT) frame = window.requestAnimationFrame(tryFocus);
    };
    frame = window.requestAnimationFrame(tryFocus);
    return () => window.cancelAnimationFrame(frame);
  }, [key, id, historyStep]);
}
