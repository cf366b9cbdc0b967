import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { InterviewCard } from '../../src/features/library/components/interview-card';
import { catalogueEntryFor } from '../../src/interview/catalogue';
import { seedInterview } from '../support/seed';
import { renderWithRouter } from './render';

afterEach(cleanup);

it('links the people and publication it names, never the importer’s placeholders', () => {
  const seed = seedInterview();
  const entry = catalogueEntryFor({
    ...seed,
    source: { publication: 'Unknown publication' },
    people: {
      ...seed.people,
      interviewees: [
        { ...seed.people.interviewees[0]!, name: 'Interviewee' },
        { id: 'anna-k', name: 'Anna K', label: 'AK' },
      ],
    },
  });
  renderWithRouter(<InterviewCard entry={entry} />);
  expect(screen.queryByRole('link', { name: /Interviewee/ })).toBeNull();
  expect(screen.queryByRole('link', { name: /Unknown publication/ })).toBeNull();
  expect(screen.getByRole('link', { name: 'Interviews with Anna K' }).getAttribute('href')).toBe(
    '/person/anna-k',
  );
  // Said as it is: the card does not pretend to know.
  expect(screen.getByText(/Unknown publication/)).toBeTruthy();
});
