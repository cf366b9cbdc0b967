import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Link } from '../../../components/link';
import { KEPT_INTERVIEWS_ID, paths } from '../../../config/paths';
import { draftFromInterview } from '../../../interview/import/from-interview';
import type { Interview } from '../../../interview/schema';
import { publicationName } from '../../../interview/placeholders';
import { downloadText, interviewFileText } from '../../../lib/download';
import { formatDate } from '../../../lib/format';
import { keepInterview, loadDraft, removeKept, saveDraft } from '../../../lib/kept-interviews';
import { keptInterviewsQueryOptions, savedDraftQueryOptions } from '../api/kept-queries';

const action =
  'inline-flex min-h-11 items-center rounded-md border border-stone-300 px-3 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800';

/** The library's "On this device" list: interviews kept in this browser, to read, edit, download or delete. */
/** Who, where and when, under a kept interview's title: no publication where the importer found none. */
export function KeptInterviewFacts({ interview }: { interview: Interview }) {
  const facts = [
    interview.people.interviewees.map((p) => p.name).join('; '),
    publicationName(interview.source.publication),
    interview.published && formatDate(interview.published),
  ].filter(Boolean);
  return <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{facts.join(' · ')}</p>;
}

export function KeptInterviews() {
  const kept = useQuery(keptInterviewsQueryOptions());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [deleted, setDeleted] = useState<Interview>();
  const [error, setError] = useState<string>();

  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: keptInterviewsQueryOptions().queryKey });
  const run = async (work: () => Promise<void>) => {
    setError(undefined);
    try {
      await work();
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  };

  const edit = (interview: Interview) =>
    run(async () => {
      // One draft at a time: one in progress is replaced only if the person says so.
      const current = await loadDraft().catch(() => undefined);
      if (
        current &&
        current.keptId !== interview.id &&
        !window.confirm(
          `“${current.meta.title}” is still being checked on the Add an interview page. Editing “${interview.title}” replaces that draft (download it there first to keep it). Replace it?`,
        )
      )
        return;
      const draft = { ...draftFromInterview(interview), keptId: interview.id };
      await saveDraft(draft);
      queryClient.removeQueries({ queryKey: savedDraftQueryOptions().queryKey });
      void navigate(paths.addInterview());
    });
  const remove = (interview: Interview) =>
    run(async () => {
      await removeKept(interview.id);
      queryClient.removeQueries({ queryKey: ['interview', interview.id] });
      setDeleted(interview);
      await refresh();
    });
  const undo = (interview: Interview) =>
    run(async () => {
      await keepInterview(interview);
      setDeleted(undefined);
      await refresh();
    });

  const interviews = kept.data ?? [];
  // Reached at its link (the reader's "Edit or delete in the library"), the list comes into
  // view and takes the focus once it has read the device: it is below every published interview.
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const listed = interviews.length > 0;
  useEffect(() => {
    if (!listed || location.hash !== `#${KEPT_INTERVIEWS_ID}`) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [listed, location.hash, location.key]);
  if (interviews.length === 0 && !deleted && !error) return null;

  return (
    <section id={KEPT_INTERVIEWS_ID} aria-labelledby="kept-title" className="mt-12 mb-10">
      <h2
        ref={heading}
        id="kept-title"
        tabIndex={-1}
        className="font-serif text-2xl font-semibold outline-none"
      >
        On this device
      </h2>
      <p className="mt-1 mb-4 text-sm text-stone-700 dark:text-stone-300">
        Kept in this browser only: links to them open only here. To publish one, download its file,
        add it to <code>public/interviews/</code> and build the site.
      </p>
      {error && (
        <p
          role="alert"
          className="mb-3 rounded-md border border-red-300 p-3 text-red-900 dark:text-red-200"
        >
          {error}
        </p>
      )}
      <div role="status">
        {deleted && (
          <p className="mb-3 flex flex-wrap items-center gap-3 rounded-md bg-stone-100 p-3 dark:bg-stone-800">
            Deleted “{deleted.title}”.
            <button type="button" className={action} onClick={() => void undo(deleted)}>
              Undo
            </button>
          </p>
        )}
      </div>
      <ul className="space-y-4">
        {interviews.map(({ interview }) => (
          <li key={interview.id}>
            <article className="rounded-xl border border-dashed border-stone-400 bg-white p-5 dark:border-stone-600 dark:bg-stone-900">
              <p className="mb-1 text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
                On this device
              </p>
              <h3 className="font-serif text-xl leading-snug font-semibold">
                <Link
                  to={paths.interview(interview.id)}
                  className="underline decoration-stone-300 underline-offset-4 hover:decoration-current"
                >
                  {interview.title}
                </Link>
              </h3>
              <KeptInterviewFacts interview={interview} />
              <div className="mt-3 flex flex-wrap gap-2">
                <button type="button" className={action} onClick={() => void edit(interview)}>
                  Edit
                </button>
                <button
                  type="button"
                  className={action}
                  onClick={() => downloadText(`${interview.id}.json`, interviewFileText(interview))}
                >
                  Download file
                </button>
                <button type="button" className={action} onClick={() => void remove(interview)}>
                  Delete
                </button>
              </div>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
