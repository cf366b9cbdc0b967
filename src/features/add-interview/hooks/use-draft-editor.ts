import { useEffect, useMemo, useReducer, useState } from 'react';
import { buildInterview } from '../../../interview/import/build-interview';
import type { Draft } from '../../../interview/import/draft';
import { editWithHistory, startHistory } from '../../../interview/import/edit-draft';
import { saveDraft } from '../../../lib/kept-interviews';

/**
 * A draft under correction: the pure reducer with undo, the interview built
 * from it (with its problems), and the draft saved on this device after each
 * change so a reload keeps it.
 */
export function useDraftEditor(initial: Draft) {
  const [history, dispatch] = useReducer(editWithHistory, initial, startHistory);
  const draft = history.present;
  const built = useMemo(() => buildInterview(draft), [draft]);
  const [saveError, setSaveError] = useState<string>();

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      saveDraft(draft).then(
        () => current && setSaveError(undefined),
        (error: unknown) =>
          current && setSaveError(error instanceof Error ? error.message : String(error)),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draft]);

  // While the draft cannot be kept here, leaving the page would lose it: the browser asks first.
  useEffect(() => {
    if (saveError === undefined) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saveError]);

  return {
    draft,
    dispatch,
    built,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    saveError,
  };
}
