import { useCallback, useRef, useState } from 'react';
import type { Facet } from '../../../interview/facets';
import { formatCount } from '../../../lib/format';
import { useOnReconnect } from '../../offline/hooks/use-on-reconnect';
import { useOnline } from '../../offline/hooks/use-online';
import { SearchUnavailableError } from '../api/pagefind';
import { useDebounced } from '../hooks/use-debounced';
import { TYPING_PAUSE_MS, useLibrarySearch } from '../hooks/use-library-search';
import { SearchResult } from './search-result';

type SearchResultsProps = {
  /** The words as typed (the URL follows once typing settles). */
  query: string;
  filters: Partial<Record<Facet, string>>;
  /** The id of the results heading, where links land. */
  headingId: string;
};

/** What the library shows while a search is on: interviews by relevance, ten at a time. */
export function SearchResults({ query, filters, headingId }: SearchResultsProps) {
  const search = useLibrarySearch(query, filters);
  const pages = search.data?.pages ?? [];
  const total = pages[0]?.total ?? 0;
  const interviews = pages.flatMap((page) => page.interviews);
  // The words of the results shown: while new ones load, the previous
  // results stay (dimmed), with their own words, not the ones being typed.
  const words = `“${pages[0]?.query ?? search.settled}”`;
  // Offline, the search has only the parts of its index kept on this device
  // (Pagefind skips the chunks it cannot fetch): say so, and search again
  // once the network is back.
  const online = useOnline();
  // Also every few seconds while it fails: the first try after the 'online'
  // event can still find the network down (1 run in 3 did in Chromium).
  useOnReconnect(!online || search.error !== null, () => void search.refetch(), {
    pollMs: 3_000,
  });

  // The best matches so far of a search still going on (a large library).
  const searched = pages[0]?.searched;
  // Interviews of the page still to come, below the ones shown.
  const loading = pages.some((page) => page.loading !== undefined);
  // Results of other words than the box's, while the new ones come: dimmed
  // after a moment, as a search at each keystroke often answers within it.
  const stale = search.typing || search.isPlaceholderData;
  // "Show more" goes on at the first interview it adds: its title's link takes the focus as it
  // comes, so the next Tab reads on from there. The button stays enabled while they load
  // (aria-disabled): disabled, it lost the focus to the page's top, where Tab started again.
  const more = useRef<HTMLButtonElement>(null);
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const focusFirstAdded = useCallback((item: HTMLLIElement | null) => {
    if (!item) return;
    // Unless the reader has gone elsewhere meanwhile (back to the search field, say).
    const active = document.activeElement;
    if (active === more.current || active === document.body || active === null)
      item.querySelector('a')?.focus();
    setFocusFrom(null);
  }, []);
  // What a screen reader hears: the heading, once typing pauses and the
  // results shown are the box's words' (not those of each word half typed).
  const typed = query.trim();
  const paused = useDebounced(typed, TYPING_PAUSE_MS) === typed;
  const current = search.error !== null || (pages[0]?.query ?? typed) === typed;

  let heading: string;
  if (search.error) heading = online ? 'Search is not available' : 'Search needs the network';
  else if (pages.length === 0) heading = 'Searching…';
  else if (total === 0 && searched) heading = `Searching for ${words}…`;
  else if (total === 0 && !online) heading = `Nothing found offline for ${words}`;
  else if (total === 0) heading = `No interview matches ${words}`;
  else
    heading = `${formatCount(total)} ${total === 1 ? 'interview matches' : 'interviews match'} ${words}${searched ? ' so far' : ''}`;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} className="mb-3 text-lg font-semibold outline-none">
        {heading}
      </h2>
      <p role="status" className="sr-only">
        {paused && current && !stale ? heading : ''}
      </p>
      {searched && !search.error && (
        <p className="mb-4 text-stone-700 dark:text-stone-300">
          {Number.isFinite(searched.interviews) && Number.isFinite(searched.of)
            ? `Still searching: ${formatCount(searched.interviews)} of ${formatCount(searched.of)} interviews searched. `
            : 'Still searching the rest of the library. '}
          {total > 0 && 'These are the best matches so far.'}
        </p>
      )}
      {!online && !search.error && pages.length > 0 && (
        <p className="mb-4 text-stone-700 dark:text-stone-300">
          You are offline: this search covers only what is saved on this device, and may miss
          interviews. It searches again when you are back online.
        </p>
      )}
      {search.error ? (
        <div className="space-y-2">
          <p>
            {!online
              ? 'You are offline, and the search index is not saved on this device. Search works again when you are back online; interviews opened here before still read.'
              : search.error instanceof SearchUnavailableError
                ? search.error.message
                : 'The search could not be completed.'}
          </p>
          <button
            type="button"
            onClick={() => void search.refetch()}
            className="min-h-11 rounded-md border border-stone-300 px-4 font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
          >
            Try again
          </button>
        </div>
      ) : (
        <ul
          className={`space-y-6 transition-opacity ${stale ? 'opacity-60 delay-150' : ''}`}
          aria-busy={search.typing || search.isFetching || loading}
        >
          {interviews.map((result, index) => (
            <li key={result.interviewId} ref={index === focusFrom ? focusFirstAdded : undefined}>
              <SearchResult result={result} />
            </li>
          ))}
        </ul>
      )}
      {search.hasNextPage && (
        <p className="mt-6 text-center">
          <button
            ref={more}
            type="button"
            aria-disabled={search.isFetchingNextPage || undefined}
            onClick={() => {
              if (search.isFetchingNextPage) return;
              setFocusFrom(interviews.length);
              void search.fetchNextPage();
            }}
            className="min-h-11 rounded-md border border-stone-300 px-4 font-medium hover:bg-stone-100 aria-disabled:opacity-60 dark:border-stone-700 dark:hover:bg-stone-800"
          >
            {search.isFetchingNextPage
              ? 'Loading more…'
              : `Show more (${formatCount(interviews.length)} of ${formatCount(total)} shown)`}
          </button>
        </p>
      )}
    </section>
  );
}
