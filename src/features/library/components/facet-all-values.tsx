import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { facetKey, type Facet } from '../../../interview/facets';
import type { LibraryQuery } from '../../../interview/library-query';
import { formatCount } from '../../../lib/format';
import { facetListQueryOptions } from '../api/get-facet-list';
import { FACET_NAMES } from '../library-view';
import { FacetValueLink } from './facet-value-link';

/** More than this many values would make a list nobody scans: typing narrows it. */
const MAX_SHOWN = 100;

/** Every value of a facet, loaded when asked for, with a field that narrows the list as one types. */
export function FacetAllValues({ facet, query }: { facet: Facet; query: LibraryQuery }) {
  const { data, error, refetch, isPending } = useQuery(facetListQueryOptions(facet));
  const [typed, setTyped] = useState('');
  const fieldId = useId();
  const names = FACET_NAMES[facet];
  const keyed = useMemo(
    () => (data?.values ?? []).map((value) => ({ value, match: facetKey(value.label) })),
    [data],
  );

  if (isPending) {
    return (
      <p role="status" className="px-2 py-1 text-sm text-stone-600 dark:text-stone-400">
        Loading every {names.one}…
      </p>
    );
  }
  if (error) {
    return (
      <p role="alert" className="px-2 py-1 text-sm">
        The list of {names.many} could not be loaded.{' '}
        <button type="button" className="underline" onClick={() => void refetch()}>
          Try again
        </button>
      </p>
    );
  }
  const wanted = typed.trim() === '' ? '' : facetKey(typed);
  // By the label as it reads, or by its key (a name in another script typed in Latin letters,
  // as its link reads: "kovalchuk" finds Анна Ковальчук).
  const matching =
    wanted === ''
      ? keyed
      : keyed.filter(({ value, match }) => match.includes(wanted) || value.key.includes(wanted));
  const shown = matching.slice(0, MAX_SHOWN);
  return (
    <div>
      <label htmlFor={fieldId} className="sr-only">
        Find a {names.one}
      </label>
      <input
        id={fieldId}
        type="search"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        placeholder={`Find a ${names.one}`}
        className="mb-1 w-full rounded-md border border-stone-500 bg-white px-2 py-1.5 dark:border-stone-500 dark:bg-stone-900"
      />
      <p aria-live="polite" className="px-2 text-sm text-stone-600 dark:text-stone-400">
        {matching.length > shown.length
          ? `${formatCount(shown.length)} of ${formatCount(matching.length)} shown: type to narrow`
          : matching.length === 0
            ? `No ${names.one} matches`
            : `${formatCount(matching.length)} ${matching.length === 1 ? names.one : names.many}`}
      </p>
      <ul className="max-h-96 overflow-y-auto">
        {shown.map(({ value }) => (
          <li key={value.key}>
            <FacetValueLink facet={facet} value={value} query={query} />
          </li>
        ))}
      </ul>
    </div>
  );
}
