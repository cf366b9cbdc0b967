import type { QueryClient } from '@tanstack/react-query';
import { takeHeldQueries } from './load-query-client';
import { createQueryClient } from './query-client';

let client: QueryClient | undefined;

/**
 * The browser's query client, one for the app, made when first asked for by
 * code that loads on its own (the library, a dialog, the handout's header):
 * TanStack Query is about 10 KB gzipped that a reader's first view does not
 * load. It starts with the queries the prerendered page brought, as fresh as
 * if just fetched. The server makes a client per page instead
 * (src/entry-server.tsx).
 */
export function browserQueryClient(): QueryClient {
  if (!client) {
    client = createQueryClient();
    for (const { queryKey, data } of takeHeldQueries()) client.setQueryData(queryKey, data);
  }
  return client;
}
