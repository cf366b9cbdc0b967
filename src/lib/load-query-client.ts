import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** A query a prerendered page brought, as its data block holds it (src/app/page-data.ts). */
export type HeldQuery = { queryKey: QueryKey; data: unknown };

// A prerendered page's queries wait here for the browser's query client, whose
// code loads only with the first module that needs it: not in a reader's first
// view, which reads its interview from the router's loader data.
let held: HeldQuery[] = [];

/** Keeps a prerendered page's queries for the query client to start with. */
export function holdQueries(queries: HeldQuery[]) {
  held = queries;
}

/** The queries held for the query client; they are handed over once. */
export function takeHeldQueries(): HeldQuery[] {
  const queries = held;
  held = [];
  return queries;
}

/** The browser's query client (src/lib/browser-query-client.ts), its code loaded when first asked for. */
export const loadQueryClient = (): Promise<QueryClient> =>
  import('./browser-query-client').then((module) => module.browserQueryClient());
