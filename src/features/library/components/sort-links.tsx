import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import { LIBRARY_SORTS, type LibraryQuery } from '../../../interview/library-query';
import { SORT_LABELS, withSort } from '../library-view';

/** The orders the library can be listed in, as links (the current one marked). */
export function SortLinks({ query }: { query: LibraryQuery }) {
  return (
    // Not on paper: links with nowhere to go, the order chosen marked by a background that does not print.
    <nav aria-label="Order" className="text-sm no-js:hidden print:hidden">
      <ul className="flex flex-wrap gap-1">
        {LIBRARY_SORTS.map((sort) => {
          const current = sort === query.sort;
          return (
            <li key={sort}>
              <Link
                to={paths.library(withSort(query, sort))}
                aria-current={current ? 'true' : undefined}
                className={`inline-flex min-h-9 items-center rounded-md px-3 thumb:min-h-11 ${
                  current
                    ? 'bg-stone-800 font-semibold text-white dark:bg-stone-200 dark:text-stone-900'
                    : 'underline underline-offset-2 hover:bg-stone-100 dark:hover:bg-stone-800'
                }`}
              >
                {SORT_LABELS[sort]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
