/** A span of a text to mark, e.g. a key quote or a search match. */
export type MarkRange = { start: number; end: number; kind: string; id?: string };

/** A piece of text and the marks that cover all of it. */
export type Chunk = { start: number; end: number; marks: MarkRange[] };

/**
 * Splits a text at every mark boundary, so overlapping marks (a search match
 * inside a key quote) each cover whole chunks. Renderers wrap each chunk that
 * has marks in a <mark>.
 */
export function toChunks(textLength: number, ranges: readonly MarkRange[]): Chunk[] {
  const valid = ranges.filter((r) => r.start < r.end && r.start >= 0 && r.end <= textLength);
  const cuts = new Set([0, textLength]);
  for (const range of valid) {
    cuts.add(range.start);
    cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const chunks: Chunk[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? textLength;
    chunks.push({ start, end, marks: valid.filter((r) => r.start <= start && r.end >= end) });
  }
  return chunks;
}

/** Where each passage first occurs in a text, as ranges of the given kind; passages not found are left out. */
export function findPassages(
  text: string,
  passages: readonly { id: string; text: string }[],
  kind: string,
): MarkRange[] {
  return passages.flatMap((passage) => {
    const start = passage.text === '' ? -1 : text.indexOf(passage.text);
    return start < 0 ? [] : [{ start, end: start + passage.text.length, kind, id: passage.id }];
  });
}

/**
 * Ranges for each paragraph of an answer, each passage marked once: in the
 * first paragraph that holds it, so its id names one element.
 */
export function passagesByParagraph(
  paragraphs: readonly string[],
  passages: readonly { id: string; text: string }[],
  kind: string,
): MarkRange[][] {
  const byParagraph = paragraphs.map((): MarkRange[] => []);
  for (const passage of passages) {
    for (const [i, paragraph] of paragraphs.entries()) {
      const [range] = findPassages(paragraph, [passage], kind);
      if (range) {
        byParagraph[i]?.push(range);
        break;
      }
    }
  }
  return byParagraph;
}
