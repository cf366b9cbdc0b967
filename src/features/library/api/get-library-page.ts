import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import type { CatalogueEntry } from '../../../interview/catalogue';
import { FACETS, type Facet } from '../../../interview/facets';
import type { LibrarySummary } from '../../../interview/library-files';
import { pageEntries, planLibraryPage, type LibraryPlan } from '../../../interview/library-page';
import type { LibraryPageQuery, LibraryQuery } from '../../../interview/library-query';
import { InvalidDataError } from '../../../lib/load-errors';
import { facetPostingsQueryOptions } from './get-facet-postings';
import { libraryShardQueryOptions } from './get-library-shard';
import { librarySummaryQueryOptions } from './get-library-summary';

/**
 * A filter of the URL, with the label readers know it by, or null when no interview has it. Its
 * key is the value's own (an earlier key in another script, `анна-ковальчук`, is read from its
 * file as `anna-kovalchuk`): the route puts it in the address.
 */
export type ActiveFilter = { facet: Facet; key: string; label: string | null };

/** One page of the library as a URL asks for it. */
export type LibraryPage = {
  summary: LibrarySummary;
  plan: LibraryPlan;
  entries: CatalogueEntry[];
  filters: ActiveFilter[];
};

async function getLibraryPage(client: QueryClient, query: LibraryPageQuery): Promise<LibraryPage> {
  const summary = await client.ensureQueryData(librarySummaryQueryOptions());
  const active = FACETS.flatMap((facet) => {
    const key = query.filters[facet];
    return key === undefined ? [] : [{ facet, key }];
  });
  const postings = await Promise.all(
    active.map(({ facet, key }) => client.ensureQueryData(facetPostingsQueryOptions(facet, key))),
  );
  const plan = planLibraryPage(summary, postings, query);
  const shards = await Promise.all(
    plan.shards.map(async (shard) => {
      const data = await client.ensureQueryData(libraryShardQueryOptions(plan.order, shard));
      return [shard, data.entries] as const;
    }),
  );
  const { entries, missing } = pageEntries(plan, summary.shardSize, new Map(shards));
  const [first] = missing;
  if (first !== undefined) {
    const shard = Math.floor(first / summary.shardSize) + 1;
    throw new InvalidDataError(dataUrls.libraryShard(plan.order, shard), [
      {
        path: '$.entries',
        message: `lacks the interview at position ${first}: the library's files are out of step (run npm run generate)`,
      },
    ]);
  }
  return {
    summary,
    plan,
    entries,
    filters: active.map(({ facet, key }, i) => ({
      facet,
      key: postings[i]?.key ?? key,
      label: postings[i]?.label ?? null,
    })),
  };
}

/**
 * One page of the library: the summary, the filters' positions and the
 * shards holding the page, each cached on its own so paging and filtering
 * reuse what is loaded.
 */
export function libraryPageQueryOptions({ filters, sort, page }: LibraryQuery) {
  // The words searched for do not change the page of the library under the search.
  const query = { filters, sort, page };
  return queryOptions({
    queryKey: ['library', 'page', query],
    queryFn: ({ client }) => getLibraryPage(client, query),
    // Each file is retried on its own; retrying the page would multiply that.
    retry: false,
  });
}
