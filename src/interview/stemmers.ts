import type { Stemmer } from './search-units';

type StemmerModule = { stemmer: Stemmer };

// Snowball and Porter stemmers from @orama/stemmers, by the primary subtag of
// the interview's language. Each is a chunk of its own (about 1–3 KB), loaded
// only when a search needs it.
const LOADERS: Readonly<Record<string, () => Promise<StemmerModule>>> = {
  ar: () => import('@orama/stemmers/arabic'),
  bg: () => import('@orama/stemmers/bulgarian'),
  da: () => import('@orama/stemmers/danish'),
  de: () => import('@orama/stemmers/german'),
  el: () => import('@orama/stemmers/greek'),
  en: () => import('@orama/stemmers/english'),
  es: () => import('@orama/stemmers/spanish'),
  fi: () => import('@orama/stemmers/finnish'),
  fr: () => import('@orama/stemmers/french'),
  ga: () => import('@orama/stemmers/irish'),
  hu: () => import('@orama/stemmers/hungarian'),
  hy: () => import('@orama/stemmers/armenian'),
  id: () => import('@orama/stemmers/indonesian'),
  it: () => import('@orama/stemmers/italian'),
  lt: () => import('@orama/stemmers/lithuanian'),
  nb: () => import('@orama/stemmers/norwegian'),
  ne: () => import('@orama/stemmers/nepali'),
  nl: () => import('@orama/stemmers/dutch'),
  nn: () => import('@orama/stemmers/norwegian'),
  no: () => import('@orama/stemmers/norwegian'),
  pt: () => import('@orama/stemmers/portuguese'),
  ro: () => import('@orama/stemmers/romanian'),
  ru: () => import('@orama/stemmers/russian'),
  sr: () => import('@orama/stemmers/serbian'),
  sv: () => import('@orama/stemmers/swedish'),
  ta: () => import('@orama/stemmers/tamil'),
  tr: () => import('@orama/stemmers/turkish'),
  uk: () => import('@orama/stemmers/ukrainian'),
};

/** Whether a language (a BCP 47 tag such as "en-GB") has a stemmer. */
export function hasStemmer(language: string): boolean {
  return Object.hasOwn(LOADERS, primarySubtag(language));
}

function primarySubtag(language: string): string {
  return language.split('-')[0]?.toLowerCase() ?? '';
}

/**
 * The stemmer for a language, or none (words then match as written, and as
 * the start of longer words) for a language without one or when it cannot load.
 */
export async function loadStemmer(language: string): Promise<Stemmer | undefined> {
  const load = LOADERS[primarySubtag(language)];
  if (!load) return undefined;
  try {
    return (await load()).stemmer;
  } catch {
    return undefined;
  }
}
