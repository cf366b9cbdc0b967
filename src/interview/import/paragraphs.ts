import { recordFieldRuns } from './record-fields';
import { withoutGluedFileName } from './captions';
import { parseDateLine } from './dates';
import { isFurnitureLine, isRelatedHeader } from './noise';
import {
  answersUnderQuestions,
  joinLoneBullets,
  splitBulletAnswers,
  splitCapsLabels,
  splitDashPairs,
  splitGluedNumbers,
  splitGluedQuestions,
  splitRunInLabels,
  splitRunOnTurns,
  splitRunInQuestions,
} from './run-in';
import { splitNumberedReplies } from './numbered-replies';
import { splitScriptRunIn } from './script-run-in';
import { splitDashedRunIn } from './dash-run-in';
import { joinWrappedLabels } from './wrapped-labels';
import { labelFrontEndComments } from './thread-front-end';
import { withoutTableBorders } from './table-borders';
import { labelRecordSpeakers, type RecordSpeech } from './record-speakers';
import { splitTopicRunIn } from './topic-run-in';
import { SUBTITLE_TIMING, joinSubtitleLines } from './subtitle-lines';

/** A paragraph of the source text and the lines it came from (1-based). */
export type SourceParagraph = {
  index: number;
  text: string;
  line: number;
  endLine: number;
  /** A transcript's turn whose timestamp came off: "[00:01:02] Ben: …". */
  stamped?: true;
  /** A transcript's chapter line, a timestamp and a title with no speaker: "[00:00:21] Intro". */
  chapter?: true;
  /** A line of a podcast page's list of chapters, "7:35 What is …?": the page's, not the text. */
  chapterList?: true;
  /** A parliamentary record's speech under its speaker's line: a Member's or a witness's. */
  record?: RecordSpeech;
};

// German and French quotes close with „…“ and «…»: an answer ending “ or » ends its sentence.
// Chinese and Japanese close theirs full-width: "…集中します。", "…「はい」", "…ですか？"; Arabic asks
// with "؟": a bare question on its own line, its answer on the next, ends there.
const ENDS_SENTENCE = /[.?!:;"”“’)…»。！？」』）؟]$/u;
// A word hyphenated at the line's end ("Zu-" / "kunftsthemen") goes on, however short the line.
const HYPHENATED = /\p{L}-$/u;

// A speaker label or a numbered question starts a new paragraph even inside hard-wrapped text.
// (Also an A-Z feature's lettered item, its topic closed by a colon: "S – Superstitions: …"; a
// line opening "I – like every other kid – …" goes on a sentence.)
// In Chinese and Japanese a "Q."/"A." label takes no space ("Q.前期の…"), and a speaker's header
// stands in angle brackets on its own line ("<森田健 監督>", "<23. 川口翔太>").
const STARTS_TURN =
  /^(?:\d{1,3}[.)]\s|[\p{Lu}][\p{L}’'.\- ]{0,40}:\s|\p{Lu} [–—] \p{Lu}[\p{L}\p{N}’'\- ]{0,30}:\s|[QA][.．](?=\p{Lo})|<[^<>]{1,30}>$)/u;

/**
 * Whether the text is hard-wrapped prose (paragraphs broken into lines of
 * similar width), so lines inside a block join into one paragraph. Scraped
 * pages put each paragraph on one line, and their short lines (tickers, menus)
 * are separate items.
 */
function isHardWrapped(lines: readonly string[]): boolean {
  const prose = lines.filter((line) => line.length >= 40);
  if (prose.length < 5) return false;
  const wrapped = prose.filter((line) => line.length <= 100).length;
  // A loop, not Math.max(...lines): a spread of 100,000 lines overflows the stack.
  return wrapped / prose.length >= 0.9 && prose.every((line) => line.length <= 120);
}

// Three words or more, the last a word of letters: "-Porque quiero mucho a mi".
const SENTENCE_START = /^\S+(?: \S+){2,}(?<=\p{L})$/u;
// A sentence's rest in lower case, three words or more, to its stop: "pueblo y tengo ideas …".
const SENTENCE_REST = /^\p{Ll}\S*(?: \S+){2,}[.!?…]$/u;

/** Whether a short line's sentence goes on in the line under it (hard-wrapped text only). */
function goesOnInLowerCase(previous: string, line: string): boolean {
  return SENTENCE_START.test(previous) && SENTENCE_REST.test(line);
}

/** A line without Markdown's heading marks or whole-line emphasis: "# Title", "**By Ann Lee**". */
function plainLine(line: string): string {
  const unmarked = line.replace(/^#{1,6}\s+/u, '');
  return /^(\*\*|__)[^*_]+\1$/u.test(unmarked) ? unmarked.slice(2, -2).trim() : unmarked;
}

const LINE_END_BR = /<br\s*\/?>\s*$/iu;

// A question and its answer set side by side as two columns, one pair to a line, the gap a
// run of spaces: "P- Lugar ?          R- Oviedo". The gap becomes a paragraph break. The question
// ends on a character that is no blank, so the gap is tried only where a run of blanks begins
// (`.*?` then a gap tried at every blank took minutes on a label and a megabyte of spaces).
const SIDE_BY_SIDE =
  /^(\s*(?:[pqdf]|question|pregunta)\s*[.\-–:)]\s*\S(?:.*?[^\t\u00A0 ])?)[\t\u00A0 ]{3,}((?:[ra]|answer|respuesta)\s*[.\-–:)]\s*\S)/iu;

// An answer's label right after a question's "?", on its line: "Q- Was it needed? A - We…".
const INLINE_ANSWER = /^(.{9,}?\?)\s+((?:a|r|answer|respuesta)\s*[-–:]\s)/iu;

// A question opening its line with a rule of dashes, its answer run in after two spaces or more:
// "—————- How did you get hooked?   I've always …" (the rule goes). The rule is the whole run of
// dashes, never given back to the question (a line of a million dashes tried every split of it).
const RULED_RUN_IN = /^[-–—]{2,}(?![-–—])\s*(\S.{8,}?[?？؟])[\t\u00A0 ]{2,}(?=\S)/u;

// Exchanges run into one paragraph two spaces apart, each a question and its answer ("… Kannst du
// noch zur Arbeit gehen? Meine Frau …  Wie hältst du Kontakt …? WhatsApp.  …"): where three or
// more such stretches open with their question, each becomes its question and its answer (text
// before the first question, a lead, stays a paragraph). Two spaces after every sentence leave
// each question alone in its stretch, so an answer typed that way stays whole.
const SPACED_GAP = /(?<=[.!?…"”“’)»])[ \u00A0]{2,}(?=\S)/gu;
const STRETCH_ASKS = /^([^.!?]{3,300}\?[”"’“»]*)\s+(\S.*)$/u;
const LEAD_THEN_ASKS = /^(.*[.!?)»”]\s+)?([^.!?]{3,300}\?[”"’“»]*)\s+(\S.*)$/u;
function splitSpacedExchanges(line: string): string {
  const stretches = line.split(SPACED_GAP);
  if (stretches.length < 4) return line;
  const [first = '', ...rest] = stretches;
  if (rest.filter((s) => STRETCH_ASKS.test(s)).length < 3) return line;
  const lead = LEAD_THEN_ASKS.exec(first);
  const opening = lead ? [lead[1]?.trim() ?? '', lead[2] ?? '', lead[3] ?? ''] : [first];
  const exchanges = rest.flatMap((s) => {
    const asks = STRETCH_ASKS.exec(s);
    return asks ? [asks[1] ?? '', asks[2] ?? ''] : [s];
  });
  return [...opening, ...exchanges].filter((part) => part !== '').join('\u2029');
}

// A photo caption ends with its credit, not a stop ("… in the wheelhouse. Photo: Jonas Weber"):
// the line after it (an unlabelled question) starts a paragraph of its own.
const ENDS_WITH_CREDIT =
  /(?:^|[.;,|)–—]\s*|\()(?:Photos?|Fotos?|Bild|Image|Picture|Credit|Фото)\s?:\s*\S.{0,40}$/u;

const OPENS_QUOTE = /^[“«„]/u;

/** Splits article text into paragraphs: one per line, or per blank-line block when hard-wrapped. */
export function splitParagraphs(source: string): SourceParagraph[] {
  const raw = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const brs = raw.filter((line) => LINE_END_BR.test(line)).length;
  // Two or more such lines, and each answer starts a paragraph of its own.
  const inline = raw.filter((line) => INLINE_ANSWER.test(line)).length > 1;
  const ruled = raw.filter((line) => RULED_RUN_IN.test(line)).length > 1;
  const lines = raw
    // Runs of blanks, tabs and no-break spaces become one space. A single space
    // is left alone: replacing each of 300,000 spaces made this step quadratic.
    // A run of any other blanks (ideographic, em or thin spaces, form feeds) becomes its first
    // one: no paragraph holds two blanks in a row, which dozens of rules' `\s*…\s*` would split
    // every way (10,000 ideographic spaces in an answer took 9 s). A "\u2029" is a paragraph break.
    // A "<br />" copied at a line's end is that line's break: without it, the line's own end shows.
    .map((line) =>
      line
        .replace(LINE_END_BR, '')
        .replace(/^.*$/u, splitSpacedExchanges)
        .replace(SIDE_BY_SIDE, '$1\u2029$2')
        .replace(inline ? INLINE_ANSWER : /(?!)/u, '$1\u2029$2')
        .replace(ruled ? RULED_RUN_IN : /(?!)/u, '$1\u2029'),
    )
    .map((line) =>
      plainLine(
        line
          .replace(/[\t\u00A0 ]{2,}|[\t\u00A0]/g, ' ')
          .replace(/([^\S\u2029])[^\S\u2029]+/gu, '$1')
          .trim(),
      ),
    );
  lines.splice(0, lines.length, ...withoutTableBorders(lines));
  joinSubtitleLines(lines);
  rejoinBrokenLabels(lines);
  joinWrappedLabels(lines, JOINED);
  joinLoneArabicLabels(lines);
  labelThreadAuthors(lines);
  labelFrontEndComments(lines, JOINED);
  labelRoundtableAnswers(lines);
  joinWrappedQuestions(lines);
  readCues(lines);
  const speeches = new Map([...labelRecordSpeakers(lines), ...labelAnswererLines(lines)]);
  labelBarTurns(lines);
  labelTranscriptTurns(lines);
  labelTopicQuotes(lines);
  const bylines = joinBrokenBylines(lines);
  const wrapped = isHardWrapped(lines);
  // Answers in quotes, each opening the line after its question's "?" (two or more): a line
  // opening with the quote starts an answer, even after a question without "?" ("Un consiglio a
  // chi entra oggi in azienda" / "“Studiare, e non avere paura …”.").
  const quotedAnswers =
    lines.filter((line, i) => OPENS_QUOTE.test(line) && /[?？]$/u.test(lines[i - 1] ?? ''))
      .length >= 2;
  // An archive's record ("Release Date:" / "25/10/2013") is a line a field, never a wrapped sentence.
  const record = new Set(
    recordFieldRuns(lines).flatMap(({ start, end }) =>
      Array.from({ length: end - start }, (_, k) => start + k),
    ),
  );
  const paragraphs: SourceParagraph[] = [];
  let current: SourceParagraph | undefined;
  lines.forEach((line, i) => {
    if (line === JOINED) return;
    if (line === '') {
      current = undefined;
      return;
    }
    // A wrapped line continues the one before only if that one ran to the
    // wrap width and stopped mid-sentence: titles and headings are short. A short line goes on
    // too when both it and the line under it are words of a sentence, the line under opening in
    // lower case ("-Porque quiero mucho a mi" / "pueblo y tengo …": a pupil's editor wrapped
    // where the text box ended); a page's short lines ("12.4K followers" / "last year") are not.
    const previous = lines[i - 1] ?? '';
    const continues =
      (previous.length >= 40 || HYPHENATED.test(previous) || goesOnInLowerCase(previous, line)) &&
      !ENDS_SENTENCE.test(previous) &&
      // A line printed twice ("Showing posts with label …" over its copy) is no wrapped sentence.
      line !== previous &&
      !bylines.has(i) &&
      !ENDS_WITH_CREDIT.test(previous) &&
      !(quotedAnswers && OPENS_QUOTE.test(line)) &&
      !STARTS_TURN.test(line) &&
      // A button under a related-links header's first headline ("Lee también" / "Congreso
      // aprueba …" / "Síguenos en Twitter") is no part of that headline.
      !(isRelatedHeader(lines[i - 2] ?? '') && isFurnitureLine(line)) &&
      // A date alone on its line ("18 grudnia 2019") is the page's date, never a sentence's end.
      parseDateLine(line) === undefined &&
      !record.has(i);
    if (current && wrapped && continues) {
      current.text = `${current.text} ${line}`;
      current.endLine = i + 1;
      return;
    }
    const speech = speeches.get(i);
    current = {
      index: paragraphs.length,
      text: line,
      line: i + 1,
      endLine: i + 1,
      ...(speech ? { record: speech } : {}),
    };
    paragraphs.push(current);
  });
  // Both halves of a side-by-side pair keep the pair's line.
  const split = paragraphs
    .flatMap((p) => p.text.split('\u2029').map((text) => ({ ...p, text: text.trim() })))
    .map((p, index) => ({ ...p, index, text: withoutGluedFileName(p.text) }));
  // The steps that split or join paragraphs, in the order they run: each reads what the one
  // before it left (a list rather than nested calls, so a new step is one line in its place).
  const steps: ((paragraphs: SourceParagraph[]) => SourceParagraph[])[] = [
    stripTimestamps,
    splitRunInLabels,
    splitScriptRunIn,
    splitDashedRunIn,
    splitCapsLabels,
    splitBulletAnswers,
    joinLoneBullets,
    splitDashPairs,
    splitRunOnTurns,
    stripLabelTimes,
    splitNumberedReplies,
    splitGluedNumbers,
    splitRunInQuestions,
    splitTopicRunIn,
    answersUnderQuestions,
    splitGluedQuestions,
  ];
  return steps.reduce((result, step) => step(result), withoutMarkup(split, brs));
}

// A WebVTT cue's timing line, "0:00:03.360 --> 0:00:09.280", perhaps with its settings.
export const CUE_TIMING =
  /^(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}(?:\s.*)?$/u;
// A cue's voice tag: "<v Speaker 1>Hello", "<v.loud Ann Lee>Hi</v>".
const VOICE = /^<v(?:\.[^\s>]*)?\s+([^<>]{1,40})>\s*(.*?)(?:<\/v>)?$/u;

/**
 * A WebVTT transcript's cues (two or more timing lines): each voice tag becomes a label
 * ("Speaker 1: …"), and the cues one voice speaks in a row join its first (a cue's sentence often
 * runs on into the next). The timing lines stay, to be dropped as page furniture.
 */
function readCues(lines: string[]): void {
  if (lines.filter((line) => CUE_TIMING.test(line)).length < 2) return;
  let open = -1;
  let voice = '';
  lines.forEach((line, i) => {
    if (line === '' || CUE_TIMING.test(line)) return;
    const tag = VOICE.exec(line);
    if (!tag && voice === '') return;
    const speaker = tag?.[1]?.trim() ?? voice;
    const words = tag ? (tag[2] ?? '') : line;
    if (open >= 0 && speaker === voice) {
      lines[open] = `${lines[open] ?? ''} ${words}`.trim();
      lines[i] = '';
      return;
    }
    voice = speaker;
    open = i;
    lines[i] = `${speaker}: ${words}`;
  });
}

// A label alone on its line, "CG", whose colon and words start the next: " : Bonjour…".
const LONE_LABEL = /^[\p{Lu}][\p{L}.’'\- ]{0,39}$/u;

/** Puts a speaker label broken from its colon back on the line of its words. */
function rejoinBrokenLabels(lines: string[]): void {
  lines.forEach((line, i) => {
    const next = lines[i + 1] ?? '';
    // (A subtitle's timing, ":00:43.:00:45.", is no label's colon.)
    if (!LONE_LABEL.test(line) || !/^[:：]\s*\S/u.test(next) || SUBTITLE_TIMING.test(next)) return;
    lines[i] = `${line} ${next}`;
    lines[i + 1] = '';
  });
}

// Arabic "س" (question) or "ج" (answer) alone on a line, perhaps with its colon or dash ("ج ـ").
const LONE_ARABIC = /^([سج])\s*[.:/\-–—ـ]?$/u;

/**
 * Where both letters stand alone on lines of their own, two or more times, each labels the line
 * of words under it ("س" / "ـ بداية، هل …؟" becomes "س: ـ بداية، هل …؟").
 */
function joinLoneArabicLabels(lines: string[]): void {
  const lone = lines.flatMap((line, i) => {
    const letter = LONE_ARABIC.exec(line)?.[1];
    return letter && lines[i + 1] ? [{ i, letter }] : [];
  });
  if (lone.length < 2 || new Set(lone.map((l) => l.letter)).size < 2) return;
  for (const { i, letter } of lone) {
    lines[i + 1] = `${letter}: ${lines[i + 1] ?? ''}`;
    lines[i] = '';
  }
}

// A Korean roundtable's guest over an answer: a name, a role word and the guest's work in angle
// brackets ("클라라 윈 감독 <길 위의 집>" / "A. 감독은 …").
const GUEST_LINE =
  /^(\p{L}+(?: \p{L}+){0,3}) (?:감독|배우|작가|선수|교수|대표|위원)(?: [<〈《][^<>〈〉《》]{1,40}[>〉》])?$/u;
const ANSWER_LABEL = /^A\s*[.:．]\s*(?=\S)/u;

/**
 * A roundtable's questions each answered by several guests, each answer under its guest's line
 * (two or more): the name labels the answer ("클라라 윈: 감독은 …"), in place of its "A.".
 */
function labelRoundtableAnswers(lines: string[]): void {
  const guests = lines.flatMap((line, i) => {
    const name = GUEST_LINE.exec(line)?.[1];
    return name && ANSWER_LABEL.test(lines[i + 1] ?? '') ? [{ i, name }] : [];
  });
  if (guests.length < 2) return;
  for (const { i, name } of guests) {
    lines[i + 1] = `${name}: ${(lines[i + 1] ?? '').replace(ANSWER_LABEL, '')}`;
    lines[i] = '';
  }
}

// A Korean paper's answerer over each answer: "A. " then a name of two to four syllables and the
// person's role ("A. 박지훈 취재부장", "A. 문가영(국어교육과 05) 동인 (…)"). Not an answer's own
// first words on its "A." line: a role is a noun, no sentence ends in "다", "요", "죠", "까" or
// a stop.
const ANSWERER_LINE = /^A\s*[.:．]\s*(\p{Script=Hangul}{2,4})(?: (?=\S)|(?=\())([^:：]{1,60})$/u;
const ENDS_CLAUSE = /[다요죠까.?!…。]$/u;

/**
 * Answers each under their answerer's "A. NAME ROLE" line (two or more):
 * the line labels the answer ("박지훈, 취재부장: 15일 …") and the answer is marked as a
 * witness's speech, so that a person answering once speaks and the role is theirs.
 */
function labelAnswererLines(lines: string[]): Map<number, RecordSpeech> {
  const speeches = new Map<number, RecordSpeech>();
  const answerers = lines.flatMap((line, i) => {
    const [, name, role] = ANSWERER_LINE.exec(line) ?? [];
    const words = lines[i + 1] ?? '';
    return name && role && !ENDS_CLAUSE.test(role) && words !== '' && !ANSWER_LABEL.test(words)
      ? [{ i, name, role: role.trim() }]
      : [];
  });
  if (answerers.length < 2) return speeches;
  for (const { i, name, role } of answerers) {
    lines[i + 1] = `${name}, ${role}: ${lines[i + 1] ?? ''}`;
    lines[i] = '';
    speeches.set(i + 1, 'witness');
  }
  return speeches;
}

// A question opened by "¿" (perhaps numbered, "4.- ¿Qué obras ha hecho durante su") that its
// line does not close, and the short line that does ("mandato?").
const OPEN_QUESTION = /^(?:\d{1,3}\s*[.)]-?\s*)?¿[^?¿]*$/u;
const CLOSES_QUESTION = /^[^¿?]{1,80}\?$/u;

/** A question wrapped over two lines is one line: its lines would read as a heading and a question. */
function joinWrappedQuestions(lines: string[]): void {
  lines.forEach((line, i) => {
    const next = lines[i + 1] ?? '';
    if (!OPEN_QUESTION.test(line) || !CLOSES_QUESTION.test(next)) return;
    lines[i] = `${line} ${next}`;
    lines[i + 1] = JOINED;
  });
}

// A thread's author over a comment, the name glued to its karma: "brambleshoe5120 karma".
const AUTHOR_KARMA = /^([\p{L}\d_.-]{2,40}?)[_-]?\d+ (?:karma|points?)$/u;

/**
 * An "ask me anything" thread as an archive copies it: each comment under a line of its author's
 * name and karma. Where two or more, and one name comes back, each name labels the words under
 * it as a handle ("@quillhen: …"); the counts go.
 */
function labelThreadAuthors(lines: string[]): void {
  const authors = lines.flatMap((line, i) => {
    const name = AUTHOR_KARMA.exec(line)?.[1];
    let words = i + 1;
    while (lines[words] === '') words += 1;
    return name && lines[words] ? [{ i, words, name }] : [];
  });
  const names = authors.map((a) => a.name);
  if (authors.length < 2 || new Set(names).size === names.length) return;
  for (const { i, words, name } of authors) {
    lines[words] = `@${name}: ${lines[words] ?? ''}`;
    lines.fill('', i, words);
  }
}

// A line joined to the one before it (a transcript's turn broken mid-sentence): it is skipped.
const JOINED = '\u0000';

// A byline's word alone on a line ("BY", Swahili "NA"), over the name: "NA" / "DAUDI MWAKALINGA".
const BYLINE_WORD = /^(?:by|na|por|par|von)$/iu;
const BYLINE_NAME = /^\p{Lu}[\p{L}’'.-]+(?: \p{Lu}[\p{L}’'.-]+){1,3}$/u;

/**
 * A byline broken after its word joins into one line, which no hard wrap joins to the headline
 * above it: "NA DAUDI MWAKALINGA". Returns the lines so joined.
 */
function joinBrokenBylines(lines: string[]): Set<number> {
  const joined = new Set<number>();
  lines.forEach((line, i) => {
    const name = lines[i + 1] ?? '';
    if (!BYLINE_WORD.test(line) || !BYLINE_NAME.test(name)) return;
    lines[i] = `${line} ${name}`;
    lines[i + 1] = JOINED;
    joined.add(i);
  });
  return joined;
}

// A transcript's speaker and the time of the turn, on the turn's line above it ("Ruth Amadi 0:07",
// "Clara Hayes (00:21):") or on two ("Speaker 1" / "00:16"); or over a bar ("П. Зорин" / "―").
// A transcription service closes the name before the time in brackets: "Simon Peck: (01:29)",
// "Laurie Whitefield : (00:45)" (not a day's "Training: 10:00"). Or a name or initials alone, closed by a colon ("Hanna Lorenz:" / "HL:"); or a podcast app's
// numbered speaker alone, with no time or colon ("Speaker 2").
const SPEAKER_TIME =
  /^([\p{Lu}][\p{L}\d.’'\- ]{0,39}?)(?:\s*:\s+\(\d{1,2}:\d{2}(?::\d{2})?\)|\s+(?:\(?\d{1,2}:\d{2}(?::\d{2})?\)?:?|[―—]))$|^(\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3}):$|^(Speaker \d{1,2})$/u;

/**
 * With two or more such turns, each speaker becomes the label of the words below (a blank line
 * may come between), the time or bar goes.
 */
function labelTranscriptTurns(lines: string[]): void {
  let turns = lines.flatMap((line, i) => {
    const two = SPEAKER_TIME.exec(`${line}\n${lines[i + 1] ?? ''}`);
    const match = two ?? SPEAKER_TIME.exec(line);
    let words = i + (two ? 2 : 1);
    while (lines[words] === '') words += 1;
    const label = match?.[1] ?? match?.[2] ?? match?.[3];
    // A title and its running time ("Delaware Port Expansion - 5:48", a video list) is no speaker.
    if (label && /\s[-–—]$/u.test(label)) return [];
    return label && lines[words] ? [{ i, words, label, bare: !match?.[1] }] : [];
  });
  // A speaker's line is never another's words: each turn's words would overwrite the next line.
  const speakerLines = new Set(turns.map((t) => t.i));
  // A timed turn with no words, another speaker's line right under it ("Lars Erik Haugland:
  // (00:44)" / "Laurie Whitefield : (00:45)"), is nobody speaking: it goes with the labels.
  const empty = turns.filter((t) => speakerLines.has(t.words) && !t.bare);
  turns = turns.filter((t) => !speakerLines.has(t.words));
  // A name alone over the words labels them only where one such name comes back: "Links:" and
  // "Chapters:" over a podcast's show notes are headings.
  // An archive's record of fields ("Release Date:" / "25/10/2013") is no one speaking.
  const record = new Set(
    recordFieldRuns(lines).flatMap(({ start, end }) =>
      Array.from({ length: end - start }, (_, k) => start + k),
    ),
  );
  turns = turns.filter((t) => !record.has(t.i));
  const bare = turns.filter((t) => t.bare).map((t) => t.label);
  const kept = turns.filter((t) => !t.bare || bare.some((l, k) => bare.indexOf(l) !== k));
  if (kept.length < 2) return;
  for (const { i, words } of empty) lines.fill('', i, words);
  for (const { i, words, label } of kept) {
    // The turn's time goes after the label ("Jordan: (00:15) …"), where such times leave the text
    // and mark the turn as a timed transcript's.
    const time = /\(?\d{1,2}:\d{2}(?::\d{2})?\)?/u.exec(lines.slice(i, words).join(' '))?.[0];
    lines[words] = `${label}: ${time ? `${time} ` : ''}${lines[words] ?? ''}`;
    lines.fill('', i, words);
  }
  // A timed turn's lines broken mid-sentence ("Did the city help" / "at all?") are one line: a
  // line ending no sentence goes on with the next where that opens in lower case.
  if (!kept.some((t) => !t.bare)) return;
  const starts = new Set(kept.map((t) => t.words));
  for (let at = kept[0]?.words ?? lines.length; at < lines.length; at += 1) {
    let next = at + 1;
    while (
      lines[at] &&
      !ENDS_SENTENCE.test(lines[at] ?? '') &&
      !starts.has(next) &&
      /^\p{Ll}/u.test(lines[next] ?? '')
    ) {
      lines[at] = `${lines[at] ?? ''} ${lines[next] ?? ''}`;
      lines[next] = JOINED;
      next += 1;
    }
  }
}

// A topic closed by a colon, then the answer in quotes to the line's end: "Atmosfera do Dragão:
// "A energia …"". The topic is up to ten words, no sentence in it.
const TOPIC_QUOTE = /^(\p{Lu}[^.!?:;"“”„«»]{2,80}):\s+(["“„«].*["”»][.!]?)$/u;
// A line that asks, its question outside quotes or closing them.
const ASKS = /[?？؟]["”»’)]*$/u;

/**
 * A write-up of a TV or radio interview that writes no question out: each answer is quoted after a
 * topic standing for the question. Where three or more lines are so, and no line asks, each topic
 * becomes a question's label and its quote the answer's ("Q: Atmosfera do Dragão" / "A: "…"").
 * A Q&A's answer listing quotes ("Primeira coisa: "Trabalhar."") is left: its questions ask; so
 * are speakers' quotes under names that come back.
 */
function labelTopicQuotes(lines: string[]): void {
  const topics = lines.flatMap((line, i) => {
    const match = TOPIC_QUOTE.exec(line);
    const topic = match?.[1] ?? '';
    return match && topic.split(' ').length <= 10 ? [{ i, topic, quote: match[2] ?? '' }] : [];
  });
  // A name that comes back labels a speaker's quote, not a topic ("Nico: "…"" / "Tomi: "…"").
  const names = topics.map((t) => t.topic);
  if (new Set(names).size < names.length) return;
  if (topics.length < 3 || lines.some((line) => ASKS.test(line))) return;
  for (const { i, topic, quote } of topics) lines[i] = `Q: ${topic}\u2029A: ${quote}`;
}

// A line holding only a bar ("──"): the interviewer's mark over a Japanese column's turns.
const BAR_LINE = /^[─―—]{1,4}$/u;
// The end of a sentence in Japanese, Chinese or elsewhere, closing quotes after it.
const SENTENCE_END = /[。．.!?！？][」』”"’)）]*$/u;
// Japanese speech ends polite or with a particle: "…でした", "…ます", "…ですね", "…よ".
const SPOKEN_END = /(?:です|ます|でした|ました|ません|でしょう|[よねな])$/u;
// Japanese and Chinese run on without a space.
const CJK = /[\p{Lo}、。「」『』（）()…!?！？]/u;

/**
 * Turns under a bar line (the interviewer's, two or more) and under a name alone on a line (the
 * guest's, where that name comes back), each turn's lines running on with no blank line between
 * turns: each turn becomes one line, the bar a question's label and the name its own ("Q: …",
 * "森川: …"), its lines joined (without a space between Japanese or Chinese characters). A bar
 * under a line that comes back ("П. Зорин" / "―") is a speaker's line, read below.
 */
function labelBarTurns(lines: string[]): void {
  const count = new Map<string, number>();
  for (const line of lines) count.set(line, (count.get(line) ?? 0) + 1);
  const twice = (line = '') => line !== '' && (count.get(line) ?? 0) >= 2;
  const bar = (i: number) => BAR_LINE.test(lines[i] ?? '') && lines[i + 1];
  const mark = (i: number) =>
    bar(i) || (/^[\p{L}・]{1,12}$/u.test(lines[i] ?? '') && lines[i + 1] && twice(lines[i]));
  const bars = lines.filter((_, i) => bar(i));
  // Without bars, a dialogue under two names in a script without capitals, each alone on a line
  // and coming back ("高木" / "北村さん"), four turns or more.
  const names = new Set(lines.filter((l, i) => mark(i) && /^\p{Lo}[\p{Lo}・]{0,7}$/u.test(l)));
  const dialogue = names.size === 2 && lines.filter((_, i) => mark(i)).length >= 4;
  if ((bars.length < 2 && !dialogue) || lines.some((_, i) => bar(i) && twice(lines[i - 1]))) return;
  // A short line right before a turn's mark that ends no sentence is a topic heading ("村に工房をつくる");
  // not one that ends as speech does, without its full stop ("最初は1年のつもりでした").
  const heading = (j: number, start: number) =>
    j > start + 1 &&
    mark(j + 1) &&
    (lines[j]?.length ?? 0) <= 20 &&
    !/[。．.!?！？」』)）]$/u.test(lines[j] ?? '') &&
    !SPOKEN_END.test(lines[j] ?? '');
  lines.forEach((line, i) => {
    if (!mark(i)) return;
    let end = i + 1;
    while (lines[end] && !mark(end) && !heading(end, i)) end += 1;
    // The last turn ends where a line that closes no sentence follows one that does: the page's
    // links after it ("< 第一回へ 第三回へ >", "ページの先頭へ") are no part of it.
    if (!lines[end] || !mark(end)) {
      const tail = lines
        .slice(i + 2, end)
        .findIndex((l, k) => SENTENCE_END.test(lines[i + 1 + k] ?? '') && !SENTENCE_END.test(l));
      if (tail >= 0) end = i + 2 + tail;
    }
    const words = lines
      .slice(i + 1, end)
      .reduce(
        (text, next) =>
          text + (CJK.test(text.at(-1) ?? '') && CJK.test(next[0] ?? '') ? '' : ' ') + next,
        '',
      );
    if (end === i + 1) return;
    const label = bar(i) ? 'Q' : line;
    lines.fill('', i, end);
    lines[i + 1] = `${label}: ${words.trim()}`;
  });
}

// Bold and line-break tags copied as text from a page's source or a forum:
// "[B] — Why? [/ B]", "<strong>Work</strong>", "…<br />".
const MARKUP = /\[\/?\s*(?:b|i|u)\s*\]|<\/?\s*(?:b|i|u|strong|em|br|span|p)\b[^<>]{0,200}>/giu;
// A bold lead and the words after it on one line: "[B] — Why? [/ B] — Because…".
const RUN_IN_BOLD =
  /^(?:\[\s*b\s*\]|<\s*(?:b|strong)\s*>)\s*(\S.*?)\s*(?:\[\/\s*b\s*\]|<\/\s*(?:b|strong)\s*>)\s*(\S.*)$/iu;

/**
 * Text without markup tags, so labels and questions are seen, on a page copied
 * with its markup: two or more closing or line-break tags (`brs` counts those
 * that ended lines). There a tag goes when it closes, breaks a line, is closed
 * elsewhere in the paragraph, or sits at the paragraph's edge; a tag
 * named in the middle of prose ("wrap it in a <span>") stays, as every tag
 * does on a page that quotes markup rather than carries it. A bold lead ending
 * a sentence (a question set in bold, its answer after it on the same line)
 * becomes a paragraph of its own; a bold label ("[B] Name: [/B] — …") stays
 * with its words.
 */
function withoutMarkup(paragraphs: SourceParagraph[], brs: number): SourceParagraph[] {
  const closing = (text: string) => (text.match(MARKUP) ?? []).filter(isMarkupEnd).length;
  if (paragraphs.reduce((n, p) => n + closing(p.text), brs) < 2) return paragraphs;
  const strip = (text: string) => {
    const closed = new Set(text.match(MARKUP)?.filter(isMarkupEnd).map(tagName));
    return text.replace(MARKUP, (tag: string, at: number) =>
      isMarkupEnd(tag) || closed.has(tagName(tag)) || at === 0 || at + tag.length === text.length
        ? ' '
        : tag,
    );
  };
  const out: SourceParagraph[] = [];
  const push = (p: SourceParagraph, text: string) => {
    const clean = strip(text)
      .replace(/\s{2,}/gu, ' ')
      .trim();
    if (clean !== '') out.push({ ...p, index: out.length, text: clean });
  };
  for (const p of paragraphs) {
    const runIn = RUN_IN_BOLD.exec(p.text);
    const lead = strip(runIn?.[1] ?? '').trim();
    if (runIn?.[2] && lead !== '' && !/[:：]$/u.test(lead)) {
      push(p, lead);
      push(p, runIn[2]);
    } else {
      push(p, p.text);
    }
  }
  return out;
}

const tagName = (tag: string) => /[a-z]+/iu.exec(tag)?.[0].toLowerCase() ?? '';

/** A closing tag ("</b>", "[/ B]") or a line break ("<br />"): markup, wherever it is. */
function isMarkupEnd(tag: string): boolean {
  return /^[<[]\s*\/|^<\s*br\b/iu.test(tag);
}

// "[00:01:23] ", "(01:05) ", "00:00:12.5 " at the start of a transcript's turns.
// (not a WebVTT cue's timing, "0:00:03.360 --> …").
const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s+(?=\S)(?!-->)/u;

// A WebVTT cue's timing in brackets before its words, as a transcript page prints cues one a
// line: "[00:00:49.600 --> 00:00:55.120] Have you …?", the hours left out under one
// ("[01:03.600 --> 01:09.120]", as WebVTT allows).
const BRACKETED_CUE =
  /^\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})? --> (?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]\s+(?=\S)/u;
// Such a timing between two cues' words, where a page ran cues into one paragraph.
const INLINE_CUE =
  /(?<=\S) \[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})? --> (?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\] (?=\S)/gu;

// "[00:00:04]", "(01:05)", "00:01:20": a timestamp on a line of its own, in brackets or with seconds
// (a bare "9:00" may be an answer).
const LONE_TIMESTAMP =
  /^(?:[[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?):?$/u;

// A speaker's label after a transcript's timestamp: "Rina:", "Speaker 2:".
const STAMPED_LABEL = /^\p{Lu}[\p{L}.’'\- ]{0,30}(?: \d{1,2})?:\s/u;

// A transcript's turn with its time after the label: "Liam Brandt: 00:05 You're listening …".
const LABEL_TIME =
  /^(\p{Lu}[\p{L}.’'\- ]{0,30}(?: \d{1,2})?:\s+)[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?=\S)/u;

/**
 * Such times leave the text, as a timestamp before the label does, where two speakers or more
 * come back with one (a day's times in an answer, "Market: 6:30 sharp, …" / "Prep: 9:00 …", stay).
 */
function stripLabelTimes(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const stamped = paragraphs.filter((p) => LABEL_TIME.test(p.text));
  const labels = stamped.map((p) => LABEL_TIME.exec(p.text)?.[1]);
  if (new Set(labels.filter((l, i) => labels.indexOf(l) < i)).size >= 2)
    for (const p of stamped) {
      p.text = p.text.replace(LABEL_TIME, '$1');
      p.stamped = true;
    }
  return paragraphs;
}

// A line of a podcast page's chapters: a time, as the page writes it ("0:0", "7:35", "101:20"),
// and a title.
const CHAPTER_LINE = /^(\d{1,3}):(\d{1,2})(?::(\d{1,2}))? \S/u;

/**
 * A podcast page's list of chapters over its transcript ("0:0 Introduction: …" / "7:35 What is
 * …?"): three such lines or more in a row, their times never going back and half a minute apart
 * or more on average, titles closing no sentence, are marked; the noise finder drops them as the
 * page's, whole (none is a question or a section's heading). A transcript's lines, seconds apart
 * and closing sentences ("00:21 We were in total control, …."), are no list.
 */
function markChapterLists(paragraphs: SourceParagraph[]): void {
  const seconds = (p: SourceParagraph | undefined) => {
    const time =
      p && p.text.length <= 100 && !/[.,;!…]$/u.test(p.text) ? CHAPTER_LINE.exec(p.text) : null;
    return time ? time.slice(1).reduce((sum, part) => sum * 60 + Number(part ?? 0), 0) : -1;
  };
  for (let start = 0; start < paragraphs.length;) {
    let end = start;
    while (
      seconds(paragraphs[end]) >= 0 &&
      seconds(paragraphs[end + 1]) >= seconds(paragraphs[end])
    )
      end += 1;
    const span = seconds(paragraphs[end]) - seconds(paragraphs[start]);
    if (seconds(paragraphs[start]) >= 0 && end - start >= 2 && span >= 30 * (end - start))
      for (const p of paragraphs.slice(start, end + 1)) p.chapterList = true;
    start = end + 1;
  }
}

const INLINE_STAMP = /(?<=\S) \[\d{1,2}:\d{2}:\d{2}\] (?=\S)/gu;

/**
 * A transcript's timestamps leave the text (when two or more turns carry one), so labels are
 * seen; so do two or more timestamps on lines of their own, which mark turns and are no text, and
 * two or more WebVTT cue timings in brackets before their words.
 */
function stripTimestamps(paragraphs: SourceParagraph[]): SourceParagraph[] {
  markChapterLists(paragraphs);
  let kept = paragraphs;
  if (paragraphs.filter((p) => LONE_TIMESTAMP.test(p.text)).length >= 2) {
    kept = paragraphs.filter((p) => !LONE_TIMESTAMP.test(p.text));
    kept.forEach((p, i) => {
      p.index = i;
    });
  }
  const cues = kept.filter((p) => BRACKETED_CUE.test(p.text));
  if (cues.length >= 2)
    for (const p of cues) {
      p.text = p.text.replace(BRACKETED_CUE, '').replace(INLINE_CUE, ' ');
      p.stamped = true;
    }
  const stamped = kept.filter((p) => !p.chapterList && TIMESTAMP.test(p.text));
  if (stamped.length < 2) return kept;
  for (const p of stamped) {
    p.text = p.text.replace(TIMESTAMP, '');
    p.stamped = true;
  }
  // A stamp left inside a sentence by the transcript's tool ("you’ve been [00:01:00] writing")
  // is no word either.
  for (const p of kept) p.text = p.text.replace(INLINE_STAMP, ' ');
  // Where three or more stamped turns, and three in four, open with a speaker's label, a short
  // stamped line without one is a chapter's title ("[00:00:21] What Is the Fourth Age?"), a
  // heading, even where it ends with "?": nobody is speaking it.
  const turns = stamped.filter((p) => STAMPED_LABEL.test(p.text)).length;
  if (turns >= 3 && turns * 4 >= stamped.length * 3)
    for (const p of stamped)
      if (!STAMPED_LABEL.test(p.text) && p.text.length <= 60 && !/[.!:;,]$/u.test(p.text))
        p.chapter = true;
  return kept;
}
