// The guest of an interview whose answers carry no name: the person its title, intro or a
// caption names.

import { koreanInterviewGuest } from './korean-interview-guest';
import { escapeRegExp } from './escape-regexp';
import { namedAsInterviewee } from './guest-phrases';
import { findFullName } from './label-names';
import {
  CAP,
  DETERMINERS,
  NAME,
  TITLES,
  capitalised,
  isJobTitle,
  isNameLine,
  isNotAPerson,
  isTitleWord,
  withoutTitles,
} from './names';

// A photo's caption naming whom it shows, its credit after a stop: "University President Arthur
// Feldman. Photo courtesy of npu.edu.", "Coach Ann Lee. Photo: Tom Ray".
const CAPTIONED = new RegExp(
  `^((?:\\p{L}+ ){0,4}?)(${CAP}(?: ${CAP}){1,2})\\.\\s+(?:photo|image|picture|foto)s?\\b.{0,80}$`,
  'imu',
);

/**
 * The guest a photo's caption names, where nothing else does: the caption's title word (an
 * office, a trade: "President") is one the headline gives ("NPU president shares his thoughts on
 * anniversary"). A caption of someone else ("Library director Jo Lake. Photo …") shares none.
 */
export function captionedGuest(title: string, article: string): string | undefined {
  const headline = new Set(title.toLowerCase().split(/[^\p{L}]+/u));
  for (const line of article.split('\n')) {
    const match = CAPTIONED.exec(line);
    if (!match?.[2]) continue;
    const before = `${match[1] ?? ''}${match[2]}`.split(/\s+/u).map((w) => w.toLowerCase());
    const titled = before.filter((w) => w.length >= 4 && TITLES.has(w) && headline.has(w));
    if (titled.length > 0) return withoutTitles(match[2]);
  }
  return undefined;
}

/**
 * A name without the words before it that describe rather than name:
 * "Chef Tomas Berg" is "Tomas Berg" when the text also writes "chef" in
 * lower case (as it does a role, never a first name).
 */
function withoutRoleWords(name: string, corpus: string): string {
  const words = withoutTitles(name).split(/\s+/);
  while (words.length > 2) {
    const first = (words[0] ?? '').toLowerCase();
    // A body's acronym before the name is no part of it: "poslanec NR SR Marek Hudec". A club's
    // letters ("FC Porto") make a club's name, which firstNameIn passes over.
    const acronym = /^\p{Lu}{2,4}$/u.test(words[0] ?? '') && !CLUB.test(first);
    if (!TITLES.has(first) && !corpus.includes(first) && !acronym) break;
    words.shift();
  }
  return words.join(' ');
}

// The letters that open a sports club's name: "FC Porto", "AS Roma", "SL Benfica", "VfB Stuttgart".
const CLUB = /^(?:fc|cf|afc|sc|ac|as|sv|vfb|vfl|tsv|cd|ud|sl|sk|fk|bk|if|kv|rc)$/u;

// A team, club or firm put before its name after a preposition or an article: "za tým Pekárny
// Vlach" (for the team …), "for team Northside Bakers", "the club Atlético Sur". Not a role's
// genitive: "kapitán týmu Radek Kubíček" (the team's captain) names the captain.
const GROUP_BEFORE =
  /(?:^|[\s(])(?:za|pro|v|ve|do|proti|s|se|for|with|against|the|a|an|el|la|le|il|da|o)\s+(?:tým|týmu|týmem|klub|klubu|firma|firmu|firmy|společnost|team|club|company|firm|band|equipo|clube|equipe|squadra|équipe|drużyna|zespół)\s+$/iu;

/** The first person's name in a text, skipping `exclude` (the byline) and "Oceanographer Dr"-like pairs. */
function firstNameIn(
  text: string,
  corpus: string,
  exclude: readonly string[],
  title?: string,
): string | undefined {
  for (const match of text.matchAll(new RegExp(NAME, 'gu'))) {
    // An observance is no person: "World Humanitarian Day", "International Women's Day".
    if (/^(?:World|International|National|Global|Universal)\s.+\sDay$/u.test(match[0])) continue;
    // "I'm Daniel Weir": a host naming himself in the lead, not the guest.
    if (/^I['’]m\s/u.test(match[0])) continue;
    let name = withoutRoleWords(match[0], corpus);
    // After "to", "of", "in", a place comes first: "Ambassador to South Korea Gordon Pryce".
    if (/\b(?:to|of|in)\s$/u.test(text.slice(0, match.index)))
      name = name.split(' ').slice(-2).join(' ');
    if (title && !title.includes(name.split(' ').at(-1) ?? '')) continue;
    const words = name.toLowerCase().split(/\s+/);
    if (words.some((w) => TITLES.has(w.replace(/\.$/, '')))) continue;
    // A headline's "Interview With A Game Developer" names no one, nor a kicker's "Ten Questions".
    if (
      words.includes('interview') ||
      words.includes('questions') ||
      /\bAn? $/u.test(text.slice(0, match.index))
    )
      continue;
    // A sports club's name is no person's: "do treinador do FC Porto, Luca Ferrando".
    if (CLUB.test(words[0] ?? '') || isJobTitle(name) || isNotAPerson(name)) continue;
    if (GROUP_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    // A possessive is no part of a name: "Today's Market".
    if (words.some((w) => /['’]s$/u.test(w))) continue;
    // German capitalises nouns: "Die Städte" is no name.
    if (DETERMINERS.has(words[0] ?? '')) continue;
    if (exclude.some((other) => other.includes(name) || name.includes(other))) continue;
    return name;
  }
  return undefined;
}

/**
 * The person an intro or title says was interviewed: "spoke with NAME",
 * "interview with NAME", "NAME: …", else the first name the intro (or the
 * title) gives that is not the author's, one the headline names by surname first.
 */
export function findInterviewee(
  title: string,
  intro: string,
  exclude: readonly string[] = [],
  article = '',
): string | undefined {
  const corpus = `${title}\n${intro}`;
  // A class year vouches for a person before any headline pattern does ("Alumna Educator on …").
  const alumna = classYearName(intro, exclude);
  if (alumna) return alumna;
  const named = namedAsInterviewee(title, intro, article);
  // A profile's headline that is only a name, over a short line giving the role and where
  // ("Dana Whitcombe-Ross" / "Science Writer, Hollis Medical News"): that line's first words
  // are no name, a role ("… Writer"). Where they are a name, the headline is a column's
  // ("Member Spotlight" / "Jane Doe, Senior Engineer at …").
  const role = intro.split('\n')[0] ?? '';
  const headline = title.trim();
  if (
    named !== undefined &&
    role.startsWith(`${named},`) &&
    TITLES.has(named.split(/\s+/u).at(-1)?.toLowerCase() ?? '') &&
    / \S/u.test(headline) &&
    isNameLine(headline) &&
    !exclude.includes(headline) &&
    role.length <= 80 &&
    !/[.!?]$/u.test(role)
  )
    return headline;
  // A headline's title and surname ("Başkan Karaağaç: …") written out where the lead gives the
  // whole name ("Belediye Başkanı Mehmet Karaağaç").
  const [office = '', surname = '', ...more] = named?.split(' ') ?? [];
  const written =
    named && more.length === 0 && isTitleWord(office) ? findFullName(named, corpus) : undefined;
  if (written?.endsWith(` ${surname}`) && !isTitleWord(written.split(' ')[0] ?? '')) return written;
  if (named)
    return reposted(intro, article, named, exclude) ?? surnameCase(withoutRoleWords(named, corpus));
  const lines = title.split('\n').map((line) => line.trim());
  // A name a sentence of the lead gives ("Jane Doe joined the club in May."): the guest's where
  // a profile's headline is a firm's ("Arup" / "Graduate Structural Engineer"); and a kicker in
  // capitals ("COVER STORY") is then no name.
  const sentences = corpus.split('\n').filter((line) => /[.!]$/u.test(line));
  const lead = firstNameIn(sentences.join('\n'), corpus, exclude);
  const headed = profileHeadline(lines[0] ?? '', lines[1] || (intro.split('\n')[0] ?? ''), article);
  if (headed) return lead ?? headed;
  const capitals = capitalsName(lines.findLast(Boolean) ?? '', article);
  if (capitals && lines.length > 1 && !lead) return capitals;
  // First the one whose surname the headline gives ("Aydınlı'dan dikkat çeken açıklama").
  // A headline set in title case ("US Envoy Morrow Asks N. Korea to Act") runs names into words.
  // Not a kicker in capitals ("COVER STORY"): a name there is found after the lead's.
  const prose = intro
    .split('\n')
    .filter((line) => {
      const words = line.match(/\p{L}{3,}/gu) ?? [];
      return (words.length < 5 || words.some((w) => /^\p{Ll}/u.test(w))) && /\p{Ll}/u.test(line);
    })
    .join('\n');
  const found =
    firstNameIn(intro, corpus, exclude, title) ??
    firstNameIn(prose, corpus, exclude) ??
    firstNameIn(intro, corpus, exclude) ??
    firstNameIn(title, corpus, exclude);
  // Last, a first name alone after a place's quoted name: "Intervista allo Chef del ristorante “La
  // Loggia” Dario." (not before the lead's names: "Interview: the cast of “Harbour Lights” Tonight"
  // over "Anna Berg and Tom Lee star …").
  return found === undefined
    ? (KOREAN_NAMED.exec(intro)?.[1] ??
        koreanInterviewGuest(corpus) ??
        KOREAN_AGED.exec(intro)?.[1] ??
        QUOTED_FIRST.exec(corpus)?.[1] ??
        oneNameLead(intro, article, exclude))
    : surnameCase(found);
}

// A name with a class year after it, as a college writes its alumni ("Keisha Rowe ’13 teaches
// …", "Dana Ortiz '08"): a person, whom a headline's role words ("Alumna Educator on …") only
// describe. Not a thing the article's "The" starts ("The Boston Marathon ’13").
const CLASS_YEAR = new RegExp(`(?<![\\p{L}])(${NAME}) [’'‘]\\d{2}(?![\\d\\p{L}])`, 'u');

function classYearName(intro: string, exclude: readonly string[]): string | undefined {
  const name = CLASS_YEAR.exec(intro)?.[1];
  if (!name || /^the\s/iu.test(name) || exclude.includes(name) || isNotAPerson(name))
    return undefined;
  return withoutTitles(name);
}

// A lead opening on one name set off by commas: "Rituparna, our speaker today, is …".
const ONE_NAME_LEAD = /^(\p{Lu}\p{Ll}{2,}), [^,.]{3,60}, \p{Ll}/mu;

/**
 * A guest known by one name only, which the lead opens on and the page says again inside a
 * sentence ("the conversation Rituparna had", "How does a day in Rituparna's life look?"). An
 * opening word that is no name ("Yesterday, in our Twitter space, she …") is not written with a
 * capital inside a sentence, or is written in lower case too.
 */
function oneNameLead(
  intro: string,
  article: string,
  exclude: readonly string[],
): string | undefined {
  const name = ONE_NAME_LEAD.exec(intro)?.[1];
  if (!name || exclude.includes(name) || isNotAPerson(name) || writtenInLowerCase(name, article))
    return undefined;
  // Not after a word that puts a place there: "I came for a year in Berlin" (Berlin, …, is …).
  const inside = new RegExp(`(\\p{L}*\\p{Ll}),? ${escapeRegExp(name)}(?!\\p{L})`, 'gu');
  const said = [...article.matchAll(inside)].some(([, before = '']) => !PLACE_BEFORE.test(before));
  return said ? name : undefined;
}

const PLACE_BEFORE = /^(?:in|at|from|to|into|near|around|across|outside|through|via|of)$/iu;

const QUOTED_FIRST = new RegExp(`^(?:[Ii]ntervist|[Ii]nterview).*[”"»] (${CAP})\\.?$`, 'mu');

/**
 * A repost's lead naming who asked and for whom: "Novelist Hanna Osei talked to Donna Chavez at
 * Publishers Weekly": the one talked to is the magazine's interviewer where the article names her
 * nowhere else and names the subject again (the headline, a link back). Else the one talked to,
 * and always where the subject is the page's reporter: "Our reporter Jane Doe talked to Omar
 * Reyes at the Fairbanks plant", her name again in the byline or a bio ("Jane Doe is a staff
 * writer at the Courier.").
 */
function reposted(
  intro: string,
  article: string,
  named: string,
  bylines: readonly string[],
): string | undefined {
  const match = new RegExp(
    `(${NAME})\\s+(?:spoke|talked|sat down)\\s+(?:with|to)\\s+(${NAME})\\s+(?:at|of|for|from)\\s+(?:the\\s+)?\\p{Lu}`,
    'u',
  ).exec(intro);
  const [, subject = '', object = ''] = match ?? [];
  const uses = (name: string) => article.split(name).length - 1;
  // Its words the article writes again: "Hanna Osei" of "Novelist Hanna Osei".
  const words = subject.split(/\s+/u);
  const who = words
    .map((_, i) => words.slice(i).join(' '))
    .find((n) => / /u.test(n) && uses(n) >= 2);
  const surname = object.split(/\s+/u).at(-1) ?? object;
  const writes = (name: string) =>
    bylines.includes(name) ||
    new RegExp(
      `(?:^|\\n)${escapeRegExp(name)} is an? (?:\\p{Ll}+ ){0,3}${REPORTER_WORDS}\\b`,
      'u',
    ).test(article);
  // The one talked to is the page's own reporter, its byline or a bio's: the subject is the guest
  // ("By Donna Chavez" over "Novelist Hanna Osei talked to Donna Chavez at Publishers Weekly").
  if (who && object === named && writes(object) && !writes(who)) return who;
  if (!who || object !== named || uses(surname) !== 1 || writes(who)) return undefined;
  // "Our reporter Jane Doe", "Reporter Jane Doe": the words before her name.
  const before = `${intro.slice(0, match?.index ?? 0)}${subject.slice(0, -who.length)}`;
  return REPORTER.test(before) ? undefined : who;
}

// Who writes for the page: "Our reporter Jane Doe", "Jane Doe is a staff writer at …".
// Not "writer" alone, a novelist's ("Hanna Osei is a writer and teacher in Providence.").
const REPORTER_WORDS =
  '(?:reporter|journalist|correspondent|columnist|(?:staff|contributing|freelance) (?:writer|editor))';
const REPORTER = new RegExp(`\\b${REPORTER_WORDS}\\s*$`, 'iu');

// Korean writes no capitals: a campus paper names a person by a name of two to four syllables, a
// title and their department in brackets, as a photo's caption does ("당선자 한서윤
// 학생(국어국문학과 3)", student; "교수", professor). A reporter's "기자" byline is no such title, nor
// is one followed by "의" ("김민수 교수(국어국문학과)의 지도를 받은 …", under the professor's guidance).
const KOREAN_NAMED =
  /(?<![\p{Script=Hangul}])(\p{Script=Hangul}{2,4}) (?:학생|교수|씨|작가|선수|감독)\s?[(（][^)）]*[)）](?!의)/u;

// A Korean paper's reader or passer-by: a name, then age and district in brackets
// ("박하늘(23·서울 마포구) 독자"); not where "의" follows (someone of theirs is meant).
const KOREAN_AGED =
  /(?<![\p{Script=Hangul}])(\p{Script=Hangul}{2,4})[(（]\d{1,3}[·ㆍ,][^)）]*[)）](?!의)/u;

// The last word of a line that gives a post, not a name: "Front Desk Volunteer".
const ROLE_END =
  /(?:volunteer|coordinator|manager|officer|assistant|engineer|director|writer|editor|student|teacher|founder)$/iu;

/** Whether the article writes a word in lower case, as it does a common word and never a name. */
function writtenInLowerCase(word: string, article: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}])`, 'u').test(
    article,
  );
}

/**
 * A profile headed by a first name alone over its role line ("Hollis" / "Front Desk
 * Volunteer"): the name is the guest, the role no name. A column's one-word headline
 * ("Spotlight") is a word the article also writes in lower case, or a menu's.
 */
function profileHeadline(headline: string, role: string, article: string): string | undefined {
  return new RegExp(`^${CAP}$`, 'u').test(headline) &&
    role.length <= 60 &&
    ROLE_END.test(role) &&
    // A post in title case, not a sentence ("Our new Volunteer Coordinator" under "Introducing").
    !/^(?:our|the|an?|meet|your)\s/iu.test(role) &&
    !/\s\p{Ll}/u.test(role.replace(/\s(?:of|and|for)(?=\s)/gu, '')) &&
    !TITLES.has(headline.toLowerCase()) &&
    !writtenInLowerCase(headline, article)
    ? headline
    : undefined;
}

/**
 * A name set in capitals with what follows it on the line just above the first question, a
 * magazine's "HANNAH BRIERLEY SUNDERLAND" (name and club): the first two words, where the
 * article never writes either in lower case (a topic's "THE EARLY YEARS" it does). It names the
 * guest before a name alone on a line of the intro, which is the writer's credit there.
 */
function capitalsName(line: string, article: string): string | undefined {
  // A music blog's "ADRIAN VOSS w/ MOON TIDE": the name, then with his band.
  const words = line.replace(/(?<!\s)\s+w\/\s.*$/u, '').split(/\s+/u);
  if (words.length < 2 || words.length > 4) return undefined;
  if (!words.every((w) => /^\p{Lu}{2,}$/u.test(w))) return undefined;
  const name = words.slice(0, 2);
  return name.some((w) => TITLES.has(w.toLowerCase()) || writtenInLowerCase(w, article))
    ? undefined
    : name.map(capitalised).join(' ');
}

/**
 * Headlines set the surname in capitals ("Руслан ДАНИЛОВ: «…»"): where a name
 * mixes a written-case word with capitals, the capitals are written as a name
 * ("Руслан Данилов"). A name all in capitals, or with initials, is left alone.
 */
function surnameCase(name: string): string {
  const all = name.split(' ');
  const mixed = all.some((w) => /\p{Ll}/u.test(w));
  if (!mixed) return name;
  // An organisation's acronym before a full name is none of it: "(секретарь) РФС Денис Захарченко".
  const acronym =
    all.length >= 3 &&
    /^\p{Lu}{2,5}$/u.test(all[0] ?? '') &&
    all.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const words = acronym ? all.slice(1) : all;
  return words
    .map((w) =>
      w.length >= 3 && w === w.toUpperCase() && /\p{Lu}{3}/u.test(w) ? capitalised(w) : w,
    )
    .join(' ');
}
