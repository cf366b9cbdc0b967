import type { RefObject } from 'react';

/** Starts loading the search (its code, then the index) before the first word is typed. */
function warmUp() {
  import('../api/pagefind').then(({ loadPagefind }) => loadPagefind()).catch(() => undefined);
}

type LibrarySearchFieldProps = {
  field: RefObject<HTMLInputElement | null>;
  text: string;
  onTextChange: (text: string) => void;
  /** Puts the words in the URL now, rather than when typing settles. */
  onCommit: () => void;
};

/** The library's search box: words across every interview. */
export function LibrarySearchField({
  field,
  text,
  onTextChange,
  onCommit,
}: LibrarySearchFieldProps) {
  return (
    <form
      role="search"
      aria-label="All interviews"
      className="mb-8"
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
        className="min-h-11 w-full max-w-xl rounded-md border border-stone-400 bg-white px-3 text-base text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400"
      />
    </form>
  );
}
