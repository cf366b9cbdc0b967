// Pages that label only their first exchange, then leave the labels off: the two labels leave
// the words and name the people. Both shapes read a label the same way (LABEL); they differ in
// where the labelled exchange stands and what says it is one.
import { isNameLine } from './names';
import { nameAfterTitle } from './titled-label';
import type { SourceParagraph } from './paragraphs';
import { INTERVIEWER, type Turn } from './structure';

type Turns = { p: SourceParagraph; turn: Turn }[];

// "Name: words", "Name, more: words": the more a second name, an outlet or a role.
const LABEL = /^([^,:]{3,60})(?:,\s+([^:]{2,80}))?:\s+(\S.*)$/u;
const DASHED = /^[-–—]\s?\S/u;

function readLabel(text: string) {
  const [, name = '', more, words = ''] = LABEL.exec(text) ?? [];
  // A title with a word in lower case before the name: "Nhà báo Phan Đăng" (journalist), the
  // name written in the label itself.
  const titled = nameAfterTitle([name], name) !== undefined;
  return words && (isNameLine(name) || titled) ? { name, more, words } : undefined;
}

/**
 * The first question, already read as asking, labelled with the interviewers' names (one, or two
 * joined by a comma: "Cezary Michalski, Piotr Semka: …"), its answer with the guest's ("Lech
 * Kaczyński: …"), and no label coming back: the names, to name the people.
 */
export function namedFirstExchange(turns: Turns): { guest: string; askers: string } | undefined {
  const first = turns.findIndex(({ turn }) => turn.kind === 'ask');
  const question = turns[first];
  const answer = turns[first + 1];
  if (!question || answer?.turn.kind !== 'plain') return undefined;
  const asked = readLabel(question.turn.text);
  const said = readLabel(answer.turn.text);
  if (!asked || !said || said.more !== undefined) return undefined;
  const second = asked.more;
  if (second !== undefined && (second.includes(',') || !isNameLine(second))) return undefined;
  question.turn = { ...question.turn, text: asked.words };
  answer.turn = { kind: 'plain', text: said.words };
  return { guest: said.name, askers: second ? `${asked.name}, ${second}` : asked.name };
}

/**
 * A portal's interview may label its first exchange the interviewer with the outlet and the
 * guest with a role ("Wojciech Lis, Interia: …" / "Paweł Grabowski, dyrektor …: - Tak jest."),
 * then go on with bare questions and answers opening with a dash. Where the two paragraphs right
 * before the first question are so labelled by two names, and two paragraphs or more of the
 * answers after it open with a dash, they are the first question and its answer. A lead quoting
 * a name and outlet, over no labelled answer, stays the intro. Returns the interviewer's name.
 */
export function outletFirstExchange(turns: Turns): string | undefined {
  const first = turns.findIndex(({ turn }) => turn.kind === 'ask');
  const asked = turns[first - 2];
  const answered = turns[first - 1];
  if (asked?.turn.kind !== 'plain' || answered?.turn.kind !== 'plain') return undefined;
  const ask = readLabel(asked.p.text);
  const answer = readLabel(answered.p.text);
  if (!ask?.more || !/^\p{Lu}[^,:]{1,30}$/u.test(ask.more)) return undefined;
  if (!answer || !DASHED.test(answer.words) || ask.name === answer.name) return undefined;
  const dashedAnswers = turns.filter(
    ({ p, turn }, i) => i > first && turn.kind === 'plain' && DASHED.test(p.text),
  ).length;
  if (dashedAnswers < 2) return undefined;
  asked.turn = { kind: 'ask', speaker: INTERVIEWER, text: ask.words };
  answered.turn = { kind: 'plain', text: answer.words };
  // The interviewer's name: the byline over the exchange is no section's heading.
  return ask.name;
}
