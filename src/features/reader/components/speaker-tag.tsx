import type { Speaker } from '../reader-model';

/**
 * Who speaks: the interviewer's tag outlined, the interviewee's filled, in
 * greys, so that no tag shares a colour with a highlight.
 */
export function SpeakerTag({ speaker }: { speaker: Speaker | undefined }) {
  if (!speaker) return null;
  const interviewer = speaker.side === 'interviewer';
  return (
    <span
      data-pagefind-ignore
      className={`mb-1 inline-block rounded px-1.5 py-0.5 font-sans text-xs font-semibold tracking-wide uppercase ${
        interviewer
          ? 'border border-stone-500 text-stone-700 dark:border-stone-400 dark:text-stone-200'
          : 'border border-stone-700 bg-stone-700 text-white dark:border-stone-200 dark:bg-stone-200 dark:text-stone-900 print:bg-transparent print:text-inherit'
      }`}
    >
      {speaker.label}
      <span className="sr-only">{interviewer ? ' asks:' : ' answers:'}</span>
    </span>
  );
}
