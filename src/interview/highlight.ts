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

/** Marked-up text: a run of plain text, or a mark holding more of them. */
export type MarkNode =
  | { start: number; end: number; mark?: undefined }
  | {
      start: number;
      end: number;
      mark: MarkRange;
      /** Whether the mark starts here (a mark split by an outer one has later parts). */
      first: boolean;
      children: MarkNode[];
    };

/** A chunk's mark of the given layer: where several cover it, the one that starts first. */
function markOn(chunk: Chunk, layer: readonly string[]): MarkRange | undefined {
  let found: MarkRange | undefined;
  for (const mark of chunk.marks) {
    if (layer.includes(mark.kind) && (!found || mark.start < found.start)) found = mark;
  }
  return found;
}

/**
 * Nests the chunks' marks into a tree, so that a mark is one element, one
 * continuous run, wherever it can be. `layers` lists kinds from the outermost
 * to the innermost: a mark of an outer layer (a shared passage) stays whole
 * and holds the marks of inner layers (a key quote, a search match), which
 * split where it begins or ends. Kinds on no layer are left unmarked. Linear
 * in the chunks and their marks, for each layer.
 */
export function nestMarks(
  chunks: readonly Chunk[],
  layers: readonly (readonly string[])[],
): MarkNode[] {
  const nest = (from: number, to: number, depth: number): MarkNode[] => {
    const layer = layers[depth];
    const first = chunks[from];
    const last = chunks[to - 1];
    if (!first || !last) return [];
    if (!layer) return [{ start: first.start, end: last.end }];
    const nodes: MarkNode[] = [];
    let i = from;
    while (i < to) {
      const chunk = chunks[i];
      if (!chunk) break;
      const mark = markOn(chunk, layer);
      let j = i + 1;
      while (j < to && markOn(chunks[j] ?? chunk, layer) === mark) j += 1;
      const children = nest(i, j, depth + 1);
      const end = chunks[j - 1]?.end ?? chunk.end;
      if (mark)
        nodes.push({ start: chunk.start, end, mark, first: chunk.start === mark.start, children });
      else nodes.push(...children);
      i = j;
    }
    return nodes;
  };
  return nest(0, chunks.length, 0);
}
