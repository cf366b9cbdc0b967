import { decodePrompt } from '../../../config/prompt-codec';

/** The teacher's words, set apart from the interview's: a labelled box in the page's sans face. */
export function TeacherPrompt({
  text,
  label = 'Teacher’s prompt',
  name = label,
}: {
  /** The prompt as the link writes it (plain, or Punycode: decoded here, in this lazy chunk). */
  text: string;
  /** What the box says it is. */
  label?: string;
  /** Its accessible name, unique on the page: "Teacher’s prompt for Energy". */
  name?: string;
}) {
  return (
    <div
      role="note"
      aria-label={name}
      className="lesson-prompt my-4 rounded-lg border-l-4 border-violet-600 bg-violet-50 px-4 py-3 font-sans text-base text-violet-950 dark:border-violet-400 dark:bg-violet-950/40 dark:text-violet-100"
    >
      <p className="text-xs font-semibold tracking-wide uppercase">{label}</p>
      <p className="mt-1 whitespace-pre-line">{decodePrompt(text)}</p>
    </div>
  );
}
