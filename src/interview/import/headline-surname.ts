// An Arabic headline opens on the guest's family name before "في حوار" ("in an interview"):
// "الراشد في حوار الوداع: …". Arabic writes no capitals, so the name is read whole where the
// page writes it out: the given names the lead puts before that family name ("وافق … على استقالة
// سليمان عبدالله الراشد أمين عام …"). The family name alone names no one.

import { escapeRegExp } from './escape-regexp';

const HEADLINE = /^(\p{Script=Arabic}{3,}) (?:في|فى) (?:حوار|لقاء|حديث)/mu;

// Words that stand before a name without being part of it: prepositions, conjunctions, verbs of
// saying, offices ("رئيس", "أمين", "مدرب", "الكابتن"); and the nouns a country, city or club
// stands after in the genitive, for a headline may open on a place ("مصر في حوار …" over a lead's
// "شعب مصر", the people of Egypt: no one's name).
const NOT_A_NAME = new Set(
  (
    'لماذا هل ماذا كيف متى أين على في فى من مع عن إلى الى أن ان إن و أو ثم قال قالت يقول أكد وأكد كان فكان وكان ' +
    'رئيس أمين مدرب لاعب نجم الكابتن الأمير الشيخ الدكتور السيد الأستاذ المهندس وزير ' +
    'شعب أبناء أهل أهالي بلد بلاد منتخب نادي فريق لاعبي جمهور جماهير سفير سفارة عاصمة شوارع أرض'
  ).split(' '),
);

/** Whether an Arabic word may be a given name: not a word above, no article, not feminine "ة". */
function givenName(word: string): boolean {
  return (
    /^\p{Script=Arabic}{2,}$/u.test(word) &&
    !NOT_A_NAME.has(word) &&
    !/^(?:[وفبل]?ال)/u.test(word) &&
    !/ة$/u.test(word)
  );
}

/**
 * The guest an Arabic headline's family name stands for ("الراشد في حوار …"): the longest name
 * the lead writes that ends on it, one to three given names before it. Undefined where the page
 * writes the family name after no given name.
 */
export function headlineSurname(headlines: string, text: string): string | undefined {
  const surname = HEADLINE.exec(headlines)?.[1];
  if (!surname) return undefined;
  const before = new RegExp(
    `((?:\\p{Script=Arabic}+ ){1,3})${escapeRegExp(surname)}(?!\\p{Script=Arabic})`,
    'gu',
  );
  let best: string[] = [];
  for (const match of text.matchAll(before)) {
    const words = (match[1] ?? '').trim().split(' ');
    const given: string[] = [];
    for (const word of words.reverse()) {
      if (!givenName(word)) break;
      given.unshift(word);
    }
    if (given.length > best.length) best = given;
  }
  return best.length > 0 ? `${best.join(' ')} ${surname}` : undefined;
}
