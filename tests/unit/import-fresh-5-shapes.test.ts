import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-5 pages (tests/fixtures/import/fresh-5): each is
// checked here on text of its own, as a caller of importArticle sees it.

describe('speaker labels', () => {
  it('reads a site name ending in digits as the label of the questions', () => {
    const { interview } = importOk(`Zwei Trainer im Gespräch

SPORT24: Wie war die Saison?

Lena Berger: Besser als erwartet.

SPORT24: Und die nächste?

Berger: Wir wollen aufsteigen.`);
    expect(questions(interview)).toEqual([['Wie war die Saison?'], ['Und die nächste?']]);
    expect(answers(interview)).toEqual(['Besser als erwartet.', 'Wir wollen aufsteigen.']);
  });

  it('reads initials closed by a full stop as labels, a question going on over two lines', () => {
    const { interview } = importOk(`GC. How did the season go?
RC. Better than we hoped.
GC. Fifth was a good finish.
Can you build on it?
RC. That is the plan.`);
    expect(questions(interview)).toEqual([
      ['How did the season go?'],
      ['Fifth was a good finish.', 'Can you build on it?'],
    ]);
    expect(answers(interview)).toEqual(['Better than we hoped.', 'That is the plan.']);
  });

  it('does not take a sentence opening with an acronym and a full stop once for a label', () => {
    const { interview } = importOk(`What did the committee decide?
It asked the UN. UN. officials said they would reply in May.
And then?
Nothing yet.`);
    expect(answers(interview)[0]).toBe(
      'It asked the UN. UN. officials said they would reply in May.',
    );
  });
});

describe('furniture around the interview', () => {
  it('drops an image file name with spaces in it', () => {
    const { interview, dropped } = importOk(`L'interview de la semaine
interview verite.jpg
1. Comment va le club?
Très bien, merci.
2. Et la saison?
Elle commence samedi.`);
    expect(dropped).toContain('interview verite.jpg');
    expect(answers(interview)).toEqual(['Très bien, merci.', 'Elle commence samedi.']);
  });

  it('drops a line of tags run together, but not a lower-case answer without punctuation', () => {
    const { interview, dropped } = importOk(`Q & A: the new captain

rugby club news Exclusive new captain rugby union varsity rugby 2013 varsity rugby

How did you feel when you were named?

honestly i was shocked and then i rang my mum and then i rang my dad

What next?

Training.`);
    expect(dropped).toEqual([
      'rugby club news Exclusive new captain rugby union varsity rugby 2013 varsity rugby',
    ]);
    expect(answers(interview)[0]).toBe(
      'honestly i was shocked and then i rang my mum and then i rang my dad',
    );
  });
});
