import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findPassages,
  passagesByParagraph,
  toChunks,
  type MarkRange,
} from '../../src/interview/highlight';

const text = (chunks: ReturnType<typeof toChunks>, source: string) =>
  chunks.map((c) => [source.slice(c.start, c.end), c.marks.map((m) => m.id ?? m.kind)]);

describe('toChunks', () => {
  it('is one unmarked chunk without ranges', () => {
    expect(toChunks(5, [])).toEqual([{ start: 0, end: 5, marks: [] }]);
  });

  it('splits around a mark', () => {
    const source = 'the war will end';
    expect(
      text(toChunks(source.length, [{ start: 4, end: 7, kind: 'k', id: 'w' }]), source),
    ).toEqual([
      ['the ', []],
      ['war', ['w']],
      [' will end', []],
    ]);
  });

  it('splits overlapping marks so each chunk lists every mark covering it', () => {
    const source = 'abcdefgh';
    const ranges: MarkRange[] = [
      { start: 1, end: 5, kind: 'quote', id: 'q' },
      { start: 3, end: 7, kind: 'search' },
    ];
    expect(text(toChunks(source.length, ranges), source)).toEqual([
      ['a', []],
      ['bc', ['q']],
      ['de', ['q', 'search']],
      ['fg', ['search']],
      ['h', []],
    ]);
  });

  it('ignores empty and out-of-bounds ranges', () => {
    expect(
      toChunks(3, [
        { start: 2, end: 2, kind: 'k' },
        { start: 1, end: 9, kind: 'k' },
      ]),
    ).toEqual([{ start: 0, end: 3, marks: [] }]);
  });

  it('always covers the whole text, in order, without gaps (property)', () => {
    const rangesFor = (length: number) =>
      fc.array(
        fc
          .tuple(fc.nat({ max: length }), fc.nat({ max: length }))
          .map(([a, b]): MarkRange => ({ start: Math.min(a, b), end: Math.max(a, b), kind: 'k' })),
      );
    fc.assert(
      fc.property(
        fc.nat({ max: 60 }).chain((length) => fc.tuple(fc.constant(length), rangesFor(length))),
        ([length, ranges]) => {
          const chunks = toChunks(length, ranges);
          expect(chunks[0]?.start ?? 0).toBe(0);
          expect(chunks.at(-1)?.end ?? 0).toBe(length);
          chunks.forEach((chunk, i) => {
            if (i > 0) expect(chunk.start).toBe(chunks[i - 1]?.end);
            for (const range of ranges) {
              const covers =
                range.start <= chunk.start && range.end >= chunk.end && range.start < range.end;
              expect(chunk.marks.includes(range)).toBe(covers);
            }
          });
        },
      ),
    );
  });
});

describe('findPassages', () => {
  it('finds the first occurrence of each passage, leaving out those not found', () => {
    expect(
      findPassages(
        'one two one',
        [
          { id: 'a', text: 'one' },
          { id: 'b', text: 'three' },
        ],
        'key-quote',
      ),
    ).toEqual([{ start: 0, end: 3, kind: 'key-quote', id: 'a' }]);
  });
});

describe('passagesByParagraph', () => {
  it('marks each passage once, in the first paragraph holding it', () => {
    const ranges = passagesByParagraph(
      ['Nothing here.', 'Peace now. Peace now.', 'Peace now.'],
      [{ id: 'p', text: 'Peace now.' }],
      'key-quote',
    );
    expect(ranges).toEqual([[], [{ start: 0, end: 10, kind: 'key-quote', id: 'p' }], []]);
  });
});
