import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-7 pages (tests/fixtures/import/fresh-7): each is
// checked here on text of its own, as a caller of importArticle sees it.

describe('podcast transcripts', () => {
  it('reads "Name (mm:ss):" on a line of its own as the label of the words after the blank line', () => {
    const { interview } = importOk(`Episode Transcript:

Sam Porter (00:21):

Where did the idea come from?

Clara Hayes (00:25):

From our students.

Sam Porter (01:02):

And what came next?

Clara Hayes (01:06):

The book.`);
    expect(questions(interview)).toEqual([
      ['Where did the idea come from?'],
      ['And what came next?'],
    ]);
    expect(answers(interview)).toEqual(['From our students.', 'The book.']);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Clara Hayes']);
  });

  it('keeps a welcome to two guests as intro when only one of them answers it', () => {
    const { interview } = importOk(`Sam: Welcome. I'm joined by Clara and Owen.
Owen: Thanks for having us.
Sam: How did you two meet?
Clara: At a bus stop, in the rain.
Sam: Who wrote the first page?
Owen: I did, badly.
Sam: And the last?
Clara: I did.`);
    expect(questions(interview)).toEqual([
      ['How did you two meet?'],
      ['Who wrote the first page?'],
      ['And the last?'],
    ]);
    expect(interview.intro).toEqual([
      "Sam: Welcome. I'm joined by Clara and Owen.",
      'Owen: Thanks for having us.',
    ]);
  });

  it('drops a show-notes heading with nothing under it', () => {
    const { interview, dropped } = importOk(`Chapters:
00:00:00 - Introduction
Links:
Episode Transcript:
Where did it start?
In a garage.
What next?
A shop.`);
    expect(dropped).toEqual(['Links:']);
    expect(answers(interview)).toEqual(['In a garage.', 'A shop.']);
  });
});
