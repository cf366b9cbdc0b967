import { useRef, useState, type KeyboardEvent } from 'react';
import { FACETS } from '../../../interview/facets';
import type { LibrarySummary } from '../../../interview/library-files';
import type { LibraryQuery } from '../../../interview/library-query';
import { FacetGroup } from './facet-group';
import { countsWholeLibrary } from './facet-value-link';

/**
 * The library's filters: beside the list on wide screens, behind a "Filter" button on phones
 * (without JavaScript, a checkbox labelled the same). Escape closes them on a phone, back to the
 * button, as a disclosure's keyboard users expect.
 */
export function FacetPanel({ summary, query }: { summary: LibrarySummary; query: LibraryQuery }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    const button = toggle.current;
    const { key, target } = event;
    // Beside the list (the button not shown) there is nothing to close. In "Find a person" with
    // words in it, Escape is the browser's, which clears them; the next one closes.
    if (key !== 'Escape' || !open || !button?.getClientRects().length) return;
    if (target instanceof HTMLInputElement && target.value) return;
    setOpen(false);
    button.focus();
  };
  const active = Object.keys(query.filters).length;
  const toggleText = active > 0 ? `Filter (${active} on)` : 'Filter';
  return (
    <section aria-labelledby="library_filter_heading" onKeyDown={closeOnEscape}>
      <h2
        id="library_filter_heading"
        className="sr-only lg:not-sr-only lg:mb-3 lg:text-lg lg:font-semibold"
      >
        Filter the library
      </h2>
      {/* Without JavaScript the button cannot open them: on a phone a checkbox does, so that the
          interviews come first on the screen rather than below every filter. */}
      <input
        id="library_facets_toggle"
        type="checkbox"
        className="peer hidden size-6 align-middle no-js:max-lg:inline-block"
      />
      <label
        htmlFor="library_facets_toggle"
        className="hidden min-h-11 cursor-pointer items-center pl-2 align-middle font-medium no-js:max-lg:inline-flex"
      >
        {toggleText}
      </label>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls="library_facets"
        onClick={() => setOpen(!open)}
        className="min-h-11 rounded-md border border-stone-300 px-4 font-medium hover:bg-stone-100 lg:hidden no-js:hidden dark:border-stone-700 dark:hover:bg-stone-800"
      >
        {toggleText}
      </button>
      <div
        id="library_facets"
        className={`mt-3 space-y-5 lg:mt-0 ${open ? '' : 'hidden lg:block no-js:max-lg:peer-checked:block'}`}
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
