/** A span of a text to mark, e.g. a key quote or a search match. */
export type MarkRange = { start: number; end: number; kind: string; id?: string };

/** A piece of text and the marks that cover all of it. */
export type Chunk = { start: number; end: number; marks: MarkRange[] };

/**
 * Splits a text at every mark boundary, so overlapping marks (a search match
 * inside a key quote) each cover whole chunks. Renderers wrap each chunk that
 * has marks in a <mark>. One sweep over the sorted boundaries: n log n in the
 * number of ranges, plus the marks listed (each chunk lists those covering it,
 * in the order given).
 */
export function toChunks(textLength: number, ranges: readonly MarkRange[]): Chunk[] {
  const valid = ranges.filter((r) => r.start < r.end && r.start >= 0 && r.end <= textLength);
  // Boundaries in order; at one offset, ranges that end leave before ranges that start join.
  const events = valid.flatMap((range, order) => [
    { at: range.start, order, joins: true },
    { at: range.end, order, joins: false },
  ]);
  events.sort((a, b) => a.at - b.at || Number(a.joins) - Number(b.joins));
  const chunks: Chunk[] = [];
  const covering = new Set<number>();
  let from = 0;
  const cut = (to: number) => {
    if (to <= from) return;
    const marks = [...covering].sort((a, b) => a - b).flatMap((order) => valid[order] ?? []);
    chunks.push({ start: from, end: to, marks });
    from = to;
  };
  for (const event of events) {
    cut(event.at);
    if (event.joins) covering.add(event.order);
    else covering.delete(event.order);
  }
  cut(textLength);
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
