type SectionToolbarProps = { onExpandAll: () => void; onCollapseAll: () => void };

const buttonClass =
  'rounded-md border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';

/** "Expand all" and "Collapse all" for the topic sections. */
export function SectionToolbar({ onExpandAll, onCollapseAll }: SectionToolbarProps) {
  return (
    <div
      role="group"
      aria-label="Sections"
      className="mt-8 flex gap-2 font-sans text-sm print:hidden"
    >
      <button type="button" className={buttonClass} onClick={onExpandAll}>
        Expand all
      </button>
      <button type="button" className={buttonClass} onClick={onCollapseAll}>
        Collapse all
      </button>
    </div>
  );
}
