import type { SourceParagraph } from './paragraphs';

// A line of five words or more, every letter a capital, no sentence's punctuation.
const CAPS_BAR = /^\p{Lu}+(?: \p{Lu}+){4,}$/u;

// Case and marks aside, as Turkish capitals write them ("YÖNETİMLER" is "Yönetimler").
const folded = (text: string) =>
  text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i');

/**
 * A news site's menu set in capitals on the page's first line, with the page's section under it
 * in title case, one of the menu's items: "GÜNCEL EGE YEREL YÖNETİMLER EKONOMİ …" / "Yerel
 * Yönetimler". Both are the site's. A headline in capitals has no such line under it.
 */
export function capsMenuAndSection(paragraphs: readonly SourceParagraph[]): number[] {
  const [menu, section] = paragraphs;
  if (!menu || !section || !CAPS_BAR.test(menu.text)) return [];
  const words = section.text.split(' ');
  if (words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return [];
  return ` ${folded(menu.text)} `.includes(` ${folded(section.text)} `)
    ? [menu.index, section.index]
    : [];
}
