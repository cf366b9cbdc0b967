import type { Draft } from '../../../interview/import/draft';
import type { DraftAction } from '../../../interview/import/edit-draft';
import type { Interview } from '../../../interview/schema';

/** The structure found: sections, their questions, and the key quotes, as they will be read. */
export function DraftOutline({
  draft,
  interview,
  dispatch,
}: {
  draft: Draft;
  interview: Interview | undefined;
  dispatch: (action: DraftAction) => void;
}) {
  return (
    <section aria-labelledby="structure-title">
      <h2 id="structure-title" className="font-serif text-xl font-semibold">
        Structure found
      </h2>
      {interview ? (
        <ol className="mt-2 space-y-3 text-sm">
          {interview.sections.map((section) => (
            <li key={section.id}>
              <span className="font-semibold">{section.label}</span>
              {section.label !== section.heading && (
                <span className="text-stone-600 dark:text-stone-400"> · {section.heading}</span>
              )}
              <ol className="mt-1 list-decimal space-y-1 pl-6">
                {section.questions.map((q) => (
                  <li key={q.id} className="break-words">
                    {q.question[0]}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm">
          The structure shows here once the problems marked in the paragraphs are fixed.
        </p>
      )}
      <h3 className="mt-4 font-semibold">Key quotes ({draft.keyQuotes.length})</h3>
      {draft.keyQuotes.length === 0 ? (
        <p className="text-sm">None yet: select words in an answer, then “Mark as key quote”.</p>
      ) : (
        <ul className="mt-1 space-y-2 text-sm">
          {draft.keyQuotes.map((quote, i) => (
            <li key={`${quote.blockId}-${i}`} className="flex items-start justify-between gap-2">
              <q className="min-w-0 break-words">{quote.text}</q>
              <button
                type="button"
                className="min-h-11 shrink-0 rounded-md border border-stone-300 px-3 dark:border-stone-600"
                onClick={() => dispatch({ type: 'removeKeyQuote', index: i })}
                aria-label={`Remove key quote “${quote.text.slice(0, 60)}”`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
