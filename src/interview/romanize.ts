import transliterate from '@sindresorhus/transliterate';
import type { Romanize } from './slug';

// Letters of Kazakh, Kyrgyz, Uzbek and Tajik Cyrillic that the library keeps
// as they are, written as those languages' Latin alphabets write them, less
// their marks (an id keeps only a to z): Қасым → Qasym, Ўзбекистон → Ozbekiston.
const CENTRAL_ASIAN_CYRILLIC: [string, string][] = [
  ['Ә', 'A'],
  ['ә', 'a'],
  ['Ғ', 'G'],
  ['ғ', 'g'],
  ['Қ', 'Q'],
  ['қ', 'q'],
  ['Ң', 'N'],
  ['ң', 'n'],
  ['Ө', 'O'],
  ['ө', 'o'],
  ['Ұ', 'U'],
  ['ұ', 'u'],
  ['Ү', 'U'],
  ['ү', 'u'],
  ['Һ', 'H'],
  ['һ', 'h'],
  ['І', 'I'],
  ['і', 'i'],
  ['Ў', 'O'],
  ['ў', 'o'],
  ['Ҳ', 'H'],
  ['ҳ', 'h'],
  ['Ҷ', 'J'],
  ['ҷ', 'j'],
  ['Ӣ', 'I'],
  ['ӣ', 'i'],
  ['Ӯ', 'U'],
  ['ӯ', 'u'],
];

/**
 * Cyrillic, Greek, Arabic, Armenian, Georgian and other scripts in Latin
 * letters, through @sindresorhus/transliterate. Scripts it does not know
 * (Chinese, Japanese, Korean, Hebrew, Thai) stay as they are, and an id made
 * from them falls back to its kind ("interview", "section").
 */
export const romanize: Romanize = (text) =>
  transliterate(text, { customReplacements: CENTRAL_ASIAN_CYRILLIC });
