import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_RUN, textRuns } from '../../src/interview/text-runs';

describe('textRuns', () => {
  it('keeps a text of ordinary length as one run', () => {
    expect(textRuns('The war will end this year.')).toEqual(['The war will end this year.']);
    expect(textRuns('abcdef', 2, 5)).toEqual(['cde']);
  });

  it('cuts a 100,000-character paragraph into runs the HTML parser keeps whole, between words', () => {
    const paragraph = 'The river rose and the town built a wall. '.repeat(2_400).slice(0, 100_000);
    const runs = textRuns(paragraph);
    expect(runs.join('')).toBe(paragraph);
    expect(runs.length).toBe(4);
    for (const run of runs) expect(run.length).toBeLessThanOrEqual(MAX_TEXT_RUN);
    for (const run of runs.slice(0, -1)) expect(run.endsWith(' ')).toBe(true);
    // The parser cuts nodes at 65,536 characters.
    expect(MAX_TEXT_RUN).toBeLessThan(65_536);
  });

  it('never cuts a character in two where there is no space', () => {
    const text = '😀'.repeat(35_000); // each a surrogate pair
    // 999: odd, so the longest run would end inside a pair.
    const runs = textRuns(text, 0, text.length, 999);
    expect(runs.join('')).toBe(text);
    for (const run of runs) {
      expect(run.length).toBeLessThanOrEqual(999);
      expect(run.startsWith('😀'), JSON.stringify(run.slice(0, 2))).toBe(true);
    }
  });

  it('gives back the same text in runs no longer than asked, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 4, max: 50 }),
        (text, max) => {
          const runs = textRuns(text, 0, text.length, max);
          expect(runs.join('')).toBe(text);
          for (const run of runs) expect(run.length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
