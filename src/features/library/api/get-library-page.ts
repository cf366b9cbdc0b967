import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import type { CatalogueEntry } from '../../../interview/catalogue';
import { FACETS, isAsciiKey, type Facet } from '../../../interview/facets';
import type { LibrarySummary } from '../../../interview/library-files';
import { pageEntries, planLibraryPage, type LibraryPlan } from '../../../interview/library-page';
import type { LibraryPageQuery, LibraryQuery } from '../../../interview/library-query';
import { InvalidDataError } from '../../../lib/load-errors';
import { facetListQueryOptions } from './get-facet-list';
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

/**
 * Whether a facet's value may have interviews, from the values the page has already loaded: the
 * summary's, when they are all of them, or the full list, when "Show all" loaded it. A value
 * not there has no file, and asking for it logs the browser's 404 in the console (which
 * Lighthouse counts). Otherwise its file says: a list of every value costs a request of its
 * own, before the value's, for each value the summary does not name. A key in another script
 * may be a value's earlier key (earlierKeyFiles), which no list names: its file says too.
 */
function mayHave(client: QueryClient, summary: LibrarySummary, facet: Facet, key: string) {
  const { values, top } = summary.facets[facet];
  if (top.some((value) => value.key === key) || !isAsciiKey(key)) return true;
  if (top.length >= values) return false;
  const list = client.getQueryData(facetListQueryOptions(facet).queryKey);
  return list === undefined || list.values.some((value) => value.key === key);
}

async function getLibraryPage(client: QueryClient, query: LibraryPageQuery): Promise<LibraryPage> {
  const summary = await client.ensureQueryData(librarySummaryQueryOptions());
  const active = FACETS.flatMap((facet) => {
    const key = query.filters[facet];
    return key === undefined ? [] : [{ facet, key }];
  });
  const postings = await Promise.all(
    active.map(({ facet, key }) =>
      mayHave(client, summary, facet, key)
        ? client.ensureQueryData(facetPostingsQueryOptions(facet, key))
        : Promise.resolve(null),
    ),
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
