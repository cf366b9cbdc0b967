import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Misreads found by the fresh-18 pages (tests/fixtures/import/fresh-18), each checked here on text
// of its own, as a caller of importArticle sees it, with ordinary text the rule must not touch.

describe('list lines in answers where the other answers carry no name', () => {
  it('stay in the answer, words and all, not read as guests', () => {
    const { interview } = importOk(
      [
        'Five questions for our new coach',
        'Who wins the league this year?',
        'Rovers, but it will be close.',
        'Which signing surprised you?',
        'Nobody yet. Ask me in March.',
        'If you ran the club for a day, who would go and who would come?',
        'Out: Smith, Jones, Patel',
        'In: Okafor, Lindqvist and Moreau',
        'That would do for a start.',
        'What do you make of all the talk about referees?',
        'Unfair, but I understand it. There is a lot at stake.',
      ].join('\n'),
    );
    expect(questions(interview).map((q) => q[0])).toEqual([
      'Who wins the league this year?',
      'Which signing surprised you?',
      'If you ran the club for a day, who would go and who would come?',
      'What do you make of all the talk about referees?',
    ]);
    expect(answers(interview)).toEqual(
      expect.arrayContaining([
        'Out: Smith, Jones, Patel',
        'In: Okafor, Lindqvist and Moreau',
        'That would do for a start.',
      ]),
    );
    expect(interview.people.interviewees.map((p) => p.name)).not.toContain('Out');
  });

  it('still reads a one-question interview under two names used once (near miss)', () => {
    const { interview } = importOk(
      [
        'Entrevista breve con el delegado',
        'Lucía Vera: ¿Qué te llevas de este curso?',
        'Pablo Ortiz: Muchos amigos y ganas de volver en septiembre.',
      ].join('\n'),
    );
    expect(questions(interview)).toEqual([['¿Qué te llevas de este curso?']]);
    expect(answers(interview)).toEqual(['Muchos amigos y ganas de volver en septiembre.']);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Lucía Vera']);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Pablo Ortiz']);
  });
});
