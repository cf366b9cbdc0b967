import { Link } from '../../../components/link';
import { paths, type ReaderParams } from '../../../config/paths';

type LessonBarProps = {
  shown: number;
  total: number;
  interviewId: string;
  sectionParam: string | undefined;
  /** The lesson's view (its links are made here, not in the first view's code). */
  params: ReaderParams;
  /** How many of the shown answers are revealed. */
  revealedCount: number;
  onRevealAll: () => void;
  onHideAll: () => void;
};

const linkClass = 'inline-flex min-h-11 items-center font-medium underline underline-offset-2';

/**
 * In a lesson: says what the lesson link narrowed, how to see all of it, and discussion mode's
 * controls. Not on paper: all of it is about the screen (its links, the reveal buttons), and a
 * handout's header already gives the lesson's link.
 */
export function LessonBar(props: LessonBarProps) {
  const { shown, total, interviewId, sectionParam, params, revealedCount } = props;
  const discussion = params.mode === 'discuss';
  // The same view without the lesson (every section, no prompts), and without discussion mode.
  const showAllPath = paths.reader(interviewId, sectionParam, { q: params.q });
  const leaveDiscussionPath = paths.reader(interviewId, sectionParam, { ...params, mode: 'read' });
  return (
    <div className="my-4 flex flex-wrap items-center gap-x-3 rounded-lg border border-violet-300 bg-violet-50 px-4 py-1 font-sans text-sm text-violet-950 print:hidden dark:border-violet-800 dark:bg-violet-950/40 dark:text-violet-100">
      <p>
        {shown < total ? `Showing ${shown} of ${total} sections` : 'A lesson'}
        <span> ·</span>
      </p>
      <Link to={showAllPath} className={linkClass}>
        Show all
      </Link>
      {discussion && (
        <>
          <p className="basis-full">Discussion mode: answers stay hidden until revealed</p>
          <button type="button" onClick={props.onRevealAll} className={linkClass}>
            Reveal all answers
          </button>
          {revealedCount > 0 && (
            <button type="button" onClick={props.onHideAll} className={linkClass}>
              Hide all answers
            </button>
          )}
          <Link to={leaveDiscussionPath} className={linkClass}>
            Leave discussion mode
          </Link>
        </>
      )}
    </div>
  );
}
