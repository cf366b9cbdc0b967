import { useMemo } from 'react';
import { useNavigationId } from '../../../hooks/use-navigation-id';
import { useRevealOnNavigate } from '../../../hooks/use-reveal-on-navigate';
import { useLocation } from 'react-router-dom';
import { resolveTarget, type ReaderTarget } from '../../../interview/anchors';
import type { Interview } from '../../../interview/schema';
import { useFindInPageFallback } from '../hooks/use-find-in-page-fallback';
import { useScrollSpy } from '../hooks/use-scroll-spy';
import { useSectionDisclosure } from '../hooks/use-section-disclosure';
import { buildReaderModel } from '../reader-model';
import { IndexPanel } from './index-panel';
import { InterviewHeader } from './interview-header';
import { InterviewSection, sectionHeadingId } from './interview-section';
import { KeyQuotesPanel } from './key-quotes-panel';
import { MissingTargetNotice } from './missing-target-notice';
import { QuestionBlock } from './question-block';
import { QuestionIndex } from './question-index';
import { SectionToolbar } from './section-toolbar';

function targetSectionId(target: ReaderTarget): string | undefined {
  if (target.kind === 'section') return target.sectionId;
  return target.kind === 'anchor' ? target.anchor.sectionId : undefined;
}

/** The DOM element a target lands on: a section's heading, a question, a quote's mark. */
function targetElementId(target: ReaderTarget): string | undefined {
  if (target.kind === 'section') return sectionHeadingId(target.sectionId);
  if (target.kind !== 'anchor') return undefined;
  return target.anchor.kind === 'section' ? sectionHeadingId(target.anchor.id) : target.anchor.id;
}

type ReaderProps = { interview: Interview; sectionParam: string | undefined };

/** The reader: header, question index, key quotes and the collapsible topic sections. */
export function Reader({ interview, sectionParam }: ReaderProps) {
  const { hash } = useLocation();
  const navigationId = useNavigationId();
  const model = useMemo(() => buildReaderModel(interview), [interview]);
  const sectionIds = useMemo(() => interview.sections.map((s) => s.id), [interview]);
  const { target, missing } = resolveTarget(model.anchors, sectionParam, hash);
  const sections = useSectionDisclosure(sectionIds, targetSectionId(target), navigationId);
  const currentQuestionId = useScrollSpy(model.questionIds);
  useRevealOnNavigate(targetElementId(target));
  useFindInPageFallback(sections.expandAll);

  const pathSection = interview.sections.find((s) => s.id === sectionParam);
  const targetQuestionId =
    target.kind === 'anchor' && target.anchor.kind === 'question' ? target.anchor.id : undefined;
  return (
    <article lang={interview.language}>
      <title>
        {pathSection
          ? `${pathSection.heading} · ${interview.title}`
          : `${interview.title} · Interview Reader`}
      </title>
      <InterviewHeader interview={interview} />
      <MissingTargetNotice interview={interview} missing={missing} />
      <div className="items-start lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-12">
        <IndexPanel count={model.questionIds.length}>
          {(close) => (
            <QuestionIndex
              interviewId={interview.id}
              outline={model.outline}
              currentId={currentQuestionId}
              onNavigate={close}
            />
          )}
        </IndexPanel>
        <div className="max-w-[65ch] min-w-0 font-serif text-lg leading-relaxed">
          <div className="mt-6 space-y-4">
            {interview.intro.map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
          <KeyQuotesPanel interview={interview} model={model} />
          <SectionToolbar onExpandAll={sections.expandAll} onCollapseAll={sections.collapseAll} />
          {interview.sections.map((section) => (
            <InterviewSection
              key={section.id}
              interviewId={interview.id}
              section={section}
              open={sections.isOpen(section.id)}
              onOpenChange={(open) => sections.setOpen(section.id, open)}
            >
              {section.questions.map((question) => (
                <QuestionBlock
                  key={question.id}
                  interviewId={interview.id}
                  sectionId={section.id}
                  question={question}
                  number={model.questionNumbers.get(question.id) ?? 0}
                  asker={model.speakers.get(question.askedBy)}
                  answerer={model.speakers.get(question.answeredBy)}
                  ranges={model.keyQuoteRanges.get(question.id) ?? []}
                  isTarget={question.id === targetQuestionId}
                />
              ))}
            </InterviewSection>
          ))}
          {interview.byline?.map((author, i) => (
            <section
              key={author.name}
              aria-labelledby={`author_${i}`}
              className="mt-12 border-t border-stone-300 pt-6 font-sans text-base dark:border-stone-700"
            >
              <h2 id={`author_${i}`} className="font-semibold">
                About the author: {author.name}
              </h2>
              {author.bio && (
                <p className="mt-2 text-stone-700 dark:text-stone-300">{author.bio}</p>
              )}
            </section>
          ))}
        </div>
      </div>
    </article>
  );
}
