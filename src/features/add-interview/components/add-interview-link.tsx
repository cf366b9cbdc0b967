import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';

/**
 * The library's way to the "Add an interview" page. Not shown without
 * JavaScript: the page reads and keeps an interview with script only, and
 * without it says just that. Nor on paper, where it leads nowhere.
 */
export function AddInterviewLink() {
  return (
    <p className="mb-8 no-js:hidden print:hidden">
      <Link
        to={paths.addInterview()}
        className="inline-flex min-h-11 items-center rounded-md bg-stone-900 px-4 font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
      >
        Add an interview
      </Link>
      <span className="ml-3 text-sm text-stone-700 dark:text-stone-300">
        from a newspaper page, a text or a file
      </span>
    </p>
  );
}
