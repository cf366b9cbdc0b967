import { useCallback } from 'react';
import { directiveParam, paths, type LessonParams } from '../../../config/paths';
import { joinedOffset } from '../../../interview/passages';
import type { Interview } from '../../../interview/schema';
import { directiveFor } from '../../../interview/text-fragment';
import type { ReaderModel } from '../reader-model';

/**
 * Links to passages of answers, keeping the lesson they are made in. Each
 * returns a function, so the shortest unambiguous directive is worked out
 * when a link is asked for, not on render.
 */
export function usePassageLinks(
  interview: Interview,
  model: ReaderModel,
  lesson: Partial<LessonParams>,
) {
  const texts = model.answerTexts;
  const passagePath = useCallback(
    (questionId: string, start: number, end: number) => () =>
      paths.passage(
        interview.id,
        model.sectionOfQuestion.get(questionId) ?? '',
        directiveFor(texts, { key: questionId, start, end }),
        lesson,
      ),
    [interview.id, model, texts, lesson],
  );
  /** A passage as a `pin` value, for a lesson. */
  const passageDirective = useCallback(
    (questionId: string, start: number, end: number) =>
      directiveParam(directiveFor(texts, { key: questionId, start, end })),
    [texts],
  );
  const paragraphPath = useCallback(
    (questionId: string, paragraph: number) => () => {
      // Counted when the link is asked for: on render, every paragraph would count all before it.
      const answer = model.questions.get(questionId)?.answer ?? [];
      const before = joinedOffset(answer, paragraph, 0);
      return passagePath(questionId, before, before + (answer[paragraph] ?? '').length)();
    },
    [model, passagePath],
  );
  return { passagePath, paragraphPath, passageDirective };
}
