import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occurrencesOf } from '../../src/interview/occurrences';

/** Every place `term` occurs in `text`, the plain way. */
function everyPlace(text: string, term: string): number[] {
  const places: number[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) places.push(at);
  return places;
}

// Few letters, so terms occur often and overlap; terms short and long (over 32
// characters they are read with the table, not indexOf).
const letters = (max: number) =>
  fc.array(fc.constantFrom('a', 'b', ' '), { maxLength: max }).map((chars) => chars.join(''));

describe('occurrences', () => {
  it('finds each place a term occurs, overlapping ones too, as indexOf does', () => {
    fc.assert(
      fc.property(
        letters(300),
        letters(60).filter((term) => term !== ''),
        fc.array(fc.nat(10), { maxLength: 60 }),
        (text, term, steps) => {
          const places = everyPlace(text, term);
          const next = occurrencesOf(term)(text);
          // Asked from places that never go back, some skipping ahead.
          let from = 0;
          for (const step of steps) {
            expect(next(from)).toBe(places.find((at) => at >= from) ?? -1);
            from += step;
          }
          const all: number[] = [];
          const each = occurrencesOf(term)(text);
          for (let at = each(0); at >= 0; at = each(at + 1)) all.push(at);
          expect(all).toEqual(places);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds a long term that repeats inside itself', () => {
    const term = 'ab '.repeat(20);
    const next = occurrencesOf(term)(`x${'ab '.repeat(30)}`);
    expect([next(0), next(2), next(4), next(5), next(32)]).toEqual([1, 4, 4, 7, -1]);
  });
});
