import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { InterviewCard } from '../../src/features/library/components/interview-card';
import { otherScriptInterviews } from '../../scripts/lib/other-script-interviews';
import { catalogueEntryFor } from '../../src/interview/catalogue';
import { withPathKeys } from '../../src/interview/facet-values';
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

it('links names, publications and topics in other scripts to their pages, by the catalogue’s keys', () => {
  const [anna] = otherScriptInterviews(seedInterview());
  renderWithRouter(<InterviewCard entry={withPathKeys(catalogueEntryFor(anna!))} />);
  const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
  expect(href('Interviews with Анна Ковальчук')).toBe('/person/anna-kovalchuk');
  expect(href('Interviews with Łukasz Żółć')).toBe('/person/lukasz-zolc');
  expect(href('Interviews from Казахстанская правда')).toBe('/publication/kazakhstanskaya-pravda');
  expect(href('Interviews on Энергетика')).toBe('/topic/energetika');
  expect(href('Interviews on Security')).toBe('/topic/security');
});

it('marks its title with the interview’s language, so a screen reader reads it in its voice', () => {
  const [anna, wang] = otherScriptInterviews(seedInterview());
  for (const [interview, language] of [
    [anna!, 'ru'],
    [wang!, 'zh'],
  ] as const) {
    renderWithRouter(<InterviewCard entry={catalogueEntryFor(interview)} />);
    expect(screen.getByRole('heading', { name: interview.title }).getAttribute('lang')).toBe(
      language,
    );
    cleanup();
  }
});
