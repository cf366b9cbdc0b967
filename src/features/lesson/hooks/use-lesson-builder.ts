import { useCallback, useReducer, useState } from 'react';
import { type ReaderParams } from '../../../config/paths';
import type { ReaderModel } from '../../reader/reader-model';
import type { FoundPassage } from '../../reader/reader-view';
import { EMPTY_DRAFT, lessonDraftReducer, type DraftPin, type LessonDraft } from '../lesson-draft';

type PassageDirective = (questionId: string, start: number, end: number) => string;

/** The words of a found passage. */
export function passageText(model: ReaderModel, passage: FoundPassage): string {
  const answer = model.questions.get(passage.questionId)?.answer ?? [];
  return passage.ranges
    .map((range) => (answer[range.paragraph] ?? '').slice(range.start, range.end))
    .join(' … ');
}

/**
 * The lesson builder's state: the draft (kept while the reader moves around,
 * so passages can be pinned from anywhere) and whether it is open.
 */
export function useLessonBuilder(options: {
  model: ReaderModel;
  params: ReaderParams;
  pins: readonly (FoundPassage | undefined)[];
  passageDirective: PassageDirective;
}) {
  const { model, params, pins, passageDirective } = options;
  const [draft, dispatch] = useReducer(lessonDraftReducer, EMPTY_DRAFT);
  const [open, setOpen] = useState(false);

  const pinOf = useCallback(
    (questionId: string, start: number, end: number, text: string): Omit<DraftPin, 'prompt'> => ({
      directive: passageDirective(questionId, start, end),
      text,
      sectionId: model.sectionOfQuestion.get(questionId) ?? '',
    }),
    [model, passageDirective],
  );

  // Opened inside a lesson, the builder starts from that lesson.
  const openBuilder = useCallback(() => {
    if (draft === EMPTY_DRAFT) {
      const lesson: LessonDraft = {
        sections: params.sections ?? [],
        sectionPrompts: params.sectionPrompts,
        prompt: params.prompt,
        discuss: params.mode === 'discuss',
        excerpts: params.excerpts,
        pins: params.pins.flatMap((pin, i) => {
          const found = pins[i];
          return found
            ? [
                {
                  directive: pin.directive,
                  prompt: pin.prompt,
                  text: passageText(model, found),
                  sectionId: found.sectionId,
                },
              ]
            : [];
        }),
      };
      dispatch({ type: 'reset', draft: lesson });
    }
    setOpen(true);
  }, [draft, params, pins, model]);

  const pinPassage = useCallback(
    (questionId: string, start: number, end: number, text: string) => {
      dispatch({ type: 'add-pin', pin: pinOf(questionId, start, end, text) });
      setOpen(true);
    },
    [pinOf],
  );

  return {
    draft,
    dispatch,
    open,
    openBuilder,
    closeBuilder: useCallback(() => setOpen(false), []),
    pinPassage,
    pinOf,
  };
}
