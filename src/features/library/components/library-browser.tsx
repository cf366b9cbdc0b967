import { lazy, Suspense } from 'react';
import { Link } from '../../../components/link';
import { Notice } from '../../../components/notice';
import { paths, type IgnoredParam } from '../../../config/paths';
import { LIBRARY_PAGE_SIZE, type LibraryQuery } from '../../../interview/library-query';
import { formatCount, plural } from '../../../lib/format';
import type { LibraryPage } from '../api/get-library-page';
import { FACET_NAMES, SORT_LABELS } from '../library-view';
import { ActiveFilters } from './active-filters';
import { FacetPanel } from './facet-panel';
import { InterviewCard } from './interview-card';
import { Pagination } from './pagination';
import { SortLinks } from './sort-links';

/** The id of the results heading, where a filter, order or page link lands. */
export const LIBRARY_RESULTS_ID = 'library_results';

// The search and its index load when a search is made, not with the library.
const SearchResults = lazy(() =>
  import('../../search/components/search-results').then((module) => ({
    default: module.SearchResults,
  })),
);

type LibraryBrowserProps = {
  page: LibraryPage;
  query: LibraryQuery;
  ignored: IgnoredParam[];
  /** The words in the search field, as typed: while there are some, the search answers. */
  searchText: string;
  /** The page shown is the previous one, while the one asked for loads. */
  loading: boolean;
};

function IgnoredNotice({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <Notice title="Part of this link was not understood" level="inline" tone="info">
      <ul className="list-disc space-y-1 pl-6">
        {ignored.map(({ name, value }) => (
          <li key={name}>
            {name === 'sort'
              ? `“${value}” is not an order this library offers, so it is listed ${SORT_LABELS.newest.toLowerCase()}.`
              : `“${value}” is not a page number, so this is page 1.`}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

/** What the results say when nothing is listed: why, and the way back. */
function EmptyResults({ page, query }: { page: LibraryPage; query: LibraryQuery }) {
  const { plan, filters, summary } = page;
  if (summary.total === 0) return <p>The library is empty.</p>;
  if (plan.matches > 0) {
    return (
      <p>
        There is no page {formatCount(query.page)}: the last is{' '}
        <Link className="underline" to={paths.library({ ...query, page: plan.pageCount })}>
          page {formatCount(plan.pageCount)}
        </Link>
        .
      </p>
    );
  }
  const unknown = filters.filter((filter) => filter.label === null);
  return (
    <div className="space-y-2">
      {unknown.length > 0 ? (
        <ul className="space-y-1">
          {unknown.map(({ facet, key }) => (
            <li key={facet}>
              No interview in this library has the {FACET_NAMES[facet].one} “{key}”.
            </li>
          ))}
        </ul>
      ) : (
        <p>No interview matches all these filters.</p>
      )}
      <p>
        {/* Alone on its line: a thumb's target (touch-link), as the cards' titles. */}
        <Link className="touch-link underline" to={paths.library({ sort: query.sort })}>
          Show the whole library
        </Link>
      </p>
    </div>
  );
}

/** The library: filters, order, one page of interviews and the pager. */
export function LibraryBrowser({ page, query, ignored, searchText, loading }: LibraryBrowserProps) {
  const { summary, filters } = page;
  const searching = searchText.trim() !== '';
  return (
    <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
      {/* A filter of the whole library is a page of its own (libraryPath), prerendered;
          a second filter is the app's (a query string a static host answers with the
          library's first page), so with one set the filters need JavaScript. On paper they are
          links with nowhere to go: a printed library is its list of interviews (without
          JavaScript the filters printed first, a sheet of them). */}
      <div
        className={`mb-6 lg:mb-0 print:hidden ${Object.keys(query.filters).length === 0 ? '' : 'no-js:hidden'}`}
      >
        <FacetPanel summary={summary} query={query} />
      </div>
      <div>
        <IgnoredNotice ignored={ignored} />
        <ActiveFilters filters={filters} query={query} />
        {searching ? (
          <Suspense
            fallback={
              <p role="status" className="text-stone-600 dark:text-stone-400">
                Loading the search…
              </p>
            }
          >
            <SearchResults
              query={searchText}
              filters={query.filters}
              headingId={LIBRARY_RESULTS_ID}
            />
          </Suspense>
        ) : (
          <BrowseResults page={page} query={query} loading={loading} />
        )}
      </div>
    </div>
  );
}

/** One page of the library, with its order and the pager. */
function BrowseResults({
  page,
  query,
  loading,
}: {
  page: LibraryPage;
  query: LibraryQuery;
  loading: boolean;
}) {
  if (loading) {
    return (
      <section aria-labelledby={LIBRARY_RESULTS_ID} aria-busy="true">
        <h2
          id={LIBRARY_RESULTS_ID}
          tabIndex={-1}
          className="mb-3 text-lg font-semibold outline-none"
        >
          Loading…
        </h2>
      </section>
    );
  }
  const { plan, entries } = page;
  const first = (query.page - 1) * LIBRARY_PAGE_SIZE + 1;
  return (
    <section aria-labelledby={LIBRARY_RESULTS_ID}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
        <h2 id={LIBRARY_RESULTS_ID} tabIndex={-1} className="text-lg font-semibold outline-none">
          {plan.matches === 0 ? 'No interviews' : plural(plan.matches, 'interview')}
          {entries.length > 0 && plan.pageCount > 1 && (
            <span className="font-normal text-stone-600 dark:text-stone-400">
              {' '}
              · {formatCount(first)}–{formatCount(first + entries.length - 1)}
            </span>
          )}
        </h2>
        {plan.matches > 1 && <SortLinks query={query} />}
      </div>
      {entries.length === 0 ? (
        <EmptyResults page={page} query={query} />
      ) : (
        <ul className="space-y-6">
          {entries.map((entry) => (
            <li key={entry.id}>
              <InterviewCard entry={entry} />
            </li>
          ))}
        </ul>
      )}
      <Pagination query={query} pageCount={plan.pageCount} />
    </section>
  );
}
