import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Draft } from '../../../interview/import/draft';
import type { DraftAction } from '../../../interview/import/edit-draft';
import type { Interview } from '../../../interview/schema';

// A long draft's outline lists its sections with their question counts, a page of them at a time:
// the 1 MB transcript's 10,000 questions listed one a row brought back the freeze the paragraphs'
// pages took away (its 2,000 parts of five are still too many rows at once).
const LONG = 200;
const SECTION_PAGE = 50;

const jump = 'text-left underline underline-offset-2';

/**
 * The structure found: sections, their questions, and the key quotes, as they will be read. A
 * section's label is a button to its first question's card (`showBlock` lists its page).
 */
export function DraftOutline({
  draft,
  interview,
  questionOf,
  showBlock,
  dispatch,
}: {
  draft: Draft;
  interview: Interview | undefined;
  /** Question id of each paragraph of a question or answer, in the draft's order. */
  questionOf: ReadonlyMap<string, string>;
  showBlock: (blockId: string) => void;
  dispatch: (action: DraftAction) => void;
}) {
  const [sectionsListed, setSectionsListed] = useState(SECTION_PAGE);
  const firstBlock = useMemo(() => {
    const first = new Map<string, string>();
    for (const [blockId, questionId] of questionOf)
      if (!first.has(questionId)) first.set(questionId, blockId);
    return first;
  }, [questionOf]);
  const questionCount =
    interview?.sections.reduce((sum, section) => sum + section.questions.length, 0) ?? 0;
  const long = questionCount > LONG;
  const sections = long ? interview?.sections.slice(0, sectionsListed) : interview?.sections;
  const total = interview?.sections.length ?? 0;
  const goTo = (questionId: string | undefined) => {
    const blockId = questionId === undefined ? undefined : firstBlock.get(questionId);
    if (!blockId) return;
    showBlock(blockId);
    const card = document.getElementById(`block-${blockId}`);
    card?.focus();
    card?.scrollIntoView?.({ block: 'center' });
  };
  const showMore = () => {
    const next = sectionsListed + SECTION_PAGE;
    flushSync(() => setSectionsListed(next));
    document.getElementById(`outline-${interview?.sections[sectionsListed]?.id ?? ''}`)?.focus();
  };

  return (
    <section aria-labelledby="structure-title">
      <h2 id="structure-title" className="font-serif text-xl font-semibold">
        Structure found
      </h2>
      {interview ? (
        <ol className="mt-2 space-y-3 text-sm">
          {sections?.map((section) => (
            <li key={section.id}>
              <button
                type="button"
                id={`outline-${section.id}`}
                className={`${jump} min-h-11 font-semibold`}
                onClick={() => goTo(section.questions[0]?.id)}
              >
                {section.label}
              </button>
              {section.label !== section.heading && (
                <span className="text-stone-600 dark:text-stone-400"> · {section.heading}</span>
              )}
              {long ? (
                <span className="text-stone-600 dark:text-stone-400">
                  {' '}
                  · {section.questions.length} question{section.questions.length === 1 ? '' : 's'}
                </span>
              ) : (
                <ol className="mt-1 list-decimal space-y-1 pl-6">
                  {section.questions.map((q) => (
                    <li key={q.id} className="break-words">
                      {/* A block, so that its number stands by its first line: an inline-block's
                      baseline, which the number takes, is its last line. */}
                      <button
                        type="button"
                        className={`${jump} block min-h-11`}
                        onClick={() => goTo(q.id)}
                      >
                        {q.question[0]}
                      </button>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm">
          The structure shows here once the problems marked in the paragraphs are fixed.
        </p>
      )}
      {long && sectionsListed < total && (
        <p className="mt-2 text-sm">
          <button
            type="button"
            className="min-h-11 rounded-md border border-stone-300 px-3 dark:border-stone-600"
            onClick={showMore}
          >
            Show sections {sectionsListed + 1}–{Math.min(total, sectionsListed + SECTION_PAGE)}
          </button>
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
