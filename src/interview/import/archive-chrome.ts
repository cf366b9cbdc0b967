import { parseDateLine } from './dates';

// An HTML page saved with its chrome, as a press archive prints it: a navigation bar's item or
// the archive's date closed by a bar ("Compact version |", "Friday, 22 November 2024 | ||"); a
// breadcrumb ending in the archive's pager ("… Greek Directory - Previous Article - Next
// Article"); the page's maker's credit ("HTML by the HR-Net Group / …").
const LATIN_ITEM = /^[\p{Script=Latin}\d][\p{Script=Latin}\d ,.'’&-]{0,39}$/u;
const PAGER_END =
  /\s[-–|]\s(?:previous|older) (?:article|post|entry) [-–|] (?:next|newer) (?:article|post|entry)$/iu;
const MAKER = /^(?:html|web ?design|website|site|webmaster) (?:by|von|par|por) /iu;
// The maker named by a capital or a figure, perhaps after an article: "HTML by the HR-Net Group",
// never an answer's "Site by site, we cleared …" (no `i`: under it \p{Lu} is any letter).
const NAMED = /^(?:the |der |die |la |le |el |o |a )?[\p{Lu}\d]/u;

/** Whether a line is a site's credit to its maker: "HTML by the HR-Net Group / …". */
function isMakerCredit(text: string): boolean {
  const match = MAKER.exec(text);
  return match !== null && NAMED.test(text.slice(match[0].length));
}

/** The text of a line without the bars and blanks at its end ("Compact version |" → "Compact version"). */
function beforeBars(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s|]/u.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/**
 * Whether a line is such chrome. A bar-closed line counts before the first question only, in Latin
 * letters and four words at most, or a date: Hindi pages close sentences with "|" for the danda,
 * and a table's turns may end in a bar ("A.棚橋なつき。 |").
 */
export function isArchiveChrome(text: string, beforeFirstQuestion: boolean): boolean {
  const item = beforeBars(text);
  const barred =
    item !== text &&
    text.trimEnd().endsWith('|') &&
    item !== '' &&
    ((LATIN_ITEM.test(item) && item.split(' ').length <= 4 && !/[.!?]$/u.test(item)) ||
      parseDateLine(item) !== undefined);
  return (
    (barred && beforeFirstQuestion) ||
    (text.length <= 200 && PAGER_END.test(text)) ||
    (text.length <= 160 && isMakerCredit(text))
  );
}
