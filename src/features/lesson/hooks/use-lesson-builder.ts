import { useCallback, useState } from 'react';
import type { LessonDraft, LessonSeed } from '../lesson-draft';

/**
 * The lesson builder's state, held by the reader: the draft is kept while
 * the reader moves around and the dialog is closed, so passages can be
 * pinned from anywhere. Until the teacher changes something it is null: the
 * builder then shows the lesson on show. The builder's code (the draft's
 * reducer included) loads when it is first used, not with the first view.
 */
export function useLessonBuilder(seed: LessonSeed) {
  const [draft, setDraft] = useState<LessonDraft | null>(null);
  const [open, setOpen] = useState(false);

  /** "Pin to lesson" on a selection: adds it to the draft and opens the builder. */
  const pinPassage = useCallback(
    (questionId: string, start: number, end: number, text: string) => {
      void import('../lesson-draft').then(({ editDraft, newPin }) => {
        const pin = newPin(seed, questionId, start, end, text);
        setDraft((current) => editDraft(current, seed, { type: 'add-pin', pin }));
        setOpen(true);
      });
    },
    [seed],
  );

  return {
    draft,
    setDraft,
    open,
    /** Opens (true) or closes (false) the builder: React keeps setOpen stable. */
    setOpen,
    pinPassage,
  };
}
