import { describe, expect, it } from 'vitest';
import { answers, importOk } from '../support/import-outcome';

// Rules made in session 34 from real pages run through the whole product by an outside grader;
// each page re-typed in our own words with its names changed.

describe(
  'a university magazine’s Q&A closed by its section’s back link',
  { timeout: 30_000 },
  () => {
    const page = (last: string) =>
      [
        'Campus Quarterly',
        'A Conversation With the Dean',
        'We asked Dean Ruth Alder about the new library and the link between research and teaching.',
        'Q What does the new library mean for students?',
        'A A place to work at any hour, with the collections close at hand.',
        'Q Why should scholars teach as well?',
        'A Students are inspired by people who are making discoveries.',
        'Share this article',
        last,
      ].join('\n');

    it('drops “Back to Departments” as the page’s link, not the last answer’s words', () => {
      const { interview, dropped } = importOk(page('Back to Departments'));
      expect(dropped).toContain('Back to Departments');
      expect(answers(interview).at(-1)).toBe(
        'Students are inspired by people who are making discoveries.',
      );
    });

    it('keeps an answer’s sentence that starts with the same words', () => {
      const { interview } = importOk(
        page('A Back to departments, then: they were never the problem, the budgets were.'),
      );
      expect(answers(interview).join('\n')).toContain('Back to departments, then');
    });
  },
);
