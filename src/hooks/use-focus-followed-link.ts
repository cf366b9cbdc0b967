import { useEffect } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';
import { PAGE_TITLE_ID } from '../lib/page-title';
import { useLastNavigation } from './use-last-navigation';

// The link followed from each history entry (by its key), this visit.
const followed = new Map<string, string>();

// About a second: a search's results come from its worker after the page renders.
const FRAMES_TO_WAIT = 60;

/**
 * Back to a page, focus returns to the link the reader followed from it (a
 * card's or a search result's), not to the page's start: a keyboard user
 * goes on from there instead of tabbing through the page again. Where the
 * link is gone (another view, a result no longer found) focus stays where
 * the browser left it. Never taken from where the reader has put it.
 */
export function useFocusFollowedLink() {
  const { key } = useLocation();
  const { id } = useLastNavigation();
  // Not useLastNavigation's historyStep: back to the visit's first page (its key 'default') counts.
  const historyStep = useNavigationType() === NavigationType.Pop;

  useEffect(() => {
    const remember = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = link?.getAttribute('href');
      if (href) followed.set(key, href);
    };
    document.addEventListener('click', remember, true);
    return () => document.removeEventListener('click', remember, true);
  }, [key]);

  useEffect(() => {
    const href = followed.get(key);
    if (!historyStep || href === undefined) return;
    let frame = 0;
    let frames = 0;
    const tryFocus = () => {
      // The page's start (the app puts it on the title after a change of route) is not the reader's choice.
      const active = document.activeElement;
      if (active !== document.body && active?.id !== PAGE_TITLE_ID) return;
      const link = document.querySelector<HTMLElement>(`main a[href="${CSS.escape(href)}"]`);
      if (link) link.focus({ preventScroll: true });
      else if ((frames += 1) < FRAMES_TO_WAIT) frame = window.requestAnimationFrame(tryFocus);
    };
    frame = window.requestAnimationFrame(tryFocus);
    return () => window.cancelAnimationFrame(frame);
  }, [key, id, historyStep]);
}
