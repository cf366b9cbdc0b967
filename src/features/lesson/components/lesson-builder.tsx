import {
  useCallback,
  useMemo,
  useRef,
  type Dispatch,
  type MouseEvent,
  type SetStateAction,
} from 'react';
import { flushSync } from 'react-dom';
import { Link } from '../../../components/link';
import { absoluteUrl } from '../../../config/paths';
import type { Interview } from '../../../interview/schema';
import type { SearchHit } from '../../../interview/search-units';
import { CopyButton } from '../../reader/components/copy-button';
import {
  editDraft,
  lessonPath,
  lessonSections,
  newPin,
  PROMPT_MAX,
  seedDraft,
  type LessonDraft,
  type LessonDraftAction,
  type LessonSeed,
} from '../lesson-draft';
import { pinCandidates } from '../pin-candidates';
import { QrCode } from './qr-code';

export type LessonBuilderProps = {
  interview: Interview;
  open: boolean;
  onClose: () => void;
  /** The teacher's draft; null until they change something (the builder shows the seed). */
  draft: LessonDraft | null;
  setDraft: Dispatch<SetStateAction<LessonDraft | null>>;
  seed: LessonSeed;
  shownSectionIds: ReadonlySet<string>;
  currentHit: SearchHit | undefined;
};

const smallButton =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-stone-300 px-2 text-sm hover:bg-stone-100 disabled:opacity-40 aria-disabled:opacity-40 dark:border-stone-600 dark:hover:bg-stone-800';
const field =
  'mt-1 min-h-11 w-full rounded-md border border-stone-500 bg-white px-2 py-2 text-base dark:border-stone-500 dark:bg-stone-950';
const legend = 'text-base font-semibold';

/**
 * Applies a change that moves, disables or removes the button pressed, at once, then gives the
 * focus back to that button or, when it can no longer take it, to the next control: a browser
 * drops the focus of a button it moves, disables or removes to <body>, and a keyboard user's next
 * Tab would start again at the top of the page.
 */
function keepingFocus(
  button: HTMLButtonElement,
  change: () => void,
  next: () => HTMLElement | null | undefined,
) {
  flushSync(change);
  const target = button.isConnected && !button.disabled ? button : next();
  target?.focus();
}

/** The first control in `container` that can take the focus. */
const firstEnabled = (container: Element | null | undefined) =>
  container?.querySelector<HTMLElement>('button:not(:disabled):not([aria-disabled=true])');

/** LMS and chat tools cut longer links. */
const LINK_MAX = 2000;
/** Scripts of thousands of letters, which no encoding writes in fewer than 2.5 link characters each. */
const WIDE_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const promptsOf = (draft: LessonDraft) =>
  [draft.prompt, ...Object.values(draft.sectionPrompts), ...draft.pins.map((p) => p.prompt)].join(
    '',
  );

function PromptField(props: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  multiline?: boolean;
}) {
  const Input = props.multiline ? 'textarea' : 'input';
  return (
    <label className="mt-2 block text-sm">
      <span>{props.label}</span>{' '}
      <span className="text-stone-600 dark:text-stone-400">
        ({props.value.length}/{PROMPT_MAX})
      </span>
      <Input
        className={field}
        value={props.value}
        maxLength={PROMPT_MAX}
        rows={props.multiline ? 2 : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </label>
  );
}

/**
 * Builds a lesson link: sections chosen and ordered, passages pinned, the
 * teacher's prompts, discussion mode; shows the link, its QR code, Copy.
 */
export function LessonBuilderForm(props: LessonBuilderProps) {
  const { interview, seed, setDraft, shownSectionIds, currentHit } = props;
  const draft = props.draft ?? seedDraft(seed);
  const dispatch = useCallback(
    (action: LessonDraftAction) => setDraft((current) => editDraft(current, seed, action)),
    [setDraft, seed],
  );
  const candidateList = useRef<HTMLUListElement>(null);
  // A move or a removal, with the focus kept on the button or given to its neighbour.
  const moveBy = (event: MouseEvent<HTMLButtonElement>, action: LessonDraftAction) => {
    const button = event.currentTarget;
    keepingFocus(
      button,
      () => dispatch(action),
      () => firstEnabled(button.parentElement),
    );
  };
  const removePin = (event: MouseEvent<HTMLButtonElement>, directive: string, i: number) => {
    const list = event.currentTarget.closest('ol');
    keepingFocus(
      event.currentTarget,
      () => dispatch({ type: 'remove-pin', directive }),
      () => {
        const item = list?.isConnected ? (list.children[i] ?? list.children[i - 1]) : undefined;
        return (
          item?.querySelector<HTMLElement>('[data-remove]') ?? firstEnabled(candidateList.current)
        );
      },
    );
  };
  const candidates = useMemo(
    () =>
      pinCandidates({
        interview,
        model: seed.model,
        shownSectionIds,
        currentHit,
        pinOf: (...range) => newPin(seed, ...range),
      }),
    [interview, seed, shownSectionIds, currentHit],
  );
  const path = lessonPath(interview.id, draft);
  const url = absoluteUrl(path);
  const byId = new Map(interview.sections.map((s) => [s.id, s]));
  const pinned = new Set(draft.pins.map((pin) => pin.directive));
  // Sections not ticked that the lesson shows all the same, for the passages pinned in them.
  const addedSections = (lessonSections(draft) ?? []).filter((id) => !draft.sections.includes(id));
  return (
    <div className="space-y-6">
      <fieldset>
        <legend className={legend}>Sections</legend>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          Choose sections; none chosen shows all of them.
        </p>
        <ul className="mt-2 space-y-1">
          {interview.sections.map((section) => (
            <li key={section.id}>
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  className="size-5 shrink-0"
                  checked={draft.sections.includes(section.id)}
                  onChange={() => dispatch({ type: 'toggle-section', id: section.id })}
                />
                <span>
                  <span className="font-medium">{section.label}</span>: {section.heading}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {/* A pinned passage's section is in the lesson, ticked or not: said, not done silently. */}
        {/* (Always there, empty and 0 px high without one: a live region must be there before it speaks.) */}
        <p
          role="status"
          className={`text-sm text-stone-700 dark:text-stone-300 ${addedSections.length > 0 ? 'mt-2' : ''}`}
        >
          {addedSections.length > 0 &&
            `Also in the lesson: ${new Intl.ListFormat('en').format(
              addedSections.map((id) => byId.get(id)?.label ?? id),
            )}, which ${addedSections.length === 1 ? 'holds a pinned passage' : 'hold pinned passages'}.`}
        </p>
        {draft.sections.length > 0 && (
          <ol aria-label="Order of the chosen sections" className="mt-3 space-y-3">
            {draft.sections.map((id, i) => (
              <li key={id} className="rounded-lg border border-stone-200 p-3 dark:border-stone-700">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="flex-1 font-medium">
                    {i + 1}. {byId.get(id)?.label}
                  </span>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={i === 0}
                    onClick={(event) => moveBy(event, { type: 'move-section', id, by: -1 })}
                  >
                    ↑<span className="sr-only"> Move {byId.get(id)?.label} up</span>
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={i === draft.sections.length - 1}
                    onClick={(event) => moveBy(event, { type: 'move-section', id, by: 1 })}
                  >
                    ↓<span className="sr-only"> Move {byId.get(id)?.label} down</span>
                  </button>
                </div>
                <PromptField
                  label={`Prompt for ${byId.get(id)?.label ?? id} (optional)`}
                  value={draft.sectionPrompts[id] ?? ''}
                  onChange={(text) => dispatch({ type: 'section-prompt', id, text })}
                />
              </li>
            ))}
          </ol>
        )}
      </fieldset>

      <fieldset>
        <legend className={legend}>Passages</legend>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          Select words in an answer and choose “Pin to lesson”, or pin a key quote or the current
          search match below.
        </p>
        {draft.pins.length > 0 && (
          <ol aria-label="Pinned passages" className="mt-2 space-y-3">
            {draft.pins.map((pin, i) => (
              <li
                key={pin.directive}
                className="rounded-lg border border-stone-200 p-3 dark:border-stone-700"
              >
                <blockquote className="font-serif">
                  {i + 1}. “{pin.text}”
                </blockquote>
                <div className="mt-2 flex flex-wrap gap-2">
                  <button
                    type="button"
                    className={smallButton}
                    disabled={i === 0}
                    onClick={(event) =>
                      moveBy(event, { type: 'move-pin', directive: pin.directive, by: -1 })
                    }
                  >
                    ↑<span className="sr-only"> Move passage {i + 1} up</span>
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={i === draft.pins.length - 1}
                    onClick={(event) =>
                      moveBy(event, { type: 'move-pin', directive: pin.directive, by: 1 })
                    }
                  >
                    ↓<span className="sr-only"> Move passage {i + 1} down</span>
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    data-remove
                    onClick={(event) => removePin(event, pin.directive, i)}
                  >
                    Remove<span className="sr-only"> passage {i + 1}</span>
                  </button>
                </div>
                <PromptField
                  label={`Prompt for passage ${i + 1} (optional)`}
                  value={pin.prompt}
                  onChange={(text) =>
                    dispatch({ type: 'pin-prompt', directive: pin.directive, text })
                  }
                />
                {draft.discuss && (
                  <label className="mt-2 flex min-h-11 items-center gap-3 text-sm">
                    <input
                      type="checkbox"
                      className="size-5 shrink-0"
                      checked={pin.excerpt}
                      onChange={(event) =>
                        dispatch({
                          type: 'pin-excerpt',
                          directive: pin.directive,
                          on: event.target.checked,
                        })
                      }
                    />
                    <span>Show passage {i + 1} as an excerpt while its answer is hidden</span>
                  </label>
                )}
              </li>
            ))}
          </ol>
        )}
        {candidates.length > 0 && (
          <ul ref={candidateList} aria-label="Passages to pin" className="mt-3 space-y-2">
            {candidates.map((candidate) => (
              <li key={candidate.directive} className="flex items-start gap-3">
                <button
                  type="button"
                  // Its word whole beside a long passage: shrunk to 44 px, "Pinned" broke in two.
                  className={`${smallButton} shrink-0`}
                  // Not `disabled`: a button disabled under the focus drops it to <body>.
                  aria-disabled={pinned.has(candidate.directive)}
                  onClick={() => {
                    if (pinned.has(candidate.directive)) return;
                    const { source: _source, ...pin } = candidate;
                    dispatch({ type: 'add-pin', pin });
                  }}
                >
                  {pinned.has(candidate.directive) ? 'Pinned' : 'Pin'}
                  <span className="sr-only"> “{candidate.text}”</span>
                </button>
                <span className="text-sm">
                  <span className="font-serif">“{candidate.text}”</span>{' '}
                  <span className="text-stone-600 dark:text-stone-400">({candidate.source})</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend className={legend}>For the class</legend>
        <PromptField
          label="Prompt for the lesson (optional)"
          value={draft.prompt}
          multiline
          onChange={(text) => dispatch({ type: 'prompt', text })}
        />
        <label className="mt-3 flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            className="size-5 shrink-0"
            checked={draft.discuss}
            onChange={(event) => dispatch({ type: 'discuss', on: event.target.checked })}
          />
          <span>Discussion mode: hide answers until revealed</span>
        </label>
        {draft.discuss && draft.pins.length > 0 && (
          <p className="text-sm text-stone-700 dark:text-stone-300">
            A pinned passage stays hidden with its answer, unless you choose above to show it as an
            excerpt.
          </p>
        )}
      </fieldset>

      <section aria-labelledby="lesson_link_heading">
        <h3 id="lesson_link_heading" className={legend}>
          The lesson link
        </h3>
        <div className="mt-2 flex flex-col gap-4">
          <QrCode text={url} label="QR code of the lesson link" modulePx={3} minPx={160} />
          <div className="min-w-0 space-y-2">
            <code className="block rounded bg-stone-100 px-2 py-1 text-sm break-all dark:bg-stone-800">
              {url}
            </code>
            <p className="text-sm text-stone-700 dark:text-stone-300">
              {url.length} characters
              {url.length > LINK_MAX && (
                <>
                  : {url.length - LINK_MAX} too many for some LMS and chat tools, shorten the
                  prompts.
                  {WIDE_SCRIPT.test(promptsOf(draft)) &&
                    ' Chinese, Japanese and Korean take about 2.5 characters of the link each: four prompts of 160 characters fit.'}
                </>
              )}
            </p>
            <div className="flex flex-wrap items-center gap-2">
              <CopyButton text={() => url} label="Copy lesson link" display="text" tone="button" />
              <Link
                to={path}
                onClick={props.onClose}
                className="inline-flex min-h-11 items-center underline underline-offset-2"
              >
                Open it
              </Link>
            </div>
          </div>
        </div>
      </section>
    </div>
  );
}
