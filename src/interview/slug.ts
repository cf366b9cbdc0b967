import { SLUG_PATTERN } from './slug-pattern';

/**
 * Writes the letters of scripts other than Latin in Latin ones ("Сейткали" →
 * "Seytkali"), so that an interview in Russian or Greek gets ids that read
 * like its names rather than "interview" and "section-2". Passed in rather
 * than imported: the code that does it (romanize.ts) is large and slow to
 * start, and only text in such scripts needs it.
 */
export type Romanize = (text: string) => string;

// Letters of a script other than Latin (digits, spaces and punctuation are
// "Common"; accents "Inherited"). What Latin letters carry is dropped below.
const OTHER_SCRIPTS = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+/gu;

/**
 * Whether a text has letters, digits or signs that only a `Romanize` can put
 * into an id: the Add page loads the romanizer only then, the command line
 * always, and both must give the same ids (Arabic-Indic ٣ is written 3, € e,
 * and a middle dot joins Catalan's l·l). `$` and `£` it writes as nothing.
 */
export function needsRomanizing(text: string): boolean {
  return /(?![a-z0-9$])[\p{L}\p{N}\p{Sc}·]/iu.test(text.normalize('NFKD').replace(/\p{M}/gu, ''));
}

/** A URL-safe id from any text: "Ukraine’s Ambassador" → "ukraines-ambassador". */
export function slugify(text: string, maxWords = 8, romanize?: Romanize): string {
  let latin = (romanize ? text.replace(OTHER_SCRIPTS, (run) => romanize(run)) : text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  // Latin letters with no plain form to fall back on: Ł, ß, Ø, Æ, Đ, Þ.
  if (romanize) latin = latin.replace(/[^\p{ASCII}]+/gu, (run) => romanize(run));
  return latin
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** A slug not yet in `taken` (which it joins), falling back to `fallback` for text with no letters. */
export function uniqueSlug(
  text: string,
  taken: Set<string>,
  fallback: string,
  romanize?: Romanize,
): string {
  const base = slugify(text, 8, romanize) || fallback;
  let candidate = SLUG_PATTERN.test(base) ? base : fallback;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}
