import type { ReactNode } from 'react';
import { paths, type LessonParams } from '../../../config/paths';
import type { Section } from '../../../interview/schema';
import { plural } from '../../../lib/format';
import { foldQuery } from '../../../interview/fold';
import { sectionHeadingId } from '../reader-view';
import { CollapsibleBody } from './collapsible-body';
import { CopyLinkButton } from './copy-button';
import { NoScriptNote } from './no-script-note';

type InterviewSectionProps = {
  interviewId: string;
  section: Section;
  /** The lesson the section's link keeps. */
  lesson: Partial<LessonParams>;
  open: boolean;
  /**
   * Whether the address's path names this section (`/i/<id>/<section-id>`):
   * without JavaScript its heading is where the page opens (`data-link-target`,
   * see index.css).
   */
  linkTarget: boolean;
  onOpenChange: (open: boolean) => void;
  onCite: () => void;
  children: ReactNode;
};

/**
 * The topic, the full heading and the number of questions; one line while collapsed. A topic
 * that is the heading's own words (the importer's one section "Interview") is said once, by the
 * heading: it read "INTERVIEW" over "Interview", on screen and on paper.
 */
function SectionTitle({ section, open }: { section: Section; open: boolean }) {
  const topicIsHeading = foldQuery(section.label) === foldQuery(section.heading);
  return (
    <span className={`min-w-0 flex-1 ${open ? '' : 'flex items-baseline gap-x-2 overflow-hidden'}`}>
      {/* The search index (data-pagefind) keeps the heading alone. */}
      {!topicIsHeading && (
        <>
          <span
            data-pagefind-ignore
            className={`font-sans font-semibold text-sky-800 dark:text-sky-300 ${open ? 'block text-sm tracking-wide uppercase' : 'shrink-0 text-base'}`}
          >
            {section.label}
            {/* Pauses for screen readers between the three parts. */}
            <span className="sr-only">:</span>
          </span>{' '}
        </>
      )}
      <span
        className={
          open
            ? 'block font-serif text-2xl leading-tight font-semibold'
            : 'min-w-0 truncate font-sans text-base font-normal text-stone-700 dark:text-stone-300'
        }
      >
        {section.heading}
      </span>
      <span
        data-pagefind-ignore
        className={`font-sans text-sm font-normal text-stone-600 print:hidden dark:text-stone-400 ${open ? 'mt-1 block' : 'ms-auto shrink-0 max-sm:sr-only'}`}
      >
        <span className="sr-only">,</span> {plural(section.questions.length, 'question')}
      </span>
    </span>
  );
}

/** Closed, it points into the heading: turned where the heading reads from the right (index.css). */
function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      fill="currentColor"
      className={`size-5 shrink-0 transition-transform motion-reduce:transition-none print:hidden ${open ? 'mt-0.5 rotate-90' : ''}`}
    >
      <path d="M7.2 4.2a1 1 0 0 1 1.4 0l5 5a1 1 0 0 1 0 1.4l-5 5a1 1 0 1 1-1.4-1.4L11.5 10 7.2 5.6a1 1 0 0 1 0-1.4Z" />
    </svg>
  );
}

const toolClass =
  'min-h-11 min-w-11 rounded-md px-2 py-1 font-sans text-sm text-stone-600 hover:bg-stone-200 hover:text-stone-900 md:min-h-8 pointer-coarse:min-h-11 print:hidden no-js:hidden dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100';

/**
 * A topic section: its header is a disclosure button; its body stays findable
 * while collapsed. Open, the header shows the topic, the full heading and the
 * number of questions; collapsed, it is one line, so that collapsing every
 * section leaves an outline of the interview.
 */
export function InterviewSection(props: InterviewSectionProps) {
  const { interviewId, section, lesson, open, linkTarget, onOpenChange, onCite, children } = props;
  const bodyId = `${section.id}__body`;
  return (
    <section
      id={section.id}
      aria-labelledby={sectionHeadingId(section.id)}
      className={`border-t border-stone-300 dark:border-stone-700 print:mt-6 print:pt-2 ${open ? 'mt-10 pt-3' : ''}`}
    >
      {/* Its direction from its words, as the interview's paragraphs (index.css): a heading in
      Arabic or Hebrew reads from the right, its arrow before it on the right. */}
      <h2
        dir="auto"
        id={sectionHeadingId(section.id)}
        className="section-header outline-none"
        data-link-target={linkTarget ? '' : undefined}
      >
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => onOpenChange(!open)}
          className={`section-toggle flex min-h-11 w-full gap-2 rounded-md text-start no-js:hidden hover:text-sky-800 dark:hover:text-sky-300 ${open ? 'items-start py-1' : 'items-center py-1.5'}`}
        >
          <Chevron open={open} />
          <SectionTitle section={section} open={open} />
        </button>
        {/* Read without JavaScript or on paper, every section is open and its header only a
        heading, in line with the text: no room kept for the toggle's arrow, which is not there. */}
        <span data-pagefind-ignore className="hidden py-1 no-js:flex print:flex">
          <SectionTitle section={section} open />
        </span>
      </h2>
      {/* A passage link (`?quote=`) is a section's page: read without JavaScript it lands here,
      screens below the interview's top and its note. */}
      {linkTarget && <NoScriptNote>this section follows, unmarked</NoScriptNote>}
      <CollapsibleBody id={bodyId} open={open} onReveal={() => onOpenChange(true)}>
        {/* Below 768 px, 16 px closer to the first question: a question's link lands it 12 px below
        the 56 px bar, and this row then lies wholly under the bar, not half under it (axe's
        target-size counted a half-hidden button as too small). */}
        <div
          data-pagefind-ignore
          className="flex flex-wrap justify-end gap-1 max-md:-mb-4 print:hidden"
        >
          <CopyLinkButton
            path={paths.section(interviewId, section.id, lesson)}
            target={`section ${section.label}`}
          />
          <button type="button" onClick={onCite} className={toolClass} data-cite>
            Cite<span className="sr-only"> section {section.label}</span>
          </button>
        </div>
        {children}
      </CollapsibleBody>
    </section>
  );
}
