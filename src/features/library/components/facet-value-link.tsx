import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import type { Facet, FacetValue } from '../../../interview/facets';
import type { LibraryQuery } from '../../../interview/library-query';
import { formatCount } from '../../../lib/format';
import { withFilter } from '../library-view';

/**
 * Whether a facet's numbers may differ from what its links would show: a search, or a filter
 * of another facet, is on. Each number counts the value's interviews in the whole library: within
 * the filters it would need each shown value's positions (4 facets of 12 values: 48 files, some
 * of thousands of positions at 10,000 interviews) at every change of filter.
 */
export function countsWholeLibrary(facet: Facet | undefined, query: LibraryQuery): boolean {
  return query.q.trim() !== '' || Object.keys(query.filters).some((other) => other !== facet);
}

/** A link to the library narrowed to one value, showing how many interviews have it. */
export function FacetValueLink({
  facet,
  value,
  query,
}: {
  facet: Facet;
  value: FacetValue;
  query: LibraryQuery;
}) {
  const selected = query.filters[facet] === value.key;
  return (
    <Link
      to={paths.library(withFilter(query, facet, value.key))}
      aria-current={selected ? 'true' : undefined}
      className={`flex min-h-9 items-center justify-between gap-3 rounded-md px-2 hover:bg-stone-100 thumb:min-h-11 dark:hover:bg-stone-800 ${
        selected ? 'bg-stone-200 font-semibold dark:bg-stone-800' : ''
      }`}
    >
      <span>{value.label}</span>
      <span className="text-sm text-stone-600 tabular-nums dark:text-stone-400">
        <span className="sr-only">(</span>
        {formatCount(value.count)}
        <span className="sr-only">
          {value.count === 1 ? ' interview' : ' interviews'}
          {countsWholeLibrary(facet, query) ? ' in the whole library)' : ')'}
        </span>
      </span>
    </Link>
  );
}
