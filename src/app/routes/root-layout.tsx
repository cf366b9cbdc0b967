import { lazy, Suspense, useEffect } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router-dom';
import { Link } from '../../components/link';
import { LoadingStatus } from '../../components/loading-status';
import { paths } from '../../config/paths';
import { useFocusFollowedLink } from '../../hooks/use-focus-followed-link';
import { useHydrated } from '../../hooks/use-hydrated';
import { replayEarlyClicks } from '../../lib/early-clicks';
import { STICKY_BAR_ATTRIBUTE } from '../../lib/landing';

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
  useFocusFollowedLink();
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
      <SkipLink />
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
      {/* Not focusable (no tabindex) but while the skip link's jump holds it: focusable, it took the
          focus of every click in its text, and Tab went on from its top, not from the click. */}
      <main id="main_content" className="mx-auto max-w-5xl px-4 pb-16 outline-none print:pb-0">
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

/**
 * Out of sight until focused (`.skip-link`, index.css), then a 44 px target at the top right of
 * the screen, moved below the phone's bar where that is stuck at the top (measured when it takes
 * focus). With JavaScript it moves focus to the main content without a navigation: as a
 * fragment link the router took it for one, and a section link landed on its section's heading
 * again, screens below the main content's top. Without JavaScript the browser follows it.
 */
function SkipLink() {
  return (
    <a
      href="#main_content"
      // Focused, a 46 px target (a line and its padding, its border) at the top right, in either scheme: over the site's header, whose
      // right is empty, and clear of the reader's index column, which sticks on the left from md.
      className="skip-link fixed top-1 right-2 z-40 rounded border border-stone-500 bg-white px-4 py-2.5 text-stone-900 print:hidden dark:border-stone-400 dark:bg-stone-900 dark:text-stone-100"
      // Placed again as the page scrolls under it: placed once, a link focused at the top of a
      // phone's page stayed over the reader's bar once that had stuck at the top.
      onFocus={(event) => {
        const link = event.currentTarget;
        const place = () => placeBelowStickyBars(link);
        place();
        addEventListener('scroll', place, { passive: true });
        link.addEventListener('blur', () => removeEventListener('scroll', place), { once: true });
      }}
      onClick={(event) => {
        const main = document.getElementById('main_content');
        if (!main) return;
        event.preventDefault();
        main.scrollIntoView();
        // Focusable until it lets the focus go (see <main>); without JavaScript the browser's
        // fragment jump moves where Tab goes on from, into it, without focusing it.
        main.tabIndex = -1;
        main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
        main.focus({ preventScroll: true });
      }}
    >
      Skip to content
    </a>
  );
}

/**
 * Moves the focused skip link from where its classes put it to below the phone's reader bar,
 * where that is stuck at the top over that place (the page has scrolled under it). From md the
 * bar is the index column, half the screen high or more, on the left: not one to go below.
 */
function placeBelowStickyBars(link: HTMLElement) {
  link.style.top = '';
  const bar = document.querySelector(`[${STICKY_BAR_ATTRIBUTE}]`)?.getBoundingClientRect();
  if (bar && bar.top < link.getBoundingClientRect().bottom && bar.bottom < window.innerHeight / 2)
    link.style.top = `${bar.bottom + 8}px`;
}

/** What shows while the first page's data loads. */
export function LoadingPage() {
  return (
    <p className="p-8 text-center text-stone-600 dark:text-stone-400">
      <LoadingStatus />
    </p>
  );
}
