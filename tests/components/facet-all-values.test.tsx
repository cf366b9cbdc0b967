import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { otherScriptInterviews } from '../../scripts/lib/other-script-interviews';
import { FacetAllValues } from '../../src/features/library/components/facet-all-values';
import { buildLibrary, libraryFiles } from '../../src/interview/library-files';
import { DEFAULT_LIBRARY_QUERY } from '../../src/interview/library-query';
import { seedInterview } from '../support/seed';
import { renderWithRouter } from './render';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

it('finds a name in another script typed in Latin letters, as its link reads', async () => {
  const seed = seedInterview();
  const list = buildLibrary([seed, ...otherScriptInterviews(seed)]).find(
    (file) => file.path === libraryFiles.facetList('person'),
  );
  vi.stubGlobal('fetch', () => Promise.resolve(Response.json(list?.data)));
  renderWithRouter(
    <QueryClientProvider client={new QueryClient()}>
      <FacetAllValues facet="person" query={DEFAULT_LIBRARY_QUERY} />
    </QueryClientProvider>,
  );
  const field = await screen.findByRole(
    'searchbox',
    { name: 'Find a person' },
    { timeout: 10_000 },
  );
  const user = userEvent.setup();
  for (const [typed, name] of [
    ['kovalchuk', /^Анна Ковальчук/],
    ['Ковальчук', /^Анна Ковальчук/],
    ['wang xiao', /^王小明/],
    ['Lukasz', /^Łukasz Żółć/],
  ] as const) {
    await user.clear(field);
    await user.type(field, typed);
    expect(
      screen.getAllByRole('link').map((link) => link.textContent),
      typed,
    ).toEqual([expect.stringMatching(name)]);
  }
}, 30_000);
