type ManualCopyProps = { text: string; onDismiss: () => void };

/** Where copying is impossible: the text to copy by hand, selected, below its button. */
export function ManualCopy({ text, onDismiss }: ManualCopyProps) {
  return (
    <span className="absolute top-full right-0 z-30 mt-1 w-72 whitespace-normal max-w-[calc(100vw-2rem)] rounded-md border border-stone-300 bg-white p-3 font-sans text-sm font-normal text-stone-900 shadow-lg dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100">
      <label className="block">
        <span className="mb-1 block">Copying is not available here. Copy this by hand:</span>
        <input
          readOnly
          value={text}
          // The reader asked for this text; putting it under the cursor, selected, saves a step.
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onKeyDown={(event) => event.key === 'Escape' && onDismiss()}
          className="w-full rounded border border-stone-500 bg-stone-50 px-2 py-1 dark:border-stone-500 dark:bg-stone-800"
        />
      </label>
      <button type="button" onClick={onDismiss} className="mt-2 underline underline-offset-2">
        Done
      </button>
    </span>
  );
}
