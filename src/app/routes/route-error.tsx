import { useParams, useRevalidator, useRouteError } from 'react-router-dom';
import { Link } from '../../components/link';
import { Notice } from '../../components/notice';
import { paths } from '../../config/paths';
import { useOnReconnect } from '../../features/offline/hooks/use-on-reconnect';
import { useOnline } from '../../features/offline/hooks/use-online';
import { useSavedInterviews } from '../../features/offline/hooks/use-saved-interviews';
import { useRevealOnNavigate } from '../../hooks/use-reveal-on-navigate';
import {
  InvalidDataError,
  MissingDataError,
  NetworkError,
  NotFoundError,
} from '../../lib/load-errors';

/** How often a page that could not reach the network tries again by itself. */
const RETRY_MS = 20_000;

function BackToLibrary() {
  return (
    <p>
      <Link to={paths.library()} className="touch-link font-medium underline underline-offset-2">
        Back to the library
      </Link>
    </p>
  );
}

/** The interviews this device has saved, as links: what can be read while the network is gone. */
function SavedInterviews() {
  const saved = useSavedInterviews();
  if (saved.length === 0) return null;
  return (
    <>
      <h2 id="saved_interviews" className="font-semibold">
        Saved on this device
      </h2>
      <ul aria-labelledby="saved_interviews" className="list-disc space-y-1 pl-6">
        {saved.map(({ id, title }) => (
          <li key={id}>
            <Link
              to={paths.interview(id)}
              className="touch-link font-medium break-words underline underline-offset-2"
            >
              {title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A touch target of 44 px: the generic error's button was 40 px high. */
function TryAgain({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="min-h-11 rounded-md bg-stone-800 px-4 font-medium text-white hover:bg-stone-700 dark:bg-stone-200 dark:text-stone-900"
    >
      Try again
    </button>
  );
}

/** What a page shows when its data is missing, invalid or unreachable: never a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const { interviewId } = useParams();
  const revalidator = useRevalidator();
  const online = useOnline();
  useRevealOnNavigate();
  // A page that failed for want of a network loads once the network is back.
  useOnReconnect(error instanceof NetworkError, () => void revalidator.revalidate(), {
    pollMs: RETRY_MS,
  });

  if (error instanceof NotFoundError) {
    const title = interviewId ? 'Interview not found' : 'Not found';
    return (
      <Notice title={title}>
        <title>{`${title} · Interview Reader`}</title>
        <p>
          {error.message}. Check the link for a typing mistake, or look for the interview in the
          library.
        </p>
        <BackToLibrary />
      </Notice>
    );
  }
  if (error instanceof MissingDataError) {
    // The link is right (the site has the interview's page): no advice to check it.
    return (
      <Notice title="This interview could not be loaded">
        <title>Could not load · Interview Reader</title>
        <p>
          {error.message}. Try again in a moment; if it still fails, the site is missing a file, and
          the library lists what can be read.
        </p>
        <p>
          <TryAgain onClick={() => void revalidator.revalidate()} />
        </p>
        <BackToLibrary />
      </Notice>
    );
  }
  if (error instanceof InvalidDataError) {
    return (
      <Notice title="This file cannot be shown">
        <title>Invalid data · Interview Reader</title>
        <p>
          <code className="break-all">{error.url}</code> is not a valid interview file, so it cannot
          be shown. What is wrong:
        </p>
        <ul className="list-disc space-y-1 pl-6">
          {error.problems.map((problem, i) => (
            <li key={i}>
              <code className="break-all">{problem.path}</code> {problem.message}
            </li>
          ))}
        </ul>
        <BackToLibrary />
      </Notice>
    );
  }
  if (error instanceof NetworkError && error.unreachable) {
    return (
      <Notice title="Not saved on this device" tone="info">
        <title>Not saved · Interview Reader</title>
        <p>
          {online
            ? 'The network cannot be reached, and this page has not been saved on this device.'
            : 'You are offline, and this page has not been saved on this device.'}{' '}
          It opens when you are back online.
        </p>
        <p>Interviews you have opened here before read offline, with their lesson links.</p>
        <p>
          <TryAgain onClick={() => void revalidator.revalidate()} />
        </p>
        <SavedInterviews />
        <BackToLibrary />
      </Notice>
    );
  }
  const message =
    error instanceof NetworkError ? error.message : 'Something went wrong while showing this page.';
  return (
    <Notice title="Could not load this page">
      <title>Could not load · Interview Reader</title>
      <p>{message}</p>
      <p>
        <TryAgain onClick={() => void revalidator.revalidate()} />
      </p>
      <BackToLibrary />
    </Notice>
  );
}

/** Any URL outside the link contract. */
export function NotFoundRoute() {
  useRevealOnNavigate();
  return (
    <Notice title="Page not found">
      <title>Page not found · Interview Reader</title>
      <p>There is no page at this address.</p>
      <BackToLibrary />
    </Notice>
  );
}
