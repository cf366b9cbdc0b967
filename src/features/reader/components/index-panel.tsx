import { useCallback, useState, type ReactNode } from 'react';

type IndexPanelProps = {
  count: number;
  /** The search bar, above the index. */
  search: ReactNode;
  children: (close: () => void) => ReactNode;
};

/**
 * Holds the search bar and the question index: beside the text and sticky on
 * wide screens; on phones a sticky bar with the search and a "Questions"
 * button that opens the index as a panel.
 */
export function IndexPanel({ count, search, children }: IndexPanelProps) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <div
      data-sticky-bar
      className="sticky top-0 z-20 -mx-4 space-y-2 border-b border-stone-200 bg-stone-50/95 px-4 py-2 backdrop-blur print:hidden lg:top-4 lg:mx-0 lg:max-h-[calc(100vh-2rem)] lg:space-y-4 lg:self-start lg:overflow-y-auto lg:border-0 lg:bg-transparent lg:p-1 lg:backdrop-blur-none dark:border-stone-800 dark:bg-stone-950/95 lg:dark:bg-transparent"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          close();
          document.getElementById('question_index_toggle')?.focus();
        }
      }}
    >
      {search}
      <button
        id="question_index_toggle"
        type="button"
        aria-expanded={open}
        aria-controls="question_index"
        onClick={() => setOpen(!open)}
        className="inline-flex items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-1.5 font-sans text-sm font-medium lg:hidden dark:border-stone-700 dark:bg-stone-900"
      >
        Questions ({count})
      </button>
      <nav
        id="question_index"
        aria-labelledby="question_index_heading"
        className={`${open ? 'block' : 'hidden'} absolute inset-x-0 top-full max-h-[70vh] overflow-y-auto border-b border-stone-200 bg-stone-50 px-4 py-4 shadow-lg lg:static lg:block lg:max-h-none lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none dark:border-stone-800 dark:bg-stone-950 lg:dark:bg-transparent`}
      >
        <h2 id="question_index_heading" className="mb-3 font-sans text-base font-semibold">
          Questions
        </h2>
        {children(close)}
      </nav>
    </div>
  );
}
