// A transcript tool's processing header leaked onto a podcast-summary page, over the episode's
// cues: "Debug Information" / "Processing Details" / "- VTT File: 35e02f52.vtt" / "- Processing
// Time: September 11, 2025 at 12:51 PM" / … / "Prompts Used" / "Prompt 1: Context Setup" / the
// prompt's instructions / "Transcript section:". None of it is the episode's: read as its
// headline, guest ("Processing Details") and date (the processing time), it misnamed the page.

const HEADING = /^(?:Debug Info(?:rmation)?|Processing Details)$/iu;
// A field of the tool's, one a line: "- Total Chunks: 1" (a key of one to four words).
const FIELD = /^- \p{Lu}[\p{L}\d]*(?: [\p{L}\d]+){0,3}: \S/u;
const PROMPTS = /^Prompts? Used$/iu;
const PROMPT = /^Prompt \d{1,2}: \S/u;
// The line the episode's text follows: "Transcript section:", "Transcript:".
const TRANSCRIPT = /^Transcript(?: section| part \d{1,3})?:$/iu;
// Of the tool's fields, those that name it a transcript's: a bare "- Shift Length: …" list on a
// page that happens to say "Processing Details" is not one.
const TOOL_KEY = /^- (?:VTT|SRT|Caption|Transcript|Total Chunks|Processing Time|Chunk)/iu;

/**
 * The header's lines, as indexes into `texts`: its heading lines, then two fields or more of
 * which one names a transcript's file, length, captions or chunks. The prompt after them
 * ("Prompts Used", "Prompt 1: …" and its instructions) goes with them only up to a line
 * "Transcript section:" within twelve lines: without that line the instructions stay (nothing
 * tells them from the page's own words).
 */
export function toolHeader(texts: readonly string[]): number[] {
  const start = texts.slice(0, 20).findIndex((t) => HEADING.test(t));
  if (start < 0) return [];
  let end = start;
  while (HEADING.test(texts[end] ?? '')) end += 1;
  const fieldsFrom = end;
  while (FIELD.test(texts[end] ?? '')) end += 1;
  const fields = texts.slice(fieldsFrom, end);
  if (fields.length < 2 || !fields.some((t) => TOOL_KEY.test(t))) return [];
  const header = [...Array(end - start).keys()].map((k) => start + k);
  if (!PROMPTS.test(texts[end] ?? '') && !PROMPT.test(texts[end] ?? '')) return header;
  const close = texts.slice(end, end + 12).findIndex((t) => TRANSCRIPT.test(t));
  if (close < 0) {
    // The prompt's headings alone: its words stay.
    while (PROMPTS.test(texts[end] ?? '') || PROMPT.test(texts[end] ?? '')) {
      header.push(end);
      end += 1;
    }
    return header;
  }
  for (let at = end; at <= end + close; at += 1) header.push(at);
  return header;
}
