import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { catalogueQueryOptions } from '../../features/library/api/get-catalogue';
import { InterviewCard } from '../../features/library/components/interview-card';
import { PAGE_TITLE_ID, useRevealOnNavigate } from '../../hooks/use-reveal-on-navigate';

/** Loads the catalogue before the library renders. */
export function libraryLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(catalogueQueryOptions());
    return null;
  };
}

/** `/`: every interview of the catalogue. */
export function LibraryRoute() {
  const { data: catalogue } = useSuspenseQuery(catalogueQueryOptions());
  useRevealOnNavigate();
  return (
    <>
      <title>Interview Reader</title>
      <div className="mx-auto max-w-3xl">
        <h1
          id={PAGE_TITLE_ID}
          className="mt-10 mb-2 font-serif text-3xl font-semibold outline-none"
        >
          Interviews
        </h1>
        <p className="mb-8 text-stone-700 dark:text-stone-300">
          Published question-and-answer interviews, arranged by topic, with every section, question
          and key quote a link of its own.
        </p>
        {catalogue.interviews.length === 0 ? (
          <p>The library is empty.</p>
        ) : (
          <ul className="space-y-6">
            {catalogue.interviews.map((entry) => (
              <li key={entry.id}>
                <InterviewCard entry={entry} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
