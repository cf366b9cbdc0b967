import { lazy, Suspense } from 'react';
import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router-dom';
import { LoadingStatus } from '../../components/loading-status';
import { paths } from '../../config/paths';
import { OfflineBanner } from '../../features/offline/components/offline-banner';
import { useHydrated } from '../../hooks/use-hydrated';

// The service worker's registration and its update prompt wait for the page
// to be interactive: a first view does not need them.
const UpdatePrompt = lazy(() =>
  import('../../features/offline/components/update-prompt').then((m) => ({
    default: m.UpdatePrompt,
  })),
);

// Scroll positions are remembered per page load: back and forward restore
// them, but a reload opens a deep link at its target, not where the reader was.
const PAGE_LOAD = Math.random().toString(36).slice(2);

/** The frame of every page: skip link, site header, main landmark. */
export function RootLayout() {
  const navigation = useNavigation();
  const hydrated = useHydrated();
  return (
    <div className="min-h-screen">
      <a
        href="#main_content"
        className="sr-only rounded bg-white p-2 text-stone-900 focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 print:hidden"
      >
        Skip to content
      </a>
      {/* On paper the handout header names the source; the app's own does not print. */}
      <header className="border-b border-stone-200 dark:border-stone-800 print:hidden">
        {/* The site link's padding makes the header's height: a 48 px touch target. */}
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4">
          <Link to={paths.library()} className="py-3 font-semibold tracking-tight hover:underline">
            Interview Reader
          </Link>
          {navigation.state === 'loading' && (
            <LoadingStatus className="text-sm text-stone-600 dark:text-stone-400" />
          )}
        </div>
      </header>
      <OfflineBanner />
      <main id="main_content" tabIndex={-1} className="mx-auto max-w-5xl px-4 pb-16 outline-none">
        <Outlet />
      </main>
      {hydrated && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
      <ScrollRestoration getKey={(location) => `${PAGE_LOAD}:${location.key}`} />
    </div>
  );
}

/** What shows while the first page's data loads. */
export function LoadingPage() {
  return (
    <p className="p-8 text-center text-stone-600 dark:text-stone-400">
      <LoadingStatus />
    </p>
  );
}
