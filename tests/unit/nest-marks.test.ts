import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestMarks, toChunks, type MarkNode, type MarkRange } from '../../src/interview/highlight';
import { expectNearLinear, GROWTH_TEST_TIMEOUT } from '../support/growth';

const LAYERS = [['passage'], ['key-quote'], ['search', 'search-current']];

/** The tree as text: marks in brackets named by kind, an id after '#' where the mark starts. */
function show(source: string, nodes: readonly MarkNode[]): string {
  return nodes
    .map((node) =>
      node.mark
        ? `[${node.mark.kind}${node.first && node.mark.id ? `#${node.mark.id}` : ''}:${show(source, node.children)}]`
        : source.slice(node.start, node.end),
    )
    .join('');
}

const nested = (source: string, ranges: MarkRange[]) =>
  show(source, nestMarks(toChunks(source.length, ranges), LAYERS));

describe('nestMarks', () => {
  it('leaves unmarked text as one run', () => {
    expect(nested('plain text', [])).toBe('plain text');
  });

  it('keeps a passage whole where it crosses a key quote, splitting the quote instead', () => {
    const source = 'Into the Middle Corridor. Then more.';
    expect(
      nested(source, [
        { start: 0, end: 25, kind: 'key-quote', id: 'k' },
        { start: 9, end: 30, kind: 'passage', id: 'p' },
      ]),
    ).toBe('[key-quote#k:Into the ][passage#p:[key-quote:Middle Corridor.] Then] more.');
  });

  it('puts a passage equal to a key quote around it, each with its id', () => {
    expect(
      nested('abc', [
        { start: 0, end: 3, kind: 'key-quote', id: 'k' },
        { start: 0, end: 3, kind: 'passage', id: 'p' },
      ]),
    ).toBe('[passage#p:[key-quote#k:abc]]');
  });

  it('nests search matches inside key quotes, and the current match among them', () => {
    const source = 'oil and more oil here';
    expect(
      nested(source, [
        { start: 0, end: 16, kind: 'key-quote', id: 'k' },
        { start: 0, end: 3, kind: 'search-current', id: 'now' },
        { start: 13, end: 16, kind: 'search' },
      ]),
    ).toBe('[key-quote#k:[search-current#now:oil] and more [search:oil]] here');
  });

  it('ignores kinds on no layer', () => {
    expect(nested('abc', [{ start: 1, end: 2, kind: 'other' }])).toBe('abc');
  });

  it('covers the text exactly once, in order (property)', () => {
    const range = fc
      .record({
        start: fc.nat(30),
        length: fc.integer({ min: 1, max: 12 }),
        kind: fc.constantFrom('passage', 'key-quote', 'search'),
      })
      .map(({ start, length, kind }) => ({ start, end: start + length, kind }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), (ranges) => {
        const source = 'abcdefghijklmnopqrstuvwxyz0123456789'.slice(0, 40);
        const flat = (nodes: readonly MarkNode[]): string =>
          nodes.map((n) => (n.mark ? flat(n.children) : source.slice(n.start, n.end))).join('');
        expect(flat(nestMarks(toChunks(source.length, ranges), LAYERS))).toBe(source);
      }),
    );
  });

  it('is linear in the marks', { timeout: GROWTH_TEST_TIMEOUT }, () => {
    // A long passage over many key quotes, each holding a search match.
    const ranges = (n: number): MarkRange[] => [
      { start: 0, end: 10 * n, kind: 'passage', id: 'p' },
      ...Array.from({ length: n }, (_, i): MarkRange[] => [
        { start: 10 * i, end: 10 * i + 8, kind: 'key-quote', id: `k${i}` },
        { start: 10 * i + 2, end: 10 * i + 4, kind: 'search' },
      ]).flat(),
    ];
    const chunks = new Map([250, 2000].map((n) => [n, toChunks(10 * n, ranges(n))]));
    expectNearLinear((n) => nestMarks(chunks.get(n) ?? toChunks(10 * n, ranges(n)), LAYERS), 250);
  });
});
