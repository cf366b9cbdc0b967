import { QueryClient } from '@tanstack/react-query';
import { NetworkError } from './load-errors';

const MAX_RETRIES = 3;

/**
 * Only a network failure is worth retrying; a missing or invalid file stays
 * so, and offline there is nothing to retry: the page says so at once.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const offline = typeof navigator !== 'undefined' && !navigator.onLine;
  return error instanceof NetworkError && failureCount < MAX_RETRIES && !offline;
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
