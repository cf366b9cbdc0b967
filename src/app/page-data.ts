import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { HeldQuery } from '../lib/load-query-client';

/**
 * What a prerendered page holds besides its HTML, so the app hydrates it
 * without fetching again: the router's loader data (a reader's interview)
 * and the queries it was rendered from besides (the library's page, the
 * handout's citation), which wait for the query client (src/lib/load-query-client.ts). It travels as a non-executing JSON block
 * (`<script type="application/json">`), which the Content-Security-Policy
 * does not need to allow.
 */
export type PageData = {
  queries: HeldQuery[];
  loaderData: Record<string, unknown>;
};

/** The id of the page's data block. */
export const PAGE_DATA_ID = 'page_data';

/** The successful queries of a cache, as page data holds them, but the one whose data travels otherwise. */
export function queriesOf(queryClient: QueryClient, except?: QueryKey): PageData['queries'] {
  const skipped = except && JSON.stringify(except);
  return queryClient
    .getQueryCache()
    .getAll()
    .filter(
      (query) => query.state.status === 'success' && JSON.stringify(query.queryKey) !== skipped,
    )
    .map((query) => ({ queryKey: query.queryKey, data: query.state.data }));
}

/** The data block's text: JSON with `<` escaped, so no text in it can close the script element. */
export function serializePageData(data: PageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a page's data block; undefined when there is none (the dev server,
 * 404.html) or it is not page data. The data was validated against the
 * interview format when the page was built, by the same schema the app would
 * use: it is seeded into the cache as it is.
 */
export function parsePageData(text: string | null | undefined): PageData | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !Array.isArray(value.queries) || !isRecord(value.loaderData)) {
    return undefined;
  }
  const queries: PageData['queries'] = [];
  for (const entry of value.queries) {
    if (!isRecord(entry) || !Array.isArray(entry.queryKey) || !('data' in entry)) return undefined;
    queries.push({ queryKey: entry.queryKey, data: entry.data });
  }
  return { queries, loaderData: value.loaderData };
}
