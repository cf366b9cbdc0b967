import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import {
  useParams,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
} from 'react-router-dom';
import { lazy, Suspense } from 'react';
import { interviewQueryOptions, isFromThisDevice } from '../../features/reader/api/get-interview';
import { Reader } from '../../features/reader/components/reader';

// Loaded only for an interview kept on this device, never for a published one.
const KeptNotice = lazy(() =>
  import('../../features/add-interview/on-demand').then((module) => ({
    default: module.KeptNotice,
  })),
);

/** Loads the interview before the reader renders. */
export function readerLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(interviewQueryOptions(params.interviewId ?? ''));
    return null;
  };
}

/**
 * Reloads only for another interview or an explicit retry: a search or a
 * lesson parameter changes the URL of the same interview, which is cached.
 */
export function readerShouldRevalidate({
  currentParams,
  nextParams,
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (currentParams.interviewId !== nextParams.interviewId) return true;
  return defaultShouldRevalidate && currentUrl.href === nextUrl.href;
}

/** `/i/:interviewId` and `/i/:interviewId/:sectionId`: the reader. */
export function ReaderRoute() {
  const { interviewId = '', sectionId } = useParams();
  const { data: interview } = useSuspenseQuery(interviewQueryOptions(interviewId));
  // A new interview starts with fresh reader state (open sections, scroll-spy).
  const reader = <Reader key={interview.id} interview={interview} sectionParam={sectionId} />;
  // A published interview's page is the reader alone, as prerendered.
  if (!isFromThisDevice(interview)) return reader;
  return (
    <>
      <Suspense fallback={null}>
        <KeptNotice interview={interview} />
      </Suspense>
      {reader}
    </>
  );
}
