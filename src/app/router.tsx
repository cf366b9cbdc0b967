import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type HydrationState, type RouteObject } from 'react-router-dom';
import { routePatterns, routerBasename } from '../config/paths';
import { LibraryRoute, libraryLoader } from './routes/library-route';
import { ReaderRoute, readerLoader, readerShouldRevalidate } from './routes/reader-route';
import { LoadingPage, RootLayout } from './routes/root-layout';
import { NotFoundRoute, RouteError } from './routes/route-error';

/** The app's routes; a function of the query client so loaders and components share one cache. */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <RootLayout />,
      HydrateFallback: LoadingPage,
      children: [
        {
          path: routePatterns.library,
          loader: libraryLoader(queryClient),
          element: <LibraryRoute />,
          errorElement: <RouteError />,
        },
        {
          path: routePatterns.reader,
          loader: readerLoader(queryClient),
          shouldRevalidate: readerShouldRevalidate,
          element: <ReaderRoute />,
          errorElement: <RouteError />,
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}

/**
 * The browser's router; call it in the browser only (it reads window.location).
 * On a prerendered page, `hydrationData` holds the loader data it was built
 * with, so the loaders do not run again.
 */
export function createAppRouter(queryClient: QueryClient, hydrationData?: HydrationState) {
  return createBrowserRouter(appRoutes(queryClient), {
    basename: routerBasename(),
    ...(hydrationData ? { hydrationData } : {}),
  });
}
