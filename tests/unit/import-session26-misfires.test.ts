import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Session 27: a review of session 26's rules (158234f, 92e2d2c and fresh-18's 77940fb, 51ae743,
// 31ece6a) on ordinary interview text of its own, each misread with the near misses the rule was
// made for.

const guests = (text: string) =>
  importOk(text).interview.people.interviewees.map((p) => p.name);

// 158234f: a repost's lead "A talked to B at C" names A, the subject written again on the page,
// not the magazine's interviewer B. A reporter's own lead writes A again in the byline or a bio.
describe('a lead "A talked to B at C" where A is the reporter', () => {
  it('names the one talked to where the byline names the reporter', () => {
    expect(
      guests(
        [
          'Energy in the north',
          'By Jane Doe',
          'Jane Doe talked to Omar Reyes at the Fairbanks plant about the winter.',
          'How cold does it get?',
          'Cold enough that the pipes sing.',
          'What do you do then?',
          'We keep the heat on and hope.',
        ].join('\n'),
      ),
    ).toEqual(['Omar Reyes']);
  });

  it("names the one talked to where the reporter's bio closes the page", () => {
    const text = [
      'Energy in the north',
      'Jane Doe talked to Omar Reyes at the Fairbanks plant about the winter.',
      'How cold does it get?',
      'Cold enough that the pipes sing.',
      'What do you do then?',
      'We keep the heat on and hope.',
      'Jane Doe is a staff writer at the Courier.',
    ].join('\n');
    expect(guests(text)).toEqual(['Omar Reyes']);
    expect(answers(importOk(text).interview).join(' ')).toContain('We keep the heat on and hope.');
  });

  it('names the one talked to after "Our reporter NAME", her name again in a photo credit', () => {
    expect(
      guests(
        [
          'Energy in the north',
          'Our reporter Jane Doe talked to Omar Reyes at the Fairbanks plant about the winter.',
          'Photo: Jane Doe',
          'How cold does it get?',
          'Cold enough that the pipes sing.',
          'What do you do then?',
          'We keep the heat on and hope.',
        ].join('\n'),
      ),
    ).toEqual(['Omar Reyes']);
  });

  it("still names the subject of a repost's lead written again in the headline", () => {
    expect(
      guests(
        [
          'Hanna Osei on The Night Ferry',
          'Novelist Hanna Osei talked to Donna Chavez at Publishers Weekly about her new book.',
          'What drew you to the ferry?',
          'I grew up taking it every summer.',
          'How long did the book take?',
          'Five years, with two false starts.',
          'Hanna Osei is a writer and teacher in Providence.',
        ].join('\n'),
      ),
    ).toEqual(['Hanna Osei']);
  });
});
