import { useCallback } from 'react';
import { paths } from '../../../config/paths';
import { joinedOffset } from '../../../interview/passages';
import type { Interview } from '../../../interview/schema';
import { directiveFor } from '../../../interview/text-fragment';
import type { ReaderModel } from '../reader-model';

/**
 * Links to passages of answers. Each returns a function, so the shortest
 * unambiguous directive is worked out when a link is asked for, not on render.
 */
export function usePassageLinks(interview: Interview, model: ReaderModel) {
  const texts = model.answerTexts;
  const passagePath = useCallback(
    (questionId: string, start: number, end: number) => () =>
      paths.passage(
        interview.id,
        model.sectionOfQuestion.get(questionId) ?? '',
        directiveFor(texts, { key: questionId, start, end }),
      ),
    [interview.id, model, texts],
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
  return { passagePath, paragraphPath };
}
