import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../config/paths';
import type { Draft } from '../../../interview/import/draft';
import { downloadText, interviewFileText } from '../../../lib/download';
import { clearDraft, keepInterview } from '../../../lib/kept-interviews';
import { keptInterviewsQueryOptions, publishedQueryOptions } from '../api/kept-queries';
import { useDraftEditor } from '../hooks/use-draft-editor';
import { clampWindow, firstWindow, showing, withEarlier, withNext } from '../lib/paragraph-window';
import { DetailProblems, DraftDetails } from './draft-details';
import { DraftNotes } from './draft-notes';
import { DraftOutline } from './draft-outline';
import { DraftParagraphs } from './draft-paragraphs';

const primary =
  'min-h-11 rounded-md bg-stone-900 px-4 font-medium max-sm:px-3 text-white hover:bg-stone-700 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-stone-100 dark:text-stone-900';
const secondary =
  'min-h-11 rounded-md border border-stone-300 px-4 font-medium max-sm:px-3 hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-stone-600 dark:hover:bg-stone-800';

type DraftEditorProps = { initial: Draft; onStartOver: () => void };

/** The review: source paragraphs with their roles, the structure found, details, and keeping it. */
export function DraftEditor({ initial, onStartOver }: DraftEditorProps) {
  const {
    draft,
    id,
    dispatch,
    built,
    builtNow,
    canUndo,
    canRedo,
    saveError,
    noteTyping,
    romanizing,
  } = useDraftEditor(initial);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const publishedId = useQuery(publishedQueryOptions(id));
  const [keepError, setKeepError] = useState<string>();
  const [keeping, setKeeping] = useState(false);
  const [listed, setListed] = useState(() => firstWindow(initial.blocks.length));
  const shown = clampWindow(listed, draft.blocks.length);

  const published = publishedId.data ?? false;
  // An interview kept here under the same id (two untitled texts are both "interview") would be
  // replaced by keeping this one: unless this draft is that interview, being edited.
  const keptHere = useQuery(keptInterviewsQueryOptions()).data?.find(
    (kept) => kept.interview.id === id,
  )?.interview;
  const idProblem =
    draft.keptId === id
      ? undefined
      : published
        ? 'is the id of a published interview: choose another'
        : keptHere
          ? `is the id of “${keptHere.title}”, kept on this device: choose another`
          : undefined;
  const problems = idProblem
    ? [...built.problems, { path: '$.id', message: idProblem }]
    : built.problems;
  const keepable = built.interview !== undefined && idProblem === undefined && !romanizing;
  // Said as it was until the interview is built from the edit (no "problems" said in between);
  // kept or downloaded only once it is.
  const ready = keepable && builtNow;
  const otherProblems = problems.filter((p) => p.blockId === undefined);
  const dropped = draft.blocks.filter((b) => b.role === 'dropped');

  const download = () => {
    if (built.interview)
      downloadText(`${built.interview.id}.json`, interviewFileText(built.interview));
  };
  const downloadDraft = () =>
    downloadText(`${id || 'interview'}-draft.json`, `${JSON.stringify(draft, null, 2)}\n`);

  const keep = async () => {
    if (!built.interview) return;
    setKeeping(true);
    setKeepError(undefined);
    try {
      await keepInterview(built.interview);
      await clearDraft().catch(() => undefined);
      await queryClient.invalidateQueries({ queryKey: keptInterviewsQueryOptions().queryKey });
      queryClient.removeQueries({ queryKey: ['interview', built.interview.id] });
      void navigate(paths.interview(built.interview.id));
    } catch (error) {
      setKeepError(error instanceof Error ? error.message : String(error));
    } finally {
      setKeeping(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    event.preventDefault();
    dispatch({ type: event.shiftKey ? 'redo' : 'undo' });
  };

  // A paragraph not listed is listed (drawn at once, so that it can take the focus).
  const showBlock = (blockId: string) => {
    const index = draft.blocks.findIndex((b) => b.id === blockId);
    if (index >= 0) flushSync(() => setListed(showing(shown, index, draft.blocks.length)));
  };
  // The focus goes to the listed paragraph nearest to where it was: the first of those after, the
  // last of those before (just above the button pressed, which is gone at the top of the list).
  const showMore = (earlier: boolean) => {
    const next = earlier ? withEarlier(shown) : withNext(shown, draft.blocks.length);
    flushSync(() => setListed(next));
    const first = draft.blocks[earlier ? shown.start - 1 : shown.end];
    if (first) document.getElementById(`block-${first.id}`)?.focus();
  };

  // The next paragraph with a problem after the card in focus (else the first), listed and focused:
  // a long draft's problems may lie in paragraphs not listed yet.
  const problemBlocks = new Set(problems.map((p) => p.blockId));
  // The card last focused, not the one focused now: pressing "Next problem" moves the focus to
  // the button before its handler runs, so it would always start again from the first problem.
  const lastCard = useRef('');
  const onFocus = (event: FocusEvent) => {
    const card = event.target instanceof Element ? event.target.closest('[id^="block-"]') : null;
    if (card) lastCard.current = card.id.replace(/^block-/u, '');
  };
  const nextProblem = () => {
    const from = draft.blocks.findIndex((b) => b.id === lastCard.current);
    const next =
      draft.blocks.find((b, i) => i > from && problemBlocks.has(b.id)) ??
      draft.blocks.find((b) => problemBlocks.has(b.id));
    if (!next) return;
    showBlock(next.id);
    const card = document.getElementById(`block-${next.id}`);
    card?.focus();
    card?.scrollIntoView?.({ block: 'center' });
  };

  return (
    <div onKeyDown={onKeyDown} onFocus={onFocus}>
      {/* Sticky (pin:, src/styles/index.css) where it takes a third of the screen at most: 30
      rem high or more (480 px at the browser's usual 16 px text), or 40 rem wide (its one row
      fits in 35) and 12 rem high (a row is 3.8 rem): a phone held sideways (740 × 360), a
      laptop's screen with the text at 200%. With the text at 200% on a 640 × 512 screen (20 ×
      16 rem) the bar wrapped onto three rows, 329 px stuck over the paragraphs being checked:
      there it stays at the top of the list. */}
      <div className="top-0 z-10 -mx-4 pin:sticky mb-4 flex flex-wrap items-center gap-2 border-b border-stone-200 bg-stone-50 px-4 py-2 dark:border-stone-800 dark:bg-stone-950">
        <button
          type="button"
          className={secondary}
          disabled={!canUndo}
          onClick={() => dispatch({ type: 'undo' })}
        >
          Undo
        </button>
        <button
          type="button"
          className={secondary}
          disabled={!canRedo}
          onClick={() => dispatch({ type: 'redo' })}
        >
          Redo
        </button>
        {/* On a phone "Next problem" is "Next", the count "N problems" (" to fix" still said),
        and the count takes the room left on the first row, laid out as 4 rem wide: Undo, Redo,
        the count and "Next" fit 288 px. They wrapped onto three rows at 320 and 375 px, 165 px of
        a 568 px screen. (Laid out at its own width, "Next" wrapped at 320 px; at its longest
        word's, "Keep on this device" came up beside "Ready to keep", three lines high.) */}
        <p role="status" className="mr-auto text-sm max-sm:grow max-sm:basis-16">
          {keepable ? (
            'Ready to keep'
          ) : romanizing && problems.length === 0 ? (
            'Writing its links…'
          ) : (
            <>
              {problems.length} problem{problems.length === 1 ? '' : 's'}
              <span className="max-sm:sr-only"> to fix</span>
            </>
          )}
        </p>
        {!keepable && problems.some((p) => p.blockId !== undefined) && (
          <button
            type="button"
            aria-label="Next problem"
            className={secondary}
            onClick={nextProblem}
          >
            Next<span className="max-sm:hidden"> problem</span>
          </button>
        )}
        <button
          type="button"
          className={primary}
          disabled={!ready || keeping}
          onClick={() => void keep()}
        >
          Keep on this device
        </button>
        {/* "Download" alone on a phone: with "file" the two buttons needed 310 px, wrapped onto a
        third row at 320 px, and the bar took 165 px of a 568 px screen. */}
        <button
          type="button"
          aria-label="Download file"
          className={secondary}
          disabled={!ready}
          onClick={download}
        >
          Download<span className="max-sm:hidden"> file</span>
        </button>
      </div>

      {(keepError || saveError) && (
        <div
          role="alert"
          className="mb-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
        >
          <p>
            {keepError
              ? `Could not keep it on this device. ${keepError}`
              : `Your corrections are not being saved on this device. ${saveError ?? ''}`}
          </p>
          <p className="mt-2">
            Nothing is lost while this page is open: download it to keep a copy.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            {ready && (
              <button type="button" className={secondary} onClick={download}>
                Download the interview file
              </button>
            )}
            <button type="button" className={secondary} onClick={downloadDraft}>
              Download the draft
            </button>
          </div>
        </div>
      )}

      <DraftNotes
        notes={draft.notes}
        meta={draft.meta}
        people={draft.people}
        blocks={draft.blocks}
        showBlock={showBlock}
      />

      {otherProblems.length > 0 && (
        <section
          aria-labelledby="problems-title"
          className="mb-6 rounded-md border border-red-300 p-3 dark:border-red-800"
        >
          <h2 id="problems-title" className="font-semibold">
            Problems with the details
          </h2>
          <DetailProblems problems={otherProblems} />
        </section>
      )}

      <details className="mb-6 rounded-md border border-stone-200 p-3 dark:border-stone-800">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">
          Details and people: {draft.meta.title} ·{' '}
          {draft.people
            .filter((p) => p.side === 'interviewee')
            .map((p) => p.name)
            .join(', ')}
        </summary>
        <DraftDetails draft={draft} id={id} problems={problems} dispatch={dispatch} />
      </details>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <DraftParagraphs
          draft={draft}
          problems={problems}
          shown={shown}
          onShowMore={showMore}
          noteTyping={noteTyping}
          dispatch={dispatch}
        />
        <aside
          aria-labelledby="structure-title"
          className="lg:sticky lg:top-20 lg:max-h-[80vh] lg:self-start lg:overflow-y-auto"
        >
          <DraftOutline
            draft={draft}
            interview={built.interview}
            questionOf={built.questionOf}
            showBlock={showBlock}
            dispatch={dispatch}
          />
          <section aria-labelledby="dropped-title" className="mt-6">
            <h2 id="dropped-title" className="font-semibold">
              Dropped ({dropped.length})
            </h2>
            {dropped.length === 0 ? (
              <p className="text-sm">Nothing is dropped.</p>
            ) : (
              <ul className="mt-2 space-y-2 text-sm">
                {dropped.map((block) => (
                  <li key={block.id} className="flex items-start justify-between gap-2">
                    <span className="min-w-0 break-words">
                      {block.text}
                      <span className="block text-xs text-stone-600 dark:text-stone-400">
                        {block.reason}
                      </span>
                    </span>
                    <button
                      type="button"
                      className="min-h-11 shrink-0 rounded-md border border-stone-300 px-3 dark:border-stone-600"
                      onClick={() => dispatch({ type: 'restore', blockId: block.id })}
                      aria-label={`Restore “${block.text.slice(0, 60)}”`}
                    >
                      Restore
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <p className="mt-6">
            <button type="button" className={secondary} onClick={onStartOver}>
              Start over with another text
            </button>
          </p>
        </aside>
      </div>
    </div>
  );
}
