import { memo, Suspense, type ReactNode } from 'react';
import { lazyPart } from '../../../components/lazy-part';
import { paths, type LessonParams } from '../../../config/paths';
import type { MarkRange } from '../../../interview/highlight';
import type { Question } from '../../../interview/schema';
import { paragraphKey } from '../../../interview/search-units';
import { LAZY_BLOCK_CLASS } from '../../../lib/landing';
import type { ParagraphLinkCopy } from '../hooks/use-paragraph-link-copy';
import type { Speaker } from '../reader-model';
import { AnswerParagraph } from './answer-paragraph';
import { CopyLinkButton } from './copy-button';
import { HighlightedText } from './highlighted-text';
import { SpeakerTag } from './speaker-tag';

const NO_RANGES: readonly MarkRange[] = [];

// Only discussion mode needs these: they load with its first render, or
// before a lesson link's page hydrates (preloadLessonParts in reader-route.tsx).
export const HiddenAnswer = lazyPart(() =>
  import('./discussion-controls').then((module) => module.HiddenAnswer),
);
export const HideAnswerButton = lazyPart(() =>
  import('./discussion-controls').then((module) => module.HideAnswerButton),
);

type QuestionBlockProps = {
  interviewId: string;
  sectionId: string;
  question: Question;
  number: number;
  asker: Speaker | undefined;
  answerer: Speaker | undefined;
  keyQuoteRanges: readonly (readonly MarkRange[])[];
  /** This question's search and passage marks, by paragraph key. */
  marks: ReadonlyMap<string, readonly MarkRange[]>;
  isTarget: boolean;
  /** Laid out only near the screen (a long interview's questions: see LAZY_BLOCK_CLASS). */
  lazy: boolean;
  /** The lesson the links made here keep. */
  lesson: Partial<LessonParams>;
  discussing: boolean;
  /** False in discussion mode until the answer is revealed. */
  answerShown: boolean;
  onRevealAnswer: (questionId: string) => void;
  onHideAnswer: (questionId: string) => void;
  onCite: (questionId: string) => void;
  /** The link to a whole answer paragraph. */
  paragraphPath: (questionId: string, paragraph: number) => () => string;
  /** The selection menu and the paragraph it follows, when the selection is in this answer. */
  selectionMenu: { paragraph: number; menu: ReactNode } | undefined;
  /** The paragraph link in use, when it is one of this answer's (useParagraphLinkCopy). */
  paragraphLink: ParagraphLinkCopy | undefined;
  onCopyParagraphLink: (
    questionId: string,
    paragraph: number,
    name: string,
    path: () => string,
  ) => void;
  onDismissParagraphLink: () => void;
};

/**
 * One question and its answer: the question as a heading, the answer as
 * paragraphs. Memoised: on a long interview a search re-renders only the
 * questions whose marks changed.
 */
export const QuestionBlock = memo(function QuestionBlock(props: QuestionBlockProps) {
  const { interviewId, sectionId, question, number, asker, answerer, isTarget, marks } = props;
  const answerId = `${question.id}__answer`;
  return (
    <article
      id={question.id}
      aria-labelledby={`${question.id}__question`}
      className={`question-block ${props.lazy ? `${LAZY_BLOCK_CLASS} ` : ''}${
        isTarget
          ? 'bg-sky-50 ring-2 ring-sky-200 dark:bg-sky-950/40 dark:ring-sky-900 print:bg-transparent print:ring-0'
          : ''
      }`}
    >
      {/* Component classes (styles/index.css) for what every question repeats. */}
      <div className="question-header">
        <h3 id={`${question.id}__question`} className="question-heading">
          {/* Template strings: one text node each, not three with comments between
              (2,000 questions make it 20,000 nodes). */}
          <span data-pagefind-ignore className="sr-only">{`Question ${number}. `}</span>
          {/* The speaker's row, with room on the right for the question's tools. */}
          <span className="speaker-row">
            {/* On paper, the number citations locate it by (Q2 ¶3). */}
            <span data-pagefind-ignore aria-hidden="true" className="print-number question-number">
              {`Q${number}`}
            </span>
            <SpeakerTag speaker={asker} />
          </span>
          {question.question.map((paragraph, i) => (
            <span key={i} className="question-text">
              <HighlightedText
                text={paragraph}
                ranges={marks.get(paragraphKey('question', question.id, i)) ?? NO_RANGES}
              />
            </span>
          ))}
        </h3>
        <div data-pagefind-ignore className="question-tools">
          <CopyLinkButton
            path={paths.anchor(interviewId, sectionId, question.id, props.lesson)}
            target={`question ${number}`}
          />
          <button
            type="button"
            onClick={() => props.onCite(question.id)}
            data-cite
            aria-label={`Cite question ${number}`}
            className="cite-button"
          >
            Cite
          </button>
        </div>
      </div>
      {props.answerShown ? (
        <div id={answerId} className="answer">
          <div className="answer-head">
            <SpeakerTag speaker={answerer} />
            {props.discussing && (
              <Suspense fallback={null}>
                <HideAnswerButton
                  questionId={question.id}
                  number={number}
                  onClick={props.onHideAnswer}
                />
              </Suspense>
            )}
          </div>
          <div className="space-y-4">
            {question.answer.map((paragraph, i) => (
              <AnswerParagraph
                key={i}
                questionId={question.id}
                index={i}
                text={paragraph}
                questionNumber={number}
                ranges={[
                  ...(props.keyQuoteRanges[i] ?? NO_RANGES),
                  ...(marks.get(paragraphKey('answer', question.id, i)) ?? NO_RANGES),
                ]}
                paragraphPath={props.paragraphPath(question.id, i)}
                menu={props.selectionMenu?.paragraph === i ? props.selectionMenu.menu : null}
                link={props.paragraphLink?.paragraph === i ? props.paragraphLink : undefined}
                onCopyLink={props.onCopyParagraphLink}
                onDismissLink={props.onDismissParagraphLink}
              />
            ))}
          </div>
        </div>
      ) : (
        <Suspense fallback={null}>
          <HiddenAnswer questionId={question.id} number={number} onClick={props.onRevealAnswer} />
        </Suspense>
      )}
    </article>
  );
});
