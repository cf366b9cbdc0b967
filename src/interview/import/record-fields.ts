import { parseDateLine } from './dates';

// A record's field label alone on its line: "Release Date:", "Transcript ID:", "Released by:".
const KEY = /^\p{Lu}[\p{L} ]{0,24}:$/u;
// A field set out on one line, "Period of Service: 18/09/2013 - 15/09/2015".
const INLINE_FIELD = /^\p{Lu}[\p{L} ]{0,24}:\s+\S.{0,59}$/u;

function isData(value: string): boolean {
  return /^\d[\d/.: -]*$/u.test(value) || parseDateLine(value) !== undefined;
}

/**
 * An archive's record set out a label a line over its value, three or more fields in a row, each
 * label once, the values short, one a date or a figure at least: "Release Date:" / "25/10/2013" /
 * "Release Type:" / "Interview" / "Transcript ID:" / "23053". The lines at which such runs start
 * and end (end excluded), with a one-line field just before or after taken in ("Period of
 * Service: …"). A transcript's speakers ("NEIL MITCHELL:" / "Good morning.") come back, and say
 * words rather than figures.
 */
export function recordFieldRuns(lines: readonly string[]): { start: number; end: number }[] {
  const keys = new Map<string, number>();
  for (const line of lines) if (KEY.test(line)) keys.set(line, (keys.get(line) ?? 0) + 1);
  const isPair = (i: number) => {
    const key = lines[i] ?? '';
    const value = lines[i + 1] ?? '';
    return (
      KEY.test(key) &&
      keys.get(key) === 1 &&
      value.length > 0 &&
      value.length <= 40 &&
      !KEY.test(value) &&
      !/[.?!]$/u.test(value)
    );
  };
  const runs: { start: number; end: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isPair(i)) {
      i += 1;
      continue;
    }
    let end = i;
    let data = 0;
    while (isPair(end)) {
      if (isData(lines[end + 1] ?? '')) data += 1;
      end += 2;
    }
    if ((end - i) / 2 >= 3 && data >= 1) {
      const start = INLINE_FIELD.test(lines[i - 1] ?? '') ? i - 1 : i;
      runs.push({ start, end: INLINE_FIELD.test(lines[end] ?? '') ? end + 1 : end });
    }
    i = end;
  }
  return runs;
}

// A name as an archive files it, surname first: "Abbott, Tony", "van der Berg, Anna Maria". The
// surname a word or two (a particle or a hyphen allowed), one to three given names after the comma.
const SURNAME_FIRST =
  /^((?:(?:de|da|di|du|van|von|der|den|del|la|le|ter|ten) )*\p{Lu}[\p{L}’'-]*\p{L}(?: \p{Lu}[\p{L}’'-]*\p{L})?), (\p{Lu}[\p{L}’'-]*\p{L}(?: \p{Lu}[\p{L}’'-]*\p{L}){0,2})$/u;

/** What an archive's transcript page sets around its record, each as a line's position. */
export type ArchiveRecord = {
  /** The holder's name, surname first on the line right over the record, written given name first. */
  holder: { at: number; name: string };
  /** The archive's lines over the holder's name: its name, tagline and menu. */
  chrome: number[];
  /** The record's fields set out one a line ("Release Date: 25/10/2013"), with the date they give. */
  fields: number[];
  released: string | undefined;
  /** The line right under the record, where the archive names the event ("Press Conference, …"). */
  event: number | undefined;
};

// A field only an archive's record has: "Release Date", "Release Type", "Transcript ID",
// "Released by", "Period of Service". An oral history's profile under a place ("Madrid, Spain" /
// "Date: …" / "Place: …" / "Duration: …") has none: the place is no holder's name.
const ARCHIVE_KEY = /^(?:release[ds]?|transcript|document|speech|period of service)\b/iu;

/**
 * Where a record of three fields or more starts right under line `at`: a label a line over its
 * value (recordFieldRuns), or "Key: value" one a line, each key once, a value a date or figure,
 * one of its keys an archive's; a line naming the holder as filed may come between ("More
 * information about Abbott, Tony on …").
 */
function recordUnder(lines: readonly string[], at: number) {
  const archival = (from: number, to: number) =>
    lines.slice(from, to).some((line) => line.includes(':') && ARCHIVE_KEY.test(line));
  const run = recordFieldRuns(lines).find((r) => r.start === at + 1);
  if (run) return archival(run.start, run.end) ? { end: run.end, fields: [] } : undefined;
  const holder = lines[at] ?? '';
  const link = (line: string) => line.length <= 120 && line.includes(holder);
  // A speaker's first turn under it ("HOST: Well, welcome to the show.") is no field: its label
  // comes back, or it closes a sentence.
  const field = (line: string) =>
    INLINE_FIELD.test(line) &&
    !/[.?!]$/u.test(line) &&
    lines.filter((l) => l.startsWith(line.slice(0, line.indexOf(':') + 1))).length === 1;
  let end = at + 1;
  while (field(lines[end] ?? '') || link(lines[end] ?? '')) end += 1;
  const fields = lines.slice(at + 1, end).filter((f) => !link(f));
  const keys = new Set(fields.map((f) => f.slice(0, f.indexOf(':'))));
  const data = fields.some((f) => isData(f.slice(f.indexOf(':') + 1).trim()));
  return fields.length >= 3 && keys.size === fields.length && data && archival(at + 1, end)
    ? { end, fields: lines.slice(at + 1, end).map((_, i) => at + 1 + i) }
    : undefined;
}

const isEvent = (line: string) =>
  line.length <= 120 && /^\p{Lu}/u.test(line) && !/[:.?!]$/u.test(line);

/**
 * A transcript archive's page (a prime minister's, a mayor's): the holder's name filed surname
 * first right over a record of three fields or more, the event's line right under it. The lines
 * over the name are the archive's (its name, tagline, menu: short lines, no sentence); the name is
 * the holder's, whom a label that is an office alone ("PRIME MINISTER:") means. A "Town, Region"
 * line over no record is none.
 */
export function archiveRecord(lines: readonly string[]): ArchiveRecord | undefined {
  const at = lines
    .slice(0, 40)
    .findIndex((line, i) => SURNAME_FIRST.test(line) && recordUnder(lines, i) !== undefined);
  const match = SURNAME_FIRST.exec(lines[at] ?? '');
  const record = at >= 0 ? recordUnder(lines, at) : undefined;
  if (!match?.[1] || !match[2] || !record) return undefined;
  // The newer layout names the event over the holder's photo: "…" / "Photo of Abbott, Tony" / name.
  const photo = lines[at - 1] === `Photo of ${lines[at] ?? ''}`;
  const over = photo && isEvent(lines[at - 2] ?? '') ? at - 2 : undefined;
  const above = lines
    .slice(0, at)
    .map((_, i) => i)
    .filter((i) => i !== over);
  const chrome = above.every(
    (i) => (lines[i] ?? '').split(' ').length <= 8 && !/[.?!;]$/u.test(lines[i] ?? ''),
  )
    ? above
    : [];
  const released = record.fields
    .map((i) => /^[^:]*\bdate:\s(.+)$/iu.exec(lines[i] ?? '')?.[1] ?? '')
    .map((value) => parseDateLine(value))
    .find(Boolean);
  return {
    holder: { at, name: `${match[2]} ${match[1]}` },
    chrome,
    fields: record.fields,
    released,
    event: photo ? over : isEvent(lines[record.end] ?? '') ? record.end : undefined,
  };
}
