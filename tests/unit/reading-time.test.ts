import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, wordCounts } from '../../src/interview/reading-time';
import { seedInterview } from '../support/seed';

describe('reading time', () => {
  const counts = wordCounts(seedInterview());

  it('counts words, joining apostrophes, hyphens and decimal points', () => {
    expect(countWords('Kyiv’s 2.5-tonne co-operation, U.S. firms')).toBe(5);
  });

  it('counts as many words as the word pattern matches, in any script', () => {
    // The pattern countWords was (and says it counts): its loop must agree with it everywhere.
    const pattern = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
    const piece = fc.constantFrom(
      'a',
      'Z',
      '7',
      'é',
      'е\u0301',
      'ß',
      'Ω',
      '森',
      '٣',
      '𝒳',
      '😀',
      '\ud800',
      ' ',
      '\n',
      '\u00a0',
      "'",
      '’',
      '-',
      '.',
      ',',
      '—',
      '…',
      '‘',
      '_',
      '@',
      '[',
      '`',
      '{',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(countWords(text)).toBe(text.match(pattern)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
    expect(countWords("a.-b a''b ’tis -x- y-")).toBe(7);
  });

  it('counts a section’s questions and answers, and each answer, once', () => {
    const interview = seedInterview();
    const section = interview.sections[0];
    const words = (texts: string[]) => texts.reduce((sum, text) => sum + countWords(text), 0);
    expect(counts.sections.get(section?.id ?? '')).toBe(
      words(section?.questions.flatMap((q) => [...q.question, ...q.answer]) ?? []),
    );
    const first = section?.questions[0];
    expect(counts.answers.get(first?.id ?? '')).toEqual({
      sectionId: section?.id,
      words: words(first?.answer ?? []),
    });
    expect(counts.intro).toBe(words(interview.intro));
  });

  it('is that of the whole interview, at 230 words a minute', () => {
    const words = [...counts.sections.values()].reduce((sum, n) => sum + n, counts.intro);
    expect(readingMinutes(counts)).toBe(Math.round(words / 230));
    expect(readingMinutes(counts)).toBe(6);
  });

  it('counts only what a lesson shows: the intro and its sections', () => {
    const trade = counts.sections.get('trade') ?? 0;
    expect(readingMinutes(counts, ['trade'])).toBe(
      Math.max(1, Math.round((counts.intro + trade) / 230)),
    );
    expect(readingMinutes(counts, ['trade'])).toBeLessThan(readingMinutes(counts));
    expect(readingMinutes(counts, ['trade', 'peace'])).toBeGreaterThanOrEqual(
      readingMinutes(counts, ['trade']),
    );
  });

  it('leaves out the answers discussion mode hides, until each is revealed', () => {
    const hiddenWords = (ids: string[]) =>
      ids.reduce((sum, id) => sum + (counts.answers.get(id)?.words ?? 0), 0);
    const sectionWords = (ids: string[]) =>
      ids.reduce((sum, id) => sum + (counts.sections.get(id) ?? 0), counts.intro);
    const all = ['trade', 'middle-corridor', 'energy', 'security', 'peace'];
    // Every answer hidden: the intro and the questions, a minute of the whole interview's six.
    expect(readingMinutes(counts, undefined, () => true)).toBe(
      Math.max(
        1,
        Math.round((sectionWords(all) - hiddenWords(['q1', 'q2', 'q3', 'q4', 'q5'])) / 230),
      ),
    );
    expect(readingMinutes(counts, undefined, () => true)).toBe(1);
    // One revealed: its answer counts again. Answers outside the lesson's sections never count.
    const hidden = (id: string) => id !== 'q5';
    expect(readingMinutes(counts, ['energy', 'peace'], hidden)).toBe(
      Math.max(1, Math.round((sectionWords(['energy', 'peace']) - hiddenWords(['q3'])) / 230)),
    );
    expect(readingMinutes(counts, undefined, () => false)).toBe(readingMinutes(counts));
  });

  it('is at least a minute', () => {
    expect(readingMinutes({ intro: 3, sections: new Map(), answers: new Map() })).toBe(1);
  });
});
