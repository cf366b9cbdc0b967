import type { SourceParagraph } from './paragraphs';

// A paragraph that asks: it ends with a question mark (closing quotes after it).
const ASKS = /[?？؟][”"’')»」]*$/u;

type Label = { label: string; key: string };

/**
 * The page's headline read as a speaker's turn: "Neo-Bürgermeister Willi: Nach Hochzeit …" over
 * answers labelled "Willi:". It is the page's first label, nothing before it asks, its form is
 * used nowhere else, and its speaker's two or more other turns each answer the paragraph before
 * them (a question): a turn that opens the page before any question answers nothing, so it is
 * the headline, read with the header. Returns its paragraph's index, if there is one.
 */
export function headlineLabel(
  paragraphs: readonly SourceParagraph[],
  labelOf: (text: string) => Label | undefined,
): number[] {
  const labelled = paragraphs.flatMap((p, i) => {
    const found = labelOf(p.text);
    return found ? [{ i, found }] : [];
  });
  const first = labelled[0];
  if (!first || paragraphs.slice(0, first.i).some((p) => ASKS.test(p.text))) return [];
  const others = labelled.slice(1).filter((l) => l.found.key === first.found.key);
  const answering = others.every(
    (l) => l.found.label !== first.found.label && ASKS.test(paragraphs[l.i - 1]?.text ?? ''),
  );
  return others.length >= 2 && answering ? [paragraphs[first.i]?.index ?? -1] : [];
}
