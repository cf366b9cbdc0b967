import { useLayoutEffect } from 'react';
import type { Pin } from '../../../config/paths';
import { unpackPin } from '../../../config/prompt-codec';
import { locatorText } from '../../../interview/locator';
import type { Interview } from '../../../interview/schema';
import { focusTarget } from '../../../lib/focus';
import type { ReaderModel } from '../../reader/reader-model';
import { pinMarkId, type FoundPassage } from '../../reader/reader-view';
import { passageText } from '../passage-text';
import { TeacherPrompt } from './teacher-prompt';

type LessonPanelProps = {
  interview: Interview;
  model: ReaderModel;
  prompt: string;
  /** The lesson's pinned passages, as the link gives them. */
  pins: readonly Pin[];
  /** Each pinned passage as found in the interview; undefined where it is not. */
  found: readonly (FoundPassage | undefined)[];
  /** False in discussion mode while a question's answer is hidden. */
  answerShown: (questionId: string) => boolean;
  /** Shows a hidden answer, leaving focus where it is. */
  onReveal: (questionId: string) => void;
  /** Opens a section (collapsed by the reader), before going to a passage in it. */
  onOpenSection: (sectionId: string) => void;
  /**
   * Receives unpackPin, for the reader to read pins written as Punycode: it
   * loads with this panel, never with a first view without pins.
   */
  onUnpackPin: (set: () => (raw: string) => string) => void;
};

const goToId = (index: number) => `lesson_pin_${index}__go`;

// Side by side, never wrapped onto rows of their own: where both do not fit on one line (320 px:
// 142 and 135 px in 262), each narrows and its words take two lines, still 44 px high.
const buttonClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-violet-300 px-3 py-1 text-center text-sm font-medium hover:bg-violet-100 print:hidden dark:border-violet-700 dark:hover:bg-violet-900';

/** The lesson's prompt and its pinned passages, in the teacher's order. */
export function LessonPanel(props: LessonPanelProps) {
  const { interview, model, prompt, pins, found, answerShown, onReveal, onUnpackPin } = props;
  // Before paint, so that the panel never shows its pins unread.
  useLayoutEffect(() => onUnpackPin(() => unpackPin), [onUnpackPin]);
  if (!prompt && pins.length === 0) return null;
  const fallbackSpeaker = interview.people.interviewees[0]?.name ?? 'the interviewee';
  const speakerOf = (questionId: string) =>
    model.speakers.get(model.questions.get(questionId)?.answeredBy ?? '')?.name ?? fallbackSpeaker;
  // A revealed passage is marked in its answer; a hidden one is gone to by its question.
  const goTo = (passage: FoundPassage, index: number) => {
    const shown = answerShown(passage.questionId);
    props.onOpenSection(passage.sectionId);
    const element = document.getElementById(shown ? pinMarkId(index) : passage.questionId);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    focusTarget(element);
  };
  return (
    <section aria-labelledby="lesson_heading" className="lesson-panel my-6 font-sans">
      <h2 id="lesson_heading" className="text-lg font-semibold">
        Lesson
      </h2>
      {prompt && <TeacherPrompt text={prompt} />}
      {pins.length > 0 && (
        <ol aria-label="Passages for the lesson" className="mt-3 space-y-3">
          {pins.map((pin, index) => {
            const passage = found[index];
            const shown = passage !== undefined && answerShown(passage.questionId);
            const question = passage && model.questionNumbers.get(passage.questionId);
            const where =
              passage && question !== undefined
                ? locatorText({ question, paragraph: (passage.ranges[0]?.paragraph ?? 0) + 1 })
                : undefined;
            return (
              <li
                key={index}
                className="rounded-lg border border-stone-300 p-3 dark:border-stone-700"
              >
                <p className="text-sm font-semibold">
                  Passage {index + 1}
                  {where && ` · ${where}`}
                </p>
                {pin.prompt && (
                  <TeacherPrompt
                    text={pin.prompt}
                    label="Prompt"
                    name={`Prompt for passage ${index + 1}`}
                  />
                )}
                {passage === undefined ? (
                  <p className="text-sm text-stone-700 dark:text-stone-300">
                    This passage is no longer in the interview.
                  </p>
                ) : shown || pin.excerpt ? (
                  <blockquote className="mt-2 font-serif text-lg">
                    {!shown && (
                      <span className="block font-sans text-sm">
                        What did {speakerOf(passage.questionId)} mean by:
                      </span>
                    )}
                    “{passageText(model, passage)}”
                  </blockquote>
                ) : (
                  <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                    {/* Paper has no reveal button: it says why the words are not there. */}
                    <span className="print:hidden">Hidden until its answer is revealed.</span>
                    <span className="hidden print:inline">
                      Not printed: its answer is left for the discussion.
                    </span>
                  </p>
                )}
                {passage && (
                  <div className="mt-2 flex gap-2">
                    {!shown && (
                      <button
                        type="button"
                        className={buttonClass}
                        onClick={() => {
                          onReveal(passage.questionId);
                          // The button goes: focus stays in this card, on the way to the passage.
                          requestAnimationFrame(() =>
                            document.getElementById(goToId(index))?.focus(),
                          );
                        }}
                      >
                        Reveal the answer
                        <span className="sr-only"> with passage {index + 1}</span>
                      </button>
                    )}
                    <button
                      id={goToId(index)}
                      type="button"
                      className={buttonClass}
                      onClick={() => goTo(passage, index)}
                    >
                      Go to {shown ? 'the passage' : 'its question'}
                      <span className="sr-only"> {index + 1}</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
