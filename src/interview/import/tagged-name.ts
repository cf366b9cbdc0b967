// A page's tag line, its keywords after the label: "Теги: спорт, Тарас Оліфіренко, санкції".
const TAG_LINE =
  /^(?:tags?|tagi|теги|теґи|метки|мітки|teglar|etiketler|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|etiquetas|étiquettes|mots-clés|keywords)\s?:\s?(\S.{0,300})$/iu;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}’'-]+$/u;

/** The names (two or three capitalised words) a page's tag lines list. */
export function taggedNames(lines: readonly string[]): string[] {
  return lines.flatMap((line) =>
    (TAG_LINE.exec(line.trim())?.[1] ?? '')
      .split(/[,;]/u)
      .map((tag) => tag.trim())
      .filter((tag) => {
        const words = tag.split(' ');
        return words.length >= 2 && words.length <= 3 && words.every((w) => CAPITALISED.test(w));
      }),
  );
}

/** Whether two words are one word in two cases: "Тараса" and "Тарас", "Оліфіренка" and "Оліфіренко". */
function sameStem(a: string, b: string): boolean {
  let common = 0;
  while (common < Math.min(a.length, b.length) && a[common] === b[common]) common += 1;
  return common >= 3 && common >= Math.max(a.length, b.length) - 2;
}

/**
 * A guest's name as the page's tags write it, where the name found ends in the same words in
 * another case: a headline's genitive after the country ("міністра … України Тараса Оліфіренка")
 * is the tag's nominative "Тарас Оліфіренко".
 */
export function asTagged(name: string, tags: readonly string[]): string {
  const words = name.split(' ');
  const tagged = tags.find((tag) => {
    const want = tag.split(' ');
    const tail = words.slice(-want.length);
    return tail.length === want.length && want.every((w, i) => sameStem(tail[i] ?? '', w));
  });
  return tagged ?? name;
}
