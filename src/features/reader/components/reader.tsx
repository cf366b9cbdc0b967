import { Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { isLesson, paths, type ReaderParams } from '../../../config/paths';
import { useHydrated, usePageLocation } from '../../../hooks/use-hydrated';
import { useLessonBuilder } from '../../lesson/hooks/use-lesson-builder';
import { useHandoutHeader } from '../../print/hooks/use-handout-header';
import { useLastNavigation } from '../../../hooks/use-last-navigation';
import { useRevealOnNavigate } from '../../../hooks/use-reveal-on-navigate';
import type { Interview } from '../../../interview/schema';
import { paragraphKey, type SearchUnit } from '../../../interview/search-units';
import { useFindInPageFallback } from '../hooks/use-find-in-page-fallback';
import { usePassageSelection } from '../hooks/use-passage-selection';
import { useLesson } from '../hooks/use-lesson';
import { useReaderParams } from '../hooks/use-reader-params';
import { usePassageLinks } from '../hooks/use-passage-links';
import { useReaderSearch } from '../hooks/use-reader-search';
import { useReadingProgress } from '../hooks/use-reading-progress';
import { useDiscussion } from '../hooks/use-discussion';
import { useOwnTextFragment } from '../hooks/use-own-text-fragment';
import { useParagraphLinkCopy } from '../hooks/use-paragraph-link-copy';
import { useReadingPosition } from '../hooks/use-reading-position';
import { useScrollToMatch } from '../hooks/use-scroll-to-match';
import { useSectionDisclosure } from '../hooks/use-section-disclosure';
import { buildReaderModel } from '../reader-model';
import {
  INTRO,
  paragraphMarks,
  passageMarkId,
  readerView,
  targetSectionId,
  type MarksByParagraph,
} from '../reader-view';
import { useCitation } from '../../citation/hooks/use-citation';
import { ParagraphLinkStatus } from './answer-paragraph';
import { HighlightedText } from './highlighted-text';
import { InterviewSection } from './interview-section';
import { QuestionBlock } from './question-block';
import { NoScriptNote } from './no-script-note';
import { shownMarkKinds } from '../shown-mark-kinds';
import { QuestionIndex } from './question-index';
import { IndexLinkWithoutScript, IndexWithoutScript } from './index-without-script';
import { ReaderNav } from './reader-nav';
import { ReaderToolbar } from './reader-toolbar';
import {
  AuthorNotes,
  CitationDialog,
  HighlightLegend,
  InterviewHeader,
  KeyQuotesPanel,
  LessonBar,
  LessonBuilderDialog,
  LessonPanel,
  MissingTargetNotice,
  SearchBar,
  SelectionMenu,
  TeacherPrompt,
} from './reader-lazy-parts';

const NO_MARKS: MarksByParagraph = new Map();
// From this many questions on, an interview is laid out only near the screen
// (see LAZY_BLOCK_CLASS): 400 questions as one document already made tasks
// of 270 ms, the seed's 18 make none over 70 ms.
const LAZY_FROM_QUESTIONS = 100;

type ReaderProps = { interview: Interview; sectionParam: string | undefined };

/**
 * The reader: header, search, question index, key quotes and the collapsible
 * topic sections. What it shows is derived from the URL (section, fragment,
 * `q`, `quote`, `sections`, `mode`); it keeps only what the reader does here:
 * collapsed sections, revealed answers, the current match, a selection.
 */
export function Reader({ interview, sectionParam }: ReaderProps) {
  const { hash } = usePageLocation();
  const hydrated = useHydrated();
  const navigate = useNavigate();
  const navigation = useLastNavigation();
  const params = useReaderParams();
  const model = useMemo(() => buildReaderModel(interview), [interview]);
  const answers = useMemo(
    () => new Map([...model.questions].map(([id, question]) => [id, question.answer])),
    [model],
  );
  // Pins (some written as Punycode) are read once the lesson panel, which
  // shows whenever a link pins passages, hands the decoder over.
  const [unpackPin, setUnpackPin] = useState<(raw: string) => string>();
  // A text fragment the browser could not find on a page rendered here (a kept interview's), or
  // would find first in a copy of the text's words above it: the header's title and standfirst,
  // the question index's titles, the key quotes panel.
  const copies = useMemo(
    () =>
      [
        interview.title,
        interview.standfirst ?? '',
        ...model.outline.flatMap((s) => s.questions.map((q) => q.title)),
        ...interview.keyQuotes.map((quote) => quote.text),
      ].map((text, i) => ({ key: `${i}`, text })),
    [interview, model],
  );
  const textFragments = useOwnTextFragment(navigation.id, copies);
  const view = useMemo(
    () => readerView(interview, model, params, sectionParam, hash, unpackPin, textFragments),
    [interview, model, params, sectionParam, hash, unpackPin, textFragments],
  );
  const shownIds = useMemo(() => view.sections.map((s) => s.id), [view.sections]);
  const shownSet = useMemo(() => new Set(shownIds), [shownIds]);
  const shownQuestionIds = useMemo(
    () => view.sections.flatMap((s) => s.questions.map((q) => q.id)),
    [view.sections],
  );

  const discussing = params.mode === 'discuss';
  const discussion = useDiscussion(discussing);
  const { answerShown } = discussion;
  const lesson = useLesson(params);
  const inLesson = isLesson(params);

  // Search: the URL's query, over what is on show.
  const isShown = useCallback(
    (unit: SearchUnit) =>
      unit.part === 'intro' ||
      (shownSet.has(unit.sectionId ?? '') &&
        (unit.part === 'question' || answerShown(unit.questionId ?? ''))),
    [shownSet, answerShown],
  );
  const search = useReaderSearch(params.q, params.scope, interview, isShown);
  const { query, hits, current, matchCounts } = search;
  const marks = useMemo(
    () => paragraphMarks(hits, current, view.passages, view.pins),
    [hits, current, view.passages, view.pins],
  );
  // The legend names what the text on show is marked with (discussion mode hides answers' marks).
  const legendKinds = useMemo(
    () =>
      shownMarkKinds({
        sections: view.sections,
        keyQuoteRanges: model.keyQuoteRanges,
        marks,
        answerShown,
      }),
    [view.sections, model.keyQuoteRanges, marks, answerShown],
  );
  // The search field hydrates after the page (a deferred part) with the
  // props the page hydrated with: a scope chosen before the app started is
  // committed through those, before the address's query has reached them.
  // The search changes the address as it is now, whatever it was given.
  const address = useRef({ sectionParam, params, hash });
  useLayoutEffect(() => {
    address.current = { sectionParam, params, hash };
  });
  const commitSearch = useCallback(
    (change: Partial<ReaderParams>) => {
      const now = address.current;
      void navigate(
        paths.reader(interview.id, now.sectionParam, { ...now.params, ...change }, now.hash),
        { replace: true, preventScrollReset: true },
      );
    },
    [navigate, interview.id],
  );

  // Sections open for each navigation's target and passages, and for each search's matches.
  const sections = useSectionDisclosure(shownIds, [
    {
      key: navigation.id,
      sectionIds: [targetSectionId(view.target), ...view.passages.map((p) => p.sectionId)].filter(
        (id): id is string => id !== undefined,
      ),
    },
    {
      // With the search's status: a query's matches come once the search has loaded and indexed.
      key: `${query}|${params.scope}|${search.status}`,
      sectionIds: hits.flatMap((h) => h.unit.sectionId ?? []),
    },
  ]);

  const position = useReadingPosition(view.sections, model.sectionOfQuestion);
  // In discussion mode a quoted passage's answer starts hidden: land on its
  // question (the same whether or not it is revealed later, so revealing does
  // not move focus).
  const landingPassage = view.passages.find((p) => passageMarkId(p.index) === view.revealId);
  const revealId = discussing && landingPassage ? landingPassage.questionId : view.revealId;
  useRevealOnNavigate(revealId, textFragments.length > 0);
  useScrollToMatch(query, params.scope, current, hits.length > 0, revealId !== undefined);
  useFindInPageFallback(sections.expandAll);

  const textRoot = useRef<HTMLDivElement>(null);
  const progressBar = useRef<HTMLDivElement>(null);
  useReadingProgress(textRoot, progressBar);
  const { selection, clear } = usePassageSelection(textRoot, answers);
  const citation = useCitation(interview);
  const openCitation = citation.open;

  // Links made here keep the lesson (and index links the search too).
  const keep = useMemo(
    () => ({ ...lesson, q: params.q, scope: params.scope }),
    [lesson, params.q, params.scope],
  );
  // Stable callbacks taking the question's id, so memoised question blocks
  // re-render only when their own marks change.
  const { passagePath, paragraphPath, passageDirective } = usePassageLinks(
    interview,
    model,
    lesson,
  );
  // Every answer paragraph's "Copy link", held here once (see useParagraphLinkCopy).
  const paragraphLinks = useParagraphLinkCopy();
  const lessonSeed = useMemo(
    () => ({ params, found: view.pins, model, passageDirective }),
    [params, view.pins, model, passageDirective],
  );
  const builder = useLessonBuilder(lessonSeed);
  const citeQuestion = useCallback(
    (questionId: string) => {
      const number = model.questionNumbers.get(questionId) ?? 0;
      openCitation({
        label: `question ${number}`,
        path: paths.anchor(
          interview.id,
          model.sectionOfQuestion.get(questionId) ?? '',
          questionId,
          lesson,
        ),
        locator: { question: number },
      });
    },
    [model, interview.id, lesson, openCitation],
  );
  const pathSection = interview.sections.find((s) => s.id === sectionParam);
  const handout = useHandoutHeader(hydrated);
  // The handout's link (and QR code) opens what was printed from: a question's or key quote's
  // link its question, a passage link its passage, a search its matches, marked as on paper.
  // A question's or key quote's link prints as it was opened (`/i/<id>#q4` as well as
  // `/i/<id>/<section>#q4`: README, Links), unless its section is not one of the interview's
  // (then the anchor's own section); a section's id as a fragment, not a public link, prints
  // as the section's link.
  const { target } = view;
  const printedFrom = { ...keep, quotes: params.quotes };
  const handoutPath =
    target.kind !== 'anchor'
      ? paths.reader(interview.id, sectionParam, printedFrom)
      : target.anchor.kind === 'section'
        ? paths.section(interview.id, target.anchor.id, printedFrom)
        : paths.anchor(
            interview.id,
            sectionParam === undefined || pathSection ? sectionParam : target.anchor.sectionId,
            target.anchor.id,
            printedFrom,
          );
  // The handout's citation (in a prerendered page's data already) and its header: then print.
  const printHandout = () =>
    void Promise.all([citation.loadHandoutCitation(), handout.show()]).then(() =>
      requestAnimationFrame(() => window.print()),
    );

  return (
    <article lang={interview.language}>
      <title>
        {pathSection
          ? `${pathSection.heading} · ${interview.title}`
          : `${interview.title} · Interview Reader`}
      </title>
      <InterviewHeader interview={interview} sectionIds={shownIds} answerShown={answerShown} />
      {/* Where a link without its section lands (a section link's section says it too). */}
      <NoScriptNote>the whole interview follows</NoScriptNote>
      {/* Never on the server: it loads after hydration (see useHandoutHeader). */}
      {handout.Header && (
        <handout.Header interview={interview} path={handoutPath} lesson={inLesson} />
      )}
      {view.missing.length > 0 && (
        <Suspense fallback={null}>
          <MissingTargetNotice interview={interview} missing={view.missing} keep={keep} />
        </Suspense>
      )}
      {/* The bar's place: held while a lesson shown before the app started waits for it (index.css). */}
      <div data-lesson-bar>
        {inLesson && (
          <Suspense fallback={null}>
            <LessonBar
              shown={view.sections.length}
              total={interview.sections.length}
              interviewId={interview.id}
              sectionParam={sectionParam}
              params={params}
              revealedCount={shownQuestionIds.filter((id) => discussion.revealed.has(id)).length}
              onRevealAll={() => discussion.showAll(shownQuestionIds)}
              onHideAll={discussion.hideAll}
            />
          </Suspense>
        )}
      </div>
      {(params.prompt || params.pins.length > 0) && (
        <Suspense fallback={null}>
          <LessonPanel
            interview={interview}
            model={model}
            prompt={params.prompt}
            pins={params.pins}
            found={view.pins}
            answerShown={answerShown}
            onReveal={discussion.show}
            onOpenSection={(id) => sections.setOpen(id, true)}
            onUnpackPin={setUnpackPin}
          />
        </Suspense>
      )}
      <IndexLinkWithoutScript count={shownQuestionIds.length} />
      <div className="items-start md:grid md:grid-cols-[13rem_minmax(0,1fr)] md:gap-8 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-12 print:block">
        <ReaderNav
          count={shownQuestionIds.length}
          reading={position.reading}
          searching={params.q !== ''}
          progress={progressBar}
          search={(controls) => (
            <SearchBar
              query={params.q}
              scope={params.scope}
              onCommit={commitSearch}
              onPrepare={search.prepare}
              loadStatus={search.behind ? 'loading' : search.status}
              total={hits.length}
              current={current}
              onStep={search.onStep}
              controls={controls}
            />
          )}
        >
          {(close) => (
            <QuestionIndex
              interviewId={interview.id}
              outline={view.outline}
              currentId={position.questionId}
              matchCounts={query ? matchCounts : undefined}
              keep={keep}
              onNavigate={close}
            />
          )}
        </ReaderNav>
        {/* The library's search indexes this column's text, not its panels and tools (data-pagefind-*). */}
        <div
          ref={textRoot}
          data-reading-column
          onPointerOver={citation.preload}
          onFocus={citation.preload}
          onTouchStart={citation.preload}
          data-pagefind-body
          className="max-w-[65ch] min-w-0 font-serif text-lg leading-relaxed print:max-w-none print:text-[11.5pt] print:leading-normal"
        >
          <ReaderToolbar
            onExpandAll={sections.expandAll}
            onCollapseAll={sections.collapseAll}
            onCiteInterview={() =>
              openCitation({ label: 'this interview', path: paths.interview(interview.id, lesson) })
            }
            onMakeLesson={() => builder.setOpen(true)}
            onPrint={printHandout}
          />
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
          <div data-pagefind-ignore>
            <KeyQuotesPanel
              interview={interview}
              model={model}
              sections={view.sections}
              keep={keep}
              answerShown={answerShown}
            />
          </div>
          <div data-pagefind-ignore className="mt-6 mb-2">
            <HighlightLegend kinds={legendKinds} />
          </div>
          {view.sections.map((section) => (
            <InterviewSection
              key={section.id}
              interviewId={interview.id}
              section={section}
              lesson={lesson}
              open={sections.isOpen(section.id)}
              linkTarget={section.id === pathSection?.id}
              onOpenChange={(open) => sections.setOpen(section.id, open)}
              onCite={() =>
                openCitation({
                  label: `section “${section.label}”`,
                  path: paths.section(interview.id, section.id, lesson),
                })
              }
            >
              {params.sectionPrompts[section.id] && (
                <Suspense fallback={null}>
                  <TeacherPrompt
                    text={params.sectionPrompts[section.id] ?? ''}
                    name={`Teacher’s prompt for ${section.label}`}
                  />
                </Suspense>
              )}
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
                    lazy={model.questionIds.length >= LAZY_FROM_QUESTIONS}
                    lesson={lesson}
                    discussing={discussing}
                    answerShown={answerShown(question.id)}
                    onRevealAnswer={discussion.reveal}
                    onHideAnswer={discussion.hide}
                    onCite={citeQuestion}
                    paragraphPath={paragraphPath}
                    paragraphLink={
                      paragraphLinks.active?.questionId === question.id
                        ? paragraphLinks.active
                        : undefined
                    }
                    onCopyParagraphLink={paragraphLinks.copy}
                    onDismissParagraphLink={paragraphLinks.dismiss}
                    selectionMenu={
                      selected && {
                        paragraph: selected.paragraph,
                        menu: (
                          <Suspense fallback={null}>
                            <SelectionMenu
                              selection={selected}
                              answer={question.answer}
                              questionNumber={number}
                              passagePath={passagePath(question.id, selected.start, selected.end)}
                              onDismiss={clear}
                              onPin={builder.pinPassage}
                              onCite={openCitation}
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
          <ParagraphLinkStatus />
          <div data-pagefind-ignore>
            <AuthorNotes byline={interview.byline} />
          </div>
        </div>
        <IndexWithoutScript>
          <QuestionIndex
            interviewId={interview.id}
            outline={view.outline}
            currentId={undefined}
            keep={keep}
          />
        </IndexWithoutScript>
      </div>
      {builder.open && (
        <Suspense fallback={null}>
          <LessonBuilderDialog
            interview={interview}
            open={builder.open}
            onClose={() => builder.setOpen(false)}
            draft={builder.draft}
            setDraft={builder.setDraft}
            seed={lessonSeed}
            shownSectionIds={shownSet}
            currentHit={hits[current]}
          />
        </Suspense>
      )}
      {citation.citing && (
        <Suspense fallback={null}>
          <CitationDialog interview={interview} target={citation.citing} onClose={citation.close} />
        </Suspense>
      )}
    </article>
  );
}
