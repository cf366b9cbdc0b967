import { lazy, Suspense, useEffect } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router-dom';
import { Link } from '../../components/link';
import { LoadingStatus } from '../../components/loading-status';
import { paths } from '../../config/paths';
import { useHydrated } from '../../hooks/use-hydrated';
import { replayEarlyClicks } from '../../lib/early-clicks';

// The service worker's registration and its update prompt wait for the page
// to be interactive: a first view does not need them. Nor does the offline
// line, which could only show once the app had taken the page over anyway
// (the server renders the page online); offline and never loaded, it is left out.
const UpdatePrompt = lazy(() =>
  import('../../features/offline/components/update-prompt').then((m) => ({
    default: m.UpdatePrompt,
  })),
);
const OfflineBanner = lazy(() =>
  import('../../features/offline/components/offline-banner').then(
    (m) => ({ default: m.OfflineBanner }),
    () => ({ default: () => null }),
  ),
);

// Scroll positions are remembered per page load: back and forward restore
// them, but a reload opens a deep link at its target, not where the reader was.
const PAGE_LOAD = Math.random().toString(36).slice(2);

/** The frame of every page: skip link, site header, main landmark. */
export function RootLayout() {
  const navigation = useNavigation();
  const hydrated = useHydrated();
  useEffect(() => {
    if (!hydrated) return;
    // Buttons pressed before the app started work now (src/lib/early-clicks.ts).
    replayEarlyClicks();
    // The error pages' words, at hand before the network may be gone (see lazy-route-error.tsx).
    void import('./route-error').catch(() => undefined);
  }, [hydrated]);
  // At least a screen high on screen; on paper a screen is a whole sheet, which
  // with the page's margins pushed a blank sheet after any page shorter than one.
  return (
    <div className="min-h-screen print:min-h-0">
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
      {hydrated && (
        <Suspense fallback={null}>
          <OfflineBanner />
        </Suspense>
      )}
      {/* No bottom padding on paper: where the last sheet was full it made a blank one. */}
      <main
        id="main_content"
        tabIndex={-1}
        className="mx-auto max-w-5xl px-4 pb-16 outline-none print:pb-0"
      >
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
