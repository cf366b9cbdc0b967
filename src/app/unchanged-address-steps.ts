import type { createBrowserRouter } from 'react-router-dom';

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
 * Listeners on window run in the order they were added, so this one is added
 * before the router adds its own.
 */
export function createRouterLeavingUnchangedAddresses(create: () => BrowserRouter): BrowserRouter {
  window.addEventListener('popstate', (event) => {
    const { pathname, search, hash } = window.location;
    // Popstate comes from a later task, once `router` is set.
    if (router.createHref(router.state.location) === pathname + search + hash) {
      event.stopImmediatePropagation();
    }
  });
  const router = create();
  return router;
}
