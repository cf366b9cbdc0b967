import { useCallback, useEffect } from 'react';
import { directiveParam, paths, type LessonParams } from '../../../config/paths';
import { joinedOffset } from '../../../interview/passages';
import type { Interview } from '../../../interview/schema';
import type { directiveFor } from '../../../interview/passage-directive';
import type { PassageMatch, PassageText } from '../../../interview/text-fragment';
import type { ReaderModel } from '../reader-model';

// The search for a passage's shortest directive loads once the reader is
// interactive, not with the first view: only a link made to a passage needs it.
let shortest: typeof directiveFor | undefined;
let loading: Promise<unknown> | undefined;
const loadShortest = () =>
  (loading ??= import('../../../interview/passage-directive').then(
    (module) => (shortest = module.directiveFor),
    () => (loading = undefined), // Offline: tried again by the next reader.
  ));

/** A passage's directive: the shortest that finds it, else (its code not yet loaded) all its words. */
function directive(texts: readonly PassageText[], selection: PassageMatch) {
  if (shortest) return shortest(texts, selection);
  const text = texts.find((t) => t.key === selection.key)?.text ?? '';
  return { textStart: text.slice(selection.start, selection.end).trim().split(/\s+/).join(' ') };
}

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
  useEffect(() => void loadShortest(), []);
  const passagePath = useCallback(
    (questionId: string, start: number, end: number) => () =>
      paths.passage(
        interview.id,
        model.sectionOfQuestion.get(questionId) ?? '',
        directive(texts, { key: questionId, start, end }),
        lesson,
      ),
    [interview.id, model, texts, lesson],
  );
  /** A passage as a `pin` value, for a lesson. */
  const passageDirective = useCallback(
    (questionId: string, start: number, end: number) =>
      directiveParam(directive(texts, { key: questionId, start, end })),
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
