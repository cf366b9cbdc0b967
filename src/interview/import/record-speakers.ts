// A parliamentary record's speaker lines, as a record site prints them: each Member's speech under
// the alt text of the Member's photo, the name twice and the role after it ("Photo of Tom Farrant
// Tom Farrant Liberal Democrat Spokesperson (Environment, Food and Rural Affairs)", the chair's
// with the time and date after the role), each witness's answer under the witness's name alone on
// a line ("Helen Garside").

const PHOTO = 'Photo of ';
const NAME_WORD = /^\p{Lu}[\p{L}’'.-]*$/u;
// The time and date a chair's line gives after the role: " 2:00 pm, 21st June 2022".
const TIME_AND_DATE = / \d{1,2}[:.]\d{2} ?[ap]\.?m\.?(?:,[^,]{1,40})?$/iu;
// A role a name's first label can carry before its colon (no stop, colon, number or bracket in it
// but a pair: "Liberal Democrat Spokesperson (Environment, Food and Rural Affairs)").
const ROLE = /^[^:：?!.;\d()]{3,100}(?:\([^:：?!.;\d()]{3,80}\))?$/u;
// A full name alone on a line: "Helen Garside", "Marcus Obi".
const NAME_LINE = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}’'-]+){1,3}$/u;

/** The speaker a photo line names (the name printed twice), and the role after it. */
function photoSpeaker(line: string): { name: string; role: string } | undefined {
  if (!line.startsWith(PHOTO)) return undefined;
  const words = line.slice(PHOTO.length).split(' ');
  for (let n = 4; n >= 2; n -= 1) {
    const name = words.slice(0, n).join(' ');
    if (
      words.slice(0, n).every((w) => NAME_WORD.test(w)) &&
      words.slice(n, 2 * n).join(' ') === name
    )
      return {
        name,
        role: words
          .slice(2 * n)
          .join(' ')
          .replace(TIME_AND_DATE, ''),
      };
  }
  return undefined;
}

/** Whose speech a record's line is: a Member's (under a photo line) or a witness's (under a name). */
export type RecordSpeech = 'member' | 'witness';

/**
 * Where two or more photo lines head speeches, each becomes the label of the words under it
 * ("Tom Farrant, Liberal Democrat Spokesperson (…): First, …" the first time, for the role to be
 * the speaker's, then "Tom Farrant: …"), and so does a full name alone on a line that the page
 * names elsewhere too (the witnesses, whom the chair names). A lone photo caption is left.
 * Returns the lines of speech so labelled, each a Member's or a witness's: at a committee's
 * evidence session the chair and the Members ask and the witnesses answer.
 */
export function labelRecordSpeakers(lines: string[]): Map<number, RecordSpeech> {
  const speeches = new Map<number, RecordSpeech>();
  const photos = lines.flatMap((line, i) => {
    const speaker = photoSpeaker(line);
    return speaker ? [{ i, ...speaker }] : [];
  });
  if (photos.length < 2) return speeches;
  const photoLines = new Set(photos.map((p) => p.i));
  const named = (name: string) =>
    lines.some((line, k) => !photoLines.has(k) && line !== name && line.includes(name));
  const witnesses = lines.flatMap((line, i) =>
    NAME_LINE.test(line) && named(line) ? [{ i, name: line, role: '' }] : [],
  );
  const seen = new Set<string>();
  for (const { i, name, role } of [...photos, ...witnesses].sort((a, b) => a.i - b.i)) {
    let words = i + 1;
    while (lines[words] === '') words += 1;
    const text = lines[words];
    if (!text || photoLines.has(words) || NAME_LINE.test(text)) continue;
    // The role reads as the speaker's where the name comes back as a label of its own (a Member
    // speaking once keeps "Name, role:" in the words, none of them lost).
    const label = !seen.has(name) && ROLE.test(role) ? `${name}, ${role}` : name;
    seen.add(name);
    lines[words] = `${label}: ${text}`;
    lines.fill('', i, words);
    speeches.set(words, photoLines.has(i) ? 'member' : 'witness');
  }
  return speeches;
}
