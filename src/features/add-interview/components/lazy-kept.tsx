import { lazy, Suspense } from 'react';

// Interviews kept on this device need storage code (IndexedDB, the draft
// format) that the first view of the library or a published interview does
// not: it loads after, and shows nothing until then.

const KeptInterviews = lazy(() =>
  import('../on-demand').then((module) => ({ default: module.KeptInterviews })),
);
const KeptNotice = lazy(() =>
  import('../on-demand').then((module) => ({ default: module.KeptNotice })),
);

/** The library's "On this device" list, loaded on demand. */
export function LazyKeptInterviews() {
  return (
    <Suspense fallback={null}>
      <KeptInterviews />
    </Suspense>
  );
}

/** The reader's "Kept on this device" notice, loaded on demand. */
export function LazyKeptNotice({ interviewId }: { interviewId: string }) {
  return (
    <Suspense fallback={null}>
      <KeptNotice interviewId={interviewId} />
    </Suspense>
  );
}
