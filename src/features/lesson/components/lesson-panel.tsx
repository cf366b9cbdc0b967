import type { Interview } from '../../../interview/schema';
import { locatorText } from '../../../interview/locator';
import { TeacherPrompt } from './teacher-prompt';

/** A pinned passage as the lesson view shows it. */
export type LessonPin = {
  index: number;
  prompt: string;
  /** Its words, or undefined when it was not found in the interview. */
  text: string | undefined;
  questionId: string | undefined;
  question: number | undefined;
  paragraph: number | undefined;
  /** False in discussion mode while its answer is hidden. */
  answerShown: boolean;
};

type LessonPanelProps = {
  interview: Interview;
  prompt: string;
  pins: readonly LessonPin[];
  /** In discussion mode: show a hidden answer's pinned passage as an excerpt. */
  excerpts: boolean;
  onGoTo: (pin: LessonPin) => void;
  onReveal: (questionId: string) => void;
};

const buttonClass =
  'inline-flex min-h-11 items-center rounded-md border border-violet-300 px-3 text-sm font-medium hover:bg-violet-100 print:hidden dark:border-violet-700 dark:hover:bg-violet-900';

/** The lesson's prompt and its pinned passages, in the teacher's order. */
export function LessonPanel({
  interview,
  prompt,
  pins,
  excerpts,
  onGoTo,
  onReveal,
}: LessonPanelProps) {
  if (!prompt && pins.length === 0) return null;
  const speaker = interview.people.interviewees[0]?.name ?? 'the interviewee';
  return (
    <section aria-labelledby="lesson_heading" className="lesson-panel my-6 font-sans">
      <h2 id="lesson_heading" className="text-lg font-semibold">
        Lesson
      </h2>
      {prompt && <TeacherPrompt text={prompt} />}
      {pins.length > 0 && (
        <ol aria-label="Passages for the lesson" className="mt-3 space-y-3">
          {pins.map((pin) => {
            const where =
              pin.question !== undefined
                ? locatorText({ question: pin.question, paragraph: pin.paragraph })
                : undefined;
            const visible = pin.text !== undefined && (pin.answerShown || excerpts);
            return (
              <li
                key={pin.index}
                className="rounded-lg border border-stone-300 p-3 dark:border-stone-700"
              >
                <p className="text-sm font-semibold">
                  Passage {pin.index + 1}
                  {where && ` · ${where}`}
                </p>
                {pin.prompt && (
                  <TeacherPrompt
                    text={pin.prompt}
                    label="Prompt"
                    name={`Prompt for passage ${pin.index + 1}`}
                  />
                )}
                {pin.text === undefined ? (
                  <p className="text-sm text-stone-700 dark:text-stone-300">
                    This passage is no longer in the interview.
                  </p>
                ) : visible ? (
                  <blockquote className="mt-2 font-serif text-lg">
                    {!pin.answerShown && (
                      <span className="block font-sans text-sm">What did {speaker} mean by:</span>
                    )}
                    “{pin.text}”
                  </blockquote>
                ) : (
                  <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                    Hidden until its answer is revealed.
                  </p>
                )}
                <div className="mt-2 flex flex-wrap gap-2">
                  {pin.questionId && !pin.answerShown && (
                    <button
                      type="button"
                      className={buttonClass}
                      onClick={() => pin.questionId && onReveal(pin.questionId)}
                    >
                      Reveal the answer
                      <span className="sr-only"> with passage {pin.index + 1}</span>
                    </button>
                  )}
                  {pin.questionId && (
                    <button type="button" className={buttonClass} onClick={() => onGoTo(pin)}>
                      Go to {pin.answerShown ? 'the passage' : 'its question'}
                      <span className="sr-only"> {pin.index + 1}</span>
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
