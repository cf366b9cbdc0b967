// Vietnamese writes a syllable a word ("Gia đình là điểm tựa", "family is the support"): a
// heading's first three such words cut a word in two ("Gia đình là"). Its letters tell it:
// "đ", "ơ", "ư", "ă" or a letter with two marks (U+1EA0–U+1EF9).
const VIETNAMESE = /[đĐơƠưƯăĂ\u1EA0-\u1EF9]/u;

/** How many of a heading's words a short label keeps: three, or for Vietnamese syllables, six. */
export function labelWords(words: readonly string[]): readonly string[] {
  if (!words.some((w) => VIETNAMESE.test(w))) return words.length > 4 ? words.slice(0, 3) : words;
  return words.length > 8 ? words.slice(0, 6) : words;
}
