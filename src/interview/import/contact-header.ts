// An office's or firm's site prints its contact card over every page: its name over the address,
// then phone and e-mail lines ("Europos Parlamento narės" / "dr. … biuras" / "Gedimino pr. 12,
// 01103 Vilnius" / "Tel. (5) 210 44 80" / "El.paštas info@…"), often the section's name and a
// back link under it ("Apie darbą" / "« Atgal"). None of it is the article's. A byline among
// them makes them the writer's own contact under the headline, which stays.

import { BYLINE } from './site-name';

// A phone line and an e-mail line with their labels in any language ("El.paštas", "E-mail:").
const PHONE =
  /^(?:tel(?:efon|ephone|\.)?|phone|fax|faks\.?|mob\.?)(?:\s*:)?\s?\+?[\d()/.-][\d\s()/.-]{5,23}$/iu;
const E_MAIL = /^(?:\p{L}[\p{L}.-]{0,19}(?::\s*|\s+))?[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;
// A back link: one word after an arrow or guillemet, "« Atgal", "‹ Zpět", "← Back".
const BACK_LINK = /^[«‹←]\s?\p{L}{2,20}$/u;

/**
 * The page's first lines up to its last phone or e-mail line, where both come within its first
 * eight lines, each line short, closing no sentence and no byline; and a section's line or two under them
 * that a back link closes. Returns their indexes.
 */
export function contactHeader(texts: readonly string[]): number[] {
  let last = -1;
  let phone = false;
  let mail = false;
  for (const [i, text] of texts.slice(0, 8).entries()) {
    if (text.length > 60 || /[.!?:;]$/u.test(text)) break;
    if (BYLINE.test(text)) return [];
    if (PHONE.test(text)) phone = true;
    else if (E_MAIL.test(text)) mail = true;
    else continue;
    last = i;
  }
  if (!phone || !mail) return [];
  let end = last + 1;
  const back = texts.slice(end, end + 3).findIndex((text) => BACK_LINK.test(text));
  const section = texts.slice(end, end + back);
  if (back >= 0 && section.every((text) => text.split(' ').length <= 3 && !/[.!?:;,]/u.test(text)))
    end += back + 1;
  return [...Array(end).keys()];
}
