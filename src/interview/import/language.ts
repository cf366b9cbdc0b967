// A guess at an article's language, for its `language` tag (the page's lang attribute): the
// script first, which is certain, then among Latin-script languages the letters and short words
// only one of them uses. A language-detection library would do more, but the ones that fit the
// browser weigh 34–55 KB gzipped and took Ukrainian for Russian and short English for
// Portuguese on our fixtures (session 34: franc-min, 55 KB, read Croatian as Bosnian and
// Lithuanian as Lingala; franc, 123 KB, Persian as Dari; tinyld's light build, 34 KB, Croatian as
// Polish); the person adding the interview can always correct the tag.

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

// Each Latin-script language's own letters and commonest short words, weighed alike. A word's
// edge is where letters end, not \b, which knows only ASCII and never matches around "è" or "não".
const LATIN: Record<string, RegExp> = {
  en: /(?<!\p{L})(?:the|and|you|that|with|what|this|have|was|for|are)(?!\p{L})/giu,
  de: /(?<!\p{L})(?:und|der|die|das|ist|nicht|ich|sie|ein|eine|mit|wir)(?!\p{L})|ß/giu,
  fr: /(?<!\p{L})(?:le|les|des|est|une|vous|pour|pas|dans|nous|qui)(?!\p{L})|[çœ]|(?<!\p{L})[ldjnq]['’]\p{L}/giu,
  es: /(?<!\p{L})(?:el|los|las|que|del|por|una|para|con|usted|pero)(?!\p{L})|[¿¡ñ]/giu,
  it: /(?<!\p{L})(?:il|che|non|della|sono|per|una|gli|anche|questo)(?!\p{L})|(?<!\p{L})(?:è|perché)(?!\p{L})/giu,
  pt: /(?<!\p{L})(?:não|você|uma|que|com|para|os|das|dos|foi|mais)(?!\p{L})|ção(?!\p{L})|ões(?!\p{L})|[ãõ]/giu,
  pl: /(?<!\p{L})(?:nie|jest|się|jak|czy|pan|pani|to|na|że)(?!\p{L})|[ąęłśżźćń]/giu,
  tr: /(?<!\p{L})(?:bir|ve|bu|için|çok|ama|daha|olarak)(?!\p{L})|[ığş]/giu,
  nl: /(?<!\p{L})(?:het|een|niet|ik|zijn|maar|voor|wij|ook|naar)(?!\p{L})|ij(?!\p{L})/giu,
  cs: /(?<!\p{L})(?:je|se|na|že|jsem|ale|jak)(?!\p{L})|[řůě]/giu,
  // Croatian shares "je", "se", "na" with Czech: its own short words and "ć", "đ" outweigh them.
  hr: /(?<!\p{L})(?:je|se|su|da|sam|smo|ste|nije|kako|ali|što|koji|koja|koje|bio|bila|bilo|biti|jer|samo|još)(?!\p{L})|[ćđ]/giu,
  // Lithuanian's "ą", "ę" are Polish letters too; "ė", "ų", "į" are its own.
  lt: /(?<!\p{L})(?:ir|kad|yra|tai|kaip|buvo|nes|jau|labai|mano|taip|tik|aš|jūs|esu)(?!\p{L})|[ėųį]/giu,
  ro: /(?<!\p{L})(?:și|este|într|pentru|care|nu)(?!\p{L})|[șțăâî]/giu,
  vi: /[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/giu,
  id: /(?<!\p{L})(?:yang|dan|di|ini|itu|dengan|untuk|tidak|saya|kami)(?!\p{L})/giu,
  sv: /(?<!\p{L})(?:och|att|det|som|är|jag|inte|för|med)(?!\p{L})|å/giu,
  no: /(?<!\p{L})(?:og|ikke|jeg|ble|hva|hvorfor|meg|deg|også)(?!\p{L})|[øæ]/giu,
  az: /ə/giu,
  uz: /(?<!\p{L})[og][‘'ʻ’]|(?<!\p{L})(?:va|uchun|bilan|emas|edi|haqida)(?!\p{L})/giu,
  // Finnish shares "ä" with Swedish: its doubled vowels and short words tell them apart.
  fi: /(?<!\p{L})(?:ja|ei|että|oli|kun|mutta|myös|hän|ovat|olen|kuin|mitä|ole|sitten)(?!\p{L})|ää|öö|yy/giu,
  hu: /(?<!\p{L})(?:és|hogy|nem|az|egy|van|meg|csak|már|mint|volt|akkor)(?!\p{L})|[őű]/giu,
  sw: /(?<!\p{L})(?:kwa|katika|ya|ni|hii|kuwa|sana|lakini|wewe|mimi|nini|yangu|zako|hiyo)(?!\p{L})/giu,
  tl: /(?<!\p{L})(?:ang|ng|mga|siya|hindi|ito|niya|naman|talaga|kasi|nila|namin|ba|lang)(?!\p{L})/giu,
};

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

// Croatian, Bosnian and Serbian in Latin letters are one set of words but for a few: Croatian
// says "što", "tko" and writes "ije" where Serbian writes "e" ("vrijeme", "vreme"); Bosnian says
// "šta" and "hiljada" too. A page tagged Croatian must show more of its words than of theirs,
// and none of Czech's or Slovak's letters.
const CROATIAN =
  /(?<!\p{L})(?:što|tko|gdje|ovdje|prije|poslije|uvijek|vrijeme|mjesto|dvije|također|tjed|tisuć|svjet|mjesec)/giu;
const SERBIAN_BOSNIAN =
  /(?<!\p{L})(?:(?:šta|gde|ovde|pre|posle|uvek|vreme|mesto|dve)(?!\p{L})|takođe|hiljad|nedelj|sedmic|svetsk|mesec|histori)/giu;
const WEST_SLAVIC = /[řůěľĺŕô]/giu;

// Persian writes Arabic's script with letters of its own (پ چ ژ گ) and its own forms of kaf and
// yeh (ک ی for ك ي); Urdu, Pashto and Kurdish add letters of theirs, so a page with those is
// left undetermined rather than called Arabic or Persian.
const PERSIAN_LETTERS = /[پچژگ]/gu;
const PERSIAN_FORMS = /[کی]/gu;
const ARABIC_FORMS = /[كي]/gu;
const OTHER_ARABIC_SCRIPT = /[ٹڈڑںےہھڕڵێۆەټډړږښځڅڼۍې]/gu;

function arabicScript(sample: string): string | undefined {
  if (count(sample, OTHER_ARABIC_SCRIPT) >= 3) return undefined;
  if (count(sample, PERSIAN_FORMS) <= count(sample, ARABIC_FORMS)) return 'ar';
  return count(sample, PERSIAN_LETTERS) >= 3 ? 'fa' : undefined;
}

/** Whether a page the word lists call Croatian shows it, not Serbian, Bosnian or Czech. */
function croatian(sample: string): boolean {
  const own = count(sample, CROATIAN);
  return own >= 2 && own > count(sample, SERBIAN_BOSNIAN) && count(sample, WEST_SLAVIC) < 3;
}

/** BCP 47's "undetermined": the tag of an article whose language the guess cannot tell. */
export const UNDETERMINED = 'und';

/** The language tag ("en", "ru", "ja") the text's script and words say, or undefined. */
export function guessLanguage(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const counts = SCRIPTS.map(([pattern, tag]) => [tag, count(sample, pattern)] as const);
  const [script, letters] = counts.filter(([, n]) => n > 0).sort(([, a], [, b]) => b - a)[0] ?? [
    '',
    0,
  ];
  if (letters < 20) return undefined;
  // Chinese writes no kana (but for a Japanese name it quotes, "ポケモン"); Japanese in kanji
  // mostly, as news and officials write it, still has a kana to every five kanji or fewer.
  const kana = counts.find(([tag]) => tag === 'ja')?.[1] ?? 0;
  if (script === 'zh' && kana >= 3 && kana * 5 >= letters) return 'ja';
  if (script === 'ar') return arabicScript(sample);
  if (script === 'ru')
    return CYRILLIC.find(([pattern]) => count(sample, pattern) >= 3)?.[1] ?? 'ru';
  if (script !== 'latin') return script;
  const [[best, score] = ['', 0], [, second] = ['', 0]] = Object.entries(LATIN)
    .map(([tag, pattern]) => [tag, count(sample, pattern)] as const)
    .sort(([, a], [, b]) => b - a);
  // A near tie is no answer: a wrong tag makes a screen reader speak every word wrong, where
  // none leaves the reader's own voice (the Swahili blog tied Czech and Polish at 14).
  if (score < 3 || second >= score * 0.8) return undefined;
  if (best === 'hr' && !croatian(sample)) return undefined;
  // Latvian shares Lithuanian's short words but never writes "ė", "ų", "į".
  if (best === 'lt' && count(sample, /[ėųį]/giu) < 3) return undefined;
  return best;
}
