import type { SourceParagraph } from './paragraphs';

// A catalogue's field: a short capitalised key, a colon, a short value ("Tape Master: 10061").
const FIELD = /^\p{Lu}[\p{L} ]{0,24}:\s+(\S.{0,59})$/u;
// A value that is data rather than words: a figure or a code ("460173_1_1", "1994 (Actual
// Year)"), yes or no, none, or a dash for an empty field.
const DATA = /^(?:\d\S*(?: \(.{1,30}\))?|yes|no|none|n\/a|[-–—])$/iu;
// A field a clip has or has not, or left empty: an archive's record marks some so ("Audio:
// Yes", "HD: N/A", "Timecode: -"); a player's fact box of figures ("Born: 1999" / "Caps: 4") none.
const MARK = /^(?:yes|no|none|n\/a|[-–—])$/iu;

/**
 * A footage or media archive's record of a clip, four or more "Field: value" lines in a row
 * before the first question, each key once, most values data, one at least marked yes, no or
 * empty: "Clip: 460173_1_1" / "Audio: Yes" / "Video: Color" / "HD: N/A" / "Timecode: -". The
 * whole record is the archive's page, not the
 * article. A profile set out the same way ("Hometown: Dayton, Ohio" / "Age: 34") gives words.
 */
export function catalogueRecord(paragraphs: readonly SourceParagraph[]): number[] {
  const firstAsk = paragraphs.findIndex((p) => /[?？؟]/u.test(p.text));
  const before = firstAsk < 0 ? paragraphs : paragraphs.slice(0, firstAsk);
  const found: number[] = [];
  let run: SourceParagraph[] = [];
  const close = () => {
    const keys = new Set(run.map((p) => p.text.slice(0, p.text.indexOf(':'))));
    const values = run.map((p) => FIELD.exec(p.text)?.[1]?.trim() ?? '');
    const data = values.filter((value) => DATA.test(value));
    if (
      run.length >= 4 &&
      keys.size === run.length &&
      data.length * 2 > run.length &&
      values.some((value) => MARK.test(value))
    )
      found.push(...run.map((p) => p.index));
    run = [];
  };
  for (const p of before) {
    if (FIELD.test(p.text)) run.push(p);
    else close();
  }
  close();
  // The archive's kind of item, one word alone on the page's first line over the clip's title
  // ("Reel", "Footage"), goes with the record it heads.
  const [top] = paragraphs;
  if (found.length > 0 && top && /^\p{Lu}\p{Ll}{1,15}$/u.test(top.text)) {
    const first = paragraphs.findIndex((p) => p.index === found[0]);
    if (first >= 1 && first <= 3) found.push(top.index);
  }
  return found;
}
