import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchPage } from '../../src/features/search/api/pagefind';
import { SearchResults } from '../../src/features/search/components/search-results';

// Pagefind is the built site's; here each search answers when the test says.
const answers = new Map<string, (page: SearchPage) => void>();
vi.mock('../../src/features/search/api/pagefind', () => ({
  SearchUnavailableError: class extends Error {},
  preloadSearch: () => Promise.resolve(),
  searchStarted: () => false,
  knownCommon: () => false,
  searchInterviews: (query: string) =>
    new Promise<SearchPage>((resolve) => answers.set(query, resolve)),
}));

afterEach(() => answers.clear());

function page(query: string, title: string): SearchPage {
  const path = `/i/${title.toLowerCase()}?q=${query}`;
  return {
    query,
    total: 1,
    interviews: [
      { interviewId: title, title, publication: undefined, published: undefined, path, hits: [] },
    ],
  };
}

function resultsOf(client: QueryClient) {
  return (query: string) => (
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <SearchResults query={query} filters={{}} headingId="results" />
      </MemoryRouter>
    </QueryClientProvider>
  );
}

describe('SearchResults', () => {
  it('does not search the first letters typed, the start of too many words, but the word', async () => {
    const results = resultsOf(new QueryClient({ defaultOptions: { queries: { retry: false } } }));
    // The results appear with the first letter; the reader types on.
    const view = render(results('k'));
    view.rerender(results('ka'));
    view.rerender(results('kazakh'));
    await waitFor(() => expect(answers.has('kazakh')).toBe(true));
    expect([...answers.keys()]).toEqual(['kazakh']);
  });

  it('shows the newest words’ results even when an earlier, slower search answers last', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const results = resultsOf(client);
    const view = render(results('grain'));
    await waitFor(() => expect(answers.has('grain')).toBe(true));

    // The reader types on; the search of the new words answers first.
    view.rerender(results('pipeline'));
    await waitFor(() => expect(answers.has('pipeline')).toBe(true));
    act(() => answers.get('pipeline')?.(page('pipeline', 'Pipelines')));
    const heading = await screen.findByRole('heading', { name: '1 interview matches “pipeline”' });

    // The slow search of the old words answers now: it must not replace them.
    await act(() => Promise.resolve(answers.get('grain')?.(page('grain', 'Grain'))));
    expect(heading.textContent).toBe('1 interview matches “pipeline”');
    expect(screen.getByRole('link', { name: 'Pipelines' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Grain' })).toBeNull();
  });
});
