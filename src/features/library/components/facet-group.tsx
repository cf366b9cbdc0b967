import { useId, useState } from 'react';
import type { Facet, FacetValue } from '../../../interview/facets';
import type { LibraryQuery } from '../../../interview/library-query';
import { formatCount } from '../../../lib/format';
import { FACET_NAMES } from '../library-view';
import { FacetAllValues } from './facet-all-values';
import { FacetValueLink } from './facet-value-link';

type FacetGroupProps = {
  facet: Facet;
  /** The facet's most common values (years: the latest). */
  top: FacetValue[];
  /** How many values the facet has in all. */
  valueCount: number;
  query: LibraryQuery;
};

/** One facet: its common values as filter links, and all of them when asked for. */
export function FacetGroup({ facet, top, valueCount, query }: FacetGroupProps) {
  const [showAll, setShowAll] = useState(false);
  const headingId = useId();
  const names = FACET_NAMES[facet];
  if (valueCount === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-1 font-semibold">
        {names.heading}
      </h3>
      {showAll ? (
        <FacetAllValues facet={facet} query={query} />
      ) : (
        <ul>
          {top.map((value) => (
            <li key={value.key}>
              <FacetValueLink facet={facet} value={value} query={query} />
            </li>
          ))}
        </ul>
      )}
      {/* Without JavaScript the button cannot list the rest: the list says it is not all of them,
          rather than pass for every topic, person and publication of the library. */}
      {valueCount > top.length && !showAll && (
        <p className="mt-1 hidden text-sm text-stone-600 no-js:block dark:text-stone-400">
          {facet === 'year'
            ? `The latest ${formatCount(top.length)} of ${formatCount(valueCount)} ${names.many}`
            : `The ${formatCount(top.length)} most common of ${formatCount(valueCount)} ${names.many}`}{' '}
          are listed here: the full list needs JavaScript.
        </p>
      )}
      {valueCount > top.length && (
        <button
          type="button"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
          className="mt-1 min-h-9 rounded-md px-2 text-sm no-js:hidden font-medium text-sky-800 underline underline-offset-2 hover:bg-stone-100 thumb:min-h-11 dark:text-sky-300 dark:hover:bg-stone-800"
        >
          {showAll
            ? `Show the most common ${names.many}`
            : `Show all ${formatCount(valueCount)} ${names.many}`}
        </button>
      )}
    </section>
  );
}
