import type { SourceParagraph } from './paragraphs';

// A turn as the importer writes a run-in hearing's labels: "Senator Hollis: …", "Ms. Carver: …".
const TURN = /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}’'-]*){0,3}: \S/u;

/**
 * A printed page's number alone between two turns of a transcript, the turn before it asking
 * nothing: "Ms. Carver: … what they said." / "117" / "Senator Hollis: Were some …". After a
 * question the number is an answer ("How many?" / "117"), and outside turns a list's or a
 * table's.
 */
export function printedPageNumbers(paragraphs: readonly SourceParagraph[]): number[] {
  return paragraphs.flatMap((p, i) => {
    const before = paragraphs[i - 1]?.text ?? '';
    const after = paragraphs[i + 1]?.text ?? '';
    return /^\d{1,4}$/u.test(p.text) &&
      TURN.test(before) &&
      TURN.test(after) &&
      !/[?？؟][”"’')]*$/u.test(before)
      ? [p.index]
      : [];
  });
}
