import { startTransition, useEffect, useState } from 'react';
import { useLocation, type Location } from 'react-router-dom';

// Whether a component that mounts now renders for hydration (the server's
// markup must come out again) or as an app already running. False on the
// server, and in the browser from startHydrating() until the hydrated page's
// first effects; true in any other render in a browser.
const page = { hydrated: typeof document !== 'undefined' };

/** Called before React hydrates prerendered HTML (main.tsx). */
export function startHydrating() {
  page.hydrated = false;
}

/**
 * False on the server and while React hydrates prerendered HTML; true from
 * the render after hydration (and at once in a client-only render).
 *
 * That render is a transition, in slices between which the page answers a
 * tap: the components that ask (the reader among them) render again with
 * the page's whole address. useSyncExternalStore would do it in one long,
 * synchronous task. A part that hydrates later than the page (a deferred
 * part) starts at true: what it renders must not depend on this.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(page.hydrated);
  useEffect(() => {
    if (hydrated) return;
    page.hydrated = true;
    startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}

/**
 * The location as far as the page may show it yet. A prerendered page is
 * built for its path alone: while it hydrates, the app renders it for the
 * path alone too (no search, no fragment), so the markup matches; the search
 * parameters and the fragment apply in the render right after.
 */
export function usePageLocation(): Location {
  const location = useLocation();
  const hydrated = useHydrated();
  return hydrated ? location : { ...location, search: '', hash: '' };
}
