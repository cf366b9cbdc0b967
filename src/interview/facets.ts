/** What the library filters by: section topics, interviewees, publications and years. */
export const FACETS = ['topic', 'person', 'publication', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** One value of a facet: its key (in URLs and file names), what readers see, and how many interviews have it. */
export type FacetValue = { key: string; label: string; count: number };

/**
 * A facet key: lowercase letters of any script (with the marks that are part of
 * them, as on が or राम) and digits, in hyphen-separated words.
 */
export const FACET_KEY_PATTERN =
  /^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*$/u;

/** A letter and the combining marks on it (decomposed), or marks on no letter. */
const MARKED = /(\p{L}?)(\p{M}+)/gu;

/**
 * Letters whose marks a reader reads past: accents on Latin, Greek and Cyrillic
 * letters (é is e, ά is α, ё is е), and Arabic and Hebrew vowel points and
 * hamza, which writers add or leave out at will (أَحْمَد is أحمد). In other
 * scripts a mark makes another letter or is part of one, so it stays: kana's
 * voicing marks (が is not か), Indic vowel signs and viramas (राम is not रमा),
 * Thai vowels and tones.
 */
const READ_PAST =
  /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}]/u;

const MAX_KEY_LENGTH = 80;

/**
 * The key of a facet label: "Middle Corridor" → "middle-corridor",
 * "Энергетика" → "энергетика". Labels that differ only in case, accents or
 * punctuation share a key, so "Energy" and "energy" are one topic; marks that
 * are no accents stay (READ_PAST). Keys stay decomposed (NFKD), as they always
 * were: a key given is a link, and every link is read back through facetKey.
 */
export function facetKey(label: string): string {
  const words = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKED, (marked, letter: string) =>
      letter !== '' && !READ_PAST.test(letter) ? marked : letter,
    )
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  // Code points, not UTF-16 units, so a letter outside the BMP is never cut in half.
  const key = Array.from(words.join('-')).slice(0, MAX_KEY_LENGTH).join('').replace(/-+$/, '');
  return key === '' ? `x-${hash(label.trim())}` : key;
}

/** FNV-1a over UTF-16 units from two offsets: 64 bits as 16 hex digits, stable on every platform. */
export function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193) >>> 0;
    b = Math.imul(b ^ unit, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * The file name (without `.json`) of a facet value's list of interviews. ASCII
 * keys are their own name; other keys are hashed, as some static hosts and
 * CDNs mangle non-ASCII file names. A hashed name starts with `_`, which no
 * key contains, so the two never meet.
 */
export function facetFileName(key: string): string {
  return isAsciiKey(key) ? key : `_${hash(key)}`;
}

/** Whether a key is ASCII words and hyphens: its own file name, and a page of the built site. */
export function isAsciiKey(key: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key);
}
