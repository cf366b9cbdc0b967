import { Link } from '../../../components/link';
import { libraryPath, paths } from '../../../config/paths';
import type { LibraryQuery } from '../../../interview/library-query';
import { formatCount } from '../../../lib/format';
import { pagerItems } from '../library-view';

const itemClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 tabular-nums';
const linkClass = `${itemClass} underline underline-offset-2 hover:bg-stone-100 dark:hover:bg-stone-800`;

/** Previous, next and nearby pages of the library, as links. */
export function Pagination({ query, pageCount }: { query: LibraryQuery; pageCount: number }) {
  if (pageCount <= 1) return null;
  const { page } = query;
  const to = (p: number) => paths.library({ ...query, page: p });
  // Pages with paths of their own are prerendered, and read without JavaScript.
  const prerendered = libraryPath({ ...query, page: 2 }) !== undefined;
  const previous =
    page > 1 ? (
      <Link to={to(Math.min(page - 1, pageCount))} rel="prev" className={linkClass}>
        Previous
      </Link>
    ) : (
      <span className={`${itemClass} text-stone-500 dark:text-stone-400`}>Previous</span>
    );
  return (
    // Not on paper, where its links lead nowhere: the heading says which interviews a sheet lists.
    <nav aria-label="Pages" className={`mt-8 print:hidden ${prerendered ? '' : 'no-js:hidden'}`}>
      {/* On a phone the numbers take a row, and Previous and Next the row below, at its ends:
      in one row that wrapped, the numbers split across two rows. Previous is written twice, before
      the numbers (from 640 px) and after them (on a phone), so the tab order is the order seen. */}
      <ul className="flex flex-wrap items-center justify-center gap-1">
        <li className="max-sm:hidden">{previous}</li>
        {pagerItems(page, pageCount).map((item) =>
          'gap' in item ? (
            <li key={item.gap} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={item.page}>
              <Link
                to={to(item.page)}
                aria-current={item.page === page ? 'page' : undefined}
                aria-label={`Page ${formatCount(item.page)}`}
                className={
                  item.page === page
                    ? `${itemClass} bg-stone-800 font-semibold text-white dark:bg-stone-200 dark:text-stone-900`
                    : linkClass
                }
              >
                {formatCount(item.page)}
              </Link>
            </li>
          ),
        )}
        <li aria-hidden="true" className="hidden max-sm:block max-sm:basis-full" />
        <li className="mr-auto hidden max-sm:block">{previous}</li>
        <li>
          {page < pageCount ? (
            <Link to={to(page + 1)} rel="next" className={linkClass}>
              Next
            </Link>
          ) : (
            <span className={`${itemClass} text-stone-500 dark:text-stone-400`}>Next</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
