import { useSyncExternalStore } from 'react';
import { useLocation, type Location } from 'react-router-dom';

const subscribeToNothing = () => () => {};

/**
 * False on the server and while React hydrates prerendered HTML; true from
 * the render right after hydration (and at once in a client-only render).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
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
