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

// The bar's look is in index.css: a lesson shown before the app has started holds its place.
const linkClass = 'lesson-bar-link';

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
    <div className="lesson-bar">
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
