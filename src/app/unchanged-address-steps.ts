import type { createBrowserRouter } from 'react-router-dom';
import { TYPED_ENTRY_KEY } from '../hooks/use-last-navigation';

type BrowserRouter = ReturnType<typeof createBrowserRouter>;

/**
 * Creates the router, keeping it out of history steps that do not change the
 * address. Following a text fragment (`#:~:text=`) within the page is the
 * browser's own work: it scrolls to the passage (opening its section if
 * collapsed) and strips the directive from the address, so the history entry
 * it adds shows the address the router already has. Told of that step, the
 * router would load the same page again and ScrollRestoration would scroll to
 * the top or an old place after the browser's scroll to the passage (it did
 * in 1 of 4 tries). Stepping between such entries changes nothing either.
 *
 * It also gives an entry the browser added for a fragment typed into the address bar (or set
 * by a script) a key of its own, before the router reads it: React Router keys such an entry,
 * which has no state, 'default', as it keys the visit's first entry, and the scroll position
 * ScrollRestoration keeps by key for the one was restored on the other (back to the visit's
 * first page after a typed fragment, the reader was put where the fragment had been).
 *
 * Listeners on window run in the order they were added, so this one is added
 * before the router adds its own.
 */
export function createRouterLeavingUnchangedAddresses(create: () => BrowserRouter): BrowserRouter {
  window.addEventListener('popstate', (event) => {
    const { pathname, search, hash } = window.location;
    // Popstate comes from a later task, once `router` is set.
    if (router.createHref(router.state.location) === pathname + search + hash) {
      event.stopImmediatePropagation();
    } else if (window.history.state === null) {
      // As React Router's own state reads (`usr`, `key`); no `idx`, as the browser left it.
      const key = `${TYPED_ENTRY_KEY}${Math.random().toString(36).slice(2, 10)}`;
      window.history.replaceState({ usr: null, key }, '');
    }
  });
  const router = create();
  return router;
}
