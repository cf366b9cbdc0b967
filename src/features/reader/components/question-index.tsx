import { memo, useCallback, useMemo, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router-dom';
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
};

/**
 * One question in the index: a plain link, memoised, with no hooks of its own.
 * As router links (each with its own hooks and handler) all 2,000 entries of a
 * long interview re-rendered on every change of address, a search's among them
 * (README, Speed); now only entries whose props change do.
 */
const IndexEntry = memo(function IndexEntry({ href, title, current, matches }: IndexEntryProps) {
  return (
    <li>
      <a
        href={href}
        aria-current={current ? 'true' : undefined}
        // A component class (styles/index.css), its look when current set by aria-current.
        className="index-entry"
      >
        <span className="index-title">{title}</span>
        {matches > 0 && (
          <span className="mt-0.5 rounded-full bg-sky-700 px-1.5 text-xs font-semibold text-white tabular-nums dark:bg-sky-300 dark:text-stone-950">
            {matches}
            <span className="sr-only"> {matches === 1 ? 'match' : 'matches'}</span>
          </span>
        )}
      </a>
    </li>
  );
});

// No parameters kept: one object, so the links made from it are made once.
const KEEP_NOTHING: Partial<ReaderParams> = {};

/** A click the browser should handle itself: another button, a modifier (new tab, download), a target. */
const leftToBrowser = (event: MouseEvent, link: HTMLAnchorElement) =>
  event.button !== 0 ||
  event.metaKey ||
  event.altKey ||
  event.ctrlKey ||
  event.shiftKey ||
  (link.target !== '' && link.target !== '_self');

/**
 * Every question by its text, grouped by topic; each entry a real link,
 * followed in the app by one click handler on the list (as `Link` does:
 * src/components/link.tsx). Renders only.
 */
export function QuestionIndex({
  interviewId,
  outline,
  currentId,
  matchCounts,
  keep = KEEP_NOTHING,
  onNavigate,
}: QuestionIndexProps) {
  // The router's basename as an address prefix ('' at the root): every entry's href is it
  // and an app path, so a followed link's app path is its href without it.
  const root = useHref('/');
  const base = root === '/' ? '' : root.replace(/\/$/, '');
  const navigate = useNavigate();
  // Every entry's link, made once for the interview and the parameters kept: the question
  // being read changes as the reader scrolls, and on the 2,000-question interview making
  // 2,020 links again at each change took 30–40 ms and their garbage (README, Speed).
  const links = useMemo(
    () =>
      outline.map((section) => ({
        section,
        href: base + paths.section(interviewId, section.id, keep),
        questions: section.questions.map((question) => ({
          question,
          href: base + paths.anchor(interviewId, section.id, question.id, keep),
        })),
      })),
    [outline, interviewId, keep, base],
  );
  const follow = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (!(event.target instanceof Element)) return;
      const link = event.target.closest('a');
      const href = link?.getAttribute('href');
      if (!link || !href || !event.currentTarget.contains(link)) return;
      onNavigate?.();
      if (event.defaultPrevented || leftToBrowser(event, link)) return;
      event.preventDefault();
      // The address already shown replaces its history entry, as the router's links do. Both
      // absolute and encoded alike by the browser, so an id in any script compares too.
      void navigate(href.slice(base.length), {
        preventScrollReset: true,
        replace: link.href === window.location.href,
      });
    },
    [base, navigate, onNavigate],
  );
  return (
    // The clicks of its links, which the keyboard operates too (Enter on a link clicks it).
    <ol className="space-y-4 text-sm" onClick={follow}>
      {links.map(({ section, href, questions }) => (
        <li key={section.id}>
          <a
            // Its direction from its words, as the heading it links to.
            dir="auto"
            href={href}
            className="flex min-h-11 items-center font-sans font-semibold tracking-wide text-sky-800 uppercase hover:underline md:min-h-0 pointer-coarse:min-h-11 dark:text-sky-300"
          >
            {section.label}
          </a>
          <ol className="mt-1 space-y-1 border-l border-stone-300 dark:border-stone-700">
            {questions.map(({ question, href: entryHref }) => (
              <IndexEntry
                key={question.id}
                href={entryHref}
                title={question.title}
                current={question.id === currentId}
                matches={matchCounts?.get(question.id) ?? 0}
              />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
