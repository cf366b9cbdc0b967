import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import type { OutlineSection } from '../../../interview/outline';

type QuestionIndexProps = {
  interviewId: string;
  outline: readonly OutlineSection[];
  /** The question being read, marked with aria-current. */
  currentId: string | undefined;
  /** Called when an entry is followed (the phone panel closes). */
  onNavigate?: () => void;
};

/** Every question by its text, grouped by topic; each entry a real link. Renders only. */
export function QuestionIndex({ interviewId, outline, currentId, onNavigate }: QuestionIndexProps) {
  return (
    <ol className="space-y-4 text-sm">
      {outline.map((section) => (
        <li key={section.id}>
          <Link
            preventScrollReset
            to={paths.section(interviewId, section.id)}
            onClick={onNavigate}
            className="font-sans font-semibold tracking-wide text-sky-800 uppercase hover:underline dark:text-sky-300"
          >
            {section.label}
          </Link>
          <ol className="mt-1 space-y-1 border-l border-stone-300 dark:border-stone-700">
            {section.questions.map((question) => {
              const current = question.id === currentId;
              return (
                <li key={question.id}>
                  <Link
                    preventScrollReset
                    to={paths.anchor(interviewId, section.id, question.id)}
                    onClick={onNavigate}
                    aria-current={current ? 'true' : undefined}
                    className={`-ml-px block border-l-2 py-1 pr-1 pl-3 leading-snug hover:text-stone-950 hover:underline dark:hover:text-white ${
                      current
                        ? 'border-sky-700 font-semibold text-stone-950 dark:border-sky-400 dark:text-white'
                        : 'border-transparent text-stone-700 dark:text-stone-300'
                    }`}
                  >
                    {question.title}
                  </Link>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
