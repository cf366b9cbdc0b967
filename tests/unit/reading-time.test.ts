import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, wordCounts } from '../../src/interview/reading-time';
import { seedInterview } from '../support/seed';

describe('reading time', () => {
  const counts = wordCounts(seedInterview());

  it('counts words, joining apostrophes, hyphens and decimal points', () => {
    expect(countWords('Kyiv’s 2.5-tonne co-operation, U.S. firms')).toBe(5);
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

  it('is at least a minute', () => {
    expect(readingMinutes({ intro: 3, sections: new Map() })).toBe(1);
  });
});
