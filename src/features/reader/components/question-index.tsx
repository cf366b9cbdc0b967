import { memo } from 'react';
import { Link } from '../../../components/link';
import { paths, type ReaderParams } from '../../../config/paths';
import type { OutlineSection } from '../../../interview/outline';

type QuestionIndexProps = {
  interviewId: string;
  outline: readonly OutlineSection[];
  /** The question being read, marked with aria-current. */
  currentId: string | undefined;
  /** Search matches per question id, shown beside the entries. */
  matchCounts?: ReadonlyMap<string, number> | undefined;
  /** Parameters the links keep (a lesson's sections, discussion mode, the search). */
  keep?: Partial<ReaderParams>;
  /** Called when an entry is followed (the phone panel closes). */
  onNavigate?: () => void;
};

type IndexEntryProps = {
  href: string;
  title: string;
  current: boolean;
  matches: number;
  onNavigate: (() => void) | undefined;
};

/** One question in the index. Memoised: a long index re-renders only entries that change. */
const IndexEntry = memo(function IndexEntry({
  href,
  title,
  current,
  matches,
  onNavigate,
}: IndexEntryProps) {
  return (
    <li>
      <Link
        preventScrollReset
        to={href}
        onClick={onNavigate}
        aria-current={current ? 'true' : undefined}
        // A component class (styles/index.css), its look when current set by aria-current.
        className="index-entry"
      >
        <span className="flex-1">{title}</span>
        {matches > 0 && (
          <span className="mt-0.5 rounded-full bg-sky-700 px-1.5 text-xs font-semibold text-white tabular-nums dark:bg-sky-300 dark:text-stone-950">
            {matches}
            <span className="sr-only"> {matches === 1 ? 'match' : 'matches'}</span>
          </span>
        )}
      </Link>
    </li>
  );
});

/** Every question by its text, grouped by topic; each entry a real link. Renders only. */
export function QuestionIndex({
  interviewId,
  outline,
  currentId,
  matchCounts,
  keep = {},
  onNavigate,
}: QuestionIndexProps) {
  return (
    <ol className="space-y-4 text-sm">
      {outline.map((section) => (
        <li key={section.id}>
          <Link
            preventScrollReset
            to={paths.section(interviewId, section.id, keep)}
            onClick={onNavigate}
            className="flex min-h-11 items-center font-sans font-semibold tracking-wide text-sky-800 uppercase hover:underline md:min-h-0 pointer-coarse:min-h-11 dark:text-sky-300"
          >
            {section.label}
          </Link>
          <ol className="mt-1 space-y-1 border-l border-stone-300 dark:border-stone-700">
            {section.questions.map((question) => (
              <IndexEntry
                key={question.id}
                href={paths.anchor(interviewId, section.id, question.id, keep)}
                title={question.title}
                current={question.id === currentId}
                matches={matchCounts?.get(question.id) ?? 0}
                onNavigate={onNavigate}
              />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
