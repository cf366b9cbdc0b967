import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// The fresh-15 rules (tests/unit/import-fresh-15-shapes.test.ts) tried on ordinary answer text
// by the session-24 review: each shape here read wrong (three lost text) before its fix.

describe('furniture the fresh-15 rules could take from an answer', () => {
  it('keeps an answer paragraph that opens "Found a mistake? …"', () => {
    // A transcript's "Spot an error? Send a pull request" is furniture; an answer's advice is not.
    const { interview, dropped } = importOk(
      [
        'Five questions for Dana Ruiz',
        'What would you tell a young editor?',
        'Check everything twice, then once more.',
        'Found a mistake? Say so at once and correct it, in print.',
        'And the best part of the job?',
        'The people, every time.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toContain(
      'Found a mistake? Say so at once and correct it, in print.',
    );
    expect(questions(interview)).toHaveLength(2);
  });

  it('keeps a last answer whose second paragraph opens "Learn more …"', () => {
    const { interview, dropped } = importOk(
      [
        'Five questions for Dana Ruiz',
        'Why volunteer with us?',
        'Because it matters to people here.',
        'What would you say to someone unsure?',
        'Come along to one session.',
        'Learn more in one morning than any leaflet can tell you, and bring good shoes.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
    expect(answers(interview)).toContain(
      'Learn more in one morning than any leaflet can tell you, and bring good shoes.',
    );
  });

  it('keeps a quick answer of numbers with an ad line between it and its question', () => {
    const { interview, dropped } = importOk(
      [
        'Five quick questions for Dana Ruiz',
        'Your shirt numbers over the years?',
        'Advertisement',
        '7 10 23',
        'Favourite ground?',
        'The old one, by the river.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual(['Advertisement']);
    expect(questions(interview)).toEqual([
      ['Your shirt numbers over the years?'],
      ['Favourite ground?'],
    ]);
    expect(answers(interview)[0]).toBe('7 10 23');
  });
});

describe('the guest named from a profile headline', () => {
  it('does not take "Introducing" over a role line in sentence case as the guest', () => {
    const { interview } = importOk(
      [
        'Introducing',
        'Our new Volunteer Coordinator',
        'Sam Okafor started with us in March. We asked her a few questions.',
        'What brought you here?',
        'A friend who volunteered on Saturdays.',
        'What is the best part of the week?',
        'Friday mornings, when the deliveries come in.',
      ].join('\n\n'),
    );
    expect(interview.people.interviewees.map((p) => p.name)).not.toContain('Introducing');
  });
});
