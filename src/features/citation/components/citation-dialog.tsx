import { lazy, Suspense } from 'react';
import { Dialog } from '../../../components/dialog';
import { QueryProvider } from '../../../components/query-provider';
import type { Locator } from '../../../interview/locator';
import type { Interview } from '../../../interview/schema';

// The dialog opens at once; its content (and the CSL processor) loads then.
const CitationList = lazy(() =>
  import('./citation-list').then((module) => ({ default: module.CitationList })),
);

/** What to cite: its description, its link in the reader, and for a passage, its words. */
export type CiteTarget = {
  /** "this interview", "question 4", "the selected passage". */
  label: string;
  /** The in-app link that opens exactly this (lesson kept). */
  path: string;
  /** Where it is: question and paragraph. */
  locator?: Locator | undefined;
  passage?: string | undefined;
};

type CitationDialogProps = { interview: Interview; target: CiteTarget | null; onClose: () => void };

/** APA, MLA and Chicago citations, their in-text forms, BibTeX and RIS, and the link. */
export function CitationDialog({ interview, target, onClose }: CitationDialogProps) {
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      titleId="cite_title"
      title={target ? `Cite ${target.label}` : 'Cite'}
    >
      {target && (
        <Suspense fallback={<p role="status">Formatting citations…</p>}>
          <QueryProvider>
            <CitationList interview={interview} target={target} />
          </QueryProvider>
        </Suspense>
      )}
    </Dialog>
  );
}
