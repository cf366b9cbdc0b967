import type { ReactNode } from 'react';
import { paths, type LessonParams } from '../../../config/paths';
import type { Section } from '../../../interview/schema';
import { plural } from '../../../lib/format';
import { sectionHeadingId } from '../reader-view';
import { CollapsibleBody } from './collapsible-body';
import { CopyLinkButton } from './copy-button';

type InterviewSectionProps = {
  interviewId: string;
  section: Section;
  /** The lesson the section's link keeps. */
  lesson: Partial<LessonParams>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCite: () => void;
  children: ReactNode;
};

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      fill="currentColor"
      className={`mt-1.5 size-5 shrink-0 transition-transform motion-reduce:transition-none print:hidden ${open ? 'rotate-90' : ''}`}
    >
      <path d="M7.2 4.2a1 1 0 0 1 1.4 0l5 5a1 1 0 0 1 0 1.4l-5 5a1 1 0 1 1-1.4-1.4L11.5 10 7.2 5.6a1 1 0 0 1 0-1.4Z" />
    </svg>
  );
}

const toolClass =
  'min-h-8 rounded-md px-2 py-1 font-sans text-sm text-stone-600 hover:bg-stone-200 hover:text-stone-900 print:hidden dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100';

/** A topic section: its header is a disclosure button; its body stays findable while collapsed. */
export function InterviewSection(props: InterviewSectionProps) {
  const { interviewId, section, lesson, open, onOpenChange, onCite, children } = props;
  const bodyId = `${section.id}__body`;
  return (
    <section
      id={section.id}
      aria-labelledby={sectionHeadingId(section.id)}
      className="mt-10 border-t border-stone-300 pt-4 dark:border-stone-700 print:mt-6 print:pt-2"
    >
      <div className="section-header flex items-start gap-2">
        <h2 id={sectionHeadingId(section.id)} className="flex-1 outline-none">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => onOpenChange(!open)}
            className="section-toggle flex w-full items-start gap-2 rounded-md py-1 text-left hover:text-sky-800 dark:hover:text-sky-300"
          >
            <Chevron open={open} />
            <span>
              <span className="block font-sans text-sm font-semibold tracking-wide text-sky-800 uppercase dark:text-sky-300">
                {section.label}
                {/* Pauses for screen readers between the three lines. */}
                <span className="sr-only">:</span>
              </span>
              <span className="block font-serif text-2xl leading-tight font-semibold">
                {section.heading}
              </span>
              <span className="mt-1 block font-sans text-sm font-normal text-stone-600 dark:text-stone-400">
                <span className="sr-only">,</span> {plural(section.questions.length, 'question')}
              </span>
            </span>
          </button>
        </h2>
        <div className="flex flex-col items-end sm:flex-row">
          <CopyLinkButton
            path={paths.section(interviewId, section.id, lesson)}
            target={`section ${section.label}`}
          />
          <button type="button" onClick={onCite} className={toolClass}>
            Cite<span className="sr-only"> section {section.label}</span>
          </button>
        </div>
      </div>
      <CollapsibleBody id={bodyId} open={open} onReveal={() => onOpenChange(true)}>
        {children}
      </CollapsibleBody>
    </section>
  );
}
