// Rules for pages with no labels at all, where question and answer take turns one paragraph
// each: what the turns' strict alternation settles that a "?" alone cannot.
import type { SourceParagraph } from './paragraphs';
import { asksOutsideQuotes, INTERVIEWER, type Turn } from './structure';

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

// An answer that says something, then asks back: "To bardzo ogólne pytanie. O co konkretnie pytasz?".
const SAYS_THEN_ASKS = /[.!…]\s+[^.!?…]+[?？؟]$/u;
const STATEMENT = /[.!…]$/u;

/**
 * Where an answer asks back ("To bardzo ogólne pytanie. O co konkretnie pytasz?"), the
 * interviewer may answer with a statement for the next question ("Liczę, że podniesie pan
 * sportowy poziom klubu."): two asking paragraphs in a row, the second saying something before
 * it asks, then two that do not, the first a short statement shorter than the one after it.
 * Read so where then every question, four or more, is answered by one paragraph. A question in
 * two paragraphs, the second only asking ("A od kogo najpierw?"), stays one question.
 */
export function statementAfterAskingBack(turns: Turns): void {
  const kinds = turns.map(({ turn }) => turn.kind);
  const spots: number[] = [];
  turns.forEach((_, i) => {
    const [b, c, d] = [turns[i + 1], turns[i + 2], turns[i + 3]];
    if (!b || !c || !d || kinds[i - 1] === 'ask') return;
    if (kinds[i] !== 'ask' || kinds[i + 1] !== 'ask') return;
    if (kinds[i + 2] !== 'plain' || kinds[i + 3] !== 'plain') return;
    if (i + 4 < turns.length && kinds[i + 4] !== 'ask') return;
    if (!SAYS_THEN_ASKS.test(b.p.text) || !STATEMENT.test(c.p.text)) return;
    if (c.p.text.length > 200 || c.p.text.length >= d.p.text.length) return;
    spots.push(i);
    kinds[i + 1] = 'plain';
    kinds[i + 2] = 'ask';
  });
  if (spots.length === 0) return;
  const asks = kinds.flatMap((kind, i) => (kind === 'ask' ? [i] : []));
  // After the last answer the page may go on (a related link the cut drops later).
  const single = asks.every(
    (at, k) => kinds[at + 1] === 'plain' && (k === asks.length - 1 || kinds[at + 2] === 'ask'),
  );
  if (!single || asks.length < 4) return;
  for (const i of spots) {
    const [b, c] = [turns[i + 1], turns[i + 2]];
    if (b) b.turn = { kind: 'plain', text: b.p.text };
    if (c) c.turn = { kind: 'ask', speaker: INTERVIEWER, text: c.p.text };
  }
}

// Trails off: "… d'ici la fin du mandat...".
const TRAILS_OFF = /(?:\.{3}|…)$/u;
const ASKED = /\p{L}\s?[?？؟]/gu;

/**
 * A question may ask inside and trail off at its end ("Vous avez pris goût au pouvoir ? Ou … semé ?
 * Parce que … la fin du mandat..."): between a question's one-paragraph answer and the next
 * paragraph, a paragraph that asks twice outside quotes, ends "..." and is shorter than both is
 * the next question, where two or more questions are asked on the page.
 */
export function trailingOffQuestion(turns: Turns): void {
  if (turns.filter(({ turn }) => turn.kind === 'ask').length < 2) return;
  turns.forEach((t, i) => {
    const kinds = [turns[i - 2]?.turn.kind, turns[i - 1]?.turn.kind, turns[i + 1]?.turn.kind];
    if (t.turn.kind !== 'plain' || kinds.join() !== 'ask,plain,plain') return;
    const text = t.p.text;
    if (
      !TRAILS_OFF.test(text) ||
      text.length > 400 ||
      !asksOutsideQuotes(text.replace(TRAILS_OFF, '')) ||
      // Two questions asked, as an interviewer presses ("… au pouvoir ? Ou … semé ? Parce que …"):
      // an answer asking itself once and trailing off ("Did I regret it? Sometimes...") stays.
      (text.match(ASKED) ?? []).length < 2
    )
      return;
    if (size(turns, i) >= size(turns, i - 1) || size(turns, i) >= size(turns, i + 1)) return;
    t.turn = { kind: 'ask', speaker: INTERVIEWER, text };
  });
}

// A request that opens the interview without a "?": "Tell us a bit about how you first started
// painting.", "Describe your studio."
const REQUEST = /^(?:(?:tell|talk|walk|take) (?:us|me)\b|(?:please )?(?:describe|explain)\b)/iu;

/**
 * Bare questions may open with a request ending "." that the "?" test leaves in the intro: just
 * before the first question, a request of up to 200 characters and a longer paragraph after it
 * are the first exchange. A lead's sentence there ("She told us about …") is no request.
 */
export function openingRequest(turns: Turns): void {
  const first = turns.findIndex(({ turn }) => turn.kind === 'ask');
  const request = turns[first - 2];
  const answer = turns[first - 1];
  if (first < 2 || !request || !answer) return;
  if (request.turn.kind !== 'plain' || answer.turn.kind !== 'plain') return;
  const text = request.p.text;
  if (!REQUEST.test(text) || text.length > 200 || !/\.$/u.test(text)) return;
  if (answer.p.text.length <= text.length) return;
  request.turn = { kind: 'ask', speaker: INTERVIEWER, text };
}

// A question's first sentence, then more: "How did you feel at the rally? You were the only …".
const ASKS_FIRST = /^[^.!?…]{1,200}[?？؟]\s/u;

/**
 * A first bare question may go on with a statement ("How did you feel at the rally? You were the
 * only speaker … applause."), so the "?" test leaves it and its answer in the intro: just before
 * the first question, a paragraph of up to 250 characters whose first sentence asks (outside
 * quotes), then a longer one that asks nothing, are the first exchange, where three questions or
 * more follow, each but the last answered by one longer paragraph. A lead opening with a quoted question
 * ("“Why me?” she asked …") stays intro.
 */
export function openingQuestionThenRemark(turns: Turns): void {
  const first = turns.findIndex(({ turn }) => turn.kind === 'ask');
  const question = turns[first - 2];
  const answer = turns[first - 1];
  if (first < 2 || !question || !answer) return;
  if (question.turn.kind !== 'plain' || answer.turn.kind !== 'plain') return;
  const text = question.p.text;
  if (text.length > 250 || !ASKS_FIRST.test(text) || !asksOutsideQuotes(text)) return;
  if (answer.p.text.length <= text.length || asksOutsideQuotes(answer.p.text)) return;
  // The last answer may meet the page's furniture: the questions before the last one alternate.
  const asks = turns.filter(({ turn }) => turn.kind === 'ask').length;
  const last = turns.findLastIndex(({ turn }) => turn.kind === 'ask');
  if (asks < 3 || !alternates(turns, last)) return;
  question.turn = { kind: 'ask', speaker: INTERVIEWER, text };
}

// The interviewer's first words closing on a greeting by name or title: "Guten Tag, Herr
// Steinmeier.", "Good morning, Minister.", "Bonjour, Madame la maire."
const GREETS_BY_NAME =
  /(?:^|[.!?]\s)(?:guten (?:tag|morgen|abend)|grüß gott|good (?:morning|afternoon|evening)|hello|bonjour|bonsoir|buenos días|buenas (?:tardes|noches)|bom dia|boa tarde|buongiorno|buonasera|dzień dobry),\s[^.!?,]{2,60}[.!]$/iu;
// The guest's greeting back: "Guten Tag, ich grüße Sie.", "Good morning."
const GREETS_BACK =
  /^(?:guten (?:tag|morgen|abend)|grüß gott|hallo|good (?:morning|afternoon|evening)|hello|bonjour|bonsoir|buenos días|buenas (?:tardes|noches)|hola|bom dia|boa tarde|buongiorno|buonasera|dzień dobry)\b/iu;

/**
 * A radio interview's opening, unlabelled as the rest: the host's first words closing on a
 * greeting by name ("… Guten Tag, Herr Steinmeier."), the guest's short greeting back ("Guten Tag,
 * ich grüße Sie."), then exchanges that ask nothing ("Das ist mal eine andere
 * Weihnachtsstimmung." / a longer answer) up to the first question. From the greeting on, the
 * paragraphs before the first question pair off, each first one asking. A lead that greets no one
 * stays intro.
 */
export function openingGreeting(turns: Turns): void {
  const first = turns.findIndex(({ turn }) => turn.kind === 'ask');
  // Up to three exchanges before the first question.
  for (let at = first - 2; at >= 0 && at >= first - 6; at -= 2) {
    const greeting = turns[at];
    const reply = turns[at + 1];
    if (greeting?.turn.kind !== 'plain' || reply?.turn.kind !== 'plain') return;
    const greets =
      GREETS_BY_NAME.test(greeting.p.text) &&
      GREETS_BACK.test(reply.p.text) &&
      reply.p.text.length <= 80;
    if (!greets) {
      // Between the greeting and the first question, each answer is longer than what it answers.
      if (size(turns, at + 1) <= size(turns, at)) return;
      continue;
    }
    for (let k = at; k < first; k += 2) {
      const ask = turns[k];
      if (ask) ask.turn = { kind: 'ask', speaker: INTERVIEWER, text: ask.p.text };
    }
    return;
  }
}
