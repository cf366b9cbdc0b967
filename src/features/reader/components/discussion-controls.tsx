// Discussion mode's controls, loaded only by a lesson in discussion mode.

const buttonClass =
  'min-h-11 rounded-md border border-stone-400 px-3 py-1.5 font-sans text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800';

type ControlProps = { questionId: string; number: number; onClick: (questionId: string) => void };

/** An answer hidden in discussion mode: a button to reveal it; on paper, lines to write one on. */
export function HiddenAnswer({ questionId, number, onClick }: ControlProps) {
  return (
    <div className="py-3 pl-5 font-sans print:py-1">
      <button
        id={`${questionId}__reveal`}
        type="button"
        onClick={() => onClick(questionId)}
        className={buttonClass}
      >
        Reveal answer<span className="sr-only"> to question {number}</span>
      </button>
      <div aria-hidden="true" className="answer-space hidden">
        {[1, 2, 3, 4].map((line) => (
          <span key={line} className="block h-[1.6em] border-b border-stone-500" />
        ))}
      </div>
    </div>
  );
}

/** Hides a revealed answer again. */
export function HideAnswerButton({ questionId, number, onClick }: ControlProps) {
  return (
    <button type="button" onClick={() => onClick(questionId)} className={buttonClass}>
      Hide answer<span className="sr-only"> to question {number}</span>
    </button>
  );
}
