import { QueryClient } from '@tanstack/react-query';
import { NetworkError } from './load-errors';

const MAX_RETRIES = 3;

/**
 * Only a server's failure (an error status) is worth retrying at once; a
 * missing or invalid file stays so, and with no answer at all (offline, or
 * the network gone, which a browser may not know: navigator.onLine stays
 * true behind a dead link) trying again at once only delays the page that
 * says so, and what this device has saved: that page tries again by itself
 * when the network is back (route-error.tsx).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  return (
    error instanceof NetworkError && !error.unreachable && failureCount < MAX_RETRIES && !offline
  );
}

/** The app's query client: interview files are static, so fetched data stays fresh for the visit. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // 'always': offline, a file may still come from the service worker's
      // cache, so ask for it rather than wait for a network.
      queries: { retry: shouldRetry, staleTime: Infinity, networkMode: 'always' },
    },
  });
}
