import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DraftProblem } from '../../../interview/import/build-interview';
import { ASSIGNABLE_ROLES, type Block, type DraftPerson } from '../../../interview/import/draft';
import type { DraftAction } from '../../../interview/import/edit-draft';
import { QUOTE_BLOCK_ATTRIBUTE, QUOTE_MENU_ATTRIBUTE } from '../hooks/use-quote-selection';

const ROLE_NAMES: Record<(typeof ASSIGNABLE_ROLES)[number], string> = {
  intro: 'Intro',
  heading: 'Heading',
  question: 'Question',
  answer: 'Answer',
  dropped: 'Drop',
};

/** The key that gives a paragraph each role. */
export const ROLE_KEYS: Record<string, (typeof ASSIGNABLE_ROLES)[number]> = {
  i: 'intro',
  h: 'heading',
  q: 'question',
  a: 'answer',
  d: 'dropped',
};

const USE_NAMES = {
  title: 'the headline',
  photo: 'the photo caption',
  byline: 'the byline',
  bio: 'the author’s bio',
};

const ROLE_STYLES: Record<Block['role'], string> = {
  meta: 'border-l-stone-300',
  intro: 'border-l-stone-400',
  heading: 'border-l-violet-600',
  question: 'border-l-sky-600',
  answer: 'border-l-emerald-600',
  dropped: 'border-l-stone-200 bg-stone-50 dark:bg-stone-950',
};

type BlockRowProps = {
  block: Block;
  people: readonly DraftPerson[];
  problems: readonly DraftProblem[];
  /** Whether this paragraph opens a turn, so its speaker is shown. */
  startsTurn: boolean;
  canJoin: boolean;
  /** The key quotes taken from this paragraph, marked in its text. */
  quotes: readonly string[];
  /** Words selected in this paragraph, offered as a key quote. */
  selectedWords: string | undefined;
  /** Called once the selected words are marked as a key quote (the selection is then cleared). */
  onQuoteMarked: () => void;
  /** Words typed in the text field and not yet saved, so a reload keeps them (undefined: none). */
  onTyping: (blockId: string, text: string | undefined) => void;
  dispatch: (action: DraftAction) => void;
};

/**
 * A paragraph cut where its key quotes start and end (each quote where it
 * first occurs; one overlapping an earlier quote is left unmarked). Not the
 * reader's highlighter: sharing it would split it into a chunk of its own that
 * the reader's first view would then load separately.
 */
function quoteChunks(text: string, quotes: readonly string[]) {
  const ranges = quotes
    .map((quote) => ({ start: quote === '' ? -1 : text.indexOf(quote), length: quote.length }))
    .filter((range) => range.start >= 0)
    .map((range) => ({ start: range.start, end: range.start + range.length }))
    .sort((a, b) => a.start - b.start);
  const chunks: { start: number; end: number; quote: boolean }[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    if (range.start > at) chunks.push({ start: at, end: range.start, quote: false });
    chunks.push({ ...range, quote: true });
    at = range.end;
  }
  if (at < text.length) chunks.push({ start: at, end: text.length, quote: false });
  return chunks;
}

/**
 * A paragraph's first words, for its card's name: a screen reader's user tabbing from card to card
 * hears which paragraph, not only its role and line ("Answer, line 201"). Cut at a word's end (in
 * a script without spaces, at 40 characters).
 */
const firstWords = (text: string) =>
  text.length > 60 ? `${text.slice(0, Math.max(text.lastIndexOf(' ', 60), 40))}…` : text;

/** A long selection shown on its button: its start and end. */
function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 60)} … ${text.slice(-25)}` : text;
}

const button =
  'min-h-11 rounded-md border border-stone-300 px-3 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 dark:border-stone-600 dark:hover:bg-stone-800';

// Below sm the roles share their borders (a pressed or focused one drawn over its neighbours) and
// grow to fill the row, 13 px type (in rem: it grows with the text): they need 246 px at least,
// the card has 268 px at 320.
const roleButton =
  'relative min-h-11 min-w-11 rounded-md border px-2 text-sm focus-visible:z-20 aria-pressed:z-10 max-sm:flex-auto max-sm:rounded-none max-sm:px-0.5 max-sm:text-[0.8125rem] max-sm:not-first:-ml-px max-sm:first:rounded-l-md max-sm:last:rounded-r-md';

/** Whether two lists hold the same words (a new build of the draft makes new problem objects). */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/**
 * Whether a card shows the same as before: its props the same, or its problems and quotes the same
 * words. A correction then draws again only the cards it changed, not each of a long draft's.
 */
function sameCard(before: BlockRowProps, after: BlockRowProps): boolean {
  return (
    before.block === after.block &&
    before.people === after.people &&
    before.startsTurn === after.startsTurn &&
    before.canJoin === after.canJoin &&
    before.selectedWords === after.selectedWords &&
    before.onQuoteMarked === after.onQuoteMarked &&
    before.onTyping === after.onTyping &&
    before.dispatch === after.dispatch &&
    sameWords(before.quotes, after.quotes) &&
    sameWords(
      before.problems.map((p) => p.message),
      after.problems.map((p) => p.message),
    )
  );
}

/** One source paragraph: its role, its speaker, its words and what can be done with it. */
export const BlockRow = memo(function BlockRow({
  block,
  people,
  problems,
  startsTurn,
  canJoin,
  quotes,
  selectedWords,
  onQuoteMarked,
  onTyping,
  dispatch,
}: BlockRowProps) {
  const [editing, setEditing] = useState(false);
  const textId = useId();
  const textHint = useId();
  const [headingBefore, setHeadingBefore] = useState<string>();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const row = useRef<HTMLLIElement>(null);
  // The focus follows the edit: into the text when a key or a mouse opens it (a finger's tap
  // leaves it on the paragraph: a phone's keyboard would come up over the text), back to the
  // paragraph when it closes (the buttons pressed are gone then, which left the focus on nothing).
  const edited = useRef(false);
  const tapped = useRef(false);
  useEffect(() => {
    if (editing) (tapped.current ? row.current : textArea.current)?.focus();
    else if (edited.current) row.current?.focus();
    edited.current = editing;
  }, [editing]);
  const stopEditing = () => {
    setEditing(false);
    onTyping(block.id, undefined);
  };
  const speakers = people.filter(
    (p) => p.side === (block.role === 'question' ? 'interviewer' : 'interviewee'),
  );

  const roleName =
    block.role === 'meta'
      ? `Used as ${USE_NAMES[block.use ?? 'title']}`
      : block.role === 'dropped'
        ? `Dropped: ${block.reason ?? ''}`
        : ROLE_NAMES[block.role];
  const opening = firstWords(block.text);

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const role = ROLE_KEYS[event.key.toLowerCase()];
    if (role) {
      event.preventDefault();
      dispatch({ type: 'setRole', blockId: block.id, role });
    } else if (
      event.key.toLowerCase() === 's' &&
      (block.role === 'question' || block.role === 'answer')
    ) {
      // S gives the turn to the next person on its side.
      const at = speakers.findIndex((p) => p.key === block.speaker);
      const next = speakers[(at + 1) % Math.max(speakers.length, 1)];
      if (next) dispatch({ type: 'setSpeaker', blockId: block.id, speaker: next.key });
    } else if (event.key.toLowerCase() === 'n' && block.role === 'question') {
      dispatch({ type: 'toggleOpens', blockId: block.id });
    }
  };

  const selection = () => {
    const element = textArea.current;
    return element ? { start: element.selectionStart, end: element.selectionEnd } : undefined;
  };
  // Splitting or quoting acts on the text as typed: changes not yet saved are saved first.
  const saveTyped = () => {
    const typed = textArea.current?.value;
    if (typed !== undefined && typed !== block.text)
      dispatch({ type: 'setText', blockId: block.id, text: typed });
  };

  return (
    <li
      ref={row}
      id={`block-${block.id}`}
      tabIndex={0}
      // Named in words, not by the label's elements: a name read from its visually hidden part
      // came with a space before the comma ("Answer , line 201").
      aria-label={`${roleName}${block.line === undefined ? '' : `, line ${block.line}`}${opening ? `: ${opening}` : ''}`}
      onKeyDown={onKeyDown}
      className={`scroll-mt-24 rounded-md border-l-4 bg-white p-3 shadow-sm max-sm:px-2 outline-none focus-visible:ring-2 focus-visible:ring-sky-600 dark:bg-stone-900 ${ROLE_STYLES[block.role]}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span
          // On a phone a role's name is the pressed button's already: a line of its own for nothing.
          className={`text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400 ${block.role === 'meta' || block.role === 'dropped' ? '' : 'max-sm:sr-only'}`}
        >
          {roleName}
          {block.line !== undefined && <span className="sr-only">, line {block.line}</span>}
        </span>
        {/* On a phone the five roles are one segmented row across the card: as separate
        buttons they needed 301 px and wrapped onto two rows at 320 px (260 px inside the card).
        With the text at 200% they need some 500 px: they wrap (kept on one line, the page
        scrolled sideways, WCAG 1.4.10), a row's gap between the rows. */}
        <div
          role="group"
          aria-label="Role"
          // isolate: the roles' z-index stays inside the row, under the editor's sticky bar.
          className="isolate flex flex-wrap gap-1 max-sm:w-full max-sm:gap-x-0"
        >
          {ASSIGNABLE_ROLES.map((role) => (
            <button
              key={role}
              type="button"
              aria-pressed={block.role === role}
              // Pressed, told by its fill; in forced colours, which drop fills, by the system's
              // highlight colours.
              onClick={() => dispatch({ type: 'setRole', blockId: block.id, role })}
              className={`${roleButton} border-stone-300 aria-pressed:border-stone-900 aria-pressed:bg-stone-900 aria-pressed:text-white dark:border-stone-600 dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900 forced-colors:aria-pressed:border-[Highlight] forced-colors:aria-pressed:bg-[Highlight] forced-colors:aria-pressed:text-[HighlightText]`}
            >
              {ROLE_NAMES[role]}
            </button>
          ))}
        </div>
        {block.role === 'dropped' && (
          <button
            type="button"
            className={button}
            onClick={() => dispatch({ type: 'restore', blockId: block.id })}
          >
            Restore
          </button>
        )}
      </div>

      {(block.role === 'question' || block.role === 'answer') && (
        <div className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          {startsTurn && (
            <label className="flex flex-wrap items-center gap-2">
              {block.role === 'question' ? 'Asked by' : 'Answered by'}
              <select
                value={block.speaker ?? ''}
                onChange={(e) =>
                  dispatch({ type: 'setSpeaker', blockId: block.id, speaker: e.target.value })
                }
                className="min-h-11 rounded-md border border-stone-500 bg-white px-2 dark:border-stone-500 dark:bg-stone-900"
              >
                {block.speaker === undefined && <option value="">Choose…</option>}
                {speakers.map((p) => (
                  <option key={p.key} value={p.key}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {block.role === 'question' && (
            <label className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                checked={block.opens === true}
                onChange={() => dispatch({ type: 'toggleOpens', blockId: block.id })}
                className="size-5"
              />
              Starts a new question
            </label>
          )}
        </div>
      )}

      {block.role === 'heading' ? (
        <div className="mt-2 grid gap-2 sm:grid-cols-[2fr_1fr]">
          <label className="text-sm">
            Section heading
            <input
              value={block.text}
              onChange={(e) =>
                dispatch({ type: 'setHeading', blockId: block.id, text: e.target.value })
              }
              className="mt-1 block min-h-11 w-full rounded-md border border-stone-500 bg-white px-2 text-base dark:border-stone-500 dark:bg-stone-900"
            />
          </label>
          <label className="text-sm">
            Topic label
            <input
              value={block.label ?? ''}
              onChange={(e) =>
                dispatch({ type: 'setHeading', blockId: block.id, label: e.target.value })
              }
              className="mt-1 block min-h-11 w-full rounded-md border border-stone-500 bg-white px-2 text-base dark:border-stone-500 dark:bg-stone-900"
            />
          </label>
        </div>
      ) : editing ? (
        <div className="mt-2">
          {/* The how-to describes the field, not names it: it was read as its name. */}
          <label className="text-sm" htmlFor={textId}>
            Text
          </label>{' '}
          <span id={textHint} className="text-sm">
            Place the cursor to split; select words, with the keyboard too, to mark a key quote.
          </span>
          <textarea
            id={textId}
            aria-describedby={textHint}
            ref={textArea}
            defaultValue={block.text}
            onChange={(event) => onTyping(block.id, event.target.value)}
            rows={Math.min(12, Math.ceil(block.text.length / 70) + 1)}
            className="mt-1 block w-full rounded-md border border-stone-500 bg-white p-2 text-base dark:border-stone-500 dark:bg-stone-900"
          />
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className={button}
              onClick={() => {
                const text = textArea.current?.value ?? block.text;
                dispatch({ type: 'setText', blockId: block.id, text });
                stopEditing();
              }}
            >
              Save text
            </button>
            <button
              type="button"
              className={button}
              onClick={() => {
                const at = selection();
                saveTyped();
                if (at) dispatch({ type: 'splitBlock', blockId: block.id, at: at.start });
                stopEditing();
              }}
            >
              Split at cursor
            </button>
            {block.role === 'answer' && (
              <button
                type="button"
                className={button}
                onClick={() => {
                  const at = selection();
                  const text = textArea.current?.value.slice(at?.start ?? 0, at?.end ?? 0) ?? '';
                  saveTyped();
                  dispatch({ type: 'addKeyQuote', blockId: block.id, text });
                  stopEditing();
                }}
              >
                Mark selection as key quote
              </button>
            )}
            <button type="button" className={button} onClick={stopEditing}>
              Cancel
            </button>
          </div>
        </div>
      ) : block.role === 'answer' ? (
        <>
          <p
            {...{ [QUOTE_BLOCK_ATTRIBUTE]: block.id }}
            className="mt-2 break-words whitespace-pre-wrap"
          >
            {quoteChunks(block.text, quotes).map((chunk) =>
              chunk.quote ? (
                <mark
                  key={chunk.start}
                  className="rounded-sm bg-amber-200 text-inherit dark:bg-amber-700"
                >
                  {block.text.slice(chunk.start, chunk.end)}
                </mark>
              ) : (
                block.text.slice(chunk.start, chunk.end)
              ),
            )}
          </p>
          {selectedWords !== undefined && (
            <p {...{ [QUOTE_MENU_ATTRIBUTE]: '' }} className="mt-2">
              <button
                type="button"
                // A mouse press would collapse the selection the button acts on.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  dispatch({ type: 'addKeyQuote', blockId: block.id, text: selectedWords });
                  onQuoteMarked();
                }}
                className="min-h-11 max-w-full rounded-md bg-amber-200 px-3 text-left text-sm font-medium text-amber-950 hover:bg-amber-300 dark:bg-amber-700 dark:text-amber-50"
              >
                Mark as key quote: <q className="break-words">{shorten(selectedWords)}</q>
              </button>
            </p>
          )}
        </>
      ) : (
        <p
          className={`mt-2 break-words whitespace-pre-wrap ${block.role === 'dropped' ? 'text-stone-600 line-through decoration-stone-400 dark:text-stone-400' : ''}`}
        >
          {block.text}
        </p>
      )}
      {block.source !== undefined && !editing && (
        <p className="mt-1 text-xs break-words text-stone-500 dark:text-stone-400">
          As written: {block.source}
        </p>
      )}

      {problems.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm text-red-800 dark:text-red-300">
          {problems.map((problem, i) => (
            <li key={i}>
              <span aria-hidden="true">⚠ </span>
              {problem.message}
            </li>
          ))}
        </ul>
      )}

      {block.role !== 'meta' && block.role !== 'heading' && !editing && (
        <div className="mt-2 flex flex-wrap gap-2">
          {/* On a phone the actions show their first words, to sit on one line; named in full. */}
          <button
            type="button"
            aria-label="Edit, split or quote"
            className={button}
            onPointerDown={(e) => {
              tapped.current = e.pointerType === 'touch';
            }}
            onClick={(e) => {
              // A click from the keyboard (Enter, Space) has no pointer behind it.
              if (e.detail === 0) tapped.current = false;
              setEditing(true);
            }}
          >
            Edit<span className="max-sm:hidden">, split or quote</span>
          </button>
          {canJoin && (
            <button
              type="button"
              aria-label="Join with previous"
              className={button}
              onClick={() => {
                // This paragraph goes into the one before it, which takes the focus.
                const previous = row.current?.previousElementSibling;
                dispatch({ type: 'joinWithPrevious', blockId: block.id });
                if (previous instanceof HTMLElement) previous.focus();
              }}
            >
              Join<span className="max-sm:hidden"> with previous</span>
            </button>
          )}
          {block.role !== 'dropped' &&
            (headingBefore === undefined ? (
              <button
                type="button"
                aria-label="New section here"
                className={button}
                onClick={() => setHeadingBefore('')}
              >
                New section<span className="max-sm:hidden"> here</span>
              </button>
            ) : (
              <form
                className="flex flex-wrap items-end gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  dispatch({ type: 'insertHeading', beforeBlockId: block.id, text: headingBefore });
                  setHeadingBefore(undefined);
                }}
              >
                <label className="text-sm">
                  Heading of the new section
                  <input
                    autoFocus
                    value={headingBefore}
                    onChange={(e) => setHeadingBefore(e.target.value)}
                    className="mt-1 block min-h-11 rounded-md border border-stone-500 bg-white px-2 text-base dark:border-stone-500 dark:bg-stone-900"
                  />
                </label>
                <button type="submit" className={button}>
                  Add section
                </button>
                <button
                  type="button"
                  className={button}
                  onClick={() => setHeadingBefore(undefined)}
                >
                  Cancel
                </button>
              </form>
            ))}
        </div>
      )}
    </li>
  );
}, sameCard);
