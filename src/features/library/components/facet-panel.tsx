import { useState } from 'react';
import { FACETS } from '../../../interview/facets';
import type { LibrarySummary } from '../../../interview/library-files';
import type { LibraryQuery } from '../../../interview/library-query';
import { FacetGroup } from './facet-group';
import { countsWholeLibrary } from './facet-value-link';

/** The library's filters: beside the list on wide screens, behind a "Filter" button on phones. */
export function FacetPanel({ summary, query }: { summary: LibrarySummary; query: LibraryQuery }) {
  const [open, setOpen] = useState(false);
  const active = Object.keys(query.filters).length;
  return (
    <section aria-labelledby="library_filter_heading">
      <h2
        id="library_filter_heading"
        className="sr-only lg:not-sr-only lg:mb-3 lg:text-lg lg:font-semibold"
      >
        Filter the library
      </h2>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="library_facets"
        onClick={() => setOpen(!open)}
        className="min-h-11 rounded-md border border-stone-300 px-4 font-medium hover:bg-stone-100 lg:hidden no-js:hidden dark:border-stone-700 dark:hover:bg-stone-800"
      >
        {active > 0 ? `Filter (${active} on)` : 'Filter'}
      </button>
      <div
        id="library_facets"
        // Without JavaScript the button cannot open them: they show.
        className={`mt-3 space-y-5 lg:mt-0 ${open ? '' : 'hidden lg:block no-js:block'}`}
      >
        {countsWholeLibrary(undefined, query) && (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Numbers count the whole library, not only the results shown.
          </p>
        )}
        {FACETS.map((facet) => (
          <FacetGroup
            key={facet}
            facet={facet}
            top={summary.facets[facet].top}
            valueCount={summary.facets[facet].values}
            query={query}
          />
        ))}
      </div>
    </section>
  );
}
