import { renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SearchBar } from '../../src/features/reader/components/search-bar';
import { useReaderSearch } from '../../src/features/reader/hooks/use-reader-search';
import { seedInterview } from '../support/seed';
import { renderWithRouter } from './render';

const interview = seedInterview();
const everything = () => true;

describe('useReaderSearch', () => {
  it('says it is loading until the index is built, then marks the matches before it counts them in the question index', async () => {
    const seen: { status: string; hits: number; counted: number }[] = [];
    const { result } = renderHook(() => {
      const search = useReaderSearch('energy', 'all', interview, everything);
      seen.push({
        status: search.status,
        hits: search.hits.length,
        counted: search.matchCounts.size,
      });
      return search;
    });
    expect(seen[0]).toEqual({ status: 'loading', hits: 0, counted: 0 });
    await waitFor(() => expect(result.current.matchCounts.size).toBeGreaterThan(0));
    expect(result.current.status).toBe('ready');
    expect(result.current.behind).toBe(false);
    // The matches came in a render of their own, before the index's counts (a task later).
    const marked = seen.find((render) => render.hits > 0);
    expect(marked).toMatchObject({ status: 'ready', counted: 0 });
    const counts = [...result.current.matchCounts.values()].reduce((sum, n) => sum + n, 0);
    expect(counts).toBe(result.current.hits.filter((hit) => hit.unit.questionId).length);
  });
});

describe('SearchBar', () => {
  it('says "Searching…" in its live region while the search loads or builds its index', () => {
    renderWithRouter(
      <SearchBar
        query="energy"
        scope="all"
        onCommit={() => undefined}
        onPrepare={() => undefined}
        loadStatus="loading"
        total={0}
        current={0}
        onStep={() => undefined}
        controls={{ open: () => undefined, close: () => undefined }}
      />,
      '/i/viktor-maiko-2026?q=energy',
    );
    expect(screen.getByRole('status').textContent).toBe('Searching…');
  });
});
