import { QueryClient } from '@tanstack/react-query';
import { NetworkError } from './load-errors';

const MAX_RETRIES = 3;

/** A fetch that got no answer is tried again once, this long after: a phone's network blips. */
const UNREACHABLE_RETRY_MS = 1_000;

/**
 * A server's failure (an error status) is retried a few times; a fetch that
 * got no answer at all once more, about a second later: a phone's network
 * that blips once must not show the offline page for the next interview.
 * Only once: offline (or with the network gone, which a browser may not know:
 * navigator.onLine stays true behind a dead link, and in a page loaded
 * offline) trying again and again only delays the page that says so, and
 * what this device has saved; that page tries again by itself when the
 * network is back (route-error.tsx). Not at all when the device says it is
 * offline. A missing or invalid file stays so.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  if (!(error instanceof NetworkError) || offline) return false;
  return failureCount < (error.unreachable ? 1 : MAX_RETRIES);
}

/** How long before trying again: a second for no answer; 1, 2, 4 s for a server's error. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof NetworkError && error.unreachable) return UNREACHABLE_RETRY_MS;
  return Math.min(1_000 * 2 ** failureCount, 30_000);
}

/** The app's query client: interview files are static, so fetched data stays fresh for the visit. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // 'always': offline, a file may still come from the service worker's
      // cache, so ask for it rather than wait for a network.
      queries: { retry: shouldRetry, retryDelay, staleTime: Infinity, networkMode: 'always' },
    },
  });
}
