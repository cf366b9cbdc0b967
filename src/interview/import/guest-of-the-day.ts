import type { Parse } from './structure';

// A host's first turn naming the guest: "Notre invité ce matin, c'est le journaliste Darius
// Rochebain, …", "Our guest today is the writer Ana Lobo", "Unser Gast ist Lena Voigt". Up to
// three words in lower case (an article and a trade) before a name of two or three words.
const INTRODUCED =
  /(?:[Nn]otre invitée?|[Oo]ur guest|[Uu]nser Gast) [^.?!\n]{0,30}?(?<=[\s,])(?:c['’]est|is|ist) (?:\p{Ll}[\p{L}'’-]* ){0,3}(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})/u;

/** The guest the first question introduces by name, where nothing else names one. */
export function guestOfTheDay(structure: Parse): string | undefined {
  return INTRODUCED.exec(structure.sections[0]?.questions[0]?.question.join(' ') ?? '')?.[1];
}
