import { useState, type ReactNode } from 'react';

type ReaderToolbarProps = {
  onExpandAll: () => void;
  onCollapseAll: () => void;
  onCiteInterview: () => void;
  /** The lesson-link builder, shown when asked for. */
  lessonBuilder: ReactNode;
};

const buttonClass =
  'rounded-md border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';

/** Expand or collapse every section, cite the interview, make a lesson link. */
export function ReaderToolbar({
  onExpandAll,
  onCollapseAll,
  onCiteInterview,
  lessonBuilder,
}: ReaderToolbarProps) {
  const [building, setBuilding] = useState(false);
  return (
    <div className="mt-8 font-sans text-sm print:hidden">
      <div className="flex flex-wrap gap-2">
        <div role="group" aria-label="Sections" className="flex gap-2">
          <button type="button" className={buttonClass} onClick={onExpandAll}>
            Expand all
          </button>
          <button type="button" className={buttonClass} onClick={onCollapseAll}>
            Collapse all
          </button>
        </div>
        <button type="button" className={buttonClass} onClick={onCiteInterview}>
          Cite this interview
        </button>
        <button
          type="button"
          className={buttonClass}
          aria-expanded={building}
          aria-controls="lesson_builder"
          onClick={() => setBuilding(!building)}
        >
          Make a lesson link
        </button>
      </div>
      <div id="lesson_builder" hidden={!building}>
        {building && lessonBuilder}
      </div>
    </div>
  );
}
