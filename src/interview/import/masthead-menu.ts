import type { NoiseReason } from './noise';
import type { SourceParagraph } from './paragraphs';

// A menu's item, one word in a script without capitals: Hindi "होम" / "देश" / "खेल" / "मनोरंजन".
// Not Chinese, Japanese or Korean, whose short lines may be a dialogue's names ("高木").
const CASELESS_ITEM =
  /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{Lo}\p{M}]{2,12}$/u;
// A site's name: four words at most, no sentence's or list's punctuation.
const SITE_NAME = /^[^.!?:;,"“”«»|]{2,40}$/u;

/**
 * A site's name on the first line over its menu, one word a line (three or more from line 2),
 * and the headline under the menu, longer than the name, five words or more: "Radar Palembang" /
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
    (noise.get(paragraphs[i]?.index ?? -1) === 'page furniture' && !text(i).includes(' ')) ||
    CASELESS_ITEM.test(text(i));
  let end = 1;
  while (item(end)) end += 1;
  const name = text(0);
  const headline = text(end);
  if (
    end - 1 < 3 ||
    !SITE_NAME.test(name) ||
    name.split(' ').length > 4 ||
    headline.split(' ').length < 5 ||
    headline.length <= name.length
  )
    return [];
  return paragraphs.slice(0, end).map((p) => p.index);
}

/**
 * A site's or section's name on the first line, three words at most, over a headline of five words
 * or more and the page's date line under it: "سعورس" / "الراشد في حوار الوداع: …" / "نشر في المدينة
 * يوم 14 - 01 - 2012", "Tuần Việt Nam" / "Tướng …: …" / "Thứ Hai, 18/02/2013 - 07:05".
 */
export function mastheadOverDatedHeadline(
  paragraphs: readonly SourceParagraph[],
  noise: ReadonlyMap<number, NoiseReason>,
): number[] {
  const [name, headline, date] = paragraphs;
  if (!name || !headline || !date || noise.has(name.index) || noise.has(headline.index)) return [];
  const words = (text: string) => text.split(' ').length;
  return noise.get(date.index) === 'date line' &&
    SITE_NAME.test(name.text) &&
    words(name.text) <= 3 &&
    words(headline.text) >= 5 &&
    headline.text.length > name.text.length * 2
    ? [name.index]
    : [];
}
