import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { InterviewCard } from '../../src/features/library/components/interview-card';
import { otherScriptInterviews } from '../../scripts/lib/other-script-interviews';
import { catalogueEntryFor } from '../../src/interview/catalogue';
import { buildLibrary, libraryFiles } from '../../src/interview/library-files';
import { parseLibraryShard } from '../../src/interview/parse';
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
  // Nor shown as a name: the card says nothing of a publication it does not know.
  expect(screen.queryByText(/Unknown publication/)).toBeNull();
});

/** An interview's entry as the library publishes it, with the keys it gave. */
function publishedEntry(id: string) {
  const seed = seedInterview();
  const shard = buildLibrary([seed, ...otherScriptInterviews(seed)]).find(
    (file) => file.path === libraryFiles.shard('date', 1),
  );
  const parsed = parseLibraryShard(shard?.data);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const entry = parsed.data.entries.find((e) => e.id === id);
  if (entry === undefined) throw new Error(`no entry ${id}`);
  return entry;
}

it('links names, publications and topics in other scripts to their pages, by the catalogue’s keys', () => {
  renderWithRouter(<InterviewCard entry={publishedEntry('anna-kovalchuk-2025')} />);
  const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
  expect(href('Interviews with Анна Ковальчук')).toBe('/person/anna-kovalchuk');
  expect(href('Interviews with Łukasz Żółć')).toBe('/person/lukasz-zolc');
  expect(href('Interviews from Казахстанская правда')).toBe('/publication/kazakhstanskaya-pravda');
  expect(href('Interviews on Энергетика')).toBe('/topic/energetika');
  expect(href('Interviews on Security')).toBe('/topic/security');
});

it('links two names that read alike in Latin letters to two pages', () => {
  renderWithRouter(<InterviewCard entry={publishedEntry('wang-xiaoming-2025')} />);
  expect(screen.getByRole('link', { name: 'Interviews with 王伟' }).getAttribute('href')).toBe(
    '/person/wang-wei-2',
  );
  cleanup();
  renderWithRouter(<InterviewCard entry={publishedEntry('three-voices-2024')} />);
  expect(screen.getByRole('link', { name: 'Interviews with 汪伟' }).getAttribute('href')).toBe(
    '/person/wang-wei',
  );
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
