import { useCallback, useRef } from 'react';
import type { ReaderParams } from '../../../config/paths';
import type { SearchScope } from '../../../interview/search-units';
import { useSearchField } from '../hooks/use-search-field';
import { SearchScopeChoice } from './search-scope';
import { useSlashToFocus } from '../hooks/use-slash-to-focus';

type SearchBarProps = {
  /** The query in the URL, which the matches below are for. */
  query: string;
  scope: SearchScope;
  /** Puts the query or the scope in the URL. */
  onCommit: (change: Pick<Partial<ReaderParams>, 'q' | 'scope'>) => void;
  /** Called when the reader is about to search (the stemmer starts loading). */
  onPrepare: () => void;
  /** Whether the search has loaded for this query (it loads on first use). */
  loadStatus: 'idle' | 'loading' | 'failed' | 'ready';
  total: number;
  /** 0-based index of the current match. */
  current: number;
  onStep: (step: 1 | -1) => void;
};

const stepButton =
  'inline-flex size-8 items-center justify-center rounded-md border border-stone-300 bg-white text-stone-700 hover:bg-stone-100 disabled:opacity-40 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-800';

/** Search inside the interview: "/" focuses it, Enter and Shift+Enter step through matches, Escape clears. */
export function SearchBar(props: SearchBarProps) {
  const { query, scope, onCommit, total, current, onStep } = props;
  const field = useRef<HTMLInputElement>(null);
  const commitQuery = useCallback((q: string) => onCommit({ q }), [onCommit]);
  const { text, setText, pending, flush } = useSearchField(query, commitQuery);
  useSlashToFocus(field);
  const status =
    props.loadStatus === 'failed'
      ? 'Search could not load: reload the page'
      : text.trim() === '' || pending || props.loadStatus === 'loading'
        ? ''
        : total === 0
          ? 'No matches'
          : `${current + 1} of ${total}`;

  return (
    <div
      role="search"
      aria-label="Search this interview"
      className="flex min-w-0 flex-1 flex-wrap items-center gap-1.5 font-sans text-sm"
    >
      <label htmlFor="reader_search" className="sr-only">
        Search this interview
      </label>
      <input
        ref={field}
        id="reader_search"
        type="search"
        value={text}
        placeholder="Search (press /)"
        autoComplete="off"
        aria-describedby="reader_search_status"
        onChange={(event) => setText(event.target.value)}
        onFocus={props.onPrepare}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            setText('');
            onCommit({ q: '' });
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (pending) flush();
            else onStep(event.shiftKey ? -1 : 1);
          }
        }}
        className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2.5 lg:w-full lg:flex-none py-1.5 text-base text-stone-900 placeholder:text-stone-500 sm:text-sm dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400"
      />
      <span
        id="reader_search_status"
        role="status"
        className="min-w-[4.5rem] text-center whitespace-nowrap lg:flex-1 lg:text-left text-stone-700 tabular-nums dark:text-stone-300"
      >
        {status}
      </span>
      <button
        type="button"
        className={stepButton}
        disabled={total === 0}
        onClick={() => onStep(-1)}
        aria-label="Previous match"
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className={stepButton}
        disabled={total === 0}
        onClick={() => onStep(1)}
        aria-label="Next match"
      >
        <span aria-hidden="true">↓</span>
      </button>
      <SearchScopeChoice scope={scope} onChange={(next) => onCommit({ scope: next })} />
    </div>
  );
}
