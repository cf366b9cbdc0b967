import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { DraftEditor } from '../../src/features/add-interview/components/draft-editor';
import type { Draft } from '../../src/interview/import/draft';
import { readArticle } from '../../src/interview/import/read-article';
import { renderWithRouter } from './render';

/** The draft the Add page makes of a pasted text; a test's text that is refused fails the test. */
export function draftOf(text: string): Draft {
  const read = readArticle(text);
  if (!read.ok) throw new Error(read.error);
  return read.draft;
}

/** The Add page's draft editor over `draft`, in a router and a query client as the page has. */
export function renderDraftEditor(draft: Draft) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithRouter(
    <QueryClientProvider client={client}>
      <DraftEditor initial={draft} onStartOver={() => undefined} />
    </QueryClientProvider>,
  );
}
