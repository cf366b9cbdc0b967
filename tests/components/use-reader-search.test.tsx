import { renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SearchBar } from '../../src/features/reader/components/search-bar';
import { useReaderSearch } from '../../src/features/reader/hooks/use-reader-search';
import type { SearchUnit } from '../../src/interview/search-units';
import { seedInterview } from '../support/seed';
import { renderWithRouter } from './render';

// The DOM here has no Worker: the interview's search runs the worker's own
// handler (interview-search-protocol.ts) on this thread instead.
vi.mock('../../src/features/reader/api/interview-search-client', async () => {
  const { interviewSearchHandler } =
    await import('../../src/features/reader/api/interview-search-protocol');
  const { loadStemmer } = await import('../../src/interview/stemmers');
  return {
    openInterviewSearch: (language: string, units: readonly SearchUnit[]) => {
      const handle = interviewSearchHandler(loadStemmer);
      void handle({ type: 'index', language, texts: units.map((unit) => unit.text) });
      let id = 0;
      return {
        units,
        start: () => undefined,
        find: async (query: string) => {
          const reply = await handle({ type: 'search', id: id++, query });
          if (reply?.status === 'failed') throw new Error(reply.error);
          return reply?.status === 'found' ? reply.offsets : undefined;
        },
        close: () => undefined,
      };
    },
  };
});

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
