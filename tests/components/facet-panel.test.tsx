import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FacetPanel } from '../../src/features/library/components/facet-panel';
import { buildLibrary, libraryFiles } from '../../src/interview/library-files';
import { DEFAULT_LIBRARY_QUERY, type LibraryQuery } from '../../src/interview/library-query';
import { parseLibrarySummary } from '../../src/interview/parse';
import { seedInterview } from '../support/seed';
import { renderWithRouter } from './render';

function seedSummary() {
  const file = buildLibrary([seedInterview()]).find(({ path }) => path === libraryFiles.summary());
  const summary = parseLibrarySummary(file?.data);
  if (!summary.ok) throw new Error('the seed library’s summary is not valid');
  return summary.data;
}

const summary = seedSummary();

const panel = (query: LibraryQuery) => {
  renderWithRouter(<FacetPanel summary={summary} query={query} />);
  return screen.getByRole('region', { name: 'Filter the library' });
};

describe('FacetPanel', () => {
  afterEach(cleanup);

  it('says what a value’s number counts when a filter is on: the whole library', () => {
    // With a topic on, "Viktor Maiko 1" read as the interviews the person filter would leave
    // within the topic; it is the whole library's count (each value's count within the filters
    // would need every shown value's positions: 48 files a view at 10,000 interviews).
    const filtered = panel({ ...DEFAULT_LIBRARY_QUERY, filters: { topic: 'energy' } });
    expect(within(filtered).getByText(/Numbers count the whole library/)).toBeTruthy();
    expect(within(filtered).getByRole('link', { name: /^Viktor Maiko/ }).textContent).toBe(
      'Viktor Maiko(1 interview in the whole library)',
    );
  });

  it('says nothing more when no filter is on: the numbers are the results', () => {
    const whole = panel(DEFAULT_LIBRARY_QUERY);
    expect(within(whole).queryByText(/Numbers count the whole library/)).toBeNull();
    expect(within(whole).getByRole('link', { name: /^Viktor Maiko/ }).textContent).toBe(
      'Viktor Maiko(1 interview)',
    );
  });
});
