import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useHydrated } from '../../../hooks/use-hydrated';
import { SEARCH_SCOPES, type SearchScope } from '../../../interview/search-units';

const LABELS: Record<SearchScope, string> = {
  all: 'All',
  questions: 'Questions',
  answers: 'Answers',
};

type SearchScopeProps = { scope: SearchScope; onChange: (scope: SearchScope) => void };

/** Where the search looks: everywhere, only the questions or only the answers. */
export function SearchScopeChoice({ scope, onChange }: SearchScopeProps) {
  // The choice shows at once; the URL, and with it `scope`, follows a moment later.
  const [chosen, setChosen] = useState(scope);
  const [seen, setSeen] = useState(scope);
  if (seen !== scope) {
    setSeen(scope);
    setChosen(scope);
  }

  // A choice made on the prerendered page before the app started: React 19
  // keeps the radio checked but does not tell the component (as with typed
  // text, see useSearchField), and its next render put the server's choice
  // back. As the app starts, take it; it reaches the URL once the page has
  // its address (while it hydrates, the page's parameters are not known).
  const group = useRef<HTMLFieldSetElement>(null);
  const early = useRef<SearchScope>(undefined);
  useLayoutEffect(() => {
    const picked = group.current?.querySelector<HTMLInputElement>('input:checked');
    const value = SEARCH_SCOPES.find((option) => option === picked?.value);
    if (picked && !picked.defaultChecked && value) {
      early.current = value;
      setChosen(value);
    }
  }, []);
  const hydrated = useHydrated();
  useEffect(() => {
    const value = early.current;
    if (!hydrated || !value) return;
    early.current = undefined;
    onChange(value);
  }, [hydrated, onChange]);

  return (
    <fieldset
      ref={group}
      // On phones, a strip below the bar while the search has focus. Where the bar is narrow for
      // its text (below 18rem, search-bar.tsx) the choices take two rows rather than overlap.
      className="flex min-w-0 max-md:@max-2xs:flex-wrap max-md:@max-2xs:gap-y-1 max-md:@max-2xs:px-2 font-sans text-sm max-md:absolute max-md:inset-x-0 max-md:top-full max-md:hidden max-md:border-b max-md:border-stone-200 max-md:bg-stone-50 max-md:px-4 max-md:py-2 max-md:shadow-md max-md:group-focus-within/search:flex md:basis-full dark:max-md:border-stone-800 dark:max-md:bg-stone-950"
      // A tap on a choice keeps focus in the field (Safari does not focus radio buttons), so the strip stays.
      onMouseDown={(event) => event.preventDefault()}
    >
      <legend className="sr-only">Search in</legend>
      {/* The chosen box is told by its fill; in forced colours, which drop fills, by the system's
      highlight colours. Each box as wide as its word and an equal share of the room left: three
      equal boxes left "Questions" and "Answers" touching their borders in the 13rem column at
      768 px. */}
      {SEARCH_SCOPES.map((value) => (
        <label
          key={value}
          className="relative flex min-h-11 min-w-11 flex-auto cursor-pointer items-center justify-center border border-stone-300 bg-white px-2 wrap-normal text-stone-700 first:rounded-l-md last:rounded-r-md not-first:-ml-px has-checked:z-10 has-checked:border-sky-700 has-checked:bg-sky-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-700 md:min-h-9 pointer-coarse:min-h-11 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200 dark:has-checked:border-sky-300 dark:has-checked:bg-sky-300 dark:has-checked:text-stone-950 forced-colors:has-checked:border-[Highlight] forced-colors:has-checked:bg-[Highlight] forced-colors:has-checked:text-[HighlightText]"
        >
          <input
            type="radio"
            name="search_scope"
            value={value}
            checked={chosen === value}
            onChange={() => {
              setChosen(value);
              onChange(value);
            }}
            // Over the whole label, invisible: the label shows the choice.
            className="absolute inset-0 cursor-pointer appearance-none opacity-0"
          />
          {LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}
