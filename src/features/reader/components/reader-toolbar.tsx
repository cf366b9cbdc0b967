type ReaderToolbarProps = {
  onExpandAll: () => void;
  onCollapseAll: () => void;
  onCiteInterview: () => void;
  onMakeLesson: () => void;
  onPrint: () => void;
};

const buttonClass =
  'min-h-11 rounded-md border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';

/** Expand or collapse every section, cite the interview, make a lesson link, print a handout. */
export function ReaderToolbar(props: ReaderToolbarProps) {
  return (
    <div className="mt-8 font-sans text-sm print:hidden">
      <div className="flex flex-wrap gap-2">
        <div role="group" aria-label="Sections" className="flex gap-2">
          <button type="button" className={buttonClass} onClick={props.onExpandAll}>
            Expand all
          </button>
          <button type="button" className={buttonClass} onClick={props.onCollapseAll}>
            Collapse all
          </button>
        </div>
        <button type="button" className={buttonClass} onClick={props.onCiteInterview}>
          Cite this interview
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
          Print handout
        </button>
      </div>
    </div>
  );
}
