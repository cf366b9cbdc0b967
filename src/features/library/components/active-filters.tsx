import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import type { LibraryQuery } from '../../../interview/library-query';
import type { ActiveFilter } from '../api/get-library-page';
import { FACET_NAMES, withFilter } from '../library-view';

/** The filters in force, each removable, and a way to clear them all. */
export function ActiveFilters({
  filters,
  query,
}: {
  filters: ActiveFilter[];
  query: LibraryQuery;
}) {
  if (filters.length === 0) return null;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <ul aria-label="Filters in force" className="flex flex-wrap gap-2">
        {filters.map(({ facet, key, label }) => {
          return (
            <li key={facet}>
              <Link
                to={paths.library(withFilter(query, facet, undefined))}
                className="inline-flex min-h-9 items-center gap-2 rounded-full border border-stone-400 bg-white px-3 text-sm hover:bg-stone-100 thumb:min-h-11 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800"
              >
                <span className="sr-only">Remove filter </span>
                <span>
                  {FACET_NAMES[facet].filter}: {label ?? key}
                </span>
                <span aria-hidden="true">✕</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {filters.length > 1 && (
        <Link
          to={paths.library({ sort: query.sort })}
          className="inline-flex min-h-9 items-center px-2 text-sm underline underline-offset-2 thumb:min-h-11"
        >
          Clear all filters
        </Link>
      )}
    </div>
  );
}
