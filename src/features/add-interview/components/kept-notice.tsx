import { Link } from '../../../components/link';
import { paths } from '../../../config/paths';
import type { Interview } from '../../../interview/schema';
import { downloadText, interviewFileText } from '../../../lib/download';

/** Above the reader of an interview kept on this device: where its links work, and how to publish it. */
export function KeptNotice({ interview }: { interview: Interview }) {
  return (
    <aside
      aria-label="Kept on this device"
      className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 print:hidden dark:bg-amber-950 dark:text-amber-100"
    >
      <p>
        <strong>Kept on this device.</strong> Links to this interview open only in this browser, on
        this device. To share them, publish it: download the file, add it to{' '}
        <code>public/interviews/</code>, run <code>npm run generate</code> and build the site; the
        same links then work everywhere.
      </p>
      <p className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => downloadText(`${interview.id}.json`, interviewFileText(interview))}
          className="min-h-11 rounded-md border border-amber-600 px-3 font-medium"
        >
          Download file
        </button>
        <Link
          to={paths.keptInterviews()}
          className="inline-flex min-h-11 items-center rounded-md border border-amber-600 px-3 font-medium"
        >
          Edit or delete in the library
        </Link>
      </p>
    </aside>
  );
}
