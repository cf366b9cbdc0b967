// Finding people and publications named in an article's title and intro.

import { escapeRegExp } from './escape-regexp';
import { parseDateLine } from './dates';

const PARTICLE = '(?:de|da|di|du|van|von|der|den|del|la|le|al|el|bin|ibn|ter|ten)';
// A word of a name ends with a letter: "Cellblock'" closes a quote.
const CAP = "[\\p{Lu}][\\p{L}\\p{M}’'\\-]*[\\p{L}\\p{M}]";
// A word's first capital: a capitalised word searched for in a text is tried there only (a match
// at a later capital of the word implies one there), not at each letter of a long word in
// capitals, running to its end each time (a title of 10,000 capitals took 1.1 s, 100,000 over 120).
const FIRST_CAPITAL = "(?=\\p{Lu})(?<!\\p{Lu}[\\p{L}\\p{M}’'\\-]*?)";
/** Two to four capitalised words, particles allowed: "Viktor Maiko", "Ursula von der Leyen". */
const NAME = `${FIRST_CAPITAL}${CAP}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)*${CAP}){1,3}`;

// Words that precede a name without being part of it.
const TITLES = new Set(
  (
    'ambassador president minister prime deputy foreign mr mrs ms dr professor prof ' +
    'general senator governor chairman chairwoman ceo mayor secretary director author ' +
    'artist writer sir dame lord lady the ukrainian premier chancellor king queen ' +
    'prince princess judge justice rabbi imam father sister coach captain chief ' +
    'editor vice former mp kazakh american british french german russian chinese ' +
    'bupati walikota gubernur menteri camat bapak ibu pak bu ' +
    // A British councillor's title, written out or cut: "Cllr Owen Hartley"; a minister's
    // "The Rt Hon …" ("Hon" alone is HON below).
    'cllr councillor councilor honourable honorable rt spokesman spokeswoman spokesperson ' +
    // German offices: "Bundespräsident Frank-Walter Steinmeier".
    'bundespräsident bundespräsidentin bundeskanzler bundeskanzlerin bundesminister ' +
    'bundesministerin ministerpräsident ministerpräsidentin präsident präsidentin ' +
    'bürgermeister bürgermeisterin ' +
    // A guest's trade before the name, as German, Russian and Ukrainian leads write it
    // ("Stadtplanerin Jana Keller", "Актриса Марина Белозерова", "Лікарка Ірина Коваль").
    'stadtplanerin stadtplaner architektin architekt schauspielerin schauspieler sängerin sänger ' +
    'regisseurin regisseur autorin trainerin lehrerin lehrer ärztin arzt politikerin politiker ' +
    'journalistin musikerin musiker künstlerin künstler ' +
    'актриса актер актёр певица певец писатель писательница режиссер режиссёр журналистка ' +
    'тренер врач художник художница лікарка лікар акторка актор співачка співак письменниця ' +
    'письменник режисерка режисер журналістка тренерка художниця ' +
    // Honorifics in Spanish, Italian, French, Dutch and German ("el Señor Julián Pereda Alonso").
    'señor señora señorita sr sra srta signor signora sig dott dottor dottoressa monsieur ' +
    'madame mme meneer mevrouw herr frau ' +
    // Turkish offices: "Belediye Başkanı Mehmet Karaağaç" (the mayor), "Başkan Karaağaç".
    'başkan başkanı belediye bakan bakanı vali ' +
    // A guest's trade as Dutch leads write it ("Presentatrice Anouk de Wit (41) …").
    'presentator presentatrice schrijver schrijfster acteur actrice zanger zangeres ' +
    'regisseur journalist burgemeester burgervader wethouder voorzitter directeur ' +
    'ontwerper fotograaf kunstenaar kunstenares'
  ).split(' '),
);

// A trade made with "-maker", in Dutch and English alike ("Radiomaker Joost Verhaar",
// "Filmmaker Ana Ruiz"): no given name ends so.
const MAKER = /^\p{L}{2,}maker$/u;

// A closing line crediting the interviewer(s): "Die Fragen stellte Evi Seibert.", "Das Gespräch
// führten A und B.", "Interview conducted by …", "Entrevista realizada por …", "Propos recueillis
// par …", "Intervista a cura di …".
const CREDIT = new RegExp(
  `^(?:Die Fragen stellten?|Das (?:Interview|Gespräch) führten?|Interview(?: was)? conducted by|` +
    `Entrevista realizada por|Propos recueillis par|Intervista a cura di)\\s+` +
    `(${NAME}(?:\\s+(?:und|and|et|y|e)\\s+${NAME})?)\\.?$`,
  'u',
);

/** The interviewers a closing credit line names, or undefined for any other line. */
export function interviewCredit(text: string): string[] | undefined {
  const names = CREDIT.exec(text.trim())?.[1];
  return names?.split(/\s(?:und|and|et|y|e)\s/u).map((name) => name.trim());
}

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

/** A title or role one is addressed by, alone: "Mayor", "Senator", "Coach", "Dr." (TITLES). */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/u, ''));
}

// Hindi words before a name that are no part of it: "a", "young", "famous", "senior", and roles
// (writer, poet, actor, actress, singer, artist, leader, player, director, journalist, people).
const HINDI_ROLE =
  '(?:एक|युवा|मशहूर|प्रसिद्ध|वरिष्ठ|लेखक|लेखिका|लेखकों|कवि|कवयित्री|अभिनेता|अभिनेत्री|गायक|गायिका|कलाकार|कलाकारों|नेता|खिलाड़ी|निर्देशक|पत्रकार|आम|लोगों)';

const DETERMINERS = new Set('die der das den dem des ein eine la le les el los il lo'.split(' '));

const CONNECTORS = new Set('of and the for de du la le & on in'.split(' '));

/** A word in capitals as a name writes it: "MAIKO" is "Maiko", Turkish "SELİM" is "Selim". */
function capitalised(word: string): string {
  // Lower case of "İ" is "i" and a combining dot above: the dot goes.
  return (
    word.charAt(0) +
    word
      .slice(1)
      .toLowerCase()
      .replace(/\u0307/gu, '')
  );
}

/**
 * A name without the titles before it: "Ambassador Viktor Maiko" → "Viktor Maiko", "President-elect
 * Mark Schindler" → "Mark Schindler".
 */
export function withoutTitles(name: string): string {
  const words = name.split(/\s+/);
  // A questionnaire column's name opening the lead, the publication's name after it in the
  // genitive ("Kwestionariusz Przeglądu Henryk Wiśniewski, trener …"): neither is the guest's.
  // (A guest of three names after the series' word alone would lose the first.)
  if (words.length >= 3 && QUESTIONNAIRE.test(words[0] ?? '')) {
    words.shift();
    if (words.length >= 3) words.shift();
  }
  let before = '';
  while (words.length > 2) {
    const word = words[0] ?? '';
    const bare = word
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/-(?:elect|designate)$/, '');
    if (
      !TITLES.has(bare) &&
      !MAKER.test(bare) &&
      !(bare === 'hon' && (HON.test(before) || word.endsWith('.')))
    )
      break;
    before = bare;
    words.shift();
  }
  return words.join(' ');
}

const QUESTIONNAIRE =
  /^(?:kwestionariusz|questionnaire|fragebogen|cuestionario|questionário|questionario|dotazník|анкета)$/iu;

// "Hon" is a minister's title after "The" or "Rt" ("The Hon Julie Collins"), or written "Hon.";
// alone it may be a Cantonese surname ("Hon Kwok Wing").
const HON = /^(?:the|rt)$/u;

/**
 * The full name of a speaker known by a label such as "Ambassador Maiko" or
 * "MAIKO": the name ending with the label's last word that the text uses most
 * often ("Yesterday Viktor Maiko said" also counts as "Viktor Maiko").
 */
export function findFullName(label: string, corpus: string): string | undefined {
  // A Japanese surname label ("森川") is written out with the given name before an honorific or
  // the name's reading in brackets: "森川洋一さん", "森川洋一(もりかわよういち)".
  // With its honorific ("北村さん") it is the same surname.
  const surnameOnly = label.replace(/(?:さん|氏)$/u, '');
  if (/^\p{Script=Han}{1,4}$/u.test(surnameOnly)) {
    const given = new RegExp(
      `${escapeRegExp(surnameOnly)}\\p{Script=Han}{1,3}(?=さん|氏|[(（])`,
      'gu',
    );
    return [...corpus.matchAll(given)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0];
  }
  const last = label.split(/\s+/).at(-1);
  if (!last || last.length < 2) return undefined;
  // A label that is an office alone ("PRIME MINISTER:") names whoever the text puts after it
  // ("Prime Minister Tom Hargreaves"), never another holder of a title ("the Defence Minister").
  if (label.split(/\s+/).every((w) => TITLES.has(w.toLowerCase().replace(/\.$/u, '')))) {
    const office = label
      .split(/\s+/)
      .map((w) => escapeRegExp(w === w.toUpperCase() ? capitalised(w) : w))
      .join('[ \\t]+');
    // Or before it, set off by a comma: "Stéphane Dujarric, Spokesman for the Secretary-General".
    const named = new RegExp(
      `(?<![\\p{L}])${office}[ \\t]+(${NAME})|(${NAME}),[ \\t]+(?:the[ \\t]+)?${office}(?![\\p{L}])`,
      'gu',
    );
    const names = [...corpus.matchAll(named)].map((m) => withoutTitles(m[1] ?? m[2] ?? ''));
    const holder = names.find((name) => !isTitleWord(name.split(' ')[0] ?? ''));
    // One word may be a surname as well as a title or trade ("JUDGE:" for Mike Judge, "LEHRER:"
    // for Tom Lehrer): with no holder of that office in the text, it is read as a surname.
    if (holder || label.includes(' ')) return holder;
  }
  // "MAIKO" is written "Maiko" in running text.
  const surname = last === last.toUpperCase() ? capitalised(last) : last;
  // Initials count as words: "Home Minister V Raghavan".
  const pattern = new RegExp(
    `(?:(?:${CAP}|\\p{Lu}\\.?)[ \\t]+(?:${PARTICLE}[ \\t]+)*){1,3}${escapeRegExp(surname)}(?![\\p{L}])`,
    'gu',
  );
  const counts = new Map<string, number>();
  // A one-word label may be a first name ("Jonas:", "Heiko:"): "Jonas Brand" counts too; so may
  // a title's ("Bupati Dewi:" is "Dewi Anggraini").
  const titled = label
    .split(/\s+/)
    .slice(0, -1)
    .every((w) => TITLES.has(w.toLowerCase()));
  if (titled) {
    const forward = new RegExp(
      `(?<![\\p{L}])${escapeRegExp(surname)}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)*${CAP}){1,2}`,
      'gu',
    );
    for (const match of corpus.matchAll(forward)) {
      // Written whole after the label's title ("Ms Lim Siew Ling" for "Ms Lim:"), a name of three
      // words stays whole; else its first two ("Bupati Dewi:" is "Dewi Anggraini").
      const whole =
        label.includes(' ') &&
        corpus.includes(`${label} ${match[0]}`.replace(/^(\S+ )\S+ /u, '$1'));
      const name = match[0]
        .split(/[ \t]+/)
        .slice(0, whole ? 3 : 2)
        .join(' ');
      const second = (name.split(' ')[1] ?? '').toLowerCase();
      if (!TITLES.has(second) && !DETERMINERS.has(second))
        counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  for (const match of corpus.matchAll(pattern)) {
    const words = match[0].split(/[ \t]+/);
    for (let start = 0; start < words.length - 1; start += 1) {
      const name = withoutTitles(words.slice(start).join(' '));
      const first = (name.split(' ')[0] ?? '').toLowerCase().replace(/\.$/, '');
      // Not from a particle: "Bill de Blasio", not "de Blasio" (every use of one is the other's).
      if (name.includes(' ') && !TITLES.has(first) && !/^\p{Ll}/u.test(name))
        counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  // Between a title and a given name a place may come ("Bupati Telukwangi Dewi Anggraini"): a
  // word before the name that the text also uses on its own (a dateline's "TELUKWANGI -" too) is
  // no part of it, where a name after it is.
  const solo = (word: string) =>
    (corpus.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'giu')) ?? [])
      .length -
    (
      corpus.match(
        new RegExp(`${escapeRegExp(word)}[ \\t]+${escapeRegExp(surname)}(?![\\p{L}])`, 'gu'),
      ) ?? []
    ).length;
  const forward = [...counts.keys()].some((name) => name.startsWith(`${surname} `));
  if (label.includes(' ') && titled && forward)
    for (const name of [...counts.keys()]) {
      const before = name.split(' ');
      if (before.at(-1) === surname && before.length === 2 && solo(before[0] ?? '') > 0)
        counts.delete(name);
    }
  return [...counts].sort(([a, m], [b, n]) => n - m || a.length - b.length)[0]?.[0];
}

/**
 * The full name behind a label of initials, "CG" for "Claude Garnier", when
 * the text (answers included: "je m'appelle Claude Garnier") names exactly one
 * person with those initials.
 */
export function nameForInitials(written: string, text: string): string | undefined {
  // In a script without capitals each initial is a letter and its marks: "सु. रा." for "सुनीता राय".
  const parts = written.split(/[.\s]+/u).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => /^\p{Lo}\p{M}*$/u.test(p))) {
    const words = text.split(/[\s,.|।"“”()–-]+/u);
    const runs = new Set(
      words
        .map((_, i) => words.slice(i, i + parts.length))
        .filter((run) =>
          run.every((w, j) => w.length > (parts[j]?.length ?? 0) && w.startsWith(parts[j] ?? ' ')),
        )
        .map((run) => run.join(' ')),
    );
    return runs.size === 1 ? [...runs][0] : undefined;
  }
  // "M.T." and "E. G" are initials too.
  const label = written.replace(/[.\s]/gu, '');
  // "MtH" for "Marisol ter Horst", "AvdK" for "Anna van der Kamp": a particle's letter in lower case.
  const mixed = /^\p{Lu}\p{Ll}{1,2}\p{Lu}$/u.test(label);
  if (!/^\p{Lu}{2,3}$/u.test(label) && !mixed) return undefined;
  const found = new Set<string>();
  const particle = new RegExp(`^${PARTICLE}$`, 'u');
  for (const match of text.matchAll(new RegExp(NAME, 'gu'))) {
    const name = withoutTitles(match[0]);
    const words = name.split(/\s+/u).filter((w) => mixed || !particle.test(w));
    if (words.map((w) => w.charAt(0)).join('') === label) found.add(name);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** What follows a name in apposition: "Viktor Maiko, Ukraine’s Ambassador to Kazakhstan, about…" gives the role. */
export function findRole(name: string, corpus: string): string | undefined {
  const match = new RegExp(
    `${escapeRegExp(name)},\\s+([^,;.()]{3,90}?)(?:,|;|\\.|\\)|\\s+(?:about|on|who|said|says|told)\\s|$)`,
    'mu',
  ).exec(corpus);
  const role = match?.[1]?.trim();
  // A role describes in a few words; it does not start a new clause ("and the",
  // "who said", "as well as"), one word ("transcript") is rarely a role, and names in a
  // list ("Hiroshi Kitano and Yuki Fukuda") are other people.
  return role &&
    role.includes(' ') &&
    /^[\p{Lu}\p{Ll}]/u.test(role) &&
    !/^(?:and|but|who|which|he|she|they|as well as)\b/i.test(role) &&
    !new RegExp(`^${NAME}(?: and ${NAME})?$`, 'u').test(role)
    ? role
    : undefined;
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
    if (!TITLES.has(first) && !corpus.includes(first)) break;
    words.shift();
  }
  return words.join(' ');
}

/**
 * The name an intro gives a label in brackets: "we caught up with Harvey (H) and Adam (A)"
 * makes "H:" Harvey and "A:" Adam.
 */
export function nameGivenFor(label: string, corpus: string): string | undefined {
  const given = new RegExp(
    `(\\p{Lu}[ \\t]+)?(${NAME}|${FIRST_CAPITAL}${CAP})\\s*\\(${escapeRegExp(label)}\\)`,
    'u',
  );
  const match = given.exec(corpus);
  // A one-letter word before the name is part of it where the initials count it: "I Ketut Darma
  // (IKD)", a Balinese name.
  const full = `${match?.[1] ?? ''}${match?.[2] ?? ''}`;
  const initials = full.split(/\s+/u).map((w) => w.charAt(0));
  return match?.[1] && initials.join('') === label ? full : match?.[2];
}

// The letters that open a sports club's name: "FC Porto", "AS Roma", "SL Benfica", "VfB Stuttgart".
const CLUB = /^(?:fc|cf|afc|sc|ac|as|sv|vfb|vfl|tsv|cd|ud|sl|sk|fk|bk|if|kv|rc)$/u;

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

// Words of a job's title, never of a person's name: "Senior Software Engineer, Amsterdam" under a
// firm's profile's headline is the guest's role.
const JOB_WORDS = new Set(
  (
    'senior junior lead principal staff engineer developer designer manager analyst ' +
    'consultant specialist scientist architect officer assistant associate intern'
  ).split(' '),
);

function isJobTitle(name: string): boolean {
  return name.split(/\s+/u).some((word) => JOB_WORDS.has(word.toLowerCase()));
}

function namedAsInterviewee(title: string, intro: string, article = ''): string | undefined {
  // A headline's "Professor Profile: Martin Hale" is a series' name, perhaps heading related
  // links the same way: a guest's "NAME: …" comes back in the article without a colon after it,
  // if only by surname ("Jana Keller: …" / "Keller talked to us …").
  const comesBack = (name: string) => {
    const surname = name.split(/\s+/u).at(-1) ?? name;
    const word = new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})(?!\\s*[:：])`, 'u');
    return article === '' || word.test(article);
  };
  // Twice: the headline's own words are in the article too.
  const comesBackTwice = (name: string) => {
    const surname = name.split(/\s+/u).at(-1) ?? name;
    const word = new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})(?!\\s*[:：])`, 'gu');
    return (article.match(word) ?? []).length >= 2;
  };
  const headlineName = new RegExp(`^(${NAME})\\s*:`, 'u');
  // "Name, role …", or one name when a role and a quote follow: 'Toni, entrenador de los
  // lobos: "siempre quiero ganar".'
  const nameThenRole = new RegExp(`^(${NAME}|${CAP}(?=,\\s+\\p{Ll}[^:]{2,60}:)),`, 'u');
  const patterns = [
    // A profile line: "Nome: Rui Tavares".
    new RegExp(`(?:^|\\n)(?:Nome|Name|Nom|Nombre)\\s*:\\s*(${NAME})`, 'u'),
    // One who spoke with the paper ("University President-elect Mark Schindler spoke with The
    // Daily"): the guest is the one who spoke, the last two or three of their capitalised words.
    new RegExp(
      `(?<![\\p{L}-])(${CAP}(?:[ \\t]+${CAP}){1,2})\\s+(?:spoke|talked|sat down)\\s+(?:with|to)\\s+The\\s+\\p{Lu}`,
      'u',
    ),
    new RegExp(`(?:spoke|talked|speaks|talks|sat down|met)\\s+(?:with|to)\\s+(${NAME})`, 'u'),
    // French "a eu la chance de rencontrer Julien Marchetti", "nous avons interrogé …"; not a
    // lead's "Hugo Lambert a rencontré Karim Benzema à quinze ans" (someone else he met).
    new RegExp(
      `(?:(?:de|d[’']|pu)\\s*(?:rencontr|interrog|interview)er|(?:avons|ai)\\s+(?:rencontr|interrog|interview)ée?)\\s+(${NAME})`,
      'u',
    ),
    // "Interview with", its "with" in the languages interviews reach us in, and a
    // transcript's lead-in before the first question: "Parole à Moana Tehiva :".
    new RegExp(
      `(?:[Ii]nterview(?:ed|s)?|[Ii]ntervju|[Pp]arole)\\s+(?:(?:[Ww]ith|w/|mit|med|avec|con|con la|con el|à|с|з|bilan)\\s+)?(${NAME})`,
      'u',
    ),
    // A headline "Interview – NAME : « … »" (French radio's and papers' way), "INTERVIEW - NAME:".
    new RegExp(`(?:^|\\n)(?:[Ii]nterview|INTERVIEW)\\s+[–—-]\\s+(${NAME})\\s*:`, 'u'),
    // A headline naming one by a single name or nickname: "Intervju med Sparrow", "Interview with Sparrow".
    new RegExp(`^(?:[Ii]nterview|[Ii]ntervju)\\s+(?:[Ww]ith|w/|mit|med|avec)\\s+(${CAP})$`, 'mu'),
    // Portuguese and Spanish "Entrevista com/con", a role in lower case between: "Entrevista com o
    // meia Caíque Moura" (the midfielder), "Entrevista con la entrenadora Lucía Ferrer".
    new RegExp(`[Ee]ntrevista\\s+(?:com|con)\\s+(?:\\p{Ll}+\\s+){0,2}(${NAME})`, 'u'),
    // "Q&A with …", "Q & A: new rugby captain Will Barnes", "5 vragen aan Ruud Kramer", Swedish
    // "Sju frågor till …".
    new RegExp(
      `(?:[Cc]onversation|[Cc]hat|[Tt]alk|Q&A|Q & A|[Qq]uestions|[Vv]ragen|[Ff]ragen|[Ff]rågor)(?:\\s+(?:[Ww]ith|[Ff]or|to|aan|an|till)|\\s*:)\\s+(?:\\p{Ll}+\\s+){0,3}(${NAME})`,
      'u',
    ),
    headlineName,
    // An Arabic press conference of a coach, "مؤتمر لويس مارين قبل مباراة …" (a script without
    // capitals: two words, not a press conference's "صحفي", an article's "ال" or a role first:
    // "مؤتمر مدرب الأهلي قبل …", Al Ahly's coach; "رئيس النادي", the club's president).
    /(?<!\p{L})(?:مؤتمر|حوار مع) ((?!ال|صحفي|مدرب|رئيس|لاعب|مدير|وزير|نجم|قائد)\p{L}+ \p{L}+) (?:قبل|بعد|مدرب)/u,
    // Hindi: "… सुमन त्रिपाठी से बातचीत" (a conversation with), the name's two words before "से";
    // the last such line, the post's own title (a blog's tagline may say it too). Neither word
    // a role or a description: "एक युवा लेखिका से बातचीत" (with a young writer) names no one.
    // (Anchored: the last such line is the same from the start, and a text without one is read
    // once, not once from each of its characters.)
    new RegExp(
      `^[\\s\\S]*(?<!\\S)((?!(?:\\S+\\s)?${HINDI_ROLE}\\s)\\p{Script=Devanagari}+\\s\\p{Script=Devanagari}+)\\sसे\\s(?:ख़?ास\\s)?(?:बातचीत|साक्षात्कार)`,
      'u',
    ),
    // A Hindi headline's "… कैप्टन ऑलिवर ब्रूक्स बोले- …" (NAME said): the two words before "बोले"
    // or "बोलीं", neither a role nor a description.
    new RegExp(
      `(?<!\\S)((?!(?:\\S+\\s)?${HINDI_ROLE}\\s)\\p{Script=Devanagari}{2,20}\\s\\p{Script=Devanagari}{2,20})\\s(?:बोले|बोलीं)[-–—:]`,
      'u',
    ),
    // The first section's heading, a guest's name closed by a colon: "Colin Marsh:".
    new RegExp(`\\n(${NAME}):$`, 'u'),
    new RegExp(`^(${NAME})\\s+(?:on|talks|speaks|says|about|explains|answers)\\b`, 'u'),
    nameThenRole,
  ];
  // A nickname in quotes between the first name and the surname is none of the name: 'Jonas
  // "JonteK" Karlsson'.
  const nickname = /(?<=\p{Ll}) ["“„'‘][^"”“'’\s]{2,20}["”“'’](?= \p{Lu}\p{Ll})/gu;
  for (const text of [intro, title].map((t) => t.replace(nickname, ''))) {
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      const name = match?.[1];
      // An outlet is no guest: "a one-on-one interview with WBKR News" in the lead, where the
      // headline says "… interview with Governor Daniel Whitcomb".
      if (!match || !name || isJobTitle(name) || isNotAPerson(name)) continue;
      if (pattern === nameThenRole) {
        // A dateline's place is no one: "Hong Kong, 3 May 2024".
        const rest = (text.slice(match.index + match[0].length).split('\n')[0] ?? '').trim();
        if (parseDateLine(rest)) continue;
        // A series' name before a guest with academic titles and a degree: "Tokoh Inspirasi
        // Sumsel, Prof Dr Rusdi Hamzah SH: …" names Rusdi Hamzah.
        const titled = TITLED_AFTER_COMMA.exec(rest)?.[1];
        if (titled) return titled;
        // A place before the role and the name: "Hot Springs, SD City Administrator Nolan
        // Schroeder", over a lead opening on that name ("Nolan Schroeder is …").
        const lead = new RegExp(`^(${CAP}[ \\t]+${CAP})\\s`, 'u').exec(intro)?.[1];
        const person = roleRun(rest);
        if (lead && lead !== name && person?.includes(lead)) return lead;
        // A place after the person is no one ("… SD artist Jane Doe on her show in New York"
        // over "New York galleries …"): the one the role names, where the lead names them too.
        const named = person?.split(' ').slice(-2).join(' ') ?? '';
        if (
          lead &&
          rest.includes(` ${lead}`) &&
          named.includes(' ') &&
          intro.includes(named) &&
          !isJobTitle(named) &&
          !isNotAPerson(named)
        )
          return named;
      }
      if (pattern === headlineName) {
        const after = (text.slice(match.index + match[0].length).split('\n')[0] ?? '').trim();
        // A series' name over the guest's, each coming back: "Member Spotlight: Jane Doe" over
        // "This month's Member Spotlight …" and "Doe joined …".
        if (isNameLine(after) && !DETERMINERS_EN.test(after) && comesBackTwice(after))
          return withoutTitles(after);
        const holder = roleHolder(after, intro);
        if (holder) return holder;
        if (!comesBack(name)) continue;
      }
      return withoutTitles(name);
    }
  }
  return undefined;
}

const DETERMINERS_EN = /^(?:The|A|An|Our|My|Your|This|That)\s/u;

// Academic titles before a name of two or three words, perhaps a degree after it, then a colon.
const TITLED_AFTER_COMMA =
  /^(?:(?:Prof|Dr|Drs|Ir)\.? )+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?: \p{Lu}{2,3})?:/u;

/**
 * The role's capitalised words after a place and its comma, the role's title and the person it
 * names: "SD City Administrator Nolan Schroeder" in "SD City Administrator Nolan Schroeder on the
 * water main", "Jane Doe" in "SD artist Jane Doe on her show in New York" (an abbreviation alone,
 * the state's "SD", is no run of its own). Whatever capitals come after a word in lower case are
 * someone or somewhere else.
 */
function roleRun(rest: string): string | undefined {
  const runs: string[][] = [[]];
  for (const word of rest.split(/\s+/u)) {
    if (/^\p{Lu}/u.test(word)) runs.at(-1)?.push(word.replace(/[,:;.]$/u, ''));
    else if (runs.at(-1)?.length) runs.push([]);
  }
  return runs.find((run) => run.some((w) => /\p{Ll}/u.test(w)))?.join(' ');
}

/**
 * A headline's words after its colon giving the guest's role, that role before a name in the lead:
 * "South Africa: the ambassador on trade" over "Ambassador Thandi Mokoena has served …" names
 * Thandi Mokoena (the words before the colon are a place's).
 */
function roleHolder(after: string, intro: string): string | undefined {
  const role = /^(?:the|[\p{Lu}][\p{L}\p{M}]*[’']s)\s+(?:new\s+)?(\p{Ll}+)\b/u.exec(after)?.[1];
  // An office a place holds, as a country's or a city's headline gives it; not a coach's or an
  // editor's ("Jane Doe: the coach who …" over "When Coach Tom Lee left, …").
  if (
    !role ||
    !/^(?:ambassador|consul|envoy|minister|president|premier|governor|mayor)$/u.test(role)
  )
    return undefined;
  const titled = role.charAt(0).toUpperCase() + role.slice(1);
  const name = new RegExp(`(?<!\\p{L})${titled}\\s+(${NAME})`, 'u').exec(intro)?.[1];
  return name && withoutTitles(name);
}

/** The phrase an acronym stands for: "TCA" in "The Times of Central Asia spoke with…". */
export function expandAcronym(acronym: string, corpus: string): string | undefined {
  if (!/^[A-Z]{2,6}$/.test(acronym)) return undefined;
  // (From a word's first capital only, as NAME: a long word in capitals in the intro was read to its
  // end from each of its letters.)
  const phrases =
    corpus.match(
      /(?=[A-Z])(?<![A-Z][\p{L}’'-]*?)(?:The\s+)?[A-Z][\p{L}’'-]*(?:\s+(?:(?:of|and|the|for|de|&|on|in)\s+)*[A-Z][\p{L}’'-]*)+/gu,
    ) ?? [];
  return phrases.find((phrase) => {
    const initials = phrase
      .split(/\s+/)
      .filter((word, i) => !CONNECTORS.has(word.toLowerCase()) && !(i === 0 && word === 'The'))
      .map((word) => word[0])
      .join('');
    return initials === acronym;
  });
}

/** A publication the intro names as the interviewer: "The Times of Central Asia spoke with…". */
export function findPublication(intro: string): string | undefined {
  const subject =
    /(?:^|\.\s+)((?:The\s+)?[A-Z][\p{L}’'-]*(?:\s+(?:(?:of|and|the|for|&)\s+)*[A-Z][\p{L}’'-]*){0,6})\s+(?:spoke|talked|sat down|met)\s+(?:with|to)\b/u.exec(
      intro,
    )?.[1];
  // "We spoke with…", "I talked to…" name no publication.
  return subject && !/^(?:we|i|he|she|they|it|this|our|my)$/iu.test(subject) ? subject : undefined;
}

/** Whether a line is just a person's name: "Askar Alimzhanov". */
export function isNameLine(text: string): boolean {
  return text.length <= 60 && new RegExp(`^${NAME}$`, 'u').test(text);
}

// Words that make a "name" an outlet, a body or a page, not a person: a headline's "Interview with
// Manufacturing Magazine", a channel line "Northfield Sports" run into the title, a search box's
// "Google Arama", a role holder's "Consejo de Ministros".
const NOT_A_PERSON = new Set(
  (
    'magazine magazin revista revue rivista sports news noticias notícias nachrichten ' +
    'online blog blogs notes roundtable diario gazette gazeta gazzetta tribune journal ' +
    'radio tv television channel network agency ministros ministerio ministry consejo ' +
    'council committee association university universidad universität institute foundation ' +
    'inc ltd llc gmbh podcast weekly monthly edition league liga federation government ' +
    'department developers founders summit arama google facebook youtube gobierno governo ' +
    'gouvernement regierung outlook industry products services solutions systems ' +
    'of and technologies partners college school centre science awards conversation interviews wywiad wywiady entrevista entrevistas ' +
    'intervista interviste entretien entretiens gespräch röportaj söyleşi'
  ).split(' '),
);

/** Whether a found "name" has a word no person's name has ("Manufacturing Magazine"). */
export function isNotAPerson(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[\s,.–-]+/u)
    .some((word) => NOT_A_PERSON.has(word));
}
