import { introducedGuest } from './host-introduction';
import type { Person } from '../schema';
import { uniqueSlug } from '../slug';
import { isNameLine, isNotAPerson, isTitleWord, withoutTitles } from './names';
import { captionedGuest, findInterviewee } from './interviewee';
import {
  findFullName,
  findRole,
  lithuanianInitials,
  nameForInitials,
  nameGivenFor,
} from './label-names';
import { expandAcronym, findPublication } from './publication';
import { escapeRegExp } from './escape-regexp';
import { greetedByAskers } from './greeted-guest';
import { sharedOpening } from './shared-opening';
import { headlineSurname } from './headline-surname';
import { nameLineGuest } from './name-line-guest';
import { asTagged } from './tagged-name';
import { nameAfterTitle } from './titled-label';
import { guestOfTheDay } from './guest-of-the-day';
import { displayLabel, type SpeakerGroup } from './speakers';
import { INTERVIEWEE, INTERVIEWER, type Parse } from './structure';
import { UNNAMED_INTERVIEWEE } from '../placeholders';

/** A person of the interview, and which side they are on. */
export type SidedPerson = Person & { side: 'interviewer' | 'interviewee' };

/** The publication: what an interviewer's acronym stands for ("TCA"), or who "spoke with" in the intro. */
export function findPublicationName(
  structure: Parse,
  speakers: ReadonlyMap<string, SpeakerGroup>,
  corpus: string,
  intro: readonly string[],
): string | undefined {
  const interviewers = [...structure.sides].filter(([, side]) => side === 'interviewer');
  return (
    interviewers
      .map(([key]) => expandAcronym(speakers.get(key)?.label ?? '', corpus))
      .find(Boolean) ?? findPublication(intro.join('\n'))
  );
}

/** The name the first question greets: "Hi Mark. Thank you for …". */
function greeted(structure: Parse): string | undefined {
  const first = structure.sections[0]?.questions[0]?.question[0] ?? '';
  return /^(?:hi|hello|welcome),? (\p{Lu}\p{Ll}+)[.,!]/iu.exec(first)?.[1];
}

/** A full name and a colon an answer opens with, where no label names anyone: "Lena Voigt: Klingt …". */
function answerOpener(structure: Parse): string | undefined {
  if (structure.answerLabel) return structure.answerLabel;
  return structure.sections
    .flatMap((s) => s.questions.map((q) => /^([^:]{5,40}):\s/u.exec(q.answer[0] ?? '')?.[1] ?? ''))
    .find(isNameLine);
}

/**
 * A label's full name, not another speaker's: the host "John:" is not the guest "John Smith:"
 * whose name the lead writes out.
 */
function fullName(
  label: string,
  key: string,
  speakers: ReadonlyMap<string, SpeakerGroup>,
  corpus: string,
): string | undefined {
  // A label that is a full name of three or four words, which the text writes as it is
  // ("Lars Erik Haugland:" and "… manager Lars Erik Haugland here"), is that name, not the
  // shortest tail of it the text also holds ("Erik Haugland").
  // Where it is the speaker's only label: a headline's "Der Astronaut Lars Holm:" before
  // "HOLM:" is no name to keep whole.
  const whole =
    new Set(speakers.get(key)?.labels ?? [label]).size === 1 &&
    /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){2,3}$/u.test(label) &&
    !label.split(' ').some((w) => isTitleWord(w)) &&
    new RegExp(`(?<![\\p{L}])${escapeRegExp(label)}(?![\\p{L}])`, 'u').test(corpus);
  const full = whole ? label : findFullName(label, corpus);
  const others = [...speakers.values()].filter((g) => g.key !== key).flatMap((g) => g.labels);
  return full !== undefined && others.includes(full) ? undefined : full;
}

/**
 * A press conference's moderators: two turns or more, each closing an answer right before the
 * next question (or the interview's end), none asking or answering, one calling on the next asker
 * by name ("Okay. Laurie Whitfield, The Athletic." before "Laurie Whitefield:"). They sit with
 * those who ask; a second guest closing answers calls on no one.
 */
function moderators(structure: Parse, speakers: ReadonlyMap<string, SpeakerGroup>): Set<string> {
  const questions = structure.sections.flatMap((s) => s.questions);
  const out = new Set(questions.flatMap((q) => [q.askedBy, q.answeredBy ?? '']));
  const turns = [...structure.turnOf].sort(([a], [b]) => a - b);
  const own = new Map<string, number>();
  const calls = new Set<string>();
  for (const [i, [index, turn]] of turns.entries()) {
    const key = turn.speaker;
    if (out.has(key)) continue;
    own.set(key, (own.get(key) ?? 0) + 1);
    const [nextIndex, next] = turns[i + 1] ?? [];
    if (structure.roles.get(index)?.kind !== 'answer' || /[?؟]/u.test(turn.text)) out.add(key);
    if (nextIndex === undefined || next === undefined || next.speaker === key) continue;
    if (structure.roles.get(nextIndex)?.kind !== 'question') out.add(key);
    const first = speakers.get(next.speaker)?.label.split(' ')[0] ?? '';
    if (
      first.length >= 2 &&
      new RegExp(`(?<!\\p{L})${escapeRegExp(first)} \\p{Lu}`, 'u').test(turn.text)
    )
      calls.add(key);
  }
  return new Set([...calls].filter((key) => !out.has(key) && (own.get(key) ?? 0) >= 2));
}

type PeopleInput = {
  structure: Parse;
  speakers: ReadonlyMap<string, SpeakerGroup>;
  /** Title, intro and caption: where full names and roles are written out. */
  corpus: string;
  title: string;
  intro: string;
  /** Who asks when the questions carry no name ("Q:", or no label at all). */
  interviewerName: string;
  /** The whole article without its noise: where a label's initials may be spelt out. */
  article: string;
  /** The author, where the post is the author answering questions: the guest of unnamed turns. */
  selfAnswered?: string;
  /** The names the page's tag lines list (noise too): a name's form in the nominative. */
  tags?: readonly string[];
  /** Whose transcript an archive's record says it is ("Abbott, Tony" as "Tony Abbott"). */
  recordHolder?: string | undefined;
};

/** Every speaker who asks or answers, keyed by speaker key, with the full name and role the text gives. */
// A credit's label and what it credits, up to the line's end: "Фото: AGENCY / NAME".
const CREDIT = /(?:^|[|.;]\s)(?:Фото|Photos?|Fotos?|Bild|Текст)\s?:[^\S\n]*([^\n:]{2,80})$/gmu;

export function resolvePeople({
  structure,
  speakers,
  corpus,
  title,
  intro,
  interviewerName,
  article,
  selfAnswered,
  tags = [],
  recordHolder,
}: PeopleInput) {
  const tagged = (name: string | undefined) => (name === undefined ? name : asTagged(name, tags));
  // Whoever the lead says wrote, edited or photographed the piece is no guest: "This blog is
  // written by Shreyas Kulkarni based on the conversation Rituparna had …".
  // ("Conducted by Linda Gross and Sonya Landau": both.)
  const writers = [
    ...intro.matchAll(
      /\b(?:[Ww]ritten|[Rr]eported|[Cc]ompiled|[Ee]dited|[Pp]hotographed|[Tt]ranscribed|[Tt]ranslated|[Cc]onducted|[Ii]nterviewed) by (\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){0,2}(?:(?:, | and | & )\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){0,2})*)/gu,
    ),
  ].flatMap((m) => (m[1] ?? '').split(/, | and | & /u).map((name) => name.trim()));
  // Nor is anyone a photo credit or a byline's label names, agency or person ("Київ, 19.01.2026 |
  // Фото: Інтерфакс-Україна / Петро Гайдай", "Текст: Ярослав Дідух"), in the title's lines too.
  const credited = [...`${title}\n${intro}`.matchAll(CREDIT)].flatMap((m) =>
    (m[1] ?? '').split(/\s[/|]\s|, /u).map((name) => name.trim()),
  );
  writers.push(...credited);
  const taken = new Set<string>();
  const people = new Map<string, SidedPerson>();
  // Everyone who speaks: a second guest answering the same question too, so
  // their words kept in the answer carry their label ("Dana: …"), not a key.
  const used = new Set([
    ...structure.sections.flatMap((s) =>
      s.questions.flatMap((q) => [q.askedBy, q.answeredBy ?? INTERVIEWEE]),
    ),
    ...[...structure.turnOf.values()].map((t) => t.speaker),
  ]);
  const moderating = moderators(structure, speakers);
  for (const key of used) {
    const group = speakers.get(key);
    const side =
      key === INTERVIEWER
        ? 'interviewer'
        : key === INTERVIEWEE
          ? 'interviewee'
          : moderating.has(key)
            ? 'interviewer'
            : (structure.sides.get(key) ?? 'interviewee');
    // "Q:", "A:" and unlabelled turns name nobody: the intro or byline does.
    const generic = !group || group.kind !== 'name';
    const given = group ? nameGivenFor(group.label, corpus) : undefined;
    // A machine transcript's "Speaker 3" answering names no one: the episode's title may (its
    // intro is the hosts' talk, "Odd Folk Who Did Odd Things" no name).
    // A guest found in the title or intro must be a person: "Interviewee" is better than
    // "Manufacturing Magazine".
    const person = (found: string | undefined) =>
      found !== undefined && !isNotAPerson(found) ? found : undefined;
    // Not after another speaker who has a label of their own: a press officer's "Speaker 3" is
    // not the manager the title names ("Lars Erik Haugland Post Match …" over "Lars Erik Haugland:").
    const labelled = [...speakers.values()]
      .filter((g) => g.key !== key && g.kind === 'name' && g.label.includes(' '))
      .map((g) => g.label);
    const numbered =
      group && side === 'interviewee' && /^Speaker \d{1,2}$/u.test(group.label)
        ? person(findInterviewee(title, '', [interviewerName], article))
        : undefined;
    const numberedOther =
      numbered !== undefined && labelled.some((other) => numbered.includes(other));
    // A guest labelled by an office alone ("PRIME MINISTER:", "MAYOR:") on an archive's page whose
    // record names the holder: that name, the office the role. The text's own holder comes first
    // ("Prime Minister Tom Hargreaves said …"); a bare office is no name where one is given. So is
    // an office's initials the text spells out ("PM:", "Prime Minister, good morning").
    const isOffice = (l: string) => l.split(/\s+/u).every(isTitleWord);
    const spelt = recordHolder && group ? expandAcronym(group.label, article) : undefined;
    const office =
      recordHolder !== undefined &&
      side === 'interviewee' &&
      group?.kind === 'name' &&
      (group.labels.every(isOffice) || (spelt !== undefined && isOffice(spelt)))
        ? (fullName(group.label, key, speakers, corpus) ?? recordHolder)
        : undefined;
    const name = office
      ? office
      : given
        ? given
        : numbered && !numberedOther
          ? numbered
          : generic
            ? side === 'interviewer'
              ? (structure.askerLabel ?? interviewerName)
              : (selfAnswered ??
                answerOpener(structure) ??
                recordHolder ??
                introducedGuest(intro) ??
                tagged(
                  person(findInterviewee(title, intro, [interviewerName, ...writers], article)),
                ) ??
                headlineSurname(`${title}\n${intro}`, intro) ??
                greeted(structure) ??
                guestOfTheDay(structure) ??
                greetedByAskers(structure) ??
                sharedOpening(`${title}\n${intro}`, [interviewerName, ...writers]) ??
                captionedGuest(title, article) ??
                nameLineGuest(article) ??
                UNNAMED_INTERVIEWEE)
            : (nameAfterTitle(group.labels, corpus) ??
              fullName(group.label, key, speakers, corpus) ??
              // A Japanese surname label ("吉井") written out only in a turn ("吉井剛さんにうかがいます").
              (/^\p{Script=Han}{1,4}$/u.test(group.label)
                ? fullName(group.label, key, speakers, article)
                : undefined) ??
              expandAcronym(group.label, corpus) ??
              nameForInitials(group.label, article) ??
              lithuanianInitials(group.label, article) ??
              withoutTitles(displayLabel(group.label)));
    const label = group
      ? displayLabel(group.label)
      : side === 'interviewee'
        ? (name.split(' ').at(-1) ?? name)
        : name;
    const role =
      group?.role ??
      (office && group ? (spelt ?? displayLabel(group.label)) : findRole(name, corpus, labelled));
    people.set(key, {
      id: uniqueSlug(name, taken, side),
      name,
      label,
      side,
      ...(role ? { role } : {}),
    });
  }
  return people;
}
