import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  createBrowserRouter,
  matchRoutes,
  type HydrationState,
  type RouteObject,
} from 'react-router-dom';
import { routePatterns, routerBasename } from '../config/paths';
import { LoadingStatus } from '../components/loading-status';
import { LoadingPage, RootLayout } from './routes/root-layout';
import { createRouterLeavingUnchangedAddresses } from './unchanged-address-steps';
import { RouteError, Unreachable } from './routes/lazy-route-error';
import { LESSON_PENDING_CLASS } from '../lib/lesson-pending';
import { loadQueryClient } from '../lib/load-query-client';

/**
 * What the built page showed for its route before the app started (add.html's
 * intro, marked `data-kept-while-loading`): kept on screen while the route's
 * code is still to come (see createAppRouter).
 */
let kept: Element | null = null;

/**
 * The "Add an interview" page while its code loads, once the app has stopped
 * waiting for it (see createAppRouter): its title, and in the site's frame its
 * intro as built (its nodes, not rendered here: every page's first view would
 * load its words) with "Loading…" below it, which says the code is slow to
 * come from 5 s after the page began (the app's wait counts).
 */
function AddInterviewLoading() {
  return (
    <>
      <title>Add an interview · Interview Reader</title>
      {kept ? (
        <>
          {/* The built "Loading…" (`.js-only`) gives way to the one below. */}
          <div
            ref={(box) => void (kept && box?.replaceChildren(kept))}
            className="[&_.js-only]:hidden"
          />
          <p>
            <LoadingStatus since={0} />
          </p>
        </>
      ) : (
        <LoadingPage />
      )}
    </>
  );
}

/** The query client loaders share with their pages; a promise, as the browser loads its code on demand. */
export type QueryClientOf = () => Promise<QueryClient>;

/**
 * The app's routes; a function of the query client so loaders and components
 * share one cache (the server's client of the page it renders; the
 * browser's, loaded when a loader first runs). Each page's code loads with
 * its route, so the reader does not load the library's code, nor the library
 * the reader's.
 */
export function appRoutes(
  queryClientOf: QueryClientOf,
  // The browser loads the error pages' code when a page fails; the server
  // renders them at once (src/entry-server.tsx passes them).
  errorElement: ReactNode = <RouteError />,
): RouteObject[] {
  return [
    {
      element: <RootLayout />,
      HydrateFallback: LoadingPage,
      // Each page's own fallback, while a page rendered on the client (add.html,
      // 404.html) loads its code or data, keeps the site's frame around it: the
      // root's alone replaced the header and the page with a bare "Loading…".
      children: [
        {
          // One route for every view of the library, so that moving between
          // them (a search typed on a person's page goes to `/?person=…&q=…`)
          // keeps the page and the focus: its children are only paths.
          id: 'library',
          HydrateFallback: LoadingPage,
          lazy: async () => {
            const route = await import('./routes/library-route');
            return {
              loader: route.libraryLoader(queryClientOf),
              shouldRevalidate: route.libraryShouldRevalidate,
              Component: route.LibraryRoute,
            };
          },
          errorElement,
          // (Each renders nothing: `element: null` says so to React Router.)
          children: [
            { index: true, element: null },
            ...routePatterns.libraryViews.map((path) => ({ path, element: null })),
          ],
        },
        {
          id: 'reader',
          path: routePatterns.reader,
          HydrateFallback: LoadingPage,
          lazy: async () => {
            const route = await import('./routes/reader-route');
            // A lesson link's page (marked by its boot script) hydrates with the lesson's parts loaded.
            if (globalThis.document?.documentElement.classList.contains(LESSON_PENDING_CLASS))
              await route.preloadLessonParts();
            return {
              loader: route.readerLoader(queryClientOf),
              shouldRevalidate: route.readerShouldRevalidate,
              Component: route.ReaderRoute,
            };
          },
          errorElement,
        },
        ...[routePatterns.addInterview, routePatterns.openInterview].map((path) => ({
          path,
          HydrateFallback: AddInterviewLoading,
          lazy: () =>
            import('../features/add-interview/on-demand').then((module) => ({
              Component: module.AddInterviewRoute,
            })),
          errorElement,
        })),
        {
          path: '*',
          HydrateFallback: LoadingPage,
          lazy: () =>
            import('./routes/route-error').then((module) => ({ Component: module.NotFoundRoute })),
        },
      ],
    },
  ];
}

/** The source modules of the routes' pages, whose chunks a prerendered page preloads. */
export const ROUTE_MODULES = {
  library: 'src/app/routes/library-route.tsx',
  reader: 'src/app/routes/reader-route.tsx',
} as const;

/**
 * Makes each route whose code cannot come (offline and never saved, or a
 * newer build has replaced it) say so. React Router waits for such a route
 * as for one still loading, and shows an empty page (7.18: a match whose
 * `lazy` rejected is still cut from the page, though its error is known).
 */
function sayWhenCodeFails(routes: RouteObject[]) {
  for (const route of routes) {
    const { lazy } = route;
    if (typeof lazy === 'function')
      route.lazy = () => lazy().catch(() => ({ Component: Unreachable }));
    if (route.children) sayWhenCodeFails(route.children);
  }
}

/** How long a page rendered on the client waits for its route's code before the router shows its loading page. */
const ROUTE_CODE_WAIT_MS = 5_000;

/** Loads the code of the routes an address matches, as the router would on its own. */
async function loadRoutes(routes: RouteObject[], basename: string) {
  const matches = matchRoutes(routes, window.location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
}

/**
 * The browser's router; call it in the browser only (it reads window.location).
 * On a prerendered page, `hydrationData` holds the loader data it was built
 * with, so the loaders do not run again, and the page's route code is loaded
 * first, so the app renders the page as it was built.
 */
export async function createAppRouter(hydrationData?: HydrationState) {
  const routes = appRoutes(loadQueryClient);
  const basename = routerBasename();
  if (hydrationData) await loadRoutes(routes, basename);
  // A page rendered on the client (add.html, 404.html) keeps what its HTML
  // shows (the site's header, the Add page's intro, "Loading…") until its
  // route's code has come, rather than the router's bare loading page in
  // between. If the code fails or is slow to come, the router takes over:
  // its loading page offers to try again, its error page explains. (The
  // development server's page has nothing to show meanwhile: no wait.)
  else if (document.getElementById('root')?.hasChildNodes()) {
    kept = document.querySelector('[data-kept-while-loading]');
    await Promise.race([
      loadRoutes(routes, basename).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, ROUTE_CODE_WAIT_MS)),
    ]);
  }
  sayWhenCodeFails(routes);
  return createRouterLeavingUnchangedAddresses(() =>
    createBrowserRouter(routes, { basename, ...(hydrationData ? { hydrationData } : {}) }),
  );
}
