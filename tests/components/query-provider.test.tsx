import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The app has no query client at its root (a reader's first view loads no
// TanStack Query); each part that uses it wraps itself in QueryProvider.

function CachedTitle() {
  const title = useQueryClient().getQueryData<string>(['title']);
  return <p>{title ?? 'nothing cached'}</p>;
}

// The browser's client is made once per page load: each test loads the modules anew.
beforeEach(() => vi.resetModules());
const modules = async () => ({
  ...(await import('../../src/components/query-provider')),
  ...(await import('../../src/lib/browser-query-client')),
  ...(await import('../../src/lib/load-query-client')),
});

describe('QueryProvider', () => {
  it('keeps a client given above it: the server renders each page with its own cache', async () => {
    const { QueryProvider } = await modules();
    const pageClient = new QueryClient();
    pageClient.setQueryData(['title'], 'the page’s own data');
    render(
      <QueryClientProvider client={pageClient}>
        <QueryProvider>
          <CachedTitle />
        </QueryProvider>
      </QueryClientProvider>,
    );
    expect(screen.getByText('the page’s own data')).toBeTruthy();
  });

  it('gives the browser’s one client otherwise, started with the queries the page brought', async () => {
    const { QueryProvider, browserQueryClient, holdQueries } = await modules();
    holdQueries([{ queryKey: ['title'], data: 'from the prerendered page' }]);
    render(
      <>
        <QueryProvider>
          <CachedTitle />
        </QueryProvider>
        <QueryProvider>
          <CachedTitle />
        </QueryProvider>
      </>,
    );
    // Both parts read one cache, seeded once from the page's data.
    expect(screen.getAllByText('from the prerendered page')).toHaveLength(2);
    expect(browserQueryClient().getQueryData(['title'])).toBe('from the prerendered page');
  });
});
