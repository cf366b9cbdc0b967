import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { interviewQueryOptions } from '../../features/reader/api/get-interview';
import { InterviewArticle } from '../../features/reader/components/interview-article';
import { InterviewHeader } from '../../features/reader/components/interview-header';

/** Loads the interview before the reader renders. */
export function readerLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(interviewQueryOptions(params.interviewId ?? ''));
    return null;
  };
}

/** `/i/:interviewId`: one interview. */
export function ReaderRoute() {
  const { interviewId = '' } = useParams();
  const { data: interview } = useSuspenseQuery(interviewQueryOptions(interviewId));
  return (
    <article lang={interview.language} className="mx-auto max-w-3xl">
      <title>{`${interview.title} · Interview Reader`}</title>
      <InterviewHeader interview={interview} />
      <InterviewArticle interview={interview} />
    </article>
  );
}
