import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { parseLibrarySearch } from '../../config/paths';
import { libraryPageQueryOptions } from '../../features/library/api/get-library-page';
import {
  LIBRARY_RESULTS_ID,
  LibraryBrowser,
} from '../../features/library/components/library-browser';
import { useLibraryQuery } from '../../features/library/hooks/use-library-query';
import { isRefined, libraryTitle } from '../../features/library/library-view';
import { AddInterviewLink } from '../../features/add-interview/components/add-interview-link';
import { useHydrated } from '../../hooks/use-hydrated';
import { PAGE_TITLE_ID, useRevealOnNavigate } from '../../hooks/use-reveal-on-navigate';

// Interviews kept on this device need storage code (IndexedDB, the draft
// format) the library's first view does not: loaded after it, shown when ready.
const KeptInterviews = lazy(() =>
  import('../../features/add-interview/on-demand').then((module) => ({
    default: module.KeptInterviews,
  })),
);

/** Loads the page of the library the URL asks for before it renders. */
export function libraryLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const { query } = parseLibrarySearch(new URL(request.url).search);
    await queryClient.ensureQueryData(libraryPageQueryOptions(query));
    return null;
  };
}

/** `/`: the library, filtered, ordered and paged as its URL says. */
export function LibraryRoute() {
  const { query, ignored } = useLibraryQuery();
  const { data: page } = useSuspenseQuery(libraryPageQueryOptions(query));
  const hydrated = useHydrated();
  // A filter, order or page link lands on the results it asked for.
  useRevealOnNavigate(isRefined(query) ? LIBRARY_RESULTS_ID : undefined);
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
        <p className="mb-8 max-w-3xl text-stone-700 dark:text-stone-300">
          Published question-and-answer interviews, arranged by topic, with every section, question
          and key quote a link of its own.
        </p>
        <AddInterviewLink />
        {/* Not in the prerendered page, whose server knows nothing of this device. */}
        {hydrated && (
          <Suspense fallback={null}>
            <KeptInterviews />
          </Suspense>
        )}
        <LibraryBrowser page={page} query={query} ignored={ignored} />
      </div>
    </>
  );
}
