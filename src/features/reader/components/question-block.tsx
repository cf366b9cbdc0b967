import { paths } from '../../../config/paths';
import type { MarkRange } from '../../../interview/highlight';
import type { Question } from '../../../interview/schema';
import type { Speaker } from '../reader-model';
import { CopyLinkButton } from './copy-link-button';
import { HighlightedText } from './highlighted-text';
import { SpeakerTag } from './speaker-tag';

type QuestionBlockProps = {
  interviewId: string;
  sectionId: string;
  question: Question;
  number: number;
  asker: Speaker | undefined;
  answerer: Speaker | undefined;
  ranges: readonly (readonly MarkRange[])[];
  isTarget: boolean;
};

/** One question and its answer: the question as a heading, the answer as paragraphs. */
export function QuestionBlock(props: QuestionBlockProps) {
  const { interviewId, sectionId, question, number, asker, answerer, ranges, isTarget } = props;
  return (
    <article
      id={question.id}
      tabIndex={-1}
      aria-labelledby={`${question.id}__question`}
      className={`mt-8 scroll-mt-20 rounded-lg outline-none lg:scroll-mt-6 ${
        isTarget ? 'bg-sky-50 ring-2 ring-sky-200 dark:bg-sky-950/40 dark:ring-sky-900' : ''
      }`}
    >
      <div className="flex items-start gap-2 rounded-t-lg border-l-4 border-sky-700 bg-stone-100 py-3 pr-2 pl-4 dark:border-sky-400 dark:bg-stone-900">
        <h3
          id={`${question.id}__question`}
          className="flex-1 font-sans text-lg leading-snug font-semibold"
        >
          <span className="sr-only">Question {number}. </span>
          <SpeakerTag speaker={asker} />
          {question.question.map((paragraph, i) => (
            <span key={i} className="mt-1 block">
              {paragraph}
            </span>
          ))}
        </h3>
        <CopyLinkButton
          path={paths.anchor(interviewId, sectionId, question.id)}
          target={`question ${number}`}
        />
      </div>
      <div className="border-l-4 border-transparent py-3 pr-2 pl-4">
        <SpeakerTag speaker={answerer} />
        <div className="space-y-4">
          {question.answer.map((paragraph, i) => (
            <p key={i}>
              <HighlightedText text={paragraph} ranges={ranges[i] ?? []} />
            </p>
          ))}
        </div>
      </div>
    </article>
  );
}
