import { describe, expect, it } from 'vitest';
import type { MarkRange } from '../../src/interview/highlight';
import { INTRO } from '../../src/features/reader/reader-view';
import { shownMarkKinds } from '../../src/features/reader/shown-mark-kinds';

const range = (kind: string): MarkRange => ({ start: 0, end: 3, kind });
const sections = [{ questions: [{ id: 'q1' }, { id: 'q2' }] }];
const keyQuotes = new Map([
  ['q1', [[], [range('key-quote')]]],
  ['q2', [[]]],
]);
const always = () => true;

describe('shownMarkKinds', () => {
  it('names the key quotes alone when nothing else is marked', () => {
    expect(
      shownMarkKinds({
        sections,
        keyQuoteRanges: keyQuotes,
        marks: new Map(),
        answerShown: always,
      }),
    ).toEqual(['key-quote']);
  });

  it('names every kind marked, in the legend’s order, the intro’s marks too', () => {
    const marks = new Map([
      [INTRO, new Map([['intro:intro:0', [range('search-current')]]])],
      ['q2', new Map([['answer:q2:0', [range('search'), range('passage')]]])],
    ]);
    expect(
      shownMarkKinds({ sections, keyQuoteRanges: keyQuotes, marks, answerShown: always }),
    ).toEqual(['key-quote', 'passage', 'search', 'search-current']);
  });

  it('leaves out what a hidden answer holds, but not its question’s matches', () => {
    const marks = new Map([
      [
        'q1',
        new Map([
          ['answer:q1:0', [range('passage')]],
          ['question:q1:0', [range('search')]],
        ]),
      ],
    ]);
    expect(
      shownMarkKinds({ sections, keyQuoteRanges: keyQuotes, marks, answerShown: () => false }),
    ).toEqual(['search']);
    expect(
      shownMarkKinds({
        sections,
        keyQuoteRanges: keyQuotes,
        marks,
        answerShown: (id) => id === 'q1',
      }),
    ).toEqual(['key-quote', 'passage', 'search']);
  });

  it('names nothing for sections not on show', () => {
    expect(
      shownMarkKinds({
        sections: [{ questions: [{ id: 'q2' }] }],
        keyQuoteRanges: keyQuotes,
        marks: new Map([['q1', new Map([['answer:q1:0', [range('passage')]]])]]),
        answerShown: always,
      }),
    ).toEqual([]);
  });
});
