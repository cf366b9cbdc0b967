import { escapeRegExp } from './escape-regexp';

// A label whose title holds a word in lower case, the name after it: Vietnamese "Trung tướng Đặng
// Hữu Tâm" (lieutenant general), "Thứ trưởng …", "Đại sứ …". A particle is a name's own word
// ("Juan de la Cruz", "Ursula von der Leyen"); after "of" or "for" come an office's words
// ("Minister for Health Jane Doe").
const LOWER = /^\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}]*$/u;
const PARTICLES = new Set(
  (
    'de da di do dos das du van von der den del della la le lo al el bin ibn ter ten y e und ' +
    'of for and the to in on at per für zu og och'
  ).split(' '),
);

/**
 * The full name a speaker's label writes after such a title, two words or more, where the text
 * writes it so too: "Trung tướng Đặng Hữu Tâm:" is Đặng Hữu Tâm (the shortest tail the text
 * also holds, "Hữu Tâm", would cut the family name).
 */
export function nameAfterTitle(labels: readonly string[], corpus: string): string | undefined {
  for (const label of labels) {
    const words = label.split(' ');
    const lower = words.findLastIndex((w) => LOWER.test(w));
    const name = words.slice(lower + 1);
    if (
      lower < 1 ||
      !CAPITALISED.test(words[0] ?? '') ||
      PARTICLES.has(words[lower] ?? '') ||
      name.length < 2 ||
      !name.every((w) => CAPITALISED.test(w))
    )
      continue;
    const written = name.join(' ');
    if (
      new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(written)}(?![\\p{L}\\p{M}])`, 'u').test(corpus)
    )
      return written;
  }
  return undefined;
}
