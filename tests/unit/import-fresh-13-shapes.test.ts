import { describe, expect, it } from 'vitest';
import { importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-13 pages (tests/fixtures/import/fresh-13): each is checked here on
// text of its own, as a caller of importArticle sees it.

describe('letters that are no labels', () => {
  it('reads "Question-and-Answer Session" as a heading, not a "Question-" label', () => {
    const { interview } = importOk(`Press Conference by the Minister

Question-and-Answer Session

Reporter: The storm closed the port overnight. Please tell us how the Government is responding.

Minister OKADA: We are sending supplies by road.

Reporter: Will the port open tomorrow?

Minister OKADA: We hope so.`);
    expect(questions(interview).map((q) => q[0]?.slice(0, 9))).toEqual(['The storm', 'Will the ']);
  });

  it('reads an A-Z feature, each question after its letter, a dash and a topic, as bare questions', () => {
    const letters = 'ABCDEFGHIJ'.split('');
    const { interview, dropped } = importOk(
      [
        'A-Z | Jo Rennie',
        "It's the turn of our hooker to take on this week's A-Z challenge.",
        ...letters.flatMap((l, i) => [
          `${l} – Topic${i}: What is your favourite thing number ${i}?`,
          `Thing ${i}`,
        ]),
      ].join('\n'),
    );
    expect(dropped).toEqual([]);
    expect(questions(interview)).toHaveLength(10);
    expect(questions(interview)[0]).toEqual(['A – Topic0: What is your favourite thing number 0?']);
  });
});
