// A podcast's opening greeting (a host's welcome and the guests' thanks) is intro, not the first
// question: parseStructure's pass over the turns it found.
import type { SourceParagraph } from './paragraphs';
import type { Labelled } from './speakers';
import type { Turn } from './structure';

// The longest reply that is a pleasantry rather than an answer: "Great to be here. Thank you."
const PLEASANTRY_CHARS = 60;
const WELCOMES =
  /\b(?:welcome to|thanks? (?:you )?for (?:coming|joining|being)|good to have you)\b/iu;
// Thanks in so many words: "Great, it was a tiny shop…" answers.
const THANKS =
  /^(?:thanks?\b|thank you\b|(?:it'?s )?(?:great|glad|good|happy|nice) to be (?:here|with you|on)\b|(?:it'?s )?(?:a|my) pleasure\b)/iu;
const GREETS = /^(?:hi|hello|hey)\b/iu;
// A welcome that also asks, in a statement: "Welcome to Leeds, Tom. Tell me about your first bakery."
const PROMPTS = /\b(?:tell|talk|walk|take) (?:us|me)\b|\b(?:describe|explain)\b/iu;

/**
 * Whether a host's welcome opens with a sentence on the subject, the greeting after it: a first
 * sentence of 40 characters or more that neither greets nor welcomes ("Okay, here we go." is
 * a show's start, not its subject).
 */
function opensOnSubject(text: string): boolean {
  const sentence = /^.+?[.!?]\s+(?=\p{Lu})/u.exec(text)?.[0] ?? '';
  return (
    sentence.length >= 40 &&
    !WELCOMES.test(sentence) &&
    !GREETS.test(sentence) &&
    !/\bI'?m\b/u.test(sentence)
  );
}

/**
 * Podcasts with several guests open with a greeting: the host's labelled
 * welcome (no "?") and one or each guest's one-line "Great to be here." That
 * exchange is intro, not the first question. With one guest it stays a
 * question (a one-line reply to a welcome may be the interview's first
 * joke), as it does when any reply is longer or no other question follows.
 */
export function demoteOpeningGreeting(
  turns: { p: SourceParagraph; turn: Turn }[],
  labelled: ReadonlyMap<number, Labelled>,
) {
  const guests = new Set(
    turns.flatMap(({ turn }) => (turn.kind === 'answer' ? [turn.speaker] : [])),
  );
  const hosts = new Set(
    turns.flatMap(({ p, turn }) =>
      turn.kind === 'ask' && labelled.has(p.index) ? [turn.speaker] : [],
    ),
  );
  coldOpen(turns, hosts.size);
  // A short reply, or one a little longer that greets or thanks: "Hello. I have to say it's …".
  const pleasantry = (text: string) =>
    text.length <= PLEASANTRY_CHARS ||
    (text.length <= 2 * PLEASANTRY_CHARS && (THANKS.test(text) || GREETS.test(text)));
  for (;;) {
    const first = turns.findIndex(({ turn }) => turn.kind === 'ask');
    const opening = turns[first];
    if (!opening || !labelled.has(opening.p.index)) return;
    const next = turns.findIndex(({ turn }, i) => i > first && turn.kind === 'ask');
    if (next < 0) return;
    // A transcript's chapter title between them is nobody's reply.
    const replies = turns.slice(first + 1, next).filter(({ p }) => !p.chapter);
    // Two hosts and two guests or more: a host's turn no guest replies to is the show's opening
    // (a tagline, a welcome, one host asking the other to bring the guests in), unless both ask:
    // two hosts' questions to a guest, one after the other.
    const asks = opening.p.text.includes('?');
    const hostsTalk =
      hosts.size >= 2 &&
      guests.size >= 2 &&
      replies.length === 0 &&
      !(asks && turns[next]?.p.text.includes('?'));
    const pleasantries =
      hostsTalk ||
      (!asks &&
        guests.size >= 2 &&
        replies.length > 0 &&
        // A greeting: the host welcomes or greets, or every reply thanks or greets. "Let's start
        // with the year you founded it." / "2014." / "With two desks." is the first exchange.
        (WELCOMES.test(opening.turn.text) ||
          GREETS.test(opening.turn.text) ||
          replies.every(({ turn }) => THANKS.test(turn.text) || GREETS.test(turn.text))) &&
        replies.every(
          ({ p, turn }) =>
            turn.kind === 'answer' &&
            labelled.has(p.index) &&
            (hosts.size >= 2 ? pleasantry(turn.text) : turn.text.length <= PLEASANTRY_CHARS),
        )) ||
      // With one guest, a welcome in so many words answered by thanks alone: "Hi, and welcome to
      // LabTalk. … Nora, thanks for coming on." / "Thanks for having me. …". Not where the host
      // opens on the subject before the welcome: "Virginia's unemployment rate is the lowest in
      // nearly a decade. … Hello, everyone, and welcome to Newsmakers. …" is the first question.
      (!asks &&
        WELCOMES.test(opening.turn.text) &&
        !opensOnSubject(opening.turn.text) &&
        !PROMPTS.test(opening.turn.text) &&
        replies.length === 1 &&
        replies.every(
          ({ p, turn }) =>
            turn.kind === 'answer' &&
            labelled.has(p.index) &&
            turn.text.length <= 2 * PLEASANTRY_CHARS &&
            THANKS.test(turn.text),
        ));
    if (!pleasantries) {
      // Two hosts may each say their welcome before the guest's thanks: "Welcome to Need a Lift.
      // This is Milo." / "And this is Dana. …" / "Hello, hello. Thanks for having me back.".
      const end = jointWelcomeEnd(turns, first, hosts.size, guests.size, labelled);
      if (end !== undefined)
        for (const t of turns.slice(first, end)) t.turn = { kind: 'plain', text: t.p.text };
      return;
    }
    for (const t of turns.slice(first, next)) t.turn = { kind: 'plain', text: t.p.text };
    // Only a show with two hosts and two guests goes on past its first exchange.
    if (hosts.size < 2 || guests.size < 2) return;
  }
}

/**
 * Where two hosts and one guest open with a welcome from each host in turn, none asking or
 * prompting, answered by the guest's one short thanks or greeting: the index of the first
 * question after it (the opening is intro). Undefined otherwise.
 */
function jointWelcomeEnd(
  turns: readonly { p: SourceParagraph; turn: Turn }[],
  first: number,
  hosts: number,
  guests: number,
  labelled: ReadonlyMap<number, Labelled>,
): number | undefined {
  if (hosts < 2 || guests !== 1 || !WELCOMES.test(turns[first]?.turn.text ?? '')) return undefined;
  let last = first;
  while (turns[last + 1]?.turn.kind === 'ask') last += 1;
  const opening = turns.slice(first, last + 1);
  if (
    last === first ||
    opening.some(
      ({ p, turn }) =>
        /[?？]/u.test(turn.text) || PROMPTS.test(turn.text) || !labelled.has(p.index),
    )
  )
    return undefined;
  const reply = turns[last + 1];
  const end = last + 2;
  if (
    !reply ||
    reply.turn.kind !== 'answer' ||
    !labelled.has(reply.p.index) ||
    reply.turn.text.length > 2 * PLEASANTRY_CHARS ||
    !(THANKS.test(reply.turn.text) || GREETS.test(reply.turn.text)) ||
    turns[end]?.turn.kind !== 'ask'
  )
    return undefined;
  return end;
}

// A host's welcome to the show: "Welcome back to Hivecast, …", "Welcome to the show".
const SHOW_WELCOME = /\bwelcome (?:back )?to\b/iu;

/**
 * A podcast's cold open: two hosts or more and a guest bantering before a host welcomes the
 * listeners ("Albert: You can never hear anything." … "Devin: Welcome back to Hivecast, …").
 * Where no turn before that welcome asks, those turns are intro and the welcome opens the first
 * question. A welcome that is already the first question, or banter that asks, stays as it is.
 */
function coldOpen(turns: { p: SourceParagraph; turn: Turn }[], hosts: number) {
  if (hosts < 2) return;
  const first = turns.findIndex(({ turn }) => turn.kind === 'ask');
  const welcome = turns.findIndex(
    ({ turn }, i) => i > first && turn.kind === 'ask' && SHOW_WELCOME.test(turn.text),
  );
  if (first < 0 || welcome < 0) return;
  const before = turns.slice(first, welcome);
  if (before.some(({ p }) => /[?？؟]/u.test(p.text))) return;
  for (const t of before) t.turn = { kind: 'plain', text: t.p.text };
}
