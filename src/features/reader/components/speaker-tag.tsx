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
      // Component classes (styles/index.css): every question has two tags.
      className={interviewer ? 'speaker-asks' : 'speaker-answers'}
    >
      {speaker.label}
      <span className="sr-only">{interviewer ? ' asks:' : ' answers:'}</span>
    </span>
  );
}
