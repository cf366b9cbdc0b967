import type { NoiseReason } from './noise';
import type { SourceParagraph } from './paragraphs';

// A menu's item, one word in a script without capitals: Hindi "होम" / "देश" / "खेल" / "मनोरंजन".
// Not Chinese, Japanese or Korean, whose short lines may be a dialogue's names ("高木").
const CASELESS_ITEM =
  /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{Lo}\p{M}]{2,12}$/u;
// A site's name: four words at most, no sentence's or list's punctuation.
const SITE_NAME = /^[^.!?:;,"“”«»|]{2,40}$/u;

/**
 * A site's name on the first line over its menu, one or two words a line (three or more from line 2),
 * and the headline under the menu, longer than the name, five words or more (three under a menu of
 * four items or more): "Radar Palembang" /
 * "Home" / "Berita" / "Sumsel" / "Tokoh" / "Tokoh Inspirasi Sumsel, Prof Dr …: …". The menu's
 * words may be in a script without capitals ("TOS News" / "होम" / "देश" / "खेल" / "मनोरंजन").
 * Returns the name's and the menu's paragraphs.
 */
export function mastheadOverMenu(
  paragraphs: readonly SourceParagraph[],
  noise: ReadonlyMap<number, NoiseReason>,
): number[] {
  const text = (i: number) => paragraphs[i]?.text ?? '';
  const item = (i: number) =>
    (noise.get(paragraphs[i]?.index ?? -1) === 'page furniture' &&
      text(i).split(' ').length <= 2) ||
    CASELESS_ITEM.test(text(i));
  let end = 1;
  while (item(end)) end += 1;
  const name = text(0);
  const headline = text(end);
  if (
    end - 1 < 3 ||
    !SITE_NAME.test(name) ||
    name.split(' ').length > 4 ||
    // A menu of four items or more may stand over a shorter headline ("A kérdező válaszol").
    headline.split(' ').length < (end - 1 >= 4 ? 3 : 5) ||
    headline.length <= name.length
  )
    return [];
  return paragraphs.slice(0, end).map((p) => p.index);
}

// A date line crediting the paper a mirror copies: "نشر في المدينة يوم 14 - 01 - 2012".
const REPUBLISHED = /^نشر في /u;

/**
 * A site's or section's name on the first line, three words at most, over an interview's headline
 * of five words or more giving who speaks and what they say ("NAME: …") and the page's date line
 * under it: "سعورس" / "الراشد في حوار الوداع: …" / "نشر في المدينة يوم 14 - 01 - 2012", "Tuần Việt
 * Nam" / "Tướng …: …" / "Thứ Hai, 18/02/2013 - 07:05", where the page names it again. A news
 * page's short headline over its standfirst ("Winter Is Coming" / "The grid operator on the cold
 * months ahead", a standfirst "NAME: …" saying a word of it again or none), or a guest's name over
 * an episode's title, stays.
 */
export function mastheadOverDatedHeadline(
  paragraphs: readonly SourceParagraph[],
  noise: ReadonlyMap<number, NoiseReason>,
): number[] {
  const [name, headline, date] = paragraphs;
  if (!name || !headline || !date || noise.has(name.index) || noise.has(headline.index)) return [];
  const words = (text: string) => text.split(' ').length;
  // The page's own short headline over its standfirst, which says its words again ("Winter Is
  // Coming" / "Grid chief Anna Berg: our reserves will last the winter"); a site's name is not.
  const said = new Set(headline.text.toLowerCase().match(/\p{L}{4,}/gu));
  const echoed = (name.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => said.has(w));
  // A short headline may share no word with the line under it ("Ready for Winter" / "…: the cold
  // months"): the first line is a site's name only where the page says so again, naming the site
  // further down (its copyright line, "Tuần Việt Nam xin đăng lại …"), or where its date line
  // credits the paper it republishes ("نشر في المدينة يوم …", a mirror's own name over it).
  const lower = name.text.toLowerCase();
  const confirmed =
    paragraphs.slice(1).some((p) => p.text.toLowerCase().includes(lower)) ||
    REPUBLISHED.test(date.text);
  return noise.get(date.index) === 'date line' &&
    !echoed &&
    confirmed &&
    SITE_NAME.test(name.text) &&
    words(name.text) <= 3 &&
    words(headline.text) >= 5 &&
    /\S[:：] \S/u.test(headline.text) &&
    headline.text.length > name.text.length * 2
    ? [name.index]
    : [];
}

// A post's title naming the interview: "Interview mam Hannah Verlaine" (Luxembourgish), "Interview
// with …", "Intervju med …", "Entrevista con …".
const INTERVIEW_TITLE =
  /^(?:interview|intervju|entrevista|intervista|entretien)\s(?:with|w\/|mam|mat|mit|med|avec|con|com)\s\p{Lu}/iu;

/**
 * A blog's name (three words at most), its tagline and perhaps the post's category, two or three
 * short lines closing no sentence over the post's title naming the interview and its date line:
 * "Bichergeck" / "Bicher, Bicher an nach méi Bicher" / "engl. Interview" / "Interview mam Hannah
 * Verlaine" / "1. September 2018". Returns those lines.
 */
export function blogMastheadOverTitle(
  paragraphs: readonly SourceParagraph[],
  noise: ReadonlyMap<number, NoiseReason>,
): number[] {
  const title = paragraphs.findIndex((p, i) => i <= 3 && INTERVIEW_TITLE.test(p.text));
  const above = paragraphs.slice(0, Math.max(title, 0));
  if (
    title < 2 ||
    noise.get(paragraphs[title + 1]?.index ?? -1) !== 'date line' ||
    (above[0]?.text.split(' ').length ?? 9) > 3 ||
    !above.every(
      (p) => !noise.has(p.index) && p.text.split(' ').length <= 8 && !/[.!?:]$/u.test(p.text),
    )
  )
    return [];
  return above.map((p) => p.index);
}

// A thread's pager: page numbers from 1 between arrows and a word each side, "‹ הקודם 1 2 3 4 הבא ›".
const PAGER = /^[<‹«] ?[^\s\d<>‹›«»]{1,15} 1(?: \d{1,3}){1,30} [^\s\d<>‹›«»]{1,15} ?[>›»]$/u;

/**
 * A forum's board name under the thread's title, over the thread's pager, four words at most:
 * "[IMG]…[/IMG] שרשור אירוח" / "מוזיקה ים תיכונית" / "‹ הקודם 1 2 3 4 הבא ›".
 */
export function boardOverPager(
  paragraphs: readonly SourceParagraph[],
  noise: ReadonlyMap<number, NoiseReason>,
): number[] {
  return paragraphs.slice(1, 3).flatMap((p, k) => {
    const pager = paragraphs[k + 2]?.text ?? '';
    return !noise.has(p.index) &&
      PAGER.test(pager) &&
      SITE_NAME.test(p.text) &&
      p.text.split(' ').length <= 4
      ? [p.index]
      : [];
  });
}
