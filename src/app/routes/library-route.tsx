import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import {
  useNavigate,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
} from 'react-router-dom';
import { parseLibraryLocation } from '../../config/library-location';
import { dataUrls, paths, routerBasename } from '../../config/paths';
import { libraryPageQueryOptions } from '../../features/library/api/get-library-page';
import {
  LIBRARY_RESULTS_ID,
  LibraryBrowser,
} from '../../features/library/components/library-browser';
import { useLibraryQuery } from '../../features/library/hooks/use-library-query';
import { useLibrarySearchField } from '../../features/library/hooks/use-library-search-field';
import { LibrarySearchField } from '../../features/search/components/library-search-field';
import { useKeepForOffline } from '../../features/offline/hooks/use-keep-for-offline';
import { isRefined, libraryTitle, shownWithoutScript } from '../../features/library/library-view';
import { AddInterviewLink } from '../../features/add-interview/components/add-interview-link';
import { mayHaveKeptQueryOptions } from '../../features/add-interview/api/may-have-kept-query';
import { useHydrated } from '../../hooks/use-hydrated';
import { PAGE_TITLE_ID, useRevealOnNavigate } from '../../hooks/use-reveal-on-navigate';
import { LoadingPage } from './root-layout';
import { QueryProvider } from '../../components/query-provider';
import type { QueryClientOf } from '../router';

/** The library view a full URL asks for (its path below the site's base). */
function libraryQueryOf(url: URL) {
  const basename = routerBasename();
  const pathname = url.pathname.startsWith(basename)
    ? url.pathname.slice(basename.length)
    : url.pathname;
  return parseLibraryLocation(pathname, url.search).query;
}

/**
 * Loads again for another filter, order or page, or an explicit retry; the
 * words searched for are the search's own business.
 */
export function libraryShouldRevalidate({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  const { q: _current, ...current } = libraryQueryOf(currentUrl);
  const { q: _next, ...next } = libraryQueryOf(nextUrl);
  const retry = currentUrl.href === nextUrl.href;
  // Not left to React Router's default, which keeps a route's data when only
  // the path of a child changes (`/` to `/topic/energy`): the path is the view.
  return JSON.stringify(current) !== JSON.stringify(next) || (retry && defaultShouldRevalidate);
}

// Interviews kept on this device need storage code (IndexedDB, the draft
// format) the library's first view does not: loaded after it, and only in a
// browser that has kept one (mayHaveKept), shown when ready.
const KeptInterviews = lazy(() =>
  import('../../features/add-interview/on-demand').then((module) => ({
    default: module.KeptInterviews,
  })),
);

/** Loads the page of the library the URL asks for before it renders. */
export function libraryLoader(queryClientOf: QueryClientOf) {
  return async ({ request }: LoaderFunctionArgs) => {
    const query = libraryQueryOf(new URL(request.url));
    const queryClient = await queryClientOf();
    await queryClient.ensureQueryData(libraryPageQueryOptions(query));
    return null;
  };
}

/** `/` and the library's views with paths of their own: the library, filtered, ordered and paged as its URL says. */
export function LibraryRoute() {
  return (
    <QueryProvider>
      <Library />
    </QueryProvider>
  );
}

function Library() {
  const { query, ignored } = useLibraryQuery();
  // The loader has the page in the cache, except right after a prerendered
  // library hydrates with parameters of its own: the first page shows until
  // theirs arrives.
  const { data: page, isPlaceholderData } = useQuery({
    ...libraryPageQueryOptions(query),
    placeholderData: keepPreviousData,
    throwOnError: true,
  });
  const search = useLibrarySearchField(query);
  // The address names each filter by its value's own key: a link made with an earlier key (a
  // name in its own script, `?person=анна-ковальчук`) or typed as the name reads becomes the
  // value's page, `/person/anna-kovalchuk`, as the library's own links are. Never from the
  // page shown while another loads, whose filters are the last view's.
  const canonical =
    page &&
    !isPlaceholderData &&
    page.filters.some(({ facet, key }) => query.filters[facet] !== key)
      ? paths.library({
          ...query,
          // Every filter of the query is one of the page's.
          filters: Object.fromEntries(page.filters.map(({ facet, key }) => [facet, key])),
        })
      : undefined;
  const navigate = useNavigate();
  useEffect(() => {
    if (canonical !== undefined) void navigate(canonical, { replace: true });
  }, [navigate, canonical]);
  useKeepForOffline(
    page
      ? [
          dataUrls.librarySummary(),
          ...page.filters
            .filter(({ label }) => label !== null)
            .map(({ facet, key }) => dataUrls.facetPostings(facet, key)),
          ...page.plan.shards.map((shard) => dataUrls.libraryShard(page.plan.order, shard)),
        ]
      : [],
  );
  const hydrated = useHydrated();
  const { data: showKept } = useQuery({ ...mayHaveKeptQueryOptions(), enabled: hydrated });
  // A filter, order or page link lands on the results it asked for. The
  // search words do not count: they reach the URL while the reader types,
  // and focus must stay in the field (it moved to the results after the
  // first pause, and the next letters were lost).
  useRevealOnNavigate(isRefined({ ...query, q: '' }) && page ? LIBRARY_RESULTS_ID : undefined);
  if (!page) return <LoadingPage />;
  return (
    <>
      <title>{libraryTitle(query, page.filters)}</title>
      <div className="mx-auto max-w-5xl">
        <h1
          id={PAGE_TITLE_ID}
          className="mt-10 mb-2 font-serif text-3xl font-semibold outline-none"
        >
          Interviews
        </h1>
        <p className="mb-6 max-w-3xl text-stone-700 dark:text-stone-300">
          Published question-and-answer interviews, arranged by topic, with every section, question
          and key quote a link of its own.
        </p>
        <AddInterviewLink />
        <LibrarySearchField
          field={search.field}
          text={search.text}
          onTextChange={search.setText}
          onCommit={search.flush}
          filters={query.filters}
          shown={shownWithoutScript(query, page.filters)}
        />
        <LibraryBrowser
          page={page}
          query={query}
          ignored={ignored}
          searchText={search.text}
          loading={isPlaceholderData}
        />
        {/* Not in the prerendered page, whose server knows nothing of this device. Below the
            published ones, so that appearing once read from storage moves nothing on screen
            (above them it shifted the list down: CLS 0.23 at 390 px). */}
        {showKept && (
          <Suspense fallback={null}>
            <KeptInterviews />
          </Suspense>
        )}
      </div>
    </>
  );
}
