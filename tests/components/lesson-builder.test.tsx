import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { directiveParam, parseReaderSearch } from '../../src/config/paths';
import { unpackPin } from '../../src/config/prompt-codec';
import { LessonBuilderForm } from '../../src/features/lesson/components/lesson-builder';
import {
  EMPTY_DRAFT,
  lessonPath,
  type LessonDraft,
  type LessonSeed,
} from '../../src/features/lesson/lesson-draft';
import { buildReaderModel } from '../../src/features/reader/reader-model';
import { readerView } from '../../src/features/reader/reader-view';
import { directiveFor } from '../../src/interview/passage-directive';
import { seedInterview } from '../support/seed';
import { renderWithRouter } from './render';

const interview = seedInterview();
const model = buildReaderModel(interview);
const params = parseReaderSearch('');
const seed: LessonSeed = {
  params,
  found: readerView(interview, model, params, undefined, '', unpackPin).pins,
  model,
  passageDirective: (key, start, end) =>
    directiveParam(directiveFor(model.answerTexts, { key, start, end })),
};

const pinFromPeace = {
  directive: 'the+war+will+end+this+year.',
  text: 'the war will end this year.',
  sectionId: 'peace',
  prompt: '',
  excerpt: false,
};

const builder = (draft: LessonDraft) =>
  renderWithRouter(
    <QueryClientProvider client={new QueryClient()}>
      <LessonBuilderForm
        interview={interview}
        open
        onClose={() => undefined}
        draft={draft}
        setDraft={() => undefined}
        seed={seed}
        shownSectionIds={new Set(interview.sections.map((section) => section.id))}
        currentHit={undefined}
      />
    </QueryClientProvider>,
  );

describe('LessonBuilderForm', () => {
  afterEach(cleanup);

  it('says when a pinned passage brings a section not ticked into the lesson', () => {
    // The link added the passage's section after the ticked ones, and the builder said nothing:
    // the teacher's list of sections was not the lesson's.
    const draft = { ...EMPTY_DRAFT, sections: ['energy'], pins: [pinFromPeace] };
    expect(lessonPath(interview.id, draft)).toContain('sections=energy,peace');
    builder(draft);
    const note = screen.getByText(/^Also in the lesson/);
    expect(note.textContent).toBe('Also in the lesson: Peace, which holds a pinned passage.');
    // Said as it happens, as well as shown: a live region.
    expect(note.closest('[role="status"]')).not.toBeNull();
  });

  it('says nothing of the kind when every pinned passage’s section is ticked, or none is', () => {
    builder({ ...EMPTY_DRAFT, sections: ['peace'], pins: [pinFromPeace] });
    expect(screen.queryByText(/Also in the lesson/)).toBeNull();
    cleanup();
    builder({ ...EMPTY_DRAFT, pins: [pinFromPeace] });
    expect(screen.queryByText(/Also in the lesson/)).toBeNull();
  });
});
