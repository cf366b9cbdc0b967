// A subtitle archive's transcript: each subtitle line over its timing line, from and to glued
// (":00:46.:00:50."), no speakers. The timings are furniture (noise.ts); a turn wrapped over
// several subtitle lines is one paragraph.

/** A subtitle's timing line: ":00:46.:00:50.", "1:02:03.1:02:07.". */
export const SUBTITLE_TIMING = /^(?:\d{0,2}:\d{2}:\d{2}\.){2}$/u;

const ENDS_SENTENCE = /[.?!…"”’)]$/u;

/**
 * On a page of such lines (three timings or more), a subtitle line that ends no sentence goes on
 * in the subtitle line under its timing: "You are in London … What is" / ":00:46.:00:50." /
 * "your message to the British government?" is one question. The later line's words join the
 * first's, the later line is left empty (as readCues does with a cue's), its timing stays.
 */
export function joinSubtitleLines(lines: string[]): void {
  if (lines.filter((line) => SUBTITLE_TIMING.test(line)).length < 3) return;
  let open = -1;
  lines.forEach((line, i) => {
    if (SUBTITLE_TIMING.test(line)) return;
    const timed = SUBTITLE_TIMING.test(lines[i + 1] ?? '');
    if (open >= 0 && timed && line !== '') {
      lines[open] = `${lines[open] ?? ''} ${line}`;
      lines[i] = '';
    } else open = timed ? i : -1;
    if (ENDS_SENTENCE.test(lines[open] ?? '')) open = -1;
  });
}
