// The full name behind a speaker's label: a surname or a title ("Ambassador Maiko:"), initials
// ("CG:"), a label the intro gives in brackets ("Harvey (H)"), and the role after a name.

import { escapeRegExp } from './escape-regexp';
import {
  CAP,
  DETERMINERS,
  FIRST_CAPITAL,
  NAME,
  PARTICLE,
  TITLES,
  capitalised,
  isTitleWord,
  withoutTitles,
} from './names';

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
  // Initials count as words: "Home Minister V Raghavan". Tried only from a word's first capital
  // or an initial before its stop (a match from a later capital of a word implies one from its
  // first, but "AB. Smith" matches from "B"), not from each letter of a long word in capitals,
  // reading it to its end each time (16,000 capitals in an intro took 1.7 s).
  const pattern = new RegExp(
    `(?:${FIRST_CAPITAL}|(?=\\p{Lu}\\.))(?:(?:${CAP}|\\p{Lu}\\.?)[ \\t]+(?:${PARTICLE}[ \\t]+)*){1,3}${escapeRegExp(surname)}(?![\\p{L}])`,
    'u',
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
  for (const match of leftmostMatches(corpus, pattern)) {
    const words = match.split(/[ \t]+/);
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

/**
 * A Lithuanian guest's initials ("ROJ", a middle name's letter between) where the text gives
 * her initial and surname ("R. Jurgaitienė: „…\"") and her name written out in the genitive
 * ("Rasos Jurgaitienės interviu"): the given name in the nominative, feminine -os/-ės to -a/-ė.
 */
export function lithuanianInitials(label: string, text: string): string | undefined {
  if (!/^\p{Lu}{2,3}$/u.test(label)) return undefined;
  const first = label.charAt(0);
  const last = label.charAt(label.length - 1);
  for (const [, surname = ''] of text.matchAll(SHORT_NAME)) {
    if (!surname.startsWith(last) || !/[ėa]$/u.test(surname)) continue;
    const genitive = new RegExp(`(?<!\\p{L})(${first}\\p{Ll}+)(os|ės) ${surname}s(?!\\p{L})`, 'u');
    const [, stem, ending] = genitive.exec(text) ?? [];
    if (stem && ending) return `${stem}${ending === 'os' ? 'a' : 'ė'} ${surname}`;
  }
  return undefined;
}
// An initial and a surname: "R. Jurgaitienė".
const SHORT_NAME = /(?<!\p{L})\p{Lu}\. (\p{Lu}\p{Ll}{2,})(?!\p{L})/gu;

// A relative clause after a name is a sentence going on, no role: Czech, Slovak and Polish
// "který kope za místní klub" (who plays for the local club), French and Italian "qui"/"che".
const RELATIVE =
  /^(?:kter[ýáéí]|kterou|kterého|ktor[ýáé]|któr[yaez]|którzy|qui|que|quien|che)(?!\p{L})/iu;

/**
 * What follows a name in apposition: "Viktor Maiko, Ukraine’s Ambassador to Kazakhstan, about…"
 * gives the role. The first such that reads as a role: "Helen Garside, Marcus Obi and Rosalind
 * Tate gave evidence." names the others, and the chair's "Helen Garside, chief executive of …;"
 * later gives hers.
 */
export function findRole(
  name: string,
  corpus: string,
  others: readonly string[] = [],
): string | undefined {
  const appositions = corpus.matchAll(
    new RegExp(
      `${escapeRegExp(name)},\\s+([^,;.()]{3,90}?)(?:,|;|\\.|\\)|\\s+(?:about|on|who|said|says|told)\\s|$)`,
      'gmu',
    ),
  );
  for (const match of appositions) {
    const role = match[1]?.trim();
    // A role describes in a few words; it does not start a new clause ("and the",
    // "who said", "as well as"), one word ("transcript") is rarely a role, and names in a
    // list ("Hiroshi Kitano and Yuki Fukuda", or another speaker's) are other people.
    if (
      role &&
      role.includes(' ') &&
      /^[\p{Lu}\p{Ll}]/u.test(role) &&
      !/^(?:and|but|who|which|he|she|they|as well as)\b/i.test(role) &&
      !RELATIVE.test(role) &&
      !new RegExp(`^${NAME}(?: and ${NAME})?$`, 'u').test(role) &&
      !others.some((other) => role.includes(other))
    )
      return role;
  }
  return undefined;
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

/**
 * The matches a global search finds, in order, each search looking back no further than where it
 * starts: a word the match before ended inside ("Smith-Kowalski") has its first capital there.
 */
function* leftmostMatches(text: string, pattern: RegExp): Generator<string> {
  let from = 0;
  for (;;) {
    const match = pattern.exec(text.slice(from));
    if (!match) return;
    yield match[0];
    from += match.index + Math.max(match[0].length, 1);
  }
}
