import type { SourceParagraph } from './paragraphs';

// A turn opened by a typed hyphen, with or without a space after it ("-Perdone que…",
// "- Ya gösterdiği tepkiler?"), its words starting as a sentence does: a list's "-un cuaderno"
// items are no turns. A typeset dash ("– Богдане, …", "— Вы сами…?") is the page's own dialogue
// mark and stays in the words, as the sets read before expect.
const TURN = /^-\s?([\p{Lu}¿¡«"“'‘\d].*)$/u;
const ASKS = /[?？؟][”"’')»]*$/u;

/** Who speaks in a dash dialogue's paragraph, and its words without the dash. */
export type DialogueTurn = { asks: boolean; text: string };

/**
 * Where both sides open their turns with a dash, each question answered on the very next
 * paragraph ("- Ya gösterdiği tepkiler?" / "- O da bir insan…", or Spanish "-¿Qué le parece…?"
 * / "-Me ha sorprendido…"): the dashed paragraphs pair off in order, question then answer.
 * Two pairs or more, half the questions or more asking with "?", an answer rarely asking, and
 * no undashed paragraph asking among them (a page that asks so is read by its "?"). Then the
 * first of each pair asks, a statement too ("-Perdone que … Màxim Huerta, nuevo ministro."),
 * and both lose their dash, as labels do.
 */
export function dashDialogue(content: readonly SourceParagraph[]): Map<number, DialogueTurn> {
  const none = new Map<number, DialogueTurn>();
  const dashed = content.flatMap((p, i) => {
    const words = TURN.exec(p.text)?.[1];
    return words ? [{ i, p, words }] : [];
  });
  if (dashed.length < 4 || dashed.length % 2 !== 0) return none;
  const questions = dashed.filter((_, k) => k % 2 === 0);
  const replies = dashed.filter((_, k) => k % 2 === 1);
  const paired = questions.every((q, k) => replies[k]?.i === q.i + 1);
  const asking = questions.filter((q) => ASKS.test(q.words)).length;
  const asked = replies.filter((a) => ASKS.test(a.words)).length;
  const first = dashed[0]?.i ?? 0;
  const last = dashed.at(-1)?.i ?? 0;
  const plainAsks = content
    .slice(first, last + 1)
    .some((p) => !TURN.test(p.text) && ASKS.test(p.text));
  if (!paired || asking * 2 < questions.length || asked * 5 > replies.length || plainAsks)
    return none;
  return new Map(dashed.map((d, k) => [d.p.index, { asks: k % 2 === 0, text: d.words }]));
}
