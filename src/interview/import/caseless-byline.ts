// A byline in a script without capitals, where the name test (capitalised words) cannot tell a
// name: Hebrew "מאת: מאיה ברגר" (by), Korean "한서윤 기자" (reporter). The name alone, two or
// three Hebrew words, or two to four Hangul syllables.
const HEBREW = /^מאת\s?:\s?(\p{Script=Hebrew}{2,15}(?: \p{Script=Hebrew}{2,15}){1,2})$/u;
const KOREAN = /^(\p{Script=Hangul}{2,4}) ?기자$/u;

/** The name a caseless byline gives, else undefined. */
export function caselessByline(text: string): string | undefined {
  return HEBREW.exec(text)?.[1] ?? KOREAN.exec(text)?.[1];
}
