import type { Speaker } from '../reader-model';

/** Who speaks: interviewer and interviewee tags differ in colour and in words. */
export function SpeakerTag({ speaker }: { speaker: Speaker | undefined }) {
  if (!speaker) return null;
  const interviewer = speaker.side === 'interviewer';
  return (
    <span
      className={`mb-1 inline-block rounded px-1.5 py-0.5 font-sans text-xs font-semibold tracking-wide uppercase ${
        interviewer
          ? 'bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-100'
          : 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100'
      }`}
    >
      {speaker.label}
      <span className="sr-only">{interviewer ? ' asks' : ' answers'}:</span>
    </span>
  );
}
