import { protocolLabels } from './press-protocol';
import { isNameLine, isTitleWord } from './names';
import type { SourceParagraph } from './paragraphs';
import { headlineLabel } from './headline-label';

/** A paragraph that opens with a speaker label: "TCA: …", "Q. …", "**MAIKO:** …". */
export type Labelled = {
  label: string;
  key: string;
  rest: string;
  outlet?: boolean;
  /** "Name – Outlet": a label only where it comes back the same ("Team – Team: …" is a headline). */
  dashed?: string;
  /** The role a label gave after the name ("Nadia Khoury, communications manager, …:"). */
  role?: string;
};

/** One speaker as the text labels them, with every form of label used. */
export type SpeakerGroup = {
  key: string;
  /** The label as first written, e.g. "Ambassador Maiko". */
  label: string;
  labels: string[];
  count: number;
  kind: 'question' | 'answer' | 'name';
  /** The role a label of the speaker gave ("Nadia Khoury, communications manager:"). */
  role?: string;
};

const PARTICLES = '(?:de|da|di|du|van|von|der|den|del|la|le|al|el|bin|ibn)';
// A site's name may end in digits: "LAOLA1:", "SPORT24:" label its questions.
// Scripts without capitals name people too: "森川:" (up to eight letters, no space).
const WORD = `(?:[\\p{Lu}][\\p{L}\\p{M}’'.\\-]*\\d{0,2}|\\p{Lo}[\\p{Lo}・]{0,7}|${PARTICLES})`;
// "Name:", and at press conferences "Name, Outlet:" or "Name – Outlet:" (the outlet is not part of
// the name);
// a transcript's "Speaker 2:", a radio transcript's "Mr. TOM FARLEY (Comedy writer):"; a title
// may hold a word in lower case before the name ("Đại sứ Harlow:", Vietnamese for "Ambassador").
const NAMED = new RegExp(
  `^(?:\\*\\*|__)?(${WORD}(?:\\s+(?:\\p{Ll}[\\p{L}\\p{M}]{0,6}\\s+)?${WORD}){0,4}(?:\\s\\d{1,2})?)(?:(?:,|\\s[–—])\\s+${WORD}(?:\\s+(?:${WORD}|&)){0,3})?(?:\\s*\\([^()]{1,80}\\))?(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?\\s*(\\S.*)$`,
  'u',
);
// "Q. …", "A – …", "Q-How …", "P. …" (Spanish), "В. …" (Russian); the colon form is NAMED's.
// Numbered too: "Q 1. How does …", "Q12) …".
const QA =
  /^(?:\*\*|__)?(q|a|p|r|d|в|о|perg|resp|question|answer)(?: ?\d{1,3})?(?:\*\*|__)?\s*[.\-–—)](?:(?<=\.)\s[-–—](?=\s))?\s*(?:\*\*|__)?\s*(\S.*)$/iu;
// A hyphen before a lower-case letter, or the "Z" of "A-Z", joins a word ("Question-and-Answer
// Session", "A-Z"); before a capital it closes a label ("Q-How did you …?"). Case-sensitive, so
// apart from QA, whose "i" flag makes \p{Ll} match capitals too.
const JOINED = /^(?:\*\*|__)?\p{L}+-(?:\p{Ll}|Z(?!\p{L}))/u;
// A name's initials, each closed by a full stop, then the label's colon ("V. F. D.:", "A. L.:"):
// no "A." answer label over the words "L.: …".
const DOTTED_INITIALS = /^(?:\p{Lu}\.\s?){2,4}:/u;
/** A label's letters without stops or spaces, for its initials: "V. F. D." is "VFD". */
const compact = (label: string) => label.replace(/[.\s]/gu, '');

// An A-Z feature's items: a capital, a dash and the rest ("A – Action: …", "B – …"), five or more
// letters in alphabetical order. Their letters count off items; they name no one.
const LETTERED = /^(\p{Lu})\s*[–—:-]\s/u;
function letteredItems(paragraphs: readonly SourceParagraph[]): Set<number> {
  const items = paragraphs.flatMap((p) => {
    const letter = LETTERED.exec(p.text)?.[1];
    return letter ? [{ index: p.index, letter }] : [];
  });
  const ordered = items.every((t, i) => i === 0 || t.letter > (items[i - 1]?.letter ?? ''));
  return new Set(items.length >= 5 && ordered ? items.map((t) => t.index) : []);
}

// Arabic "س" (question) and "ج" (answer), perhaps numbered, then a colon, slash, dash or full
// stop: "س: …", "ج/ …", "س1. …", "ج ـ …" (a tatweel dash).
const ARABIC_QA = /^([سج])\d{0,2}\s*[.:/\-–—)ـ]\s*(\S.*)$/u;
// Hindi "सवाल" / "प्रश्न" (question) and "जवाब" / "उत्तर" (answer), perhaps numbered, then a hyphen,
// colon or full stop: "सवाल- …", "उत्तर: …". Their vowel signs keep them out of NAMED's words.
const HINDI_QA = /^(सवाल|प्रश्न|जवाब|उत्तर)(?:\s?\d{1,3})?\s*[.:\-–—)]\s*(\S.*)$/u;

// A student profile's prompts opening with chevrons (">>>   Chào Mai, …?") and its answers
// opening with the answerer's name in brackets ("[Thanh Mai] Câu này …"): a name of two to four
// capitalised words, so a transcript's cue ("[Laughter] …") is none.
const CHEVRON = /^(>{2,3})\s+(\S.*)$/u;
const BRACKETED = /^\[(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})\]\s+(\S.*)$/u;

// A handle as a thread or a social network writes it: "@quillhen: …".
const HANDLE = /^(@[\p{L}\d_.-]{2,40}):\s+(\S.*)$/u;
// A handle in lower case before words in a script without capitals, no space between: a Japanese
// group interview's "toki:人の話を…" (its group must still be used twice).
const LOWER_HANDLE = /^(\p{Ll}[\p{Ll}\d_.]{1,15})[:：](\p{Lo}.*)$/u;

// Initials closed by a full stop, as local papers print them: "GC. Were you…?" / "RC. Not really."
// (a name's group must still be used twice, so a sentence opening "UN. …" once is no label).
const INITIALS_STOP = /^(\p{Lu}{2,3})\.\s+(\S.*)$/u;
// In a script without capitals, initials each closed by a stop before a dash: Hindi's "रा. कु. - …".
const LETTER_STOPS = /^((?:\p{Lo}\p{M}*\.\s?){1,3})\s*[-–—]\s+(\S.*)$/u;

// Labels that say "question" or "answer" rather than name someone, in the
// languages interviews reach us in. "Me:" is how a writer labels their own
// questions; "Корр." is a Russian correspondent, "Röportör" a Turkish interviewer.
const QUESTION_KEYS = new Set(
  (
    'q question interviewer me host вопрос в корр корреспондент журналист питання perg ' +
    'запитання кор savol s muxbir jurnalist frage f pregunta p domanda d pergunta vraag س röportör ' +
    'सवाल प्रश्न ' +
    // Chinese "问：" / "問：" and "答："; a Japanese or Chinese reporter's "記者：" / "记者："; Thai
    // "ถาม" (ask) and "ตอบ" (answer); Swahili "swali" (question) and "jibu" (answer); Greek
    // "Ερώτηση" / "ΕΡΩΤΗΣΗ" (capitals drop the accent) and "Απάντηση", numbered as a school
    // blog prints them ("ΕΡΩΤΗΣΗ 1:"): without them the number alone keyed both labels.
    '问 問 記者 记者 ถาม swali ερώτηση ερωτηση >>> >>'
  ).split(' '),
);
const ANSWER_KEYS = new Set(
  (
    'a answer interviewee guest ответ о відповідь javob j antwort respuesta r resp ' +
    'risposta réponse resposta antwoord ج röportajveren 答 जवाब उत्तर ตอบ jibu απάντηση απαντηση'
  ).split(' '),
);

// Labels that are the word "question" itself (not a person, a host or "Me"): such a label only
// ever asks, so it never marks an interviewer's reply inside an answer.
const QUESTION_WORDS = new Set(
  'q question вопрос в питання запитання savol s frage f pregunta p domanda d pergunta vraag س 问 問 सवाल प्रश्न swali ερώτηση ερωτηση >>> >>'.split(
    ' ',
  ),
);

/** Whether a label is the word "question" ("Question", "Q", "Frage"), numbered or not. */
export function isQuestionWordLabel(label: string): boolean {
  return QUESTION_WORDS.has(label.toLowerCase().replace(/[.’'\s]|\d+$/gu, ''));
}

// Single letters other than Q and A are labels only when used at least twice:
// "P. Smith said" once is not a turn.
// So are the Hindi words, which also open sentences ("उत्तर प्रदेश", a state).
const NEEDS_REPEAT = new Set('p r d в о s j f س ج सवाल प्रश्न जवाब उत्तर >>> >>'.split(' '));

function keyOf(label: string): string {
  const lower = label.toLowerCase().replace(/[.’']/g, '');
  // Numbered as a portal prints them: "Q1:" / "A1:".
  const key = lower.replace(/\d+$| /gu, '');
  if (QUESTION_KEYS.has(key)) return 'q';
  if (ANSWER_KEYS.has(key)) return 'a';
  // Forms of one name share their last word: "Ambassador Maiko", "Maiko", "MAIKO".
  return lower.split(/\s+/).at(-1) ?? lower;
}

// A Japanese page's label: a name and an ideographic space ("石田", U+3000, "川村さんは…?"); its group
// must still be used twice.
const SPACED = /^(\p{Lo}[\p{Lo}・]{0,7})\u3000+(\S.*)$/u;
// The same with a plain space, where the page or its copy has one ("増田 それは…"): a surname in
// kanji (one to four) or a name in katakana, then Japanese words. Not a Korean or Chinese word
// before a space ("그때 저는 …": Hangul is no kanji), nor a name over Latin words.
const SPACED_PLAIN =
  /^(\p{Script=Han}{1,4}|\p{Script=Katakana}[\p{Script=Katakana}・]{1,7}) (?=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}「『（(])(\S.*)$/u;

// A press office's transcript writes a reporter's turn "Q Why was …?" or "Q (Inaudible.)", no
// colon, between speakers labelled in capitals ("MS. PARDO:", "SENIOR ADMINISTRATION OFFICIAL:").
// Two such turns or more, on a page with such a speaker, are questions, where two at least and
// half of them ask ("?") or are the stenographer's note; a lone "Q Street was …" in an answer is
// text, and so are two such ("Q Street keeps its stops."), which ask nothing.
const REPORTER_TURN = /^Q\s(?=[\p{Lu}(])/u;
function reporterTurns(paragraphs: readonly SourceParagraph[]): Set<number> {
  const turns = paragraphs.filter((p) => REPORTER_TURN.test(p.text));
  const asking = turns.filter((p) => /[?？]/u.test(p.text) || /^Q\s\(/u.test(p.text)).length;
  const capitals = paragraphs.some((p) => {
    const label = labelOf(p.text)?.label;
    return label !== undefined && /\p{Lu}{2}/u.test(label) && label === label.toUpperCase();
  });
  return new Set(
    asking >= 2 && asking * 2 >= turns.length && capitals ? turns.map((p) => p.index) : [],
  );
}

// A press conference's reporters as a transcript numbers them: "Reporter 1:", "Journalist 3:".
const NUMBERED_REPORTER = /^(?:reporter|journalist)\s\d{1,2}$/iu;

// Committee evidence numbers its questions: "Q151 Chair: …".
const QUESTION_NUMBER = /^Q\d{1,4}\s+(?=\p{Lu})/u;

function labelOf(source: string): Labelled | undefined {
  const text = source.replace(QUESTION_NUMBER, '');
  const qa =
    (JOINED.test(text) || DOTTED_INITIALS.test(text) ? null : QA.exec(text)) ??
    ARABIC_QA.exec(text) ??
    HINDI_QA.exec(text) ??
    CHEVRON.exec(text);
  const match =
    qa ??
    NAMED.exec(text) ??
    BRACKETED.exec(text) ??
    // Turkish "Röportaj veren:" (who gives the interview), "Röportör:"'s guest.
    /^(Röportaj veren):\s*(\S.*)$/u.exec(text) ??
    INITIALS_STOP.exec(text) ??
    LETTER_STOPS.exec(text) ??
    SPACED.exec(text) ??
    SPACED_PLAIN.exec(text) ??
    HANDLE.exec(text) ??
    LOWER_HANDLE.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const label = match[1].trim();
  // A label is short and never a sentence: "However, this:" is not one.
  if (label.length > 40 || /[,;!?]/.test(label)) return undefined;
  // Nor is a note in the writer's own voice: "Our Take:", "My verdict:", "Editor's note:".
  if (/^(?:our|my|editor[’']?s[’']?)\s/iu.test(label)) return undefined;
  // "Name: — words": the dash opens the turn, as it does without a label.
  // "Reporter 2:" is a press conference's reporter too, who may ask once.
  const outlet = !qa && (/^[^:：]*(?:,|\s[–—]\s)/u.test(text) || NUMBERED_REPORTER.test(label));
  const dashed = qa ? undefined : /^[^:：,]*\s[–—]\s[^:：]*/u.exec(text)?.[0];
  return {
    label,
    key: keyOf(label),
    // A hyphen and a space open the turn as a dash does ("ΕΡΩΤΗΣΗ 1: - Πόσα …"); one before a
    // number is the number's sign ("Μαρία: -5 βαθμούς").
    rest: match[2].replace(/^(?:[—–ـ]\s*|-\s+)/u, '').trim(),
    ...(outlet ? { outlet } : {}),
    ...(dashed ? { dashed } : {}),
  };
}

// A short label closed by a full stop: "R. …", "Ro. …".
const SHORT_STOP = /^(\p{Lu}\p{Ll}{0,2})\.\s+(\S.*)$/u;

/**
 * Where an answer's letter asks ("R." for a Romanian reporter): two short labels closed by a full
 * stop take turns, four turns or more, every turn of the letter asking ("R. …?" / "Ro. …"). Then
 * the letter labels the questions and the other label names the guest.
 */
function reporterLetter(paragraphs: readonly SourceParagraph[]): Map<number, Labelled> {
  const turns = paragraphs.flatMap((p) => {
    const [, label = '', rest = ''] = SHORT_STOP.exec(p.text) ?? [];
    return label ? [{ index: p.index, label, rest, key: keyOf(label) }] : [];
  });
  const asker = turns[0]?.label;
  const ok =
    turns.length >= 4 &&
    keyOf(asker ?? '') === 'a' &&
    turns.every(
      (t, i) =>
        (t.label === asker) === (i % 2 === 0) &&
        (t.label !== asker || t.rest.includes('?')) &&
        t.label === turns[i % 2]?.label,
    );
  return new Map(
    ok ? turns.map((t) => [t.index, { ...t, key: t.label === asker ? 'q' : t.key }]) : [],
  );
}

// A sentence that asks in Japanese or Chinese, or anywhere: "…ですか？", "…ますか。", "…?".
const ASKS_CJK = /(?:[?？]|か。)[」』”"）)]*$/u;

// Titles a transcript's label opens with in German, French, Spanish and Italian: "Bürgermeister
// Hans Weber:" then "Bürgermeister:" (names.ts's TITLES hold the English ones).
const LABEL_TITLES = new Set(
  (
    'bürgermeister bürgermeisterin präsident präsidentin ministerin trainer trainerin maire ' +
    'ministre président présidente alcalde alcaldesa presidente presidenta ministro ministra ' +
    'entrenador entrenadora sindaco allenatore'
  ).split(' '),
);

/**
 * Lower-case words before a colon that are no handle (LOWER_HANDLE): a Japanese or Chinese
 * answer's own "point：…" or "instagram：…" lines, each under an answer. A handle's turns
 * answer a question ("…ですか？", "…か。") or the turn of one who asks on the page, twice or more
 * ("toki:人の話を…" after "栗原:…?"), not an answer's "答：…"; its own turns in a row do not count.
 */
function handleWords(paragraphs: readonly SourceParagraph[]): number[] {
  const handleOf = (text: string) => LOWER_HANDLE.exec(text)?.[1];
  // Who asks somewhere on the page: "栗原:…?" asks, so "栗原:…お願いします。" is a turn too.
  const askers = new Set(
    paragraphs.flatMap((p) => (ASKS_CJK.test(p.text) ? [labelOf(p.text)?.key] : [])),
  );
  const turns = new Map<string, number>();
  paragraphs.forEach((p, i) => {
    const handle = handleOf(p.text);
    const before = paragraphs[i - 1]?.text ?? '';
    if (!handle || handleOf(before) === handle) return;
    const label = labelOf(before);
    if (ASKS_CJK.test(before) || (label !== undefined && askers.has(label.key)))
      turns.set(handle, (turns.get(handle) ?? 0) + 1);
  });
  return paragraphs.flatMap((p) => {
    const handle = handleOf(p.text);
    return handle && labelOf(p.text)?.label === handle && (turns.get(handle) ?? 0) < 2
      ? [p.index]
      : [];
  });
}

/**
 * A profile set out as "Key: value" lines ("Education: …", "Hometown: Dayton, Ohio"): three or
 * more labelled lines in a row, short and asking nothing, each key used once on the page, as a
 * label of any length: a panel's quick-fire round ("Anna: Dune." / "Ben: …" / "Carla: …") is
 * by speakers who have spoken before.
 */
const PROFILE_LINE = /^(\p{Lu}[\p{L}’' ]{1,30}):\s+([^?]{1,80})$/u;
const KEY = /^(\p{Lu}[\p{L}’' ]{1,30}):\s/u;
function profileLines(paragraphs: readonly SourceParagraph[]): Set<number> {
  const labels = paragraphs.map((p) => PROFILE_LINE.exec(p.text)?.[1]);
  const uses = new Map<string, number>();
  for (const p of paragraphs) {
    const key = KEY.exec(p.text)?.[1];
    if (key) uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  const fits = (l: string | undefined) => l !== undefined && uses.get(l) === 1;
  const out = new Set<number>();
  let run: number[] = [];
  labels.forEach((l, i) => {
    if (fits(l)) run.push(paragraphs[i]?.index ?? -1);
    if (!fits(l) || i === labels.length - 1) {
      if (run.length >= 3) run.forEach((index) => out.add(index));
      run = [];
    }
  });
  return out;
}

// A transcript's first label in capitals, the name then a role holding commas: "JULIE COLLINS,
// MINISTER FOR AGRICULTURE, FISHERIES AND FORESTRY: …" (NAMED takes an outlet of a few words).
const CAPITALS_ROLE =
  /^(\p{Lu}[\p{Lu}’'.-]+(?:\s+\p{Lu}[\p{Lu}’'.-]+){1,3}),\s+([^\p{Ll}:：]{3,120}?):\s+(\S.*)$/u;

/**
 * Capitals labels with a role holding commas, where the name's last word comes back as a label
 * of its own ("COLLINS: …"): the name labels the turn, the role leaves the words.
 */
function capitalsRoleLabels(paragraphs: readonly SourceParagraph[]): Map<number, Labelled> {
  const short = new Set(paragraphs.flatMap((p) => labelOf(p.text)?.label ?? []));
  return new Map(
    paragraphs.flatMap((p) => {
      const [, name = '', , rest = ''] = CAPITALS_ROLE.exec(p.text) ?? [];
      const surname = name.split(/\s+/u).at(-1) ?? '';
      return name && short.has(surname)
        ? [[p.index, { label: name, key: keyOf(name), rest, outlet: true }] as const]
        : [];
    }),
  );
}

// A guest's first label, the name then a role holding commas, in any case: "Nadia Khoury,
// communications manager, World Vision Syria Response: …" (NAMED takes an outlet of a few words).
const NAME_ROLE =
  /^(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}),\s+([^:：?!.;]{3,100}?):\s+(\S.*)$/u;
// A clause, not a role: "Nadia Khoury, who joined in 2016, told us: …".
const CLAUSE =
  /\b(?:who|which|that|said|says|told|tells|explained|explains|added|adds|asked|asks|wrote|writes|recalls|recalled)\b|\d/u;

/**
 * A name with its role before the colon, where the same full name comes back as a label of its
 * own ("Nadia Khoury: …"): the name labels the turn, the role is the guest's.
 */
function nameRoleLabels(paragraphs: readonly SourceParagraph[]): Map<number, Labelled> {
  const short = new Set(paragraphs.flatMap((p) => labelOf(p.text)?.label ?? []));
  return new Map(
    paragraphs.flatMap((p) => {
      const [, name = '', role = '', rest = ''] = NAME_ROLE.exec(p.text) ?? [];
      if (name && (short.has(name) || p.record) && !CLAUSE.test(role))
        return [[p.index, { label: name, key: keyOf(name), rest, role }] as const];
      // A Korean answerer's line made the label (labelAnswererLines): its role may hold a year.
      const [, korean = '', its = '', words = ''] = p.record
        ? (KOREAN_ROLE.exec(p.text) ?? [])
        : [];
      return korean
        ? [[p.index, { label: korean, key: keyOf(korean), rest: words, role: its }] as const]
        : [];
    }),
  );
}

// "박지훈, 취재부장: 15일 …", as labelAnswererLines writes an answerer's line over the answer.
const KOREAN_ROLE = /^(\p{Script=Hangul}{2,4}), ([^:：]{1,60}): (\S.*)$/u;

// A roundtable's panellist, one bulleted line each: "• Thomas Keane, CEO", "• Ruth Osei".
const PANEL_LINE =
  /^[•·▪*–-]\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s+(\p{Lu}[\p{L}’'-]+)(?:,|\s[–—-]\s|$)/u;

/**
 * The panel's surnames (as label keys) where a page lists two or more panellists in bullets: a
 * surname label used once ("Brandt: …") is then that panellist's answer, each credited.
 */
function panelSurnames(paragraphs: readonly SourceParagraph[]): Set<string> {
  const surnames = paragraphs.flatMap((p) => PANEL_LINE.exec(p.text)?.[1]?.toLowerCase() ?? []);
  return new Set(surnames.length >= 2 ? surnames : []);
}

/**
 * The speaker labels of an article. A label counts if it is a question/answer
 * label, or if its speaker is labelled at least twice: a one-off "Note:" or a
 * headline's "Ukrainian Ambassador to Kazakhstan: …" is not a speaker. (Short
 * interviews where no name recurs are the exception.)
 */
export function detectSpeakers(paragraphs: readonly SourceParagraph[]) {
  const candidates = new Map<number, Labelled>();
  const initials = initialsOf(paragraphs);
  const misspelt = misspeltLabels(paragraphs);
  const groups = new Map<string, SpeakerGroup>();
  const reporter = reporterLetter(paragraphs);
  const withRoles = new Map<number, Labelled>([
    ...nameRoleLabels(paragraphs),
    ...capitalsRoleLabels(paragraphs),
    // A press conference's record: each may speak once, as a reporter's "Name, Outlet:" does.
    ...[...protocolLabels(paragraphs)].map(([i, l]) => [i, { ...l, outlet: true }] as const),
  ]);
  const dashes = new Map<string, number>();
  for (const p of paragraphs) {
    const dashed = labelOf(p.text)?.dashed;
    if (dashed) dashes.set(dashed, (dashes.get(dashed) ?? 0) + 1);
  }
  const stops = new Map<string, number>();
  for (const p of paragraphs) {
    const stopped = LETTER_STOPS.exec(p.text)?.[1]?.trim();
    if (stopped) stops.set(stopped, (stops.get(stopped) ?? 0) + 1);
  }
  const skipped = new Set([
    ...letteredItems(paragraphs),
    ...profileLines(paragraphs),
    ...handleWords(paragraphs),
    ...headlineLabel(paragraphs, labelOf),
  ]);
  // "Q 今は…" / "A 微生物…": a bare letter and a space labels turns where each letter opens two
  // paragraphs or more (one "A few years ago…" is an article's word), taking turns: an answer's
  // next paragraph "A lot of it is paperwork." is its text, not another "A ".
  const turnsOf = new Set<number>();
  let expect = 'Q';
  for (const p of paragraphs)
    if (p.text.startsWith(`${expect} `)) {
      turnsOf.add(p.index);
      expect = expect === 'Q' ? 'A' : 'Q';
    }
  const spaced = turnsOf.size >= 4;
  const reporters = reporterTurns(paragraphs);
  for (const p of paragraphs) {
    const letter =
      (spaced && turnsOf.has(p.index)) || reporters.has(p.index)
        ? /^([QA])\s+(\S.*)$/u.exec(p.text)
        : null;
    const found = skipped.has(p.index)
      ? undefined
      : (reporter.get(p.index) ??
        withRoles.get(p.index) ??
        labelOf(p.text) ??
        (letter?.[1] && letter[2]
          ? { label: letter[1], key: letter[1].toLowerCase(), rest: letter[2] }
          : undefined));
    if (!found || (found.dashed && (dashes.get(found.dashed) ?? 0) < 2)) continue;
    // Devanagari initials come back; a list lettered "क. - …", "ख. - …" (a, b) uses each once.
    const stopped = LETTER_STOPS.exec(p.text)?.[1]?.trim();
    if (stopped === found.label && (stops.get(stopped) ?? 0) < 2) continue;
    // "JK:" is John Key when "John Key:" is a label too.
    // "Taika Waitit:" once is "Taika Waititi:".
    const meant = misspelt.get(found.label);
    const labelled =
      meant === undefined
        ? {
            ...found,
            key: initials.get(found.label) ?? initials.get(compact(found.label)) ?? found.key,
          }
        : { ...found, label: meant, key: initials.get(meant) ?? keyOf(meant) };
    candidates.set(p.index, labelled);
    const group = groups.get(labelled.key);
    if (group) {
      group.count += 1;
      if (!group.labels.includes(labelled.label)) group.labels.push(labelled.label);
      if (group.role === undefined && labelled.role !== undefined) group.role = labelled.role;
    } else {
      const kind = labelled.key === 'q' ? 'question' : labelled.key === 'a' ? 'answer' : 'name';
      groups.set(labelled.key, {
        key: labelled.key,
        label: labelled.label,
        labels: [labelled.label],
        count: 1,
        kind,
        ...(labelled.role ? { role: labelled.role } : {}),
      });
    }
  }
  // Where two or more questions are answered by a paragraph without a label, a name used once
  // labels a line in an answer ("Salidas: Pedro, …" under "¿A quién dejarías salir?"), no one.
  const plainAnswers = paragraphs.filter((p, i) => {
    const next = paragraphs[i + 1];
    return (
      next !== undefined &&
      !candidates.has(p.index) &&
      !candidates.has(next.index) &&
      /[?؟]$/u.test(p.text) &&
      !/[?؟]/u.test(next.text)
    );
  }).length;
  // Guests taking turns stand down only where more questions are answered without a name than
  // under one: a vox pop's passers-by answer two questions under their names ("Grace Obi:
  // Because …" / "Lena Park: …") after two plain answers.
  const namedAnswers = paragraphs.filter((p, i) => {
    const before = paragraphs[i - 1];
    return (
      // A passer-by's full name, not a list's key ("Salidas: …").
      isNameLine(candidates.get(p.index)?.label ?? '') &&
      before !== undefined &&
      !candidates.has(before.index) &&
      /[?؟]$/u.test(before.text)
    );
  }).length;
  const answersUnnamed = plainAnswers >= 2 && plainAnswers > namedAnswers;
  // In a one-question interview every name is used once (and no "R -" answers twice): then two
  // different names will do, when one of them asks ("Curso: 3º ESO", "Tutor: Ana Castro" ask nothing).
  const named = [...groups.values()].filter((g) => g.kind === 'name');
  const singleUse =
    plainAnswers < 2 &&
    ![...groups.values()].some((g) => g.count >= 2) &&
    named.length >= 2 &&
    asksInTurn(paragraphs, candidates);
  // At a press conference each reporter may ask once: "Name, Outlet:" labels
  // are speakers when there are two or more of them.
  const outletKeys = new Set([...candidates.values()].filter((l) => l.outlet).map((l) => l.key));
  const outletTurns = [...candidates.values()].filter((l) => l.outlet).length;
  // Editors taking turns to ask one guest: where two or more names are used twice and always
  // ask, a name used once that asks is an editor too.
  const asking = (key: string) =>
    [...candidates.values()].every((l) => l.key !== key || l.rest.includes('?'));
  const repeated = named.filter((g) => g.count >= 2);
  const panel = repeated.length >= 2 && repeated.every((g) => asking(g.key));
  // Guests taking turns to answer (a band, a panel): where a name used twice never asks, or no
  // name is used twice, a name used once is a guest too where its paragraph follows an
  // unlabelled question or another guest's answer to it.
  // A turn that itself ends asking is no guest's answer: "With Lantern: Rising coming, do you
  // feel …?" is a bare question opening with a film's title.
  const answersQuestion = new Set<string>();
  let asked = false;
  for (const p of paragraphs) {
    const label = candidates.get(p.index);
    if (!label) asked = /[?؟]$/u.test(p.text);
    else if (asked && !/[?؟]$/u.test(label.rest)) answersQuestion.add(label.key);
  }
  // A guest may quote a question inside an answer ("… thinking, OK, how's that going to work?
  // Actually, …"): a name used twice whose every turn answers an unlabelled question and none
  // ends asking answers too, though a question mark is inside its words.
  const endsAsking = (key: string) =>
    [...candidates.values()].some((l) => l.key === key && /[?؟][”"»’')\]]*$/u.test(l.rest));
  const guests =
    repeated.length === 0
      ? !answersUnnamed && answersQuestion.size >= 2
      : repeated.some(
          (g) =>
            [...candidates.values()].every((l) => l.key !== g.key || !l.rest.includes('?')) ||
            (answersQuestion.has(g.key) && !endsAsking(g.key)),
        );
  // A thread ("ask me anything"): one name comes back and never asks, handles used once ask it.
  const thread =
    repeated.length === 1 &&
    repeated.every((g) => !asking(g.key) && g.label.startsWith('@')) &&
    named.some((g) => g.count === 1);
  // A transcript's turns, each under its time ("[00:01:31] Carol: …"): where two names or more
  // come back there, a name used once after a timestamp speaks too (a host asking once).
  const stampedKeys = new Set(
    paragraphs.flatMap((p) => {
      const label = p.stamped ? candidates.get(p.index) : undefined;
      return label ? [label.key] : [];
    }),
  );
  const stamped = repeated.filter((g) => stampedKeys.has(g.key)).length >= 2;
  // A parliamentary record's speeches, each under its speaker's photo line or name line: a name
  // used once there speaks too (a Member asking once, a witness answering once).
  const recordKeys = new Set(
    paragraphs.flatMap((p) => {
      const label = p.record ? candidates.get(p.index) : undefined;
      return label ? [label.key] : [];
    }),
  );
  const panellists = panelSurnames(paragraphs);
  const roundtable = named.filter((g) => panellists.has(g.key)).length >= 2;
  const speakers = new Map(
    [...groups].filter(([, group]) =>
      group.kind === 'name'
        ? group.count >= 2 ||
          (roundtable && panellists.has(group.key)) ||
          (stamped && stampedKeys.has(group.key)) ||
          recordKeys.has(group.key) ||
          (thread && group.label.startsWith('@') && asking(group.key)) ||
          singleUse ||
          (outletTurns >= 2 && outletKeys.has(group.key)) ||
          (panel && asking(group.key)) ||
          (guests && answersQuestion.has(group.key))
        : // The letter as written: keyOf would make "R" the answer key "a" and so no single letter.
          group.count >= 2 ||
          !group.labels.every((l) => NEEDS_REPEAT.has(l.toLowerCase().replace(/[.’']/gu, ''))),
    ),
  );
  const labelled = new Map([...candidates].filter(([, l]) => speakers.has(l.key)));
  return { speakers, labelled };
}

/** Whether a labelled turn (its paragraph and the unlabelled ones after it) asks something. */
function asksInTurn(
  paragraphs: readonly SourceParagraph[],
  candidates: ReadonlyMap<number, Labelled>,
): boolean {
  let inTurn = false;
  for (const p of paragraphs) {
    const label = candidates.get(p.index);
    if (label) inTurn = true;
    if (inTurn && (label?.rest ?? p.text).includes('?')) return true;
  }
  return false;
}

/** Initials ("JK") of the multi-word labels ("John Key"), mapped to those labels' keys. */
function initialsOf(paragraphs: readonly SourceParagraph[]): Map<string, string> {
  const map = new Map<string, string>();
  const labels = paragraphs.flatMap((p) => labelOf(p.text) ?? []);
  for (const found of labels) {
    const words = found.label.split(/\s+/);
    // Initials themselves ("A. L.") spell out no one: they must not stand for their own letters.
    const spelt = words.every((w) => /^\p{Lu}\.?$/u.test(w));
    if (words.length >= 2 && !spelt)
      map.set(words.map((w) => w.charAt(0).toUpperCase()).join(''), found.key);
  }
  // Each label is judged once: what follows depends on the label and the whole list alone, and a
  // long transcript says the same few labels thousands of times (judged at each, it was quadratic).
  const distinct = [...new Set(labels.map((l) => l.label))];
  // Where each label is said, and the labels that open with each word and a space: each label
  // is looked up, not compared with every other (8,000 different labels took 17.5 s).
  const said = labels.map((l) => l.label);
  const times = new Map<string, number>();
  const firstAt = new Map<string, number>();
  const lastAt = new Map<string, number>();
  said.forEach((label, i) => {
    times.set(label, (times.get(label) ?? 0) + 1);
    if (!firstAt.has(label)) firstAt.set(label, i);
    lastAt.set(label, i);
  });
  const opening = new Map<string, Set<string>>();
  for (const label of distinct) {
    const space = label.indexOf(' ');
    if (space < 0) continue;
    const word = label.slice(0, space);
    opening.set(word, (opening.get(word) ?? new Set()).add(label));
  }
  // A transcript's full label once, then its first word, a title ("Mayor Bill de Blasio:" then
  // "Mayor:" twice or more): one speaker, where no other label opens with that word. Not a first
  // name: the host "John:" and the guest "John Smith:" are two.
  for (const label of distinct) {
    const first = label.split(/\s+/u)[0] ?? '';
    if (!isTitleWord(first) && !LABEL_TITLES.has(first.toLowerCase())) continue;
    const fuller = opening.get(first) ?? new Set<string>();
    if (fuller.size === 1 && (times.get(first) ?? 0) >= 2)
      map.set([...fuller][0] ?? '', keyOf(first));
  }
  // A transcript naming each speaker in full at their first turn, then by first name alone
  // ("Ruth Okafor:" once, then "Ruth:"): one speaker, where the full name comes
  // before any "Ruth:" and no other full name opens with it. (A host "John:" who spoke before
  // the guest "John Smith:" came in stays another speaker.)
  for (const label of distinct) {
    const first = label.split(/\s+/u)[0] ?? '';
    if (map.has(label) || first === label || !/^\p{Lu}\p{Ll}+$/u.test(first)) continue;
    const fuller = opening.get(first) ?? new Set<string>();
    const at = firstAt.get(label) ?? -1;
    const alone = times.get(first) ?? 0;
    if (
      fuller.size === 1 &&
      lastAt.get(label) === at &&
      alone >= 1 &&
      (firstAt.get(first) ?? -1) > at
    )
      map.set(label, keyOf(first));
  }
  // A name shortened after its first use, its letters in order from its first: "CY:" after "Cyprian
  // Wolak:", "B i S:" after "Bartek i Szymon:" (two capitals or more, one such name only). Not a
  // name it speaks next to ("SE:" answering "Sam Rivers:"), nor one its own initials shorten ("SR:").
  // Looked up, not searched: whom each label is said next to, the full names by their first
  // letter (thousands of short labels were each tried on every turn of every full name).
  const besideOf = new Map<string, Set<string>>();
  said.forEach((label, i) => {
    const near = besideOf.get(label) ?? new Set<string>();
    for (const next of [said[i - 1], said[i + 1]]) if (next !== undefined) near.add(next);
    besideOf.set(label, near);
  });
  const keysOf = new Map<string, Set<string>>();
  for (const l of labels) keysOf.set(l.label, (keysOf.get(l.label) ?? new Set()).add(l.key));
  const byInitial = new Map<string, string[]>();
  for (const name of distinct) {
    if (!name.includes(' ')) continue;
    const initial = String.fromCodePoint(name.codePointAt(0) ?? 0);
    const fuller = byInitial.get(initial) ?? [];
    fuller.push(name);
    byInitial.set(initial, fuller);
  }
  const initialed = (name: string) =>
    times.has(
      name
        .split(/\s+/u)
        .map((w) => w.charAt(0).toUpperCase())
        .join(''),
    );
  for (const label of distinct) {
    const letters = label.replace(/\s/gu, '');
    if (map.has(label) || !/^(?=(?:\p{Ll}?\p{Lu}){2})\p{L}{2,4}$/u.test(letters)) continue;
    const abbreviates = new RegExp(`^${[...letters].join('.*')}`, 'iu');
    const opens = new RegExp(`^${[...letters][0] ?? ''}$`, 'iu');
    const names = new Set<string>();
    for (const [initial, fuller] of byInitial) {
      if (!opens.test(initial)) continue;
      for (const name of fuller)
        if (
          name !== label &&
          abbreviates.test(name) &&
          !besideOf.get(label)?.has(name) &&
          !initialed(name)
        )
          for (const key of keysOf.get(name) ?? []) names.add(key);
      // (Only one such name counts: a second ends the search.)
      if (names.size > 1) break;
    }
    if (names.size === 1) map.set(label, [...names][0] ?? '');
  }
  return map;
}

/**
 * Names misspelt once, their last word a letter short or over ("Taika Waitit:" once among
 * "Taika Waititi:"), each with the label it misspells, said twice or more. Not where the misspelt
 * key comes back too (two people), nor in short keys ("Li", "Lin"), nor in a name of one word:
 * "Paul:" once among "Paula:" is her brother.
 */
function misspeltLabels(paragraphs: readonly SourceParagraph[]): Map<string, string> {
  const said = paragraphs.flatMap((p) => labelOf(p.text) ?? []);
  const times = new Map<string, number>();
  for (const l of said) times.set(l.key, (times.get(l.key) ?? 0) + 1);
  // Each key said twice or more, with its first label, and by each form of it a letter short:
  // a key said once is looked up, not compared with every label (thousands of labels said once
  // were each compared with all).
  const firstLabel = new Map<string, string>();
  const shortened = new Map<string, Set<string>>();
  for (const m of said) {
    if ((times.get(m.key) ?? 0) < 2 || firstLabel.has(m.key)) continue;
    firstLabel.set(m.key, m.label);
    for (const form of letterShort(m.key))
      shortened.set(form, (shortened.get(form) ?? new Set()).add(m.key));
  }
  const map = new Map<string, string>();
  for (const l of said) {
    if (l.key.length < 4 || !/\s/u.test(l.label.trim()) || times.get(l.key) !== 1) continue;
    // The keys one letter over this one, and those one letter short of it.
    const meant = new Set(shortened.get(l.key));
    for (const form of letterShort(l.key)) if (firstLabel.has(form)) meant.add(form);
    const [key] = meant;
    if (meant.size === 1 && key !== undefined) map.set(l.label, firstLabel.get(key) ?? '');
  }
  return map;
}

/** A word with one letter left out, each way: "waititi" gives "aititi", …, "waitit". */
function letterShort(word: string): Set<string> {
  // (By UTF-16 unit, as the keys are compared.)
  return new Set(
    Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1)),
  );
}

/**
 * Label as a reader should see it: names in capitals become "Maiko", after a title too ("Mr.
 * FARLEY" is "Mr. Farley"); acronyms stay ("TCA").
 */
export function displayLabel(label: string): string {
  const title = /^\p{Lu}\p{Ll}{1,3}\.\s/u.exec(label)?.[0] ?? '';
  const name = label.slice(title.length);
  if (name !== name.toUpperCase() || name.replace(/[^\p{L}]/gu, '').length <= 4) return label;
  return (
    title +
    // Each word keeps its capital, the rest in lower case ("İ" lower-cased carries a dot that goes).
    name.replace(
      /(\p{L})(\p{L}*)/gu,
      (_, first: string, rest: string) => first + rest.toLowerCase().replace(/\u0307/gu, ''),
    )
  );
}
