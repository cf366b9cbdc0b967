import type { RefObject } from 'react';
import { useHref } from 'react-router-dom';
import { libraryPath, paths } from '../../../config/paths';
import { FACETS, type Facet } from '../../../interview/facets';

/** Starts loading the search (its code, then the index) before the first word is typed. */
function warmUp() {
  import('../api/pagefind').then(({ loadPagefind }) => loadPagefind()).catch(() => undefined);
}

/**
 * What of its address a native submit keeps (src/features/search/early-submit.ts):
 * the filters and the order, not the page, as a new search starts at its first.
 */
const KEPT_PARAMS = [...FACETS, 'sort'].join(' ');

type LibrarySearchFieldProps = {
  field: RefObject<HTMLInputElement | null>;
  text: string;
  onTextChange: (text: string) => void;
  /** Puts the words in the URL now, rather than when typing settles. */
  onCommit: () => void;
  /** The library's filters in force: a search sent before the app starts keeps them. */
  filters: Partial<Record<Facet, string>>;
  /** What the page shows read without JavaScript (shownWithoutScript). */
  shown: string;
};

/**
 * The library's search box: words across every interview. Before the app has
 * started, Enter sends it as a form, to the library with the words as `q`.
 */
export function LibrarySearchField({
  field,
  text,
  onTextChange,
  onCommit,
  filters,
  shown,
}: LibrarySearchFieldProps) {
  // Sent as a form, to the page of the address's filter when it has one (a
  // person's page keeps its person: a form's action cannot hold a query
  // string, whose parameters the head script keeps instead).
  const library = useHref(libraryPath({ filters }) ?? paths.library());
  return (
    <>
      <form
        role="search"
        aria-label="All interviews"
        action={library}
        data-keep-params={KEPT_PARAMS}
        // Not on paper: its label printed without the field.
        className="mb-8 no-js:hidden print:hidden"
        onSubmit={(event) => {
          event.preventDefault();
          onCommit();
        }}
      >
        <label htmlFor="library_search" className="mb-1 block font-semibold">
          Search all interviews
        </label>
        <input
          ref={field}
          id="library_search"
          type="search"
          name="q"
          value={text}
          autoComplete="off"
          spellCheck={false}
          placeholder="Words, names, places"
          // The index starts loading when the field is first used, not with the page.
          onFocus={warmUp}
          onChange={(event) => onTextChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && text !== '') {
              event.preventDefault();
              onTextChange('');
            }
          }}
          className="min-h-11 w-full max-w-xl rounded-md border border-stone-500 bg-white px-3 text-base text-stone-900 placeholder:text-stone-500 dark:border-stone-500 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400"
        />
      </form>
      {/* The library's pages and each facet value's are pages of the site; a search, another
          order or a second filter is a query string, which a static host answers with the page
          of its path and JavaScript alone applies: said to a reader without it, instead of a
          search field that would bring the same page back. Not on paper, where nothing is searched. */}
      {/* The page cannot read its address's query string without JavaScript either: it says
          what it shows, so a reader who followed a shared link with a search or filters knows
          they were not applied. */}
      <p className="mb-8 hidden rounded-md border border-stone-300 px-3 py-2 text-sm text-stone-700 no-js:block no-js:print:hidden dark:border-stone-700 dark:text-stone-300">
        Search, the other orders and more than one filter at a time need JavaScript, which is off: a
        search, an order or filters in this page’s address after “?” (as a shared link may have)
        were not applied. Shown: {shown}.
      </p>
    </>
  );
}
