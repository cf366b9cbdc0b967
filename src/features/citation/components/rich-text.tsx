import type { RichText as RichTextRuns } from '../format-citations';

/** A citation's text with its italics (titles of publications), as text: never as HTML. */
export function RichText({ text }: { text: RichTextRuns }) {
  return text.map((run, i) =>
    run.italic ? <i key={i}>{run.text}</i> : <span key={i}>{run.text}</span>,
  );
}
