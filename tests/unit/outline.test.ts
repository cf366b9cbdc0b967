import { describe, expect, it } from 'vitest';
import { buildOutline, questionTitle, TITLE_LENGTH } from '../../src/interview/outline';
import { sentences } from '../../src/interview/sentences';
import { seedInterview } from '../support/seed';

describe('sentences', () => {
  it('splits a paragraph into trimmed sentences', () => {
    expect(sentences('How is it going? Very well. Thanks!')).toEqual([
      'How is it going?',
      'Very well.',
      'Thanks!',
    ]);
  });

  it('does not break after titles, initials or dotted acronyms', () => {
    expect(sentences('Mr. Ambassador, what are the prospects? Which sectors?')).toEqual([
      'Mr. Ambassador, what are the prospects?',
      'Which sectors?',
    ]);
    expect(sentences('J. K. Rowling wrote it. Dr. No did not.')).toEqual([
      'J. K. Rowling wrote it.',
      'Dr. No did not.',
    ]);
    expect(sentences('How are relations with the U.S. and the EU? And China?')).toEqual([
      'How are relations with the U.S. and the EU?',
      'And China?',
    ]);
  });
});

describe('questionTitle', () => {
  const question = (...paragraphs: string[]) => ({
    id: 'q',
    askedBy: 'a',
    answeredBy: 'b',
    answer: ['x'],
    question: paragraphs,
  });

  it('is the first sentence that asks something', () => {
    expect(
      questionTitle(
        question('Last year you said trade would double. It did not.', 'Why not? And what now?'),
      ),
    ).toBe('Why not?');
  });

  it('falls back to the first sentence when nothing ends with a question mark', () => {
    expect(questionTitle(question('Tell us about the corridor. Start with the ports.'))).toBe(
      'Tell us about the corridor.',
    );
  });

  it('is cut short after a word, with "…", when the sentence is very long', () => {
    const words = 'and the river rose and the town built a wall '.repeat(500);
    const title = questionTitle(question(`${words}?`));
    expect(title.length).toBeLessThanOrEqual(TITLE_LENGTH);
    expect(title.endsWith('…')).toBe(true);
    expect(words.startsWith(title.slice(0, -1))).toBe(true);
    expect(words[title.length - 1]).toBe(' ');
  });

  it('is cut short between characters in a script without spaces', () => {
    const title = questionTitle(question(`${'合作前景如何'.repeat(4_000)}？`));
    expect(title).toBe(`${'合作前景如何'.repeat(40).slice(0, TITLE_LENGTH - 1)}…`);
  });
});

describe('buildOutline', () => {
  it('lists the seed by topic, numbering questions across the interview', () => {
    const outline = buildOutline(seedInterview());
    expect(outline.map((s) => [s.id, s.label, s.questions.map((q) => [q.id, q.number])])).toEqual([
      ['trade', 'Trade', [['q1', 1]]],
      ['middle-corridor', 'Middle Corridor', [['q2', 2]]],
      ['energy', 'Energy', [['q3', 3]]],
      ['security', 'Security', [['q4', 4]]],
      ['peace', 'Peace', [['q5', 5]]],
    ]);
    expect(outline[0]?.questions[0]?.title).toBe(
      'Mr. Ambassador, what are the prospects for deepening trade and economic partnerships between Ukraine, Kazakhstan, and wider Central Asia?',
    );
    expect(outline[4]?.questions[0]?.title).toBe(
      'How do you assess current relations with the U.S. and the EU?',
    );
  });
});
