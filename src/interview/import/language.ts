// A guess at an article's language, for its `language` tag (the page's lang attribute): the
// script first, which is certain, then among Latin-script languages the letters and short words
// only one of them uses. A language-detection library would do more, but the ones that fit the
// browser weigh 34–55 KB gzipped and took Ukrainian for Russian and short English for
// Portuguese on our fixtures; the person adding the interview can always correct the tag.

const SCRIPTS: readonly [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Latin}/gu, 'latin'],
];

// Letters one Cyrillic language has and Russian has not.
const CYRILLIC: readonly [RegExp, string][] = [
  [/[әғқңөұүһ]/giu, 'kk'],
  [/[іїєґ]/giu, 'uk'],
];

// Each Latin-script language's own letters and commonest short words, weighed alike.
const LATIN: Record<string, RegExp> = {
  en: /\b(?:the|and|you|that|with|what|this|have|was|for|are)\b/giu,
  de: /\b(?:und|der|die|das|ist|nicht|ich|sie|ein|eine|mit|wir)\b|ß/giu,
  fr: /\b(?:le|les|des|est|une|vous|pour|pas|dans|nous|qui)\b|[çœ]|\b[ldjnq]['’]\p{L}/giu,
  es: /\b(?:el|los|las|que|del|por|una|para|con|usted|pero)\b|[¿¡ñ]/giu,
  it: /\b(?:il|che|non|della|sono|per|una|gli|anche|questo)\b|\b(?:è|perché)\b/giu,
  pt: /\b(?:não|você|uma|que|com|para|os|das|dos|foi|mais)\b|ção\b|ões\b|[ãõ]/giu,
  pl: /\b(?:nie|jest|się|jak|czy|pan|pani|to|na|że)\b|[ąęłśżźćń]/giu,
  tr: /\b(?:bir|ve|bu|için|çok|ama|daha|olarak)\b|[ığş]/giu,
  nl: /\b(?:het|een|niet|ik|zijn|maar|voor|wij|ook|naar)\b|ij\b/giu,
  cs: /\b(?:je|se|na|že|jsem|ale|jak)\b|[řůě]/giu,
  ro: /\b(?:și|este|într|pentru|care|nu)\b|[șțăâî]/giu,
  vi: /[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/giu,
  id: /\b(?:yang|dan|di|ini|itu|dengan|untuk|tidak|saya|kami)\b/giu,
  sv: /\b(?:och|att|det|som|är|jag|inte|för|med)\b|[åä]/giu,
  no: /\b(?:og|ikke|jeg|ble|hva|hvorfor|meg|deg|også)\b|[øæ]/giu,
  az: /ə/giu,
  uz: /\b[og][‘'ʻ’]|\b(?:va|uchun|bilan|emas|edi|haqida)\b/giu,
};

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The language tag ("en", "ru", "ja") the text's script and words say, or undefined. */
export function guessLanguage(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const [script, letters] = SCRIPTS.map(([pattern, tag]) => [tag, count(sample, pattern)] as const)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a)[0] ?? ['', 0];
  if (letters < 20) return undefined;
  if (script === 'ru')
    return CYRILLIC.find(([pattern]) => count(sample, pattern) >= 3)?.[1] ?? 'ru';
  if (script !== 'latin') return script;
  const [best, score] = Object.entries(LATIN)
    .map(([tag, pattern]) => [tag, count(sample, pattern)] as const)
    .sort(([, a], [, b]) => b - a)[0] ?? ['', 0];
  return score >= 3 ? best : undefined;
}
