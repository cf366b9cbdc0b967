import { createMemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { readerShouldRevalidate } from '../../src/app/routes/reader-route';

// The reader takes its interview from the loader's data: a reload makes a new
// interview object, and the reader then rebuilds its model and search index.
// Enter in the search field navigates to the address already shown: that
// reloaded the interview, and a search in the 2,000-question one took 4-5 s.
async function loads(from: string, to: string) {
  const loader = vi.fn(() => ({}));
  const router = createMemoryRouter(
    [
      {
        id: 'reader',
        path: '/i/:interviewId/:sectionId?',
        loader,
        shouldRevalidate: readerShouldRevalidate,
        Component: () => null,
      },
    ],
    { initialEntries: [from] },
  );
  await vi.waitFor(() => expect(router.state.initialized).toBe(true));
  await router.navigate(to, { replace: true, preventScrollReset: true });
  router.dispose();
  return loader.mock.calls.length;
}

describe('the reader route reloads its interview', () => {
  it('not for the address already shown (Enter in the search field)', async () => {
    expect(await loads('/i/a?q=kazakh+oil', '/i/a?q=kazakh+oil')).toBe(1);
  });

  it('not for another query, section or fragment of the same interview', async () => {
    expect(await loads('/i/a?q=oil', '/i/a?q=kazakh')).toBe(1);
    expect(await loads('/i/a', '/i/A/part-2#q5')).toBe(1);
  });

  it('for another interview', async () => {
    expect(await loads('/i/a', '/i/b')).toBe(2);
  });

  it('for a retry after its loader failed', async () => {
    let calls = 0;
    const router = createMemoryRouter(
      [
        {
          id: 'reader',
          path: '/i/:interviewId/:sectionId?',
          loader: () => {
            calls += 1;
            if (calls === 1) throw new Error('offline');
            return {};
          },
          shouldRevalidate: readerShouldRevalidate,
          Component: () => null,
          ErrorBoundary: () => null,
        },
      ],
      { initialEntries: ['/i/a'] },
    );
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    expect(router.state.errors?.['reader']).toBeDefined();
    await router.revalidate();
    expect(calls).toBe(2);
    expect(router.state.errors).toBeNull();
    router.dispose();
  });
});
