import { QueryClient } from '@tanstack/react-query';
import { NetworkError } from '../lib/load-errors';

const MAX_RETRIES = 3;

/** Only a network failure is worth retrying; a missing or invalid file stays so. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof NetworkError && failureCount < MAX_RETRIES;
}

/** The app's query client: interview files are static, so fetched data stays fresh for the visit. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: Infinity },
    },
  });
}
