import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * The site's origin ("https://example.org") in the browser, '' while
 * rendering on the server: server HTML and hydration agree, then the full
 * address appears.
 */
export function useOrigin(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
}
