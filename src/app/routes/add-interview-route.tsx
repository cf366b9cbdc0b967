import { useLocation } from 'react-router-dom';
import { Link } from '../../components/link';
import { QueryProvider } from '../../components/query-provider';
import { paths } from '../../config/paths';
import { AddInterviewPage } from '../../features/add-interview/components/add-interview-page';
import { PAGE_TITLE_ID, useRevealOnNavigate } from '../../hooks/use-reveal-on-navigate';

/** `/add` and `/open?src=…`: the "Add an interview" page (loaded on demand: the first view never needs it). */
export function AddInterviewRoute() {
  // useLocation rather than useSearchParams: the app's other pages do not use
  // the latter, and it would grow the framework chunk every first view loads.
  const src = new URLSearchParams(useLocation().search).get('src') ?? undefined;
  useRevealOnNavigate();
  return (
    <>
      <title>Add an interview · Interview Reader</title>
      <div className="mx-auto max-w-5xl">
        <p className="mt-6 text-sm">
          <Link to={paths.library()} className="touch-link underline underline-offset-2">
            Library
          </Link>
        </p>
        <h1 id={PAGE_TITLE_ID} className="mt-2 mb-2 font-serif text-3xl font-semibold outline-none">
          Add an interview
        </h1>
        <p className="mb-8 max-w-3xl text-stone-700 dark:text-stone-300">
          Bring a question-and-answer interview from a newspaper or a transcript. You check what was
          found (every paragraph marked intro, heading, question, answer or dropped), correct it,
          and keep it on this device to read, share in class from this device, print and cite like
          any interview here.
        </p>
        <QueryProvider>
          <AddInterviewPage src={src} />
        </QueryProvider>
      </div>
    </>
  );
}
