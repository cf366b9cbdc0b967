import { useCallback } from 'react';
import type { ReaderParams } from '../../../config/paths';
import type { SearchScope } from '../../../interview/search-units';
import { useSearchField } from '../hooks/use-search-field';
import { useSlashToFocus } from '../hooks/use-slash-to-focus';
import { ArrowIcon, CloseIcon } from './reader-icons';
import type { SearchControls } from './reader-nav';
import { SearchScopeChoice } from './search-scope';

type SearchBarProps = {
  /** The query in the URL, which the matches below are for. */
  query: string;
  scope: SearchScope;
  /** Puts the query or the scope in the URL. */
  onCommit: (change: Pick<Partial<ReaderParams>, 'q' | 'scope'>) => void;
  /** Called when the reader is about to search (the search starts loading). */
  onPrepare: () => void;
  /** Whether the search has loaded for this query (it loads on first use). */
  loadStatus: 'idle' | 'loading' | 'failed' | 'ready';
  total: number;
  /** 0-based index of the current match. */
  current: number;
  onStep: (step: 1 | -1) => void;
  /** Opening and closing the search in the phone bar. */
  controls: SearchControls;
};

// From 768 px a mouse's size beside the text; a finger's there too (a tablet, a phone held sideways).
// In the phone bar's two rows (below) a finger's size, 44 px, however large the text: at 200% the
// three buttons' 88 px each left the count no room.
const iconButton =
  'inline-flex size-11 shrink-0 max-md:@max-2xs:size-[44px] items-center justify-center rounded-md text-stone-700 hover:bg-stone-200 md:size-9 pointer-coarse:size-11 md:border md:border-stone-300 md:bg-white dark:text-stone-200 dark:hover:bg-stone-800 md:dark:border-stone-700 md:dark:bg-stone-900';

/**
 * Search inside the interview: "/" focuses it, Enter and Shift+Enter step
 * through matches, Escape clears and closes it. In the phone bar it is one
 * row, with where to search below it while the field has focus.
 */
export function SearchBar(props: SearchBarProps) {
  const { query, scope, onCommit, total, current, onStep, controls } = props;
  const commitQuery = useCallback((q: string) => onCommit({ q }), [onCommit]);
  const { field, text, setText, pending, flush } = useSearchField(query, commitQuery);
  useSlashToFocus(field, controls.open);
  const close = () => {
    setText('');
    onCommit({ q: '' });
    controls.close();
  };
  // Said while the search loads, builds its index or marks the matches (a
  // long interview's first search takes a second or two): not while typing.
  const status =
    props.loadStatus === 'failed'
      ? 'Search could not load: reload the page'
      : text.trim() === '' || pending
        ? ''
        : props.loadStatus === 'loading'
          ? 'Searching…'
          : total === 0
            ? 'No matches'
            : `${current + 1} of ${total}`;

  return (
    <div
      role="search"
      aria-label="Search this interview"
      // In the phone bar one row, unless the bar is narrower than 18rem (320 px with text at 112%
      // or more): the field then has a row of its own, and the count, the arrows and Close the
      // next; in one row at 320 px with text at 200% they ran 78 px past the screen's edge.
      className="group/search flex h-full min-w-0 items-center gap-0.5 font-sans text-sm max-md:@max-2xs:flex-wrap max-md:@max-2xs:py-1 md:flex-wrap md:gap-2"
    >
      <label htmlFor="reader_search" className="sr-only">
        Search this interview
      </label>
      <div className="relative min-w-0 flex-1 max-md:@max-2xs:basis-full md:basis-full">
        <input
          ref={field}
          id="reader_search"
          type="search"
          // The page's head script answers "/" with this field before the app starts.
          data-slash-focus
          value={text}
          placeholder="Search this interview"
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby="reader_search_status"
          onChange={(event) => setText(event.target.value)}
          onFocus={props.onPrepare}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            } else if (event.key === 'Enter') {
              event.preventDefault();
              if (pending) flush();
              else onStep(event.shiftKey ? -1 : 1);
            }
          }}
          className="h-11 w-full rounded-md border border-stone-500 bg-white px-2.5 text-base max-md:[&::-webkit-search-cancel-button]:appearance-none text-stone-900 placeholder:text-stone-500 md:h-9 md:pr-8 pointer-coarse:h-11 md:text-sm dark:border-stone-500 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400"
        />
        {text === '' && (
          // The shortcut, for keyboards; touch screens have no "/" to press.
          <kbd
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-stone-300 px-1.5 font-sans text-xs text-stone-600 group-focus-within/search:hidden md:pointer-fine:inline dark:border-stone-600 dark:text-stone-400"
          >
            /
          </kbd>
        )}
      </div>
      <span
        id="reader_search_status"
        role="status"
        className="shrink-0 px-1 text-center whitespace-nowrap text-stone-700 tabular-nums max-md:@max-2xs:flex-1 max-md:@max-2xs:text-left max-md:@max-2xs:whitespace-normal md:flex-1 md:px-0 md:text-left dark:text-stone-300"
      >
        {status}
      </span>
      {/* Stepping needs two matches: with one or none there is nothing to step to. */}
      {total > 1 && (
        <>
          <button
            type="button"
            className={iconButton}
            onClick={() => onStep(-1)}
            aria-label="Previous match"
          >
            <ArrowIcon direction="up" />
          </button>
          <button
            type="button"
            className={iconButton}
            onClick={() => onStep(1)}
            aria-label="Next match"
          >
            <ArrowIcon direction="down" />
          </button>
        </>
      )}
      <button type="button" className={`${iconButton} md:hidden`} onClick={close}>
        <CloseIcon />
        <span className="sr-only">Close search</span>
      </button>
      <SearchScopeChoice scope={scope} onChange={(next) => onCommit({ scope: next })} />
    </div>
  );
}
