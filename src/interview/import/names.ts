// What a person's name looks like in an article: its words, the titles before it, the words that
// make a "name" an outlet's. The rules that find a label's full name (label-names.ts), the guest
// (interviewee.ts, guest-phrases.ts) and the publication (publication.ts) build on these.

export const PARTICLE = '(?:de|da|di|du|van|von|der|den|del|la|le|al|el|bin|ibn|ter|ten)';
// A word of a name ends with a letter: "Cellblock'" closes a quote.
export const CAP = "[\\p{Lu}][\\p{L}\\p{M}’'\\-]*[\\p{L}\\p{M}]";
// A word's first capital: a capitalised word searched for in a text is tried there only (a match
// at a later capital of the word implies one there), not at each letter of a long word in
// capitals, running to its end each time (a title of 10,000 capitals took 1.1 s, 100,000 over 120).
export const FIRST_CAPITAL = "(?=\\p{Lu})(?<!\\p{Lu}[\\p{L}\\p{M}’'\\-]*?)";
/** Two to four capitalised words, particles allowed: "Viktor Maiko", "Ursula von der Leyen". */
export const NAME = `${FIRST_CAPITAL}${CAP}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)*${CAP}){1,3}`;

// Words that precede a name without being part of it.
export const TITLES = new Set(
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
    'ontwerper fotograaf kunstenaar kunstenares ' +
    // Slovak and Czech offices before a name ("Riaditeľ Konzervatívneho inštitútu …",
    // "podpredseda OKS a poslanec Marek Hudec", "ředitel Jan Novák").
    'riaditeľ riaditeľka predseda predsedníčka podpredseda podpredsedníčka poslanec poslankyňa ' +
    'ředitel ředitelka předseda předsedkyně místopředseda místopředsedkyně poslankyně'
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

// A Polish paper's credit of who took it down, under the text: "Notował: del." (initials, as the
// paper signs), "Rozmawiała: Anna Nowak".
const NOTED =
  /^(?:notował[ai]?|notowali|rozmawiał[ai]?|rozmawiali)\s?:\s?(\p{L}[\p{L}. -]{0,40})$/iu;

/** The interviewers a closing credit line names, or undefined for any other line. */
export function interviewCredit(text: string): string[] | undefined {
  const names = CREDIT.exec(text.trim())?.[1];
  const noted = NOTED.exec(text.trim())?.[1];
  return (
    names?.split(/\s(?:und|and|et|y|e)\s/u).map((name) => name.trim()) ??
    (noted ? [noted] : undefined)
  );
}

/** A title or role one is addressed by, alone: "Mayor", "Senator", "Coach", "Dr." (TITLES). */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/u, ''));
}

export const DETERMINERS = new Set(
  'die der das den dem des ein eine la le les el los il lo'.split(' '),
);

/** A word in capitals as a name writes it: "MAIKO" is "Maiko", Turkish "SELİM" is "Selim". */
export function capitalised(word: string): string {
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
  // A Polish questionnaire's "Wypełnia Roman Maksymiak, dyrektor …" (fills it in): a verb.
  if (words.length >= 3 && FILLS_IN.test(`${words[0]} `)) words.shift();
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

/** A Polish questionnaire's line naming who fills it in: "Wypełnia NAME, role". */
export const FILLS_IN = /^wypełni(?:a|ł|ła)\s/iu;

const QUESTIONNAIRE =
  /^(?:kwestionariusz|questionnaire|fragebogen|cuestionario|questionário|questionario|dotazník|анкета)$/iu;

// "Hon" is a minister's title after "The" or "Rt" ("The Hon Julie Collins"), or written "Hon.";
// alone it may be a Cantonese surname ("Hon Kwok Wing").
const HON = /^(?:the|rt)$/u;

// Words of a job's title, never of a person's name: "Senior Software Engineer, Amsterdam" under a
// firm's profile's headline is the guest's role.
const JOB_WORDS = new Set(
  (
    'senior junior lead principal staff engineer developer designer manager analyst ' +
    'consultant specialist scientist architect officer assistant associate intern'
  ).split(' '),
);

export function isJobTitle(name: string): boolean {
  return name.split(/\s+/u).some((word) => JOB_WORDS.has(word.toLowerCase()));
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
