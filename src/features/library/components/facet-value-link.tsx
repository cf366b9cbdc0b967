import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import type { Facet, FacetValue } from '../../../interview/facets';
import type { LibraryQuery } from '../../../interview/library-query';
import { formatCount } from '../../../lib/format';
import { withFilter } from '../library-view';

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
        <span className="sr-only">{value.count === 1 ? ' interview)' : ' interviews)'}</span>
      </span>
    </Link>
  );
}
