import {
  useLoaderData,
  useLocation,
  useNavigate,
  useParams,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
} from 'react-router-dom';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { QueryClientOf } from '../router';
import { anchorIndex, canonicalFragment } from '../../interview/anchors';
import { dataUrls, paths } from '../../config/paths';
import { useKeepForOffline } from '../../features/offline/hooks/use-keep-for-offline';
import { interviewQueryOptions, isFromThisDevice } from '../../features/reader/api/get-interview';
import { Reader } from '../../features/reader/components/reader';
import {
  LessonBar,
  LessonPanel,
  preloadReaderParts,
  TeacherPrompt,
} from '../../features/reader/components/reader-lazy-parts';
import { HiddenAnswer } from '../../features/reader/components/question-block';

// Loaded only for an interview kept on this device, never for a published one.
const KeptNotice = lazy(() =>
  import('../../features/add-interview/on-demand').then((module) => ({
    default: module.KeptNotice,
  })),
);

/** Ids match whatever their letter case: `/i/Viktor-Maiko-2026` is `/i/viktor-maiko-2026`. */
const interviewIdOf = (param: string | undefined) => (param ?? '').toLowerCase();

/**
 * Loads the interview before the reader renders, through the query cache (an
 * interview read once is not fetched again). The reader takes it from the
 * loader's data, which a prerendered page brings: its first view needs no
 * query client (src/lib/load-query-client.ts).
 */
export function readerLoader(queryClientOf: QueryClientOf) {
  return async ({ params }: LoaderFunctionArgs) => {
    const id = interviewIdOf(params.interviewId);
    // The reader's deferred parts load with the interview (a hydrated page loads them as it starts).
    const [interview] = await Promise.all([
      queryClientOf().then((queryClient) => queryClient.ensureQueryData(interviewQueryOptions(id))),
      preloadReaderParts(),
    ]);
    return { interview };
  };
}

/**
 * Loads the code of the parts a lesson shows, before a lesson link's page
 * hydrates (src/app/router.tsx): the render after hydration, which applies
 * the link's parameters, then shows the whole lesson at once. Until that
 * render the page hides the reader's text (LESSON_PENDING_CLASS, set by the
 * boot script; see index.css); the first landing after it shows it again
 * (useRevealOnNavigate). A part that failed to load loads again when it renders.
 * The reader's deferred parts too: the page is built as the whole interview, and
 * until their code came its key quotes (the hidden answers' words, which print
 * open) and reading time showed in the lesson.
 */
export const preloadLessonParts = () =>
  Promise.allSettled([
    ...[LessonBar, TeacherPrompt, LessonPanel, HiddenAnswer].map((p) => p.preload()),
    preloadReaderParts(),
  ]);

/**
 * Reloads only for another interview: a search, a lesson parameter or a
 * fragment changes the URL of the same interview, and so does a navigation to
 * the address already shown (Enter in the search field). Reloading then made
 * a new interview object (fetched and parsed again: a prerendered page's query
 * cache does not hold it), so the reader rebuilt its model and its search
 * index from the start, and re-rendered every question: a search in the
 * 2,000-question interview took 4-5 s instead of 0.4 s (docs/measurements.md,
 * Speed). An explicit retry still reloads: a route whose loader failed has no
 * data, and React Router loads it again whatever this says.
 */
export function readerShouldRevalidate({
  currentParams,
  nextParams,
}: Pick<ShouldRevalidateFunctionArgs, 'currentParams' | 'nextParams'>) {
  return interviewIdOf(currentParams.interviewId) !== interviewIdOf(nextParams.interviewId);
}

/** `/i/:interviewId` and `/i/:interviewId/:sectionId`: the reader. */
export function ReaderRoute() {
  const { sectionId } = useParams();
  const { pathname, search, hash } = useLocation();
  const { interview } = useLoaderData<ReturnType<typeof readerLoader>>();
  const section = interview.sections.find((s) => s.id === sectionId?.toLowerCase());
  const anchors = useMemo(() => anchorIndex(interview), [interview]);
  // The address bar shows the canonical URL: ids in their own case, `/i/` in
  // lower case. The fragment too: the router scrolls to the element it names,
  // and to the top when none has that id (`#Q5` left the reader at the top).
  const canonical =
    sectionId === undefined
      ? paths.interview(interview.id)
      : section && paths.section(interview.id, section.id);
  const fragment = canonicalFragment(anchors, hash);
  const redirect =
    canonical !== undefined && (canonical !== pathname || fragment !== hash)
      ? `${canonical}${search}${fragment}`
      : undefined;
  const navigate = useNavigate();
  useEffect(() => {
    if (redirect !== undefined) void navigate(redirect, { replace: true });
  }, [navigate, redirect]);
  // A published interview's file is kept for reading offline (one kept on
  // this device is in its own storage already).
  useKeepForOffline(isFromThisDevice(interview) ? [] : [dataUrls.interview(interview.id)]);
  // A new interview starts with fresh reader state (open sections, scroll-spy).
  const reader = (
    <Reader key={interview.id} interview={interview} sectionParam={section?.id ?? sectionId} />
  );
  // A published interview's page is the reader alone, as prerendered.
  if (!isFromThisDevice(interview)) {
    return reader;
  }
  return (
    <>
      <Suspense fallback={null}>
        <KeptNotice interview={interview} />
      </Suspense>
      {reader}
    </>
  );
}
