import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';

/**
 * The library's way to the "Add an interview" page. Not shown without
 * JavaScript: the page reads and keeps an interview with script only, and
 * without it says just that. Nor on paper, where it leads nowhere.
 */
export function AddInterviewLink() {
  return (
    // A row that wraps whole: on a phone the phrase goes below the button, not half beside it.
    <p className="mb-8 flex flex-wrap items-center gap-x-3 gap-y-1 no-js:hidden print:hidden">
      {/* Its transparent border is drawn in forced colours, where the background is dropped. */}
      <Link
        to={paths.addInterview()}
        className="inline-flex min-h-11 items-center rounded-md border border-transparent bg-stone-900 px-4 font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
      >
        Add an interview
      </Link>
      <span className="text-sm text-stone-700 dark:text-stone-300">
        from a newspaper page, a text or a file
      </span>
    </p>
  );
}
