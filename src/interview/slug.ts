import { SLUG_PATTERN } from './slug-pattern';

/** A URL-safe id from any text: "Ukraine’s Ambassador" → "ukraines-ambassador". */
export function slugify(text: string, maxWords = 8): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
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
export function uniqueSlug(text: string, taken: Set<string>, fallback: string): string {
  const base = slugify(text) || fallback;
  let candidate = SLUG_PATTERN.test(base) ? base : fallback;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  taken.add(candidate);
  return candidate;
}
