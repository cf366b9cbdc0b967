import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths, type ReaderParams } from '../../../config/paths';
import { usePageLocation } from '../../../hooks/use-hydrated';
import { useLastNavigation } from '../../../hooks/use-last-navigation';
import { focusTarget } from '../../../lib/focus';
import { useRevealOnNavigate } from '../../../hooks/use-reveal-on-navigate';
import type { Interview } from '../../../interview/schema';
import { buildSearchUnits, paragraphKey, type SearchUnit } from '../../../interview/search-units';
import { useFindInPageFallback } from '../hooks/use-find-in-page-fallback';
import { usePassageSelection } from '../hooks/use-passage-selection';
import { useReaderParams } from '../hooks/use-reader-params';
import { usePassageLinks } from '../hooks/use-passage-links';
import { useReaderSearch } from '../hooks/use-reader-search';
import { useScrollSpy } from '../hooks/use-scroll-spy';
import { useScrollToMatch } from '../hooks/use-scroll-to-match';
import { useSectionDisclosure } from '../hooks/use-section-disclosure';
import { readingMinutes } from '../../../interview/reading-time';
import { buildReaderModel } from '../reader-model';
import {
  INTRO,
  paragraphMarks,
  readerView,
  targetSectionId,
  type MarksByParagraph,
} from '../reader-view';
import type { CiteTarget } from '../../citation/components/citation-dialog';
import { toParagraphRanges } from '../../../interview/passages';
import { AuthorNotes } from './author-notes';
import { HighlightedText } from './highlighted-text';
import { IndexPanel } from './index-panel';
import { InterviewHeader } from './interview-header';
import { InterviewSection } from './interview-section';
import { KeyQuotesPanel } from './key-quotes-panel';
import { LessonBar } from './lesson-bar';
import { MissingTargetNotice } from './missing-target-notice';
import { QuestionBlock } from './question-block';
import { QuestionIndex } from './question-index';
import { ReaderToolbar } from './reader-toolbar';
import { SearchBar } from './search-bar';

const NO_MARKS: MarksByParagraph = new Map();

// What a first view does not need loads when asked for: the citation dialog
// (with its CSL processor), the lesson-link builder and the selection menu.
const CitationDialog = lazy(() =>
  import('../../citation/components/citation-dialog').then((module) => ({
    default: module.CitationDialog,
  })),
);
const LessonLinkBuilder = lazy(() =>
  import('./lesson-link-builder').then((module) => ({ default: module.LessonLinkBuilder })),
);
const SelectionMenu = lazy(() =>
  import('./selection-menu').then((module) => ({ default: module.SelectionMenu })),
);

type ReaderProps = { interview: Interview; sectionParam: string | undefined };

/**
 * The reader: header, search, question index, key quotes and the collapsible
 * topic sections. What it shows is derived from the URL (section, fragment,
 * `q`, `quote`, `sections`, `mode`); it keeps only what the reader does here:
 * collapsed sections, revealed answers, the current match, a selection.
 */
export function Reader({ interview, sectionParam }: ReaderProps) {
  const { hash } = usePageLocation();
  const navigate = useNavigate();
  const navigation = useLastNavigation();
  const params = useReaderParams();
  const model = useMemo(() => buildReaderModel(interview), [interview]);
  const units = useMemo(() => buildSearchUnits(interview), [interview]);
  const answers = useMemo(
    () => new Map([...model.questions].map(([id, question]) => [id, question.answer])),
    [model],
  );
  const view = useMemo(
    () => readerView(interview, model, params, sectionParam, hash),
    [interview, model, params, sectionParam, hash],
  );
  const shownIds = useMemo(() => view.sections.map((s) => s.id), [view.sections]);
  const shownSet = useMemo(() => new Set(shownIds), [shownIds]);
  const shownQuestionIds = useMemo(
    () => view.sections.flatMap((s) => s.questions.map((q) => q.id)),
    [view.sections],
  );

  // Discussion mode: answers appear one by one; a quoted passage's answer shows.
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const discussing = params.mode === 'discuss';
  const answerShown = useCallback(
    (questionId: string) =>
      !discussing ||
      revealed.has(questionId) ||
      view.passages.some((p) => p.questionId === questionId),
    [discussing, revealed, view.passages],
  );

  // Search: the URL's query, over what is on show.
  const isShown = useCallback(
    (unit: SearchUnit) =>
      unit.part === 'intro' ||
      (shownSet.has(unit.sectionId ?? '') &&
        (unit.part === 'question' || answerShown(unit.questionId ?? ''))),
    [shownSet, answerShown],
  );
  const search = useReaderSearch(params.q, params.scope, interview.language, units, isShown);
  const { query, hits, current, matchCounts } = search;
  const marks = useMemo(
    () => paragraphMarks(hits, current, view.passages),
    [hits, current, view.passages],
  );
  const commitSearch = useCallback(
    (change: Partial<ReaderParams>) =>
      void navigate(paths.reader(interview.id, sectionParam, { ...params, ...change }, hash), {
        replace: true,
        preventScrollReset: true,
      }),
    [navigate, interview.id, sectionParam, params, hash],
  );

  // Sections open for each navigation's target and passages, and for each search's matches.
  const toOpen = [
    targetSectionId(view.target),
    ...view.passages.map((p) => p.sectionId),
    ...hits.flatMap((h) => h.unit.sectionId ?? []),
  ].filter((id): id is string => id !== undefined);
  const sections = useSectionDisclosure(shownIds, {
    key: `${navigation.id}|${query}`,
    sectionIds: toOpen,
  });

  const currentQuestionId = useScrollSpy(shownQuestionIds);
  useRevealOnNavigate(view.revealId);
  useScrollToMatch(query, params.scope, current, hits.length > 0, view.revealId !== undefined);
  useFindInPageFallback(sections.expandAll);

  const textRoot = useRef<HTMLDivElement>(null);
  const { selection, clear } = usePassageSelection(textRoot, answers);
  const [citing, setCiting] = useState<CiteTarget | null>(null);

  const keep = {
    q: params.q,
    scope: params.scope,
    mode: params.mode,
    ...(params.sections ? { sections: params.sections } : {}),
  };
  // Stable callbacks taking the question's id, so memoised question blocks
  // re-render only when their own marks change.
  const { passagePath, paragraphPath } = usePassageLinks(interview, model);
  const revealAnswer = useCallback((questionId: string) => {
    setRevealed((current) => new Set([...current, questionId]));
    // The button goes; focus follows the answer it revealed.
    requestAnimationFrame(() => {
      const answer = document.getElementById(`${questionId}__answer`);
      if (answer) focusTarget(answer);
    });
  }, []);
  const citeQuestion = useCallback(
    (questionId: string) => {
      const number = model.questionNumbers.get(questionId) ?? 0;
      setCiting({
        label: `question ${number}`,
        path: paths.anchor(interview.id, model.sectionOfQuestion.get(questionId) ?? '', questionId),
        locator: { question: number },
      });
    },
    [model, interview.id],
  );
  const pathSection = interview.sections.find((s) => s.id === sectionParam);

  return (
    <article lang={interview.language}>
      <title>
        {pathSection
          ? `${pathSection.heading} · ${interview.title}`
          : `${interview.title} · Interview Reader`}
      </title>
      <InterviewHeader
        interview={interview}
        readingMinutes={readingMinutes(model.words, shownIds)}
      />
      <MissingTargetNotice
        interview={interview}
        missing={view.missing}
        keep={{ q: params.q, scope: params.scope, mode: params.mode }}
      />
      <LessonBar
        shown={view.sections.length}
        total={interview.sections.length}
        showAllPath={
          params.sections
            ? paths.reader(interview.id, sectionParam, { ...params, sections: undefined })
            : undefined
        }
        discussion={discussing}
        onRevealAll={() => setRevealed(new Set(shownQuestionIds))}
        leaveDiscussionPath={paths.reader(interview.id, sectionParam, { ...params, mode: 'read' })}
      />
      <div className="items-start lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-12">
        <IndexPanel
          count={shownQuestionIds.length}
          search={
            <SearchBar
              query={params.q}
              scope={params.scope}
              onCommit={commitSearch}
              onPrepare={search.prepare}
              loadStatus={search.status}
              total={hits.length}
              current={current}
              onStep={search.onStep}
            />
          }
        >
          {(close) => (
            <QuestionIndex
              interviewId={interview.id}
              outline={view.outline}
              currentId={currentQuestionId}
              matchCounts={query ? matchCounts : undefined}
              keep={keep}
              onNavigate={close}
            />
          )}
        </IndexPanel>
        <div
          ref={textRoot}
          data-reading-column
          className="max-w-[65ch] min-w-0 font-serif text-lg leading-relaxed"
        >
          <div className="mt-6 space-y-4">
            {interview.intro.map((paragraph, i) => (
              <p key={i}>
                <HighlightedText
                  text={paragraph}
                  ranges={marks.get(INTRO)?.get(paragraphKey('intro', 'intro', i)) ?? []}
                />
              </p>
            ))}
          </div>
          <KeyQuotesPanel
            interview={interview}
            model={model}
            sections={view.sections}
            keep={keep}
          />
          <ReaderToolbar
            onExpandAll={sections.expandAll}
            onCollapseAll={sections.collapseAll}
            onCiteInterview={() =>
              setCiting({ label: 'this interview', path: paths.interview(interview.id) })
            }
            lessonBuilder={
              <Suspense fallback={<p className="mt-3">Loading…</p>}>
                <LessonLinkBuilder interviewId={interview.id} sections={interview.sections} />
              </Suspense>
            }
          />
          {view.sections.map((section) => (
            <InterviewSection
              key={section.id}
              interviewId={interview.id}
              section={section}
              open={sections.isOpen(section.id)}
              onOpenChange={(open) => sections.setOpen(section.id, open)}
              onCite={() =>
                setCiting({
                  label: `section “${section.label}”`,
                  path: paths.section(interview.id, section.id),
                })
              }
            >
              {section.questions.map((question) => {
                const number = model.questionNumbers.get(question.id) ?? 0;
                const answerer = model.speakers.get(question.answeredBy);
                const selected = selection?.questionId === question.id ? selection : undefined;
                return (
                  <QuestionBlock
                    key={question.id}
                    interviewId={interview.id}
                    sectionId={section.id}
                    question={question}
                    number={number}
                    asker={model.speakers.get(question.askedBy)}
                    answerer={answerer}
                    keyQuoteRanges={model.keyQuoteRanges.get(question.id) ?? []}
                    marks={marks.get(question.id) ?? NO_MARKS}
                    isTarget={
                      view.target.kind === 'anchor' && view.target.anchor.id === question.id
                    }
                    answerShown={answerShown(question.id)}
                    onRevealAnswer={revealAnswer}
                    onCite={citeQuestion}
                    paragraphPath={paragraphPath}
                    selectionMenu={
                      selected && {
                        paragraph: selected.paragraph,
                        menu: (
                          <Suspense fallback={null}>
                            <SelectionMenu
                              selection={selected}
                              passagePath={passagePath(question.id, selected.start, selected.end)}
                              onDismiss={clear}
                              onCite={() =>
                                setCiting({
                                  label: 'the selected passage',
                                  path: passagePath(question.id, selected.start, selected.end)(),
                                  passage: question.answer
                                    .join('\n')
                                    .slice(selected.start, selected.end),
                                  locator: {
                                    question: number,
                                    paragraph:
                                      (toParagraphRanges(
                                        question.answer,
                                        selected.start,
                                        selected.end,
                                      )[0]?.paragraph ?? 0) + 1,
                                  },
                                })
                              }
                            />
                          </Suspense>
                        ),
                      }
                    }
                  />
                );
              })}
            </InterviewSection>
          ))}
          <AuthorNotes byline={interview.byline} />
        </div>
      </div>
      {citing && (
        <Suspense fallback={null}>
          <CitationDialog interview={interview} target={citing} onClose={() => setCiting(null)} />
        </Suspense>
      )}
    </article>
  );
}
