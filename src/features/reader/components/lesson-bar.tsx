import { Link } from 'react-router-dom';

type LessonBarProps = {
  shown: number;
  total: number;
  /** The same view without the lesson: every section, no prompts. */
  showAllPath: string;
  discussion: boolean;
  /** How many of the shown answers are revealed. */
  revealedCount: number;
  onRevealAll: () => void;
  onHideAll: () => void;
  /** Link to the same view without discussion mode. */
  leaveDiscussionPath: string;
};

const linkClass =
  'inline-flex min-h-11 items-center font-medium underline underline-offset-2 print:hidden';

/** In a lesson: says what the lesson link narrowed, how to see all of it, and discussion mode's controls. */
export function LessonBar(props: LessonBarProps) {
  const { shown, total, showAllPath, discussion, revealedCount } = props;
  return (
    <div className="my-4 flex flex-wrap items-center gap-x-3 rounded-lg border border-violet-300 bg-violet-50 px-4 py-1 font-sans text-sm text-violet-950 dark:border-violet-800 dark:bg-violet-950/40 dark:text-violet-100 print:border-0 print:bg-transparent print:p-0">
      <p>
        {shown < total ? `Showing ${shown} of ${total} sections` : 'A lesson'}
        <span className="print:hidden"> ·</span>
      </p>
      <Link to={showAllPath} className={linkClass}>
        Show all
      </Link>
      {discussion && (
        <>
          <p className="basis-full print:basis-auto">
            Discussion mode: answers stay hidden until revealed
          </p>
          <button type="button" onClick={props.onRevealAll} className={linkClass}>
            Reveal all answers
          </button>
          {revealedCount > 0 && (
            <button type="button" onClick={props.onHideAll} className={linkClass}>
              Hide all answers
            </button>
          )}
          <Link to={props.leaveDiscussionPath} className={linkClass}>
            Leave discussion mode
          </Link>
        </>
      )}
    </div>
  );
}
