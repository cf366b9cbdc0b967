import { Link } from 'react-router-dom';

type LessonBarProps = {
  shown: number;
  total: number;
  /** Link to the same view with every section. */
  showAllPath: string | undefined;
  discussion: boolean;
  onRevealAll: () => void;
  /** Link to the same view without discussion mode. */
  leaveDiscussionPath: string;
};

const linkClass = 'font-medium underline underline-offset-2';

/** Says a lesson link narrowed the interview, and how to see all of it. */
export function LessonBar({
  shown,
  total,
  showAllPath,
  discussion,
  onRevealAll,
  leaveDiscussionPath,
}: LessonBarProps) {
  if (!showAllPath && !discussion) return null;
  return (
    <div className="my-4 space-y-1 rounded-lg border border-violet-300 bg-violet-50 px-4 py-3 font-sans text-sm text-violet-950 dark:border-violet-800 dark:bg-violet-950/40 dark:text-violet-100">
      {showAllPath && (
        <p>
          Showing {shown} of {total} sections ·{' '}
          <Link to={showAllPath} className={linkClass}>
            Show all
          </Link>
        </p>
      )}
      {discussion && (
        <p>
          Discussion mode: answers stay hidden until revealed ·{' '}
          <button type="button" onClick={onRevealAll} className={linkClass}>
            Reveal all answers
          </button>{' '}
          ·{' '}
          <Link to={leaveDiscussionPath} className={linkClass}>
            Leave discussion mode
          </Link>
        </p>
      )}
    </div>
  );
}
