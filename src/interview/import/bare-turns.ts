// Rules for pages with no labels at all, where question and answer take turns one paragraph
// each: what the turns' strict alternation settles that a "?" alone cannot.
import type { SourceParagraph } from './paragraphs';
import type { Turn } from './structure';

type Turns = { p: SourceParagraph; turn: Turn }[];

const size = (turns: Turns, i: number) => turns[i]?.p.text.length ?? 0;

/** Whether two or more questions come before `upTo`, each answered by one longer paragraph. */
function alternates(turns: Turns, upTo: number): boolean {
  const asks = turns.flatMap(({ turn }, i) => (turn.kind === 'ask' && i < upTo ? [i] : []));
  const singles = asks.filter(
    (at, k) => (asks[k + 1] ?? upTo) - at === 2 && size(turns, at + 1) > size(turns, at),
  ).length;
  return asks.length >= 2 && singles === asks.length;
}

/**
 * The last answer may ask back ("… عن أي هفوات تتحدث؟", "What slips do you mean?"): where every
 * question before is answered by one longer paragraph, two or more, and the page's last two
 * paragraphs both ask, the last longer, it is the answer (it joined the question before it,
 * then the answer before that, as a question left unanswered). An article cut short after a
 * question and a shorter follow-up ("And when will it be out?") keeps both as asked.
 */
export function answerAskingBack(turns: Turns): void {
  const last = turns.length - 1;
  const answer = turns[last];
  if (!answer || answer.turn.kind !== 'ask' || turns[last - 1]?.turn.kind !== 'ask') return;
  if (size(turns, last) <= size(turns, last - 1) || !alternates(turns, last - 1)) return;
  answer.turn = { kind: 'plain', text: answer.p.text };
}
