import { describe, expect, it } from 'vitest';
import { importOk } from '../support/import-outcome';

// Rules made in session 31 from real pages run through the whole product by an outside grader;
// each page re-typed in our own words with its names changed.

describe('a byline with the date after the name: "By NAME 17 May 2023"', () => {
  const page = (byline: string) =>
    [
      'Reader of the month: Orla Finnegan',
      byline,
      'A sailor, a translator and a reader for twenty years.',
      'What do you do?',
      'I translate Danish novels.',
      'Where do you live?',
      'On a boat in Cork harbour.',
      'Do you vote?',
      'Always, by post.',
    ].join('\n\n');

  it.each([
    'By Tomas Reilly 17 May 2023',
    'By Tomas Reilly, May 17, 2023',
    'By Tomas Reilly · 17 May 2023',
  ])('"%s": the author is the byline, the guest the one the headline names', (byline) => {
    const { interview } = importOk(page(byline));
    expect(interview.byline).toEqual([{ name: 'Tomas Reilly' }]);
    expect(interview.published).toBe('2023-05-17');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Orla Finnegan']);
    expect(interview.intro).toEqual(['A sailor, a translator and a reader for twenty years.']);
  });

  it('a "By …" line whose words after the name are no date stays in the intro', () => {
    const { interview } = importOk(page('By Tomas Reilly and the harbour crew of 2023'));
    expect(interview.byline ?? []).toEqual([]);
    expect(interview.intro[0]).toBe('By Tomas Reilly and the harbour crew of 2023');
  });
});
