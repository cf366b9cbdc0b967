import { useCallback, useState } from 'react';
import { focusTarget } from '../../../lib/focus';

/**
 * Discussion mode (`mode=discuss`): answers hidden until revealed, one by
 * one or all at once, and hidden again. Outside it every answer shows.
 * Revealing or hiding by a button moves focus to what replaced the button.
 */
export function useDiscussion(discussing: boolean) {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const answerShown = useCallback(
    (questionId: string) => !discussing || revealed.has(questionId),
    [discussing, revealed],
  );
  const show = useCallback(
    (questionId: string) => setRevealed((current) => new Set([...current, questionId])),
    [],
  );
  const reveal = useCallback(
    (questionId: string) => {
      show(questionId);
      // The button goes; focus follows the answer it revealed.
      requestAnimationFrame(() => {
        const answer = document.getElementById(`${questionId}__answer`);
        if (answer) focusTarget(answer);
      });
    },
    [show],
  );
  const hide = useCallback((questionId: string) => {
    setRevealed((current) => new Set([...current].filter((id) => id !== questionId)));
    requestAnimationFrame(() => {
      const button = document.getElementById(`${questionId}__reveal`);
      if (button) button.focus();
    });
  }, []);
  return {
    revealed,
    answerShown,
    show,
    reveal,
    hide,
    showAll: (questionIds: readonly string[]) => setRevealed(new Set(questionIds)),
    hideAll: () => setRevealed(new Set()),
  };
}
