import { memo } from 'react';
import { Link } from '../../../components/link';
import { PrintedUrl } from '../../../components/printed-url';
import { paths } from '../../../config/paths';
import { formatDate } from '../../../lib/format';
import type { InterviewHits } from '../search-hits';
import { ExcerptText } from './excerpt-text';

/**
 * One interview that matches: its title, and links to its best places with
 * their excerpts. Memoised: a page's interviews come one by one, each a new
 * render of the list, in which the ones shown already are the same objects.
 */
export const SearchResult = memo(function SearchResult({ result }: { result: InterviewHits }) {
  return (
    <article className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h3 className="font-serif text-xl leading-snug font-semibold">
        {/* A target for a thumb (touch-link) even where the title fits one short line. */}
        <Link
          to={result.path}
          className="touch-link underline decoration-stone-300 underline-offset-4 hover:decoration-current dark:decoration-stone-600"
        >
          {/* Found by its title alone: the words marked there, where no passage shows them. */}
          {/* One span: the link is a flex box on phones (touch-link), whose children are boxes. */}
          {result.marked ? (
            <span>
              <ExcerptText parts={result.marked.title} />
            </span>
          ) : (
            result.title
          )}
        </Link>
      </h3>
      {/* The interview's own address: its matches' links below are the screen's (with the query). */}
      <PrintedUrl path={paths.interview(result.interviewId)} />
      {(result.publication ?? result.published) && (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {result.marked?.publication ? (
            <ExcerptText parts={result.marked.publication} />
          ) : (
            result.publication
          )}
          {result.publication && result.published && ' · '}
          {result.published && (
            <time dateTime={result.published}>{formatDate(result.published)}</time>
          )}
        </p>
      )}
      {/* None where it matched by its title alone: no empty list. */}
      {result.hits.length > 0 && (
        <ul className="mt-3 space-y-3" aria-label={`Matches in ${result.title}`}>
          {result.hits.map((hit) => (
            <li key={hit.path} className="border-l-2 border-sky-700 pl-3 dark:border-sky-400">
              {/* 44 px tall on phones where its label is one line ("Introduction"): two are 48. */}
              <Link
                to={hit.path}
                className="line-clamp-2 font-medium underline thumb:min-h-11 decoration-stone-300 underline-offset-2 hover:decoration-current dark:decoration-stone-600"
              >
                {hit.kind === 'question' && <span className="sr-only">Question: </span>}
                {hit.kind === 'section' && <span className="sr-only">Section: </span>}
                {hit.label}
              </Link>
              <p className="mt-1 text-stone-700 dark:text-stone-300">
                …<ExcerptText parts={hit.excerpt} />…
              </p>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
});
