import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldQuery } from '../../src/interview/fold';
import { buildSearchUnits, search } from '../../src/interview/search';
import { seedInterview } from '../support/seed';

describe('fold', () => {
  it('ignores case, accents, quote and dash styles, and runs of whitespace', () => {
    expect(fold('Café  “Ruta” – Kyiv’s').text).toBe('cafe "ruta" - kyiv\'s');
    expect(foldQuery('  ZÜRICH\t')).toBe('zurich');
  });

  it('maps every folded character back to the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (original) => {
        const { text, map } = fold(original);
        expect(map).toHaveLength(text.length + 1);
        expect(map.at(-1)).toBe(original.length);
        for (let i = 1; i < map.length; i += 1)
          expect(map[i]).toBeGreaterThanOrEqual(map[i - 1] ?? 0);
      }),
    );
  });
});

describe('search', () => {
  const units = buildSearchUnits(seedInterview());

  it('finds every occurrence in reading order, in the original text', () => {
    const hits = search(units, 'middle corridor');
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits)
      expect(hit.unit.text.slice(hit.start, hit.end).toLowerCase()).toBe('middle corridor');
    const order = hits.map((h) => units.indexOf(h.unit));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('matches typographic quotes with straight ones, and ignores accents and case', () => {
    const [hit] = search(units, "UKRAINE'S BLACK SEA PORTS");
    expect(hit && hit.unit.text.slice(hit.start, hit.end)).toBe('Ukraine’s Black Sea ports');
    expect(search(units, 'kazakh oil').length).toBe(search(units, 'Kazakh Óil').length);
  });

  it('finds nothing for an empty query or absent words', () => {
    expect(search(units, '   ')).toEqual([]);
    expect(search(units, 'photosynthesis')).toEqual([]);
  });

  it('tells which question and part each hit is in', () => {
    const [hit] = search(units, 'truly believe');
    expect(hit?.unit).toMatchObject({
      part: 'answer',
      questionId: 'q5',
      sectionId: 'peace',
      key: 'answer:q5:6',
    });
  });
});
