type ReaderToolbarProps = {
  onExpandAll: () => void;
  onCollapseAll: () => void;
  onCiteInterview: () => void;
  onMakeLesson: () => void;
  onPrint: () => void;
};

const buttonClass =
  'min-h-11 rounded-md border border-stone-300 bg-white px-2.5 py-1 hover:bg-stone-100 md:min-h-9 pointer-coarse:min-h-11 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800';

/**
 * Expand or collapse every section (collapsed, they are an outline), cite the
 * interview, make a lesson link, print a handout: at the top of the text,
 * before the intro; not on a page read without JavaScript, where they would do nothing.
 * Two groups that each keep to one row: where the five do not fit on one, they
 * wrap as two rows of two and three, never one button alone. On a phone "Cite"
 * and "Print" keep their full names for screen readers (all three of the second
 * group fit 288 px: a 320 px screen).
 */
export function ReaderToolbar(props: ReaderToolbarProps) {
  return (
    <div data-pagefind-ignore className="mt-4 font-sans text-sm print:hidden no-js:hidden md:mt-0">
      <div className="flex flex-wrap gap-1.5">
        <div role="group" aria-label="Sections" className="flex gap-1.5">
          <button type="button" className={buttonClass} onClick={props.onExpandAll}>
            Expand all
          </button>
          <button type="button" className={buttonClass} onClick={props.onCollapseAll}>
            Collapse all
          </button>
        </div>
        <div className="flex gap-1.5">
          <button type="button" className={buttonClass} onClick={props.onCiteInterview} data-cite>
            Cite<span className="max-sm:sr-only"> this interview</span>
          </button>
          <button
            type="button"
            className={buttonClass}
            aria-haspopup="dialog"
            onClick={props.onMakeLesson}
          >
            Make a lesson link
          </button>
          <button type="button" className={buttonClass} onClick={props.onPrint}>
            Print<span className="max-sm:sr-only"> handout</span>
          </button>
        </div>
      </div>
    </div>
  );
}
