import { useLocation } from 'react-router-dom';
import { Link } from '../../components/link';
import { QueryProvider } from '../../components/query-provider';
import { paths } from '../../config/paths';
import {
  AddInterviewIntro,
  LIBRARY_LINK_CLASS,
} from '../../features/add-interview/components/add-interview-intro';
import { AddInterviewPage } from '../../features/add-interview/components/add-interview-page';
import { useRevealOnNavigate } from '../../hooks/use-reveal-on-navigate';

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
        <AddInterviewIntro
          library={
            <Link to={paths.library()} className={LIBRARY_LINK_CLASS}>
              Library
            </Link>
          }
        />
        <QueryProvider>
          <AddInterviewPage src={src} />
        </QueryProvider>
      </div>
    </>
  );
}
