import { japanesePullQuotes } from './japanese-pull-quote';
import { isCaption, isCaptionWithText, isCreditedCaption } from './captions';
import { endsArticle, footerStart, relatedLinksStart, signatureStart } from './article-end';
import { dashDialogue } from './dash-dialogue';
import { barredPrompts } from './doubled-bar';
import { FILLS_IN, isNameLine } from './names';
import { BYLINE, SWAHILI_BYLINE } from './site-name';
import {
  answerAskingBack,
  openingGreeting,
  openingRequest,
  openingQuestionThenRemark,
  statementAfterAskingBack,
  trailingOffQuestion,
} from './bare-turns';
import { namedFirstExchange, outletFirstExchange } from './first-exchange';
import type { NoiseReason } from './noise';
import { demoteOpeningGreeting } from './opening-greeting';
import { archiveRecord } from './record-fields';
import type { SourceParagraph } from './paragraphs';
import type { RecordSpeech } from './record-speakers';
import { isQuestionWordLabel, type Labelled, type SpeakerGroup } from './speakers';
import { TOPIC_PROMPT } from './topic-run-in';

/** What became of a paragraph of the source: every paragraph gets one. */
export type Role =
  | { kind: 'title' | 'image' | 'byline' | 'bio' | 'intro' | 'heading' | 'question' | 'answer' }
  | { kind: 'noise'; reason: NoiseReason };

/** Speakers of unlabelled turns. */
export const INTERVIEWER = '#interviewer';
export const INTERVIEWEE = '#interviewee';

export type DraftQuestion = {
  askedBy: string;
  question: string[];
  answeredBy: string | undefined;
  answer: string[];
  line: number;
};
export type DraftSection = {
  heading: string | undefined;
  line: number;
  questions: DraftQuestion[];
};

type Ask = { kind: 'ask'; speaker: string; text: string };
type Answer = { kind: 'answer'; speaker: string; text: string };
type Plain = { kind: 'plain'; text: string };
export type Turn = Ask | Answer | Plain;

// A chair's last words, thanks or "that's all", asking nothing: "That's all for today. Thank you.",
// "Thanks, everyone.", "We'll leave it there."
const SIGN_OFF =
  /^(?:(?:ok(?:ay)?|right|well),? )?(?:that[’']?s (?:all|it)|that is all|thanks?|thank you|we[’']ll (?:have to )?leave it there)\b[^?]{0,80}$/iu;

// A Spanish school's "1.- ¿Por qué…?" too: a full stop and a hyphen, a space or none after.
const NUMBERED_QUESTION = /^(\d{1,3})[.)](?:-\s*|\s+)(\S.*[?؟][”"’']?)$/u;
// A number opening a paragraph: "1.", "1)", "1-", "1 -", or "1 " before a capital.
const NUMBER = /^(\d{1,3})(?:[.)]\s*|\s*[-–]\s*|\s*(?=[\p{Lu}¿«"“]))(\S.*)$/u;

// A question's end, quotes and brackets after it; Spanish pages often add a stop ("¿…?."), Chinese
// and Japanese ones write it full-width ("？"), Arabic, Persian and Urdu reversed ("؟", U+061F).
// Greek asks with ";" (U+037E, which Unicode folds into the ASCII semicolon): a Greek word then
// ";" ends a question ("Πώς ξεκίνησε;"); Greek writes its semicolon as "·".
const ENDS_QUESTION = /(?:[?？؟][”"’')」』）]*|\?\.|\p{Script=Greek}[;\u037E][»”"’')]*)$/u;
const GREEK_ASKS = /\p{Script=Greek}[;\u037E](?:\s|$)/u;

/** Whether a line ends by asking: "?", in quotes too ("…?”"), "؟", "？", or Greek's ";". */
export function endsQuestion(text: string): boolean {
  return ENDS_QUESTION.test(text);
}

function isQuestionParagraph(text: string): boolean {
  return text.length <= 600 && ENDS_QUESTION.test(text);
}

// A label, then a clock time ("19:45", "18.30 Uhr", "7pm"), perhaps words after it.
const GIVES_TIME =
  /^[^:]{1,40}:\s*\d{1,2}(?:[:.]\d{2}(?!\d)(?:\s?(?:[ap]\.?m|uhr|h))?|\s?(?:[ap]\.?m|uhr))(?!\p{L})/iu;

const SPEAKER_HEADER = /^<(?:\d{1,3}\.\s?)?\p{Lo}[^<>=/]{0,28}>$/u;

// "Von Marco Witting", "By Ann Lee and Tom Bright": a byline of names, not "Par amour du jeu".
function isBylineOfNames(text: string): boolean {
  const names = BYLINE.exec(text)?.[1];
  return (
    names !== undefined &&
    names
      .split(/,|\band\b|&/u)
      .map((name) => name.trim())
      .every(isNameLine)
  );
}

/** A short, title-like line: no closing punctuation, starts with a capital, a dozen words at most. */
export function isHeadingLike(text: string, words = 14): boolean {
  if (text.length > 100 || text.split(/\s+/).length > words) return false;
  // Datelines ("Interview with …, QBC News, 17 July 2023") are not headings.
  if (/\b\d{4}\b/u.test(text) || (text.match(/,/g)?.length ?? 0) >= 2) return false;
  // Nor is a transcript's list of subjects ("SUBJECTS: Farmers in Canberra; live export").
  if (/^subjects?\s*:/iu.test(text)) return false;
  // Nor is a byline set out in fields: "R. SILVA | VIGO 08·06·18 | 01:14".
  if ((text.match(/\s\|\s/gu)?.length ?? 0) >= 2) return false;
  // A photo's caption with its credit ("Die Fotografin im Hafen. Foto: privat") closes no
  // sentence either, but heads nothing.
  if (isCaptionWithText(text)) return false;
  // Nor is a notice's time, an answer's line ("Kick-off: 19:45", "Doors: 7pm").
  if (GIVES_TIME.test(text)) return false;
  // A guest's full name closed by a colon over that guest's questions: "Pieter Vos:".
  if (isNameLine(text.replace(/:$/u, ''))) return true;
  // A Japanese club page's speaker over their questions, in angle brackets: "<森田健 監督>",
  // "<23. 川口翔太>" (a name in a script without capitals, perhaps after a shirt number).
  if (SPEAKER_HEADER.test(text)) return true;
  if (/[.!?;:,…؟،][”"’'»)]*$/u.test(text)) return false;
  // In a script without capitals, a short line that closes no sentence ("村に工房をつくる"),
  // perhaps opening on a quoted word ("「応援したい」選手にあるもの").
  if (/^(?:[「『][^「」『』]{1,12}[」』])?\p{Lo}/u.test(text))
    return text.length <= 20 && !/[。、！？」』]$/u.test(text);
  return /^[\p{Lu}\d“"‘'„«‹]/u.test(text);
}

/**
 * Which side each labelled speaker is on: those whose turns mostly ask (a
 * turn is a labelled paragraph and the unlabelled ones after it) are
 * interviewers.
 */
function sidesOf(
  content: readonly SourceParagraph[],
  speakers: ReadonlyMap<string, SpeakerGroup>,
  labelled: ReadonlyMap<number, Labelled>,
): Map<string, 'interviewer' | 'interviewee'> {
  const asks = new Map<string, number>();
  // Labelled paragraphs that ask in their own words.
  const own = new Map<string, number>();
  // Turns that follow another speaker's question: a guest's.
  const replies = new Map<string, number>();
  let speaker: string | undefined;
  let asked = false;
  const close = () => {
    if (speaker !== undefined && asked) asks.set(speaker, (asks.get(speaker) ?? 0) + 1);
  };
  for (const p of content) {
    const label = labelled.get(p.index);
    if (label) {
      close();
      if (asked && speaker !== label.key) replies.set(label.key, (replies.get(label.key) ?? 0) + 1);
      speaker = label.key;
      asked = false;
      if (/[?؟]/u.test(label.rest)) own.set(speaker, (own.get(speaker) ?? 0) + 1);
    }
    if (!p.chapter && asksOutsideQuotes(label?.rest ?? p.text)) asked = true;
  }
  close();
  const ratio = (g: SpeakerGroup) => (asks.get(g.key) ?? 0) / g.count;
  const groups = [...speakers.values()];
  const sides = new Map<string, 'interviewer' | 'interviewee'>();
  if (onlyAnswersLabelled(content, groups, labelled)) {
    for (const group of groups) sides.set(group.key, 'interviewee');
    return sides;
  }
  for (const group of groups) {
    const side =
      group.kind === 'question'
        ? 'interviewer'
        : group.kind === 'answer'
          ? 'interviewee'
          : ratio(group) > 0.5
            ? 'interviewer'
            : 'interviewee';
    sides.set(group.key, side);
  }
  // A committee's evidence session in a parliamentary record: where witnesses speak under their
  // names, whoever speaks only under a Member's photo line asks (the chair opening and closing the
  // session too); a witness answers. Members answering Members (a Minister) heard no witness.
  const speech = recordSpeech(content, labelled);
  if ([...speech.values()].includes('witness'))
    for (const [key, kind] of speech)
      sides.set(key, kind === 'member' ? 'interviewer' : 'interviewee');
  const named = groups.filter((g) => g.kind === 'name');
  // A show's hosts taking turns with one or two guests in a timestamped transcript: where one or
  // two names come back and never ask (the guests), and two or more names ask, those of the others
  // that mostly do not reply to a question are the hosts, however many of their turns only talk
  // ("Rina, welcome to the show.", "That's the show."). A guest who asks once replies mostly.
  const silent = named.filter((g) => (asks.get(g.key) ?? 0) === 0);
  const hosts = named.filter((g) => !silent.includes(g) && (replies.get(g.key) ?? 0) * 2 < g.count);
  const stamped = content.filter((p) => labelled.has(p.index) && p.stamped).length;
  if (
    hosts.length >= 2 &&
    (silent.length === 1 || silent.length === 2) &&
    silent.every((g) => g.count >= 2) &&
    // A machine's transcript: times on three turns in four, or only its numbered "Speaker 2"s;
    // or guests who mostly reply to a question (a podcast's page: "Devin:" and "Albert:" asking
    // "Marisol:", Devin's turns mostly the cold open's banter and the welcome).
    (stamped * 4 >= labelled.size * 3 ||
      named.every((g) => /^Speaker \d{1,2}$/u.test(g.label)) ||
      (silent.every((g) => (replies.get(g.key) ?? 0) * 2 >= g.count) &&
        hosts.every((g) => (own.get(g.key) ?? 0) >= 1)))
  ) {
    for (const g of silent) sides.set(g.key, 'interviewee');
    for (const g of hosts) sides.set(g.key, 'interviewer');
  }
  // A chat or a press conference: one name comes back (the guest's), three or more are used once
  // and two thirds of those ask. Then each of those speaks for the readers, a comment too.
  const once = named.filter((g) => g.count === 1);
  const asking = once.filter((g) => sides.get(g.key) === 'interviewer').length;
  if (
    named.filter((g) => g.count >= 2).length === 1 &&
    once.length >= 3 &&
    asking * 3 >= once.length * 2
  )
    for (const g of once) sides.set(g.key, 'interviewer');
  // Someone must ask, and when several speak someone must answer, unless every labelled
  // paragraph asks: editors taking turns to ask one guest, whose answers are unlabelled.
  if (![...sides.values()].includes('interviewer') && named[0])
    sides.set(named[0].key, 'interviewer');
  const panel = named.every((g) => own.get(g.key) === g.count);
  if (named.length >= 2 && !panel && ![...sides.values()].includes('interviewee')) {
    const least = [...named].sort((a, b) => ratio(a) - ratio(b))[0];
    if (least) sides.set(least.key, 'interviewee');
  }
  return sides;
}

// A quotation inside a paragraph: "You should ask yourself, “How often…?” and…".
const QUOTED = /[“„«"][^“”„«»"]{0,300}[”“»"]/gu;

/** Whether a paragraph asks: a "?" outside the questions it quotes (unless it is all one quote). */
export function asksOutsideQuotes(text: string): boolean {
  const unquoted = text.replace(QUOTED, (quote) => (quote === text ? quote : ''));
  // Saved in a wrong encoding, a paragraph shows "?" for letters it lost ("Ba?kan?", "ayr?."):
  // with two or more inside words, only a "?" at its end asks.
  if ((text.match(LOST_LETTER) ?? []).length >= 2) return ENDS_QUESTION.test(text);
  // Japanese asks with the particle "か" closing the sentence: "…になりますか。".
  return /[?？؟]/u.test(unquoted) || /か。$/u.test(text) || GREEK_ASKS.test(unquoted);
}

const LOST_LETTER = /\p{L}\?\p{L}/gu;

/**
 * Pages that label only the answers: "¿Qué recuerda…?" then "Zuleta: Los
 * nervios…", or two presidents answering in turn under their initials. No
 * label says "question", the labelled speakers rarely ask in their own
 * paragraphs, the first label answers an unlabelled question, and two or more
 * of their turns follow one.
 */
function onlyAnswersLabelled(
  content: readonly SourceParagraph[],
  groups: readonly SpeakerGroup[],
  labelled: ReadonlyMap<number, Labelled>,
): boolean {
  if (groups.length === 0 || groups.some((g) => g.kind !== 'name')) return false;
  const own = new Map<string, number>();
  for (const label of labelled.values())
    if (asksOutsideQuotes(label.rest)) own.set(label.key, (own.get(label.key) ?? 0) + 1);
  if (groups.some((g) => (own.get(g.key) ?? 0) * 2 >= g.count)) return false;
  // The interview opens with an unlabelled question; otherwise the first label
  // asks, and its question may go on in an unlabelled paragraph ("Berg: …" / "…?").
  // Where nothing on the page asks, a short line before the labels is a reporter's topic
  // ("Cómo se llevan, quién decide..." / "Nico: …" / "Tomi: …").
  const topics = !content.some((p) => asksOutsideQuotes(p.text));
  const asks = (text: string) =>
    topics ? text !== '' && text.length <= 200 : asksOutsideQuotes(text);
  const firstLabel = content.findIndex((p) => labelled.has(p.index));
  const afterQuestion = content.filter((p, i) => {
    const before = content[i - 1];
    return labelled.has(p.index) && before && !labelled.has(before.index) && asks(before.text);
  }).length;
  // A school paper's first question may be a request without "?" ("Introduce yourselves, names
  // and year" / "Dana: I'm Dana …"): three or more labelled runs after a question show the shape.
  const first = content[firstLabel - 1]?.text ?? '';
  if (!asks(first))
    return (
      afterQuestion >= 3 &&
      first.length <= 80 &&
      !/[.!…:]$/u.test(first) &&
      !askerGoesOn(content, labelled, asks)
    );
  return afterQuestion >= 2;
}

// A profile's line, a field of one to three words and its value: "Date of Interview: 2009.07.27",
// "Interviewee: Mizuhara Kaito", "Language: Tagalog".
const PROFILE_FIELD = /^\p{Lu}\p{L}*(?: \p{L}+){0,2}: \S.{0,60}$/u;

/**
 * Whether the header's line at `at` closes a run of three profile lines or more: one of them, not
 * a heading over the first question ("Part One: Winter" under one "Photo: Jane Doe" still is).
 */
function endsProfile(header: readonly SourceParagraph[], at: number): boolean {
  return [at, at - 1, at - 2].every((k) => {
    const text = header[k]?.text ?? '';
    return PROFILE_FIELD.test(text) && !isCaption(text);
  });
}

/** Each speaker of a parliamentary record's speeches, where every speech of theirs is of one kind. */
function recordSpeech(
  content: readonly SourceParagraph[],
  labelled: ReadonlyMap<number, Labelled>,
): Map<string, RecordSpeech> {
  const kinds = new Map<string, RecordSpeech | undefined>();
  for (const p of content) {
    const key = labelled.get(p.index)?.key;
    if (key === undefined) continue;
    const kind = kinds.has(key) && kinds.get(key) !== p.record ? undefined : p.record;
    kinds.set(key, kind);
  }
  const out = new Map<string, RecordSpeech>();
  for (const [key, kind] of kinds) if (kind !== undefined) out.set(key, kind);
  return out;
}

/**
 * Whether one speaker's labelled paragraph comes right before two or more unlabelled questions and
 * never right after one: an interviewer whose question goes on in a paragraph of its own ("Anna
 * Berg: …." / "…?"), not a guest answering.
 */
function askerGoesOn(
  content: readonly SourceParagraph[],
  labelled: ReadonlyMap<number, Labelled>,
  asks: (text: string) => boolean,
): boolean {
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  content.forEach((p, i) => {
    if (labelled.has(p.index) || !asks(p.text)) return;
    const prev = labelled.get(content[i - 1]?.index ?? -1)?.key;
    const next = labelled.get(content[i + 1]?.index ?? -1)?.key;
    if (prev !== undefined) before.set(prev, (before.get(prev) ?? 0) + 1);
    if (next !== undefined) after.set(next, (after.get(next) ?? 0) + 1);
  });
  return [...before].some(([key, n]) => n >= 2 && !after.has(key));
}

/** Who speaks in a question or answer paragraph, its words without the label, and whether it opens a question. */
export type TurnOf = { speaker: string; text: string; opens: boolean };

export type Parse = {
  roles: Map<number, Role>;
  turnOf: Map<number, TurnOf>;
  sections: DraftSection[];
  header: SourceParagraph[];
  trailing: SourceParagraph[];
  sides: Map<string, 'interviewer' | 'interviewee'>;
  warnings: string[];
  /** The guest's name from a label only the first answer carries ("Lech Kaczyński: Tak. …"). */
  answerLabel?: string;
  /** The interviewers' names from a label only the first question carries ("Cezary Michalski, Piotr Semka: …"). */
  askerLabel?: string;
  /** The interviewer named in a labelled first exchange ("Wojciech Lis, Interia: …"). */
  asker?: string;
};

/**
 * Finds the interview in an article: the header before the first question,
 * then sections of questions and answers, then what follows the last answer.
 * Returns undefined when no question with an answer can be found.
 */
export function parseStructure(
  all: readonly SourceParagraph[],
  noise: ReadonlyMap<number, NoiseReason>,
  named: ReadonlyMap<string, SpeakerGroup>,
  allLabelled: ReadonlyMap<number, Labelled>,
): Parse | undefined {
  const content = all.filter((p) => !noise.has(p.index));
  const inOrder = numberedInOrder(content);
  // Two or more Chinese topic lines, more than the paragraphs that ask, stand for the questions:
  // "关于球迷" ("About the fans").
  // So do an Indonesian press conference's topics split off their answers ("tentang laga pekan
  // depan", topic-run-in.ts).
  const abouts = content.filter((p) => ABOUT.test(p.text) || TOPIC_PROMPT.test(p.text)).length;
  const aboutPrompts =
    abouts > 1 && content.filter((p) => isQuestionParagraph(p.text)).length < abouts;
  // Questions numbered in order, and topic lines, outrank names used once (a headline's "Name: …").
  const speakers = new Map(
    [...named].filter(([, g]) => !(inOrder.size || aboutPrompts) || g.count > 1),
  );
  const labelled = new Map([...allLabelled].filter(([, l]) => speakers.has(l.key)));
  const sides = sidesOf(content, speakers, labelled);
  const labelledAsks = [...sides.values()].includes('interviewer');
  const answersLabelled = [...sides.values()].includes('interviewee');
  const numbered =
    inOrder.size > 0 || content.filter((p) => NUMBERED_QUESTION.test(p.text)).length >= 2;
  const colonAsks = colonPrompts(content);
  const dashAsks = colonAsks.size === 0 && onlyQuestionsDashed(content);
  // A Korean weekly's "= " before each answer under "- " questions: two thirds of the answers or
  // more open so, then it leaves them all as the dash leaves the questions (one "= 3천만 원이다."
  // stays a sum).
  const firstAnswers = content.filter(
    (p, i) => !DASHED.test(p.text) && DASHED.test(content[i - 1]?.text ?? ''),
  );
  const equalsCount = firstAnswers.filter((p) => EQUALS_ANSWER.test(p.text)).length;
  const equalsAnswers = dashAsks && equalsCount >= 2 && equalsCount * 3 >= firstAnswers.length * 2;
  const prompts = new Set([...dashedPrompts(content), ...colonAsks]);
  const dialogue = dashDialogue(content);
  // Questions opening with a dash over labelled answers ("— How are…?" / "Saeki: …"): two or
  // more, and then only they (and a line right before a labelled answer) ask, without the dash.
  const dashedQuestions =
    answersLabelled &&
    content.filter(
      (p) => !labelled.has(p.index) && DASHED.test(p.text) && isQuestionParagraph(p.text),
    ).length >= 2;
  // Topic lines over a transcript's turns, two or more: "On Pakistan, the US visit:".
  const topics = content.filter((p) => TOPIC.test(p.text)).length > 1;
  const heading = (text: string) => isHeadingLike(text) || (topics && TOPIC.test(text));
  const interviewee = [...sides].filter(([, side]) => side === 'interviewee').map(([key]) => key);
  const defaultAnswerer = interviewee.length === 1 ? (interviewee[0] ?? INTERVIEWEE) : INTERVIEWEE;

  const classify = (p: SourceParagraph): Turn => {
    // A transcript's chapter title asks nothing, even ending with "?": it may head a section.
    if (p.chapter) return { kind: 'plain', text: p.text };
    const label = labelled.get(p.index);
    if (label) {
      return sides.get(label.key) === 'interviewer'
        ? { kind: 'ask', speaker: label.key, text: label.rest }
        : { kind: 'answer', speaker: label.key, text: label.rest };
    }
    const spoken = labelledAsks || answersLabelled ? undefined : dialogue.get(p.index);
    if (spoken)
      return spoken.asks
        ? { kind: 'ask', speaker: INTERVIEWER, text: spoken.text }
        : { kind: 'plain', text: spoken.text };
    if (!labelledAsks) {
      // Where only the questions open with a dash, every dashed paragraph asks (some have no "?").
      if (dashAsks || dashedQuestions) {
        const dashed = DASHED.exec(p.text);
        return dashed?.[1]
          ? { kind: 'ask', speaker: INTERVIEWER, text: dashed[1] }
          : { kind: 'plain', text: equalsAnswers ? p.text.replace(EQUALS_ANSWER, '') : p.text };
      }
      // Numbers leave the text, like labels; with two or more, only numbered paragraphs ask.
      const inSequence = inOrder.get(p.index);
      if (inSequence) return inSequence;
      const numberedMatch = NUMBERED_QUESTION.exec(p.text);
      if (numberedMatch?.[2]) return { kind: 'ask', speaker: INTERVIEWER, text: numberedMatch[2] };
      if (
        !numbered &&
        (isQuestionParagraph(p.text) ||
          prompts.has(p.index) ||
          (aboutPrompts && (ABOUT.test(p.text) || TOPIC_PROMPT.test(p.text))))
      )
        return { kind: 'ask', speaker: INTERVIEWER, text: p.text };
    }
    return { kind: 'plain', text: p.text };
  };

  const turns = content.map((p) => ({ p, turn: classify(p) }));
  let asker: string | undefined;
  const firstLabels = labelled.size === 0 ? namedFirstExchange(turns) : undefined;
  if (!labelledAsks && !answersLabelled && !numbered && !dashAsks && dialogue.size === 0) {
    alternateUnlabelledTurns(turns, heading);
    trailingOffQuestion(turns);
    openingRequest(turns);
    openingQuestionThenRemark(turns);
    openingGreeting(turns);
    answerAskingBack(turns);
    asker = outletFirstExchange(turns);
    statementAfterAskingBack(turns);
  }
  if (answersLabelled) askBeforeLabelledAnswers(turns, labelled, labelledAsks);
  if (answersLabelled) leadAskingTheReader(turns, labelled);
  promoteUnlabelledFirstQuestion(turns, sides);
  demoteOpeningGreeting(turns, labelled);
  const first = turns.findIndex(({ turn }) => turn.kind === 'ask');
  if (first < 0) return undefined;
  // A moderator's sign-off ("Moderator: That's all for today. Thank you."): the last labelled turn,
  // an asker's after an answer, asking nothing. The press conference ends there: it is no question
  // left unanswered, kept at the end of the guest's answer.
  const closing = turns.findLastIndex(({ turn }) => turn.kind !== 'plain');
  const closed = turns[closing];
  const signOff =
    closed?.turn.kind === 'ask' &&
    labelled.has(closed.p.index) &&
    turns[closing - 1]?.turn.kind === 'answer' &&
    SIGN_OFF.test(closed.turn.text)
      ? closed.p.index
      : Infinity;
  const lastAsk = turns.findLastIndex(({ turn, p }) => turn.kind === 'ask' && p.index < signOff);

  // The article ends at related links or the author's note after the last answer.
  const lastAskParagraph = turns[lastAsk]?.p.index ?? 0;
  const firstAnswerAfter = turns.findIndex((t, i) => i > lastAsk && t.turn.kind !== 'ask');
  const cutFrom = turns[firstAnswerAfter]?.p.index ?? Infinity;
  const ended =
    all.find(
      (p, i) =>
        p.index > cutFrom && p.index > lastAskParagraph && endsArticle(p, all[i + 1], all[i - 1]),
    )?.index ?? Infinity;
  // A footer's short lines may also come just before where the article ends: Medium's tags and
  // counters over its "Written by …" box.
  const cut = Math.min(
    ended,
    footerStart(content, cutFrom, all),
    footerStart(
      content.filter((p) => p.index < ended),
      cutFrom,
    ),
    relatedLinksStart(all, turns),
    signatureStart(content, cutFrom),
    signOff,
  );

  const roles = new Map<number, Role>();
  const turnOf = new Map<number, TurnOf>();
  for (const [index, reason] of noise) roles.set(index, { kind: 'noise', reason });
  const warnings: string[] = [];
  const sections: DraftSection[] = [];
  let section: DraftSection | undefined;
  let question: DraftQuestion | undefined;

  let header = content.filter((p) => p.index < (turns[first]?.p.index ?? 0));
  // A heading just before the first question (a photo's caption may come between) opens the
  // first section; a byline in any of its languages ("Von Marco Witting") is no heading, nor a
  // caption that repeats words of the standfirst above it ("The Prime Minister - facing his last
  // few months in power" under "… interviewed The Prime Minister - facing his last …").
  let headingAt = header.length - 1;
  while (headingAt > 0 && isCaption(header[headingAt]?.text ?? '')) headingAt -= 1;
  const lastHeader = header[headingAt];
  const echoes = (text: string) =>
    text.length >= 20 &&
    header.some(
      (p) =>
        p !== lastHeader &&
        p.text.length > text.length &&
        p.text.toLowerCase().includes(text.toLowerCase()),
    );
  // A heading right under a pull quote is inside the article, a section's, even with nothing
  // else over it (an excerpt starting there): "「…」(松岡さん)" / "「応援したい」選手にあるもの".
  const pulledAbove =
    lastHeader !== undefined &&
    japanesePullQuotes(all).includes(all[all.indexOf(lastHeader) - 1]?.index ?? -1);
  if (
    lastHeader &&
    (headingAt >= 1 || pulledAbove) &&
    (heading(lastHeader.text) || lastHeader.chapter) &&
    !/^by\s/iu.test(lastHeader.text) &&
    !isBylineOfNames(lastHeader.text) &&
    !echoes(lastHeader.text) &&
    !SWAHILI_BYLINE.test(lastHeader.text) &&
    !FILLS_IN.test(lastHeader.text) &&
    lastHeader.text !== asker &&
    // A transcript archive's event line under its record is the page's headline (header.ts).
    lastHeader.index !== archiveRecord(all.map((p) => p.text))?.event &&
    !endsProfile(header, headingAt)
  ) {
    header = header.filter((p) => p !== lastHeader);
    section = { heading: lastHeader.text, line: lastHeader.line, questions: [] };
    sections.push(section);
    roles.set(lastHeader.index, { kind: 'heading' });
  }

  const body = turns.slice(first).filter(({ p }) => p.index < cut);
  // The label keys that opened each question so far (undefined where none did).
  const openers: (string | undefined)[] = [];
  body.forEach(({ p, turn }, i) => {
    const next = body[i + 1]?.turn;
    const answered = question ? question.answer.length > 0 : true;
    if (
      turn.kind === 'plain' &&
      next?.kind === 'ask' &&
      answered &&
      (heading(turn.text) || p.chapter)
    ) {
      section = { heading: turn.text, line: p.line, questions: [] };
      sections.push(section);
      roles.set(p.index, { kind: 'heading' });
      return;
    }
    // An answer ends by asking back ("… Меня слышно?"): the host's reply that asks nothing
    // is still the answer ("Sorry?" alone asks to hear the question again); so are a host's two or
    // three words, not thanks, between two paragraphs of one guest's answer ("Probably not.").
    const label = labelled.get(p.index)?.label;
    const opener = turn.kind === 'ask' ? labelled.get(p.index)?.key : undefined;
    if (
      turn.kind === 'ask' &&
      label &&
      !isQuestionWordLabel(label) &&
      !opensEveryQuestion(opener, openers) &&
      (/[.!…]\s[^.!…]*\?$/u.test(question?.answer.at(-1) ?? '') ||
        (/^(?!.*thank)\S+(?: \S+){1,2}[.!]$/iu.test(turn.text) &&
          next?.kind === 'answer' &&
          next.speaker === question?.answeredBy &&
          // Between two paragraphs of eight words or more: a quick-fire round's prompt
          // ("Favourite bread.") comes between short answers.
          [question?.answer.at(-1), next.text].every(
            (t) => (t ?? '').split(/\s+/u).length >= 8,
          ))) &&
      !turn.text.includes('?')
    ) {
      question?.answer.push(`${label}: ${turn.text}`);
      roles.set(p.index, { kind: 'answer' });
      turnOf.set(p.index, { speaker: turn.speaker, text: turn.text, opens: false });
      return;
    }
    if (turn.kind === 'ask' && (!question || answered)) {
      openers.push(opener);
      question = {
        askedBy: turn.speaker,
        question: [turn.text],
        answeredBy: undefined,
        answer: [],
        line: p.line,
      };
      if (!section) {
        section = { heading: undefined, line: p.line, questions: [] };
        sections.push(section);
      }
      section.questions.push(question);
      roles.set(p.index, { kind: 'question' });
      turnOf.set(p.index, { speaker: turn.speaker, text: turn.text, opens: true });
      return;
    }
    if (!question) return;
    // Where answers are labelled, an unlabelled paragraph after a finished question ("…?")
    // that asks nothing, with no labelled answer before the next question, is the answer
    // whose label the page left off ("P- Qué nivel ves…?" / "Bajo, por no poner…").
    const unlabelledAnswer =
      turn.kind === 'plain' &&
      isQuestionParagraph(question.question.at(-1) ?? '') &&
      !asksOutsideQuotes(turn.text) &&
      body.slice(i + 1).find((t) => t.turn.kind !== 'plain')?.turn.kind !== 'answer';
    if (
      turn.kind === 'ask' ||
      (turn.kind === 'plain' && !answered && answersLabelled && !unlabelledAnswer)
    ) {
      // More of the question: a second paragraph, or the interviewer again before any answer.
      question.question.push(turn.text);
      roles.set(p.index, { kind: 'question' });
      turnOf.set(p.index, { speaker: question.askedBy, text: turn.text, opens: false });
      return;
    }
    if (turn.kind === 'answer') {
      if (question.answeredBy !== undefined && question.answeredBy !== turn.speaker) {
        // One answerer per question in the format: keep the other's words, with their label.
        question.answer.push(`${label ?? ''}: ${turn.text}`);
      } else {
        question.answeredBy = turn.speaker;
        question.answer.push(turn.text);
      }
      turnOf.set(p.index, { speaker: turn.speaker, text: turn.text, opens: false });
    } else {
      question.answeredBy ??= defaultAnswerer;
      question.answer.push(turn.text);
      turnOf.set(p.index, { speaker: question.answeredBy, text: turn.text, opens: false });
    }
    roles.set(p.index, { kind: 'answer' });
  });

  stripQuestionMarks(sections, turnOf);
  stripAnswerDashes(sections, roles, turnOf);
  mergeUnanswered(sections, warnings);
  const filled = sections.filter((s) => s.questions.length > 0);
  if (filled.length === 0) return undefined;
  const trailing = all.filter((p) => p.index >= cut);
  return {
    roles,
    turnOf,
    sections: filled,
    header,
    trailing,
    sides,
    warnings,
    ...(firstLabels ? { answerLabel: firstLabels.guest, askerLabel: firstLabels.askers } : {}),
    ...(asker ? { asker } : {}),
  };
}

/**
 * Whether a "Question:" (or "Q:") label opened every question so far: then it opens one wherever
 * it comes back, even after an answer that ends by asking ("… What could be better?" / "Question:
 * what was you ferst experiment"), where a host's named reply would be part of the answer.
 */
function opensEveryQuestion(key: string | undefined, openers: readonly (string | undefined)[]) {
  return key === 'q' && openers.length > 0 && openers.every((k) => k === key);
}

/**
 * Questions numbered in order from 1, each a paragraph of its own ("1 Pourquoi…?", "2. Why…?"):
 * three or more, or none. Where the paragraph after one repeats its number ("2-Un commento…" /
 * "2- È stata…"), that is its answer, "?" or not, and the number leaves the answer too.
 */
function numberedInOrder(content: readonly SourceParagraph[]): Map<number, Turn> {
  const turns = new Map<number, Turn>();
  let expected = 1;
  let taken = 0;
  let asking = 0;
  content.forEach((p, i) => {
    const match = NUMBER.exec(p.text);
    const n = Number(match?.[1]);
    // After a run of three or more, the numbering may start again at 1 (a ping-pong, then a few
    // long questions): a "1" that asks begins the next run.
    const restart = n === 1 && expected > 3;
    if (!match?.[2] || (n !== expected && !restart)) return;
    const next = content[i + 1];
    const repeated = next && NUMBER.exec(next.text);
    const answered = repeated && repeated[1] === match[1] ? repeated[2] : undefined;
    const asks = answered ?? ENDS_QUESTION.test(match[2]);
    // Among questions, a short statement over an unnumbered answer asks too ("2 Many of the
    // books deal with loneliness."); a list's items follow one another.
    if (!asks && (restart || !next || NUMBER.test(next.text) || match[2].length > 200)) return;
    if (asks) asking += 1;
    turns.set(p.index, { kind: 'ask', speaker: INTERVIEWER, text: match[2] });
    if (next && answered) turns.set(next.index, { kind: 'plain', text: answered });
    expected = n + 1;
    taken += 1;
  });
  if (taken < 3 || asking * 2 < taken + 1) return new Map<number, Turn>();
  // The interviewer's initials after every number ("1. Δ.Λ. Πες μας …;") label the questions:
  // they leave the text, as a label does.
  const asks = [...turns.values()].filter((t) => t.kind === 'ask');
  const initials = /^(?:\p{Lu}\.\s?){2,3}\s/u.exec(asks[0]?.text ?? '')?.[0];
  if (initials && asks.every((t) => t.text.startsWith(initials)))
    for (const t of asks) t.text = t.text.slice(initials.length);
  return turns;
}

/**
 * Pages with no labels at all where turns alternate, one paragraph each: nearly every
 * question ("…?") is answered by a single paragraph, so where three or five paragraphs
 * stand between two questions, the interviewer spoke without a "?" in between ("Well, you
 * have.", "Volvamos al próximo partido. Hay mucha expectación…"). In such a run of an odd
 * number the 2nd (4th, 6th …) paragraphs ask, when each is short and shorter than the
 * paragraphs around it; so in the run after the last question ("The hook shot has been
 * getting you into trouble lately."). Needs four or more single-paragraph answers, three in
 * four of all, or two and every run odd. A run ends at a section heading (a heading-like line
 * right before a question), which is not one of the answer's paragraphs.
 */
function alternateUnlabelledTurns(
  turns: { p: SourceParagraph; turn: Turn }[],
  heading: (text: string) => boolean,
) {
  const asks = turns.flatMap(({ turn }, i) => (turn.kind === 'ask' ? [i] : []));
  const headingAt = (i: number) =>
    turns[i]?.turn.kind === 'plain' &&
    turns[i + 1]?.turn.kind === 'ask' &&
    heading(turns[i]?.p.text ?? '');
  const gaps = [...asks.slice(1), turns.length].map((to, k) => {
    const from = (asks[k] ?? 0) + 1;
    return [from, to > from && headingAt(to - 1) ? to - 1 : to] as const;
  });
  const single = gaps.filter(([from, to]) => to - from === 1).length;
  const strict = single >= 4 && single * 4 >= gaps.length * 3;
  // A short interview will do where every run is odd, but then the run after the last question
  // (an answer may meet the page's furniture there) is left alone.
  // Where only that last run is even (the page's source line after the last answer, "Dziennik,
  // 22 lipca 2006 r."), a remark trailing off ("Mówi się, że … krajowej...") still asks.
  const even = gaps.filter(([from, to]) => (to - from) % 2 === 0);
  const lastOnly = even.length === 1 && even[0] === gaps.at(-1);
  if (!strict && (single < 2 || (even.length > 0 && !lastOnly))) return;
  const size = (i: number) => turns[i]?.p.text.length ?? 0;
  const trails = (i: number) => strict || !lastOnly || /(?:\.{3}|…)$/u.test(turns[i]?.p.text ?? '');
  for (const [from, to] of strict ? gaps : gaps.slice(0, -1)) {
    const middles: number[] = [];
    for (let i = from + 1; (to - from) % 2 && i < to - 1; i += 2) middles.push(i);
    if (
      !middles.every(
        (i) => size(i) <= 200 && size(i) < size(i - 1) && size(i) < size(i + 1) && trails(i),
      )
    )
      continue;
    for (const i of middles) {
      const t = turns[i];
      if (t) t.turn = { kind: 'ask', speaker: INTERVIEWER, text: t.p.text };
    }
  }
  // In the run after the last question, where answers open with a quote, a paragraph between the
  // first two quoted ones that ends no sentence asks: a last question without "?" ("Un consiglio a
  // chi entra oggi in azienda" between “…”. and “Studiare, …”.).
  const quoted = (i: number) => /^[“„«"]/u.test(turns[i]?.p.text ?? '');
  const from = gaps.at(-1)?.[0] ?? 0;
  const to = gaps.at(-1)?.[1] ?? 0;
  const middle = turns[from + 1];
  if (
    !strict &&
    middle &&
    to - from >= 3 &&
    quoted(from) &&
    quoted(from + 2) &&
    !quoted(from + 1) &&
    !/[.!…:;”"»)]$/u.test(middle.p.text)
  )
    middle.turn = { kind: 'ask', speaker: INTERVIEWER, text: middle.p.text };
}

/**
 * Where only the answers are labelled, each labelled answer follows its
 * question: the unlabelled paragraph just before one asks, with or without
 * "?" ("La primera primera." as a follow-up, "Présentez-vous ? (Nom, âge)"); where
 * questions are labelled too, only one that ends no sentence.
 */
function askBeforeLabelledAnswers(
  turns: { p: SourceParagraph; turn: Turn }[],
  labelled: ReadonlyMap<number, Labelled>,
  questionsLabelled: boolean,
) {
  turns.forEach((t, i) => {
    const next = turns[i + 1];
    if (t.turn.kind !== 'plain' || t.p.chapter || !next || !labelled.has(next.p.index)) return;
    if (next.turn.kind !== 'answer') return;
    // A photo's caption between two guests' answers to one question asks nothing.
    if (isCreditedCaption(t.p.text)) return;
    // Where questions are labelled too, only an editor's topic line does, after a first
    // answer: "On party leader, …".
    if (
      questionsLabelled &&
      (/[.!…:"”»]$/u.test(t.p.text) || !turns.slice(0, i).some((u) => u.turn.kind === 'answer'))
    )
      return;
    t.turn = { kind: 'ask', speaker: INTERVIEWER, text: t.turn.text };
  });
}

/**
 * A lead may open by asking the reader ("What does a typical workday look like to you?"), then
 * introduce the guests whose labelled answers follow ("we asked … Nadia Khoury and Ioana
 * Petrescu"): where the first questions are answered by unlabelled paragraphs only, one of them
 * naming a labelled guest in full, and two or more later questions by labelled answers, those
 * first questions are the lead's, not the interview's.
 */
function leadAskingTheReader(
  turns: { p: SourceParagraph; turn: Turn }[],
  labelled: ReadonlyMap<number, Labelled>,
) {
  const first = turns.findIndex(({ turn }) => turn.kind === 'ask');
  let next = first;
  while (turns[next]?.turn.kind === 'ask') next += 1;
  const runEnd = turns.findIndex(({ turn }, i) => i > next && turn.kind === 'ask');
  if (first < 0 || runEnd < 0) return;
  const run = turns.slice(next, runEnd);
  if (run.some(({ p, turn }) => turn.kind !== 'plain' || labelled.has(p.index))) return;
  const guests = new Set(
    [...labelled.values()].flatMap((l) =>
      l.key !== 'q' && l.label.includes(' ') ? [l.label] : [],
    ),
  );
  if (!run.some(({ p }) => [...guests].some((name) => p.text.includes(name)))) return;
  const answeredLabelled = turns.filter(
    ({ turn }, i) => i >= runEnd && turn.kind === 'ask' && turns[i + 1]?.turn.kind === 'answer',
  ).length;
  if (answeredLabelled < 2) return;
  for (const t of turns.slice(first, next)) t.turn = { kind: 'plain', text: t.p.text };
}

/**
 * Pages often drop the label of the very first question: "How do you plan…?"
 * then "A: With my family…". A question paragraph right before the first
 * labelled answer, ahead of any labelled question, is that question.
 */
function promoteUnlabelledFirstQuestion(
  turns: { p: SourceParagraph; turn: Turn }[],
  sides: ReadonlyMap<string, 'interviewer' | 'interviewee'>,
) {
  const firstAnswer = turns.findIndex(({ turn }) => turn.kind === 'answer');
  const firstAsk = turns.findIndex(({ turn }) => turn.kind === 'ask');
  const before = turns[firstAnswer - 1];
  if (firstAnswer < 1 || (firstAsk >= 0 && firstAsk < firstAnswer) || !before) return;
  if (before.turn.kind !== 'plain' || before.p.chapter || !isQuestionParagraph(before.turn.text))
    return;
  const askers = [...sides].filter(([, side]) => side === 'interviewer').map(([key]) => key);
  const speaker = askers.length === 1 ? (askers[0] ?? INTERVIEWER) : INTERVIEWER;
  before.turn = { kind: 'ask', speaker, text: before.turn.text };
}

const TOPIC = /^\p{Lu}\S* \S+ [^:.!?]{1,80}:$/u;

// A Chinese topic line: "关于本场比赛", "關於球迷".
const ABOUT = /^(?:关于|關於)[^。!?!?,,::]{1,20}$/u;

// A question opened by a dash: "–¿Cuántos años…?", "- Nombra un sueño.".
// A dash, or two: Japanese interviews open questions with a doubled bar ("――早速ですが…").
const DASHED = /^(?:[-–—]|[―─]{1,2}|——)\s?(\S.*)$/u;
const EQUALS_ANSWER = /^=\s+/u;

/**
 * Whether only the questions open with a dash: three or more dashed
 * paragraphs, half of them or more questions, nearly each followed by an
 * undashed one (its answer), and the undashed rarely ending with "?". Then a
 * dashed paragraph without "?" ("-Nombra un sueño.") asks too. Where both
 * sides speak with dashes, this is not so.
 */
function onlyQuestionsDashed(content: readonly SourceParagraph[]): boolean {
  const firstDashed = content.findIndex((p) => DASHED.test(p.text));
  if (firstDashed < 0) return false;
  const after = content.slice(firstDashed);
  const dashed = after.filter((p) => DASHED.test(p.text));
  const plain = after.filter((p) => !DASHED.test(p.text));
  const asking = (ps: readonly SourceParagraph[]) =>
    ps.filter((p) => isQuestionParagraph(p.text)).length;
  // Each dashed question is answered by an undashed paragraph.
  const answeredPlain = after.filter(
    (p, i) =>
      DASHED.test(p.text) && after[i + 1] !== undefined && !DASHED.test(after[i + 1]?.text ?? ''),
  ).length;
  // Every dashed paragraph answered by one in Japanese quotes (「…」), as a university paper's.
  const quotedAnswers = after.every(
    (p, i) => !DASHED.test(p.text) || /^「/u.test(after[i + 1]?.text ?? ''),
  );
  // A page where nothing asks with "?" (a Hindi blog ends its questions with "।"): four or more
  // dashed paragraphs, every one answered by an undashed one (three where answers are quoted).
  const unmarked =
    (dashed.length >= 4 || (dashed.length >= 3 && quotedAnswers)) &&
    answeredPlain === dashed.length &&
    !content.some((p) => p.text.includes('?'));
  return (
    dashed.length >= 3 &&
    (asking(dashed) * 2 >= dashed.length || unmarked || barredPrompts(content)) &&
    answeredPlain * 4 >= dashed.length * 3 &&
    asking(plain) * 5 <= plain.length
  );
}

const PROMPT = /^[-–—]\s?\S.{0,100}:$/u;

/**
 * Where both sides speak with dashes and nothing ends with "?", the interviewer's turns may be
 * prompts ending with a colon ("– Tre favoritter:" / "– Heksene, …"): two or more, each followed
 * by a dashed paragraph that is no prompt.
 */
function dashedPrompts(content: readonly SourceParagraph[]): Set<number> {
  const found = content.filter(
    (p, i) =>
      PROMPT.test(p.text) &&
      DASHED.test(content[i + 1]?.text ?? '') &&
      !PROMPT.test(content[i + 1]?.text ?? ''),
  );
  return found.length >= 2 && !content.some((p) => isQuestionParagraph(p.text))
    ? new Set(found.map((p) => p.index))
    : new Set();
}

const COLON_PROMPT = /^[^-–—\s].{0,100}:$/u;

/**
 * A questionnaire of sentences to finish, where nothing ends with "?": a prompt ending with a
 * colon ("Jestem dumny:"), the answer under it opening with a dash ("- Ze zmian w Gorzowie …").
 * Three such prompts or more, each over a dashed paragraph, and no dashed paragraph over a dashed
 * one: then the prompts ask, the dashed paragraphs answer.
 */
function colonPrompts(content: readonly SourceParagraph[]): Set<number> {
  const found = content.filter(
    (p, i) => COLON_PROMPT.test(p.text) && DASHED.test(content[i + 1]?.text ?? ''),
  );
  const dashed = content.filter((p) => DASHED.test(p.text)).length;
  return found.length >= 3 &&
    found.length === dashed &&
    !content.some((p) => isQuestionParagraph(p.text))
    ? new Set(found.map((p) => p.index))
    : new Set();
}

// A symbol that opens a question as a bullet would: an emoji ("🎈Do you…?"), a square ("■ …").
const QUESTION_MARK = /^(\p{Extended_Pictographic}\uFE0F?|[■□▪●○◆◇►▶▸•★☆➤])\s*(?=\S)/u;

/**
 * Takes off a symbol that opens every question (three or more) as a bullet: it marks the
 * question, as a label does, and is no part of it. One question so marked keeps its symbol.
 */
function stripQuestionMarks(sections: DraftSection[], turnOf: Map<number, TurnOf>) {
  const opening = [...turnOf].filter(([, t]) => t.opens);
  const marks = new Set(opening.map(([, t]) => QUESTION_MARK.exec(t.text)?.[1]));
  const [mark] = marks;
  if (opening.length < 3 || marks.size !== 1 || mark === undefined) return;
  for (const [index, t] of opening)
    turnOf.set(index, { ...t, text: t.text.replace(QUESTION_MARK, '') });
  for (const q of sections.flatMap((s) => s.questions))
    q.question = q.question.map((text, i) => (i === 0 ? text.replace(QUESTION_MARK, '') : text));
}

// A typed hyphen opening an answer, its words starting as a sentence does ("-Porque quiero …",
// "- En 1995 …"): a list's "-un cuaderno" item is no answer's mark. A pointer ("▶ …", as Korean
// papers mark the answers under "-…" questions) is one whatever follows.
const ANSWER_DASH = /^(?:-\s?(?=[\p{Lu}¿¡«"“'‘\d])|[▶►]\s?)/u;

/**
 * Takes off a hyphen that opens every answer (three or more: a school blog's "-Llevo 17 años."):
 * it marks the answer, as a label does. Where one answer opens without it, or a later paragraph of
 * an answer opens with it too (a list), every one keeps it.
 */
function stripAnswerDashes(
  sections: DraftSection[],
  roles: ReadonlyMap<number, Role>,
  turnOf: Map<number, TurnOf>,
) {
  const questions = sections.flatMap((s) => s.questions);
  const openings = questions.map((q) => q.answer[0]);
  if (
    questions.length < 3 ||
    !openings.every((text) => text !== undefined && ANSWER_DASH.test(text)) ||
    // A later paragraph dashed too is a list's item or a dialogue's turn: the first's dash is no mark.
    questions.some((q) => q.answer.slice(1).some((text) => ANSWER_DASH.test(text)))
  )
    return;
  const opened = new Set(openings);
  for (const [index, t] of turnOf)
    if (roles.get(index)?.kind === 'answer' && opened.has(t.text))
      turnOf.set(index, { ...t, text: t.text.replace(ANSWER_DASH, '') });
  for (const q of questions)
    q.answer = q.answer.map((text, i) => (i === 0 ? text.replace(ANSWER_DASH, '') : text));
}

/** A paragraph's first words, up to 40 characters, cut at a word with "…" after them. */
function opening(text = ''): string {
  if (text.length <= 40) return text;
  const cut = text.slice(0, 40);
  const space = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'), cut.lastIndexOf('\t'));
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A question left without an answer (the format needs one) joins the next
 * question, or at the end the previous answer, so no words are lost.
 */
function mergeUnanswered(sections: DraftSection[], warnings: string[]) {
  let pending: string[] = [];
  // The questions waiting: where they went is said once it is known, with their first words (a
  // line run on holds several paragraphs: the words tell which).
  let unanswered: DraftQuestion[] = [];
  let previous: DraftQuestion | undefined;
  const say = (where: string) => {
    for (const { line, question } of unanswered)
      warnings.push(`line ${line}: a question has no answer ("${opening(question[0])}"); ${where}`);
    unanswered = [];
  };
  for (const section of sections) {
    section.questions = section.questions.filter((question) => {
      if (question.answer.length === 0) {
        pending.push(...question.question);
        unanswered.push(question);
        return false;
      }
      say('kept with the next question');
      question.question.unshift(...pending);
      pending = [];
      previous = question;
      return true;
    });
    if (section.questions.length === 0 && section.heading !== undefined)
      pending.push(section.heading);
  }
  // The last question had none after it (an article cut short): the answer before it keeps it.
  say('it is the last, kept at the end of the answer before it');
  previous?.answer.push(...pending);
}
