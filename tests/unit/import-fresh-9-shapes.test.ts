import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-9 pages (tests/fixtures/import/fresh-9): each is checked here on
// text of its own, as a caller of importArticle sees it.

describe('labels', () => {
  it('reads a name or initials alone on a line, closed by a colon, as the label of the words below', () => {
    const { interview, dropped } = importOk(`Ein Gespräch mit Jonas Reimer

Anna Berg:

Wie kam es zu dem Titel?

Jonas Reimer:

Durch eine Arbeit im Freien.

AB:

Wie viel Zufall steckt darin?

JR:

Weniger, als man denkt.

AB:

Wann ist eine Arbeit fertig?

JR:

Wenn nichts mehr wegzunehmen ist.`);
    expect(questions(interview)).toEqual([
      ['Wie kam es zu dem Titel?'],
      ['Wie viel Zufall steckt darin?'],
      ['Wann ist eine Arbeit fertig?'],
    ]);
    expect(answers(interview)).toEqual([
      'Durch eine Arbeit im Freien.',
      'Weniger, als man denkt.',
      'Wenn nichts mehr wegzunehmen ist.',
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Jonas Reimer']);
    expect(dropped).toEqual([]);
  });

  it('keeps a lone heading closed by a colon ("Links:") a heading where no such name comes back', () => {
    const { interview } = importOk(`Notes:

Recorded in May.

Credits:

Music by Ana Ruiz.

Q: Why now?

A: Because it was time.

Q: What next?

A: A new book.`);
    expect(interview.intro).toEqual([
      'Notes:',
      'Recorded in May.',
      'Credits:',
      'Music by Ana Ruiz.',
    ]);
  });
});
