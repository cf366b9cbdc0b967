import { useRef } from 'react';
import type { DraftProblem } from '../../../interview/import/build-interview';
import type { Draft } from '../../../interview/import/draft';
import type { DraftAction } from '../../../interview/import/edit-draft';
import { useQuoteSelection } from '../hooks/use-quote-selection';
import { PARAGRAPH_PAGE, type ParagraphWindow } from '../lib/paragraph-window';
import { BlockRow } from './block-row';

const showButton =
  'min-h-11 rounded-md border border-stone-300 px-4 font-medium max-sm:px-3 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800';

const NONE: readonly never[] = [];
const count = (n: number) => n.toLocaleString('en');

type DraftParagraphsProps = {
  draft: Draft;
  problems: readonly DraftProblem[];
  /** The paragraphs listed (clamped to the draft's). */
  shown: ParagraphWindow;
  /** Lists the page before (`earlier`) or after the paragraphs listed, and focuses its nearest card. */
  onShowMore: (earlier: boolean) => void;
  noteTyping: (blockId: string, text: string | undefined) => void;
  dispatch: (action: DraftAction) => void;
};

/** The source's paragraphs listed, each as a card to correct it, a page of a long text at a time. */
export function DraftParagraphs({
  draft,
  problems,
  shown,
  onShowMore,
  noteTyping,
  dispatch,
}: DraftParagraphsProps) {
  const paragraphList = useRef<HTMLOListElement>(null);
  const { selection, clear: clearSelection } = useQuoteSelection(paragraphList);
  const total = draft.blocks.length;

  // Whether each paragraph opens a turn (its speaker is chosen there).
  let previousRole: string | undefined;
  const startsTurn = new Set<string>();
  for (const block of draft.blocks) {
    if (block.role === 'meta' || block.role === 'dropped') continue;
    if (block.role !== previousRole || block.opens === true) startsTurn.add(block.id);
    previousRole = block.role;
  }
  const problemsOf = new Map<string, DraftProblem[]>();
  for (const problem of problems)
    if (problem.blockId !== undefined)
      problemsOf.set(problem.blockId, [...(problemsOf.get(problem.blockId) ?? []), problem]);
  const quotesOf = new Map<string, string[]>();
  for (const quote of draft.keyQuotes)
    quotesOf.set(quote.blockId, [...(quotesOf.get(quote.blockId) ?? []), quote.text]);

  const whole = shown.start === 0 && shown.end >= total;
  const earlier = { from: Math.max(0, shown.start - PARAGRAPH_PAGE) + 1, to: shown.start };
  const later = { from: shown.end + 1, to: Math.min(total, shown.end + PARAGRAPH_PAGE) };

  return (
    <section aria-labelledby="paragraphs-title">
      <h2 id="paragraphs-title" className="font-serif text-xl font-semibold">
        Paragraphs of the source
      </h2>
      <p className="mt-1 mb-3 text-sm text-stone-700 dark:text-stone-300">
        {!whole && (
          <>
            Paragraphs {count(shown.start + 1)}–{count(shown.end)} of {count(total)} shown.{' '}
          </>
        )}
        Each paragraph is marked with what it is. Click a role to change it, or focus a paragraph
        and press <kbd>I</kbd> intro, <kbd>H</kbd> heading, <kbd>Q</kbd> question, <kbd>A</kbd>{' '}
        answer, <kbd>D</kbd> drop, <kbd>S</kbd> next speaker, <kbd>N</kbd> new question;{' '}
        <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes. Select words in an answer to mark them as a key quote.
      </p>
      {shown.start > 0 && (
        <p className="mb-3">
          <button type="button" className={showButton} onClick={() => onShowMore(true)}>
            Show paragraphs {count(earlier.from)}–{count(earlier.to)}
          </button>
        </p>
      )}
      <ol ref={paragraphList} start={shown.start + 1} className="space-y-3">
        {draft.blocks.slice(shown.start, shown.end).map((block, at) => {
          const i = shown.start + at;
          return (
            <BlockRow
              key={block.id}
              block={block}
              people={draft.people}
              problems={problemsOf.get(block.id) ?? NONE}
              startsTurn={startsTurn.has(block.id)}
              // Joined into a paragraph not listed, it would leave the list: the one before is
              // listed first.
              canJoin={i > 0 && i > shown.start}
              quotes={quotesOf.get(block.id) ?? NONE}
              selectedWords={selection?.blockId === block.id ? selection.text : undefined}
              onTyping={noteTyping}
              onQuoteMarked={clearSelection}
              dispatch={dispatch}
            />
          );
        })}
      </ol>
      {shown.end < total && (
        <p className="mt-3">
          <button type="button" className={showButton} onClick={() => onShowMore(false)}>
            Show paragraphs {count(later.from)}–{count(later.to)}
          </button>
        </p>
      )}
    </section>
  );
}
