import { lazy, Suspense } from 'react';
import { Dialog } from '../../../components/dialog';
import { QueryProvider } from '../../../components/query-provider';
import type { LessonBuilderProps } from './lesson-builder';

// The dialog opens at once; the builder's form (and its QR encoder) loads then.
const LessonBuilderForm = lazy(() =>
  import('./lesson-builder').then((module) => ({ default: module.LessonBuilderForm })),
);

/** "Make a lesson link": the lesson builder, in a dialog. */
export function LessonBuilderDialog(props: LessonBuilderProps) {
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      titleId="lesson_builder_title"
      title="Make a lesson link"
      size="wide"
    >
      <Suspense fallback={<p role="status">Loading the lesson builder…</p>}>
        <QueryProvider>
          <LessonBuilderForm {...props} />
        </QueryProvider>
      </Suspense>
    </Dialog>
  );
}
