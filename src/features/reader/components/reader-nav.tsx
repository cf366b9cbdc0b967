import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { PAGE_TITLE_ID } from '../../../hooks/use-reveal-on-navigate';
import { focusTarget } from '../../../lib/focus';
import { scrollMotion } from '../../../lib/landing';
import { plural } from '../../../lib/format';
import { useScrolledPast } from '../hooks/use-scrolled-past';
import { ListIcon, SearchIcon, TopIcon } from './reader-icons';

/** What the reader is reading, for the bar: the section and the question's place. */
export type Reading = { sectionLabel: string; questionNumber: number | undefined };

/** What the search gets from the bar: a way to open it (the "/" key) and to close it. */
export type SearchControls = { open: () => void; close: () => void };

type ReaderNavProps = {
  /** Questions shown. */
  count: number;
  reading: Reading | undefined;
  /** A search is in the URL: on phones the bar shows it. */
  searching: boolean;
  /** The reading progress bar, which useReadingProgress fills. */
  progress: RefObject<HTMLDivElement | null>;
  search: (controls: SearchControls) => ReactNode;
  children: (close: () => void) => ReactNode;
};

const barButton =
  'size-11 shrink-0 items-center justify-center rounded-md text-stone-700 hover:bg-stone-200 dark:text-stone-200 dark:hover:bg-stone-800';

/** Back to the top of the page, where focus goes to the title. */
function backToTop() {
  window.scrollTo({ top: 0, behavior: scrollMotion() });
  const title = document.getElementById(PAGE_TITLE_ID);
  if (title) focusTarget(title);
}

/**
 * The reader's navigation: on phones a one-row sticky bar (56 px) that names
 * the section being read over its reading progress, opens the question index
 * and the search, and goes back to the top; from 768 px a sticky column
 * beside the text with the progress, the search and the index. Without
 * JavaScript it is not shown (its buttons would do nothing): a copy of the
 * index follows the text instead (index-without-script.tsx).
 */
export function ReaderNav(props: ReaderNavProps) {
  const { count, reading, searching, progress, search, children } = props;
  const [indexOpen, setIndexOpen] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);
  const showSearch = searchOpen || searching;
  const scrolled = useScrolledPast(400);
  const root = useRef<HTMLDivElement>(null);
  const closeIndex = useCallback(() => setIndexOpen(false), []);

  // A tap or click outside the open index closes it.
  useEffect(() => {
    if (!indexOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) closeIndex();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [indexOpen, closeIndex]);

  // The index opens at the question being read (scrolling the panel only, not the page).
  useEffect(() => {
    const panel = document.getElementById('question_index');
    const entry = panel?.querySelector<HTMLElement>('[aria-current]');
    if (!indexOpen || !panel || !entry) return;
    const offset = entry.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    panel.scrollTop += offset - panel.clientHeight / 3;
  }, [indexOpen]);

  const controls: SearchControls = {
    open: () => {
      // Rendered at once, so the field takes focus within the tap (phones show their keyboard only then).
      flushSync(() => {
        setSearchOpen(true);
        setIndexOpen(false);
      });
      document.getElementById('reader_search')?.focus({ preventScroll: true });
    },
    close: () => {
      setSearchOpen(false);
      requestAnimationFrame(() =>
        document.getElementById('search_open')?.focus({ preventScroll: true }),
      );
    },
  };

  return (
    <div
      ref={root}
      // Links land just below it (see landing in the app shell).
      data-sticky-bar
      className="sticky top-0 z-20 -mx-4 flex min-h-14 flex-col justify-center border-b border-stone-200 bg-stone-50/95 px-2 backdrop-blur print:hidden md:top-4 md:mx-0 md:block md:max-h-[calc(100vh-2rem)] md:self-start md:overflow-y-auto md:border-0 md:bg-transparent md:p-1 md:backdrop-blur-none dark:border-stone-800 dark:bg-stone-950/95 md:dark:bg-transparent"
      // Focus leaving the bar (Tab past the index's last entry) closes the index: the open
      // panel covers the page below the bar, so the control focused next was hidden under
      // it. Not when the window itself loses focus (no control takes it).
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (indexOpen && next instanceof Node && !root.current?.contains(next)) closeIndex();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && indexOpen) {
          closeIndex();
          document.getElementById('question_index_toggle')?.focus({ preventScroll: true });
        }
      }}
    >
      {/* The page keeps a scroll padding the height of this bar (see landing), so the
          browser would scroll the page to "reveal" a control that gets focus in it: a
          negative scroll margin tells it they are in view already. */}
      <div className="flex h-full items-center gap-1 max-md:[&_*]:scroll-mt-[-100px] md:h-auto md:flex-col md:items-stretch md:gap-3">
        <button
          id="question_index_toggle"
          type="button"
          aria-expanded={indexOpen}
          aria-controls="question_index"
          onClick={() => setIndexOpen(!indexOpen)}
          className={`h-11 min-w-0 flex-1 items-center gap-2 rounded-md px-2 text-left font-sans hover:bg-stone-200 md:hidden dark:hover:bg-stone-800 ${showSearch ? 'hidden' : 'flex'}`}
        >
          <ListIcon />
          {reading && <span className="sr-only">Questions: </span>}
          <span className="min-w-0 leading-tight">
            <span className="block truncate text-sm font-semibold">
              {reading?.sectionLabel ?? 'Questions'}
            </span>
            <span className="block truncate text-xs text-stone-600 dark:text-stone-400">
              {reading?.questionNumber
                ? `Question ${reading.questionNumber} of ${count}`
                : plural(count, 'question')}
            </span>
          </span>
        </button>
        {/* A container: the search lays itself out by its width in rem (search-bar.tsx), so that
            text made larger makes it two rows where one no longer fits. */}
        <div
          className={`@container min-w-0 flex-1 no-js:hidden md:block ${showSearch ? 'block' : 'hidden'}`}
        >
          {search(controls)}
        </div>
        <button
          id="search_open"
          type="button"
          onClick={controls.open}
          className={`${barButton} md:hidden ${showSearch ? 'hidden' : 'inline-flex'}`}
        >
          <SearchIcon />
          <span className="sr-only">Search this interview</span>
        </button>
        {/* Reading progress and back to top: along the bar's lower edge and at its end on
            phones, a line of their own above the search beside the text. */}
        <div className="max-md:contents no-js:hidden md:order-first md:flex md:items-center md:gap-2">
          <div
            ref={progress}
            role="progressbar"
            aria-label="Reading progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={0}
            className="absolute inset-x-0 bottom-0 h-[3px] overflow-hidden md:static md:h-1 md:flex-1 md:rounded-full md:bg-stone-200 md:dark:bg-stone-800"
          >
            <div className="h-full origin-left scale-x-(--progress,0) bg-sky-700 motion-safe:transition-transform dark:bg-sky-400" />
          </div>
          <button
            type="button"
            onClick={backToTop}
            // Kept in place while hidden, so the bar does not shift when it appears.
            className={`${barButton} md:inline-flex md:h-9 md:w-auto pointer-coarse:h-11 md:gap-1.5 md:px-2 md:font-sans md:text-sm ${scrolled ? '' : 'invisible'} ${showSearch ? 'hidden' : 'inline-flex'}`}
          >
            <TopIcon />
            <span className="max-md:sr-only">Back to top</span>
          </button>
        </div>
      </div>
      <nav
        id="question_index"
        aria-labelledby="question_index_heading"
        className={`${indexOpen ? 'block' : 'hidden'} absolute inset-x-0 top-full max-md:[&_a]:scroll-mt-[-12px] max-h-[calc(100dvh-3.5rem)] overflow-y-auto overscroll-contain border-b border-stone-200 bg-stone-50 px-4 py-4 shadow-lg md:static md:mt-6 md:block md:max-h-none md:border-0 md:bg-transparent md:p-0 md:shadow-none dark:border-stone-800 dark:bg-stone-950 md:dark:bg-transparent`}
      >
        <h2 id="question_index_heading" className="mb-3 font-sans text-base font-semibold">
          Questions
        </h2>
        {children(closeIndex)}
      </nav>
    </div>
  );
}
