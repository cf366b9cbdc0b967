import { useQuery } from '@tanstack/react-query';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { buildInterview } from '../../../interview/import/build-interview';
import type { Draft } from '../../../interview/import/draft';
import { draftId } from '../../../interview/import/labels';
import { editDraft, editWithHistory, startHistory } from '../../../interview/import/edit-draft';
import { forgetUnsavedDraft, keepUnsavedDraft, saveDraft } from '../../../lib/kept-interviews';
import { draftNeedsRomanizing, romanizerQueryOptions } from '../lib/romanizer';

/**
 * A draft under correction: the pure reducer with undo, the interview built
 * from it (with its problems), and the draft saved on this device at each
 * change so a reload keeps it.
 */
export function useDraftEditor(initial: Draft) {
  const [history, dispatch] = useReducer(editWithHistory, initial, startHistory);
  const draft = history.present;
  const needsRomanizer = useMemo(() => draftNeedsRomanizing(draft), [draft]);
  const romanizer = useQuery({ ...romanizerQueryOptions, enabled: needsRomanizer });
  const romanize = romanizer.data?.romanize;
  // The interview is built from the draft after the edit is drawn: a long draft's build (20,000
  // paragraphs, about a second at a load of 25) held the card changed until it was done. Until it
  // has caught up, `built` is the last draft's and cannot be kept.
  const building = useDeferredValue(draft);
  const built = useMemo(() => buildInterview(building, romanize), [building, romanize]);
  // The id as the interview would have it now, for the Id field and its checks.
  const id = useMemo(() => draftId(draft, romanize), [draft, romanize]);
  // Until it has come, ids would leave those names out: not kept like that.
  const romanizing = needsRomanizer && romanizer.isPending;
  const [saveError, setSaveError] = useState<string>();

  // Saved at each change, without waiting: a reload right after an edit keeps it.
  // Until its save has finished, the draft is `unsaved`; if the page is hidden
  // or left before then, it is written synchronously instead (an IndexedDB
  // write started as a page unloads may never complete). So are words typed in
  // a paragraph's text field and not yet saved (`typing`). A synchronous copy
  // is forgotten once a later save has finished, so an old one never wins.
  const latest = useRef(draft);
  const unsaved = useRef<Draft | undefined>(undefined);
  const typing = useRef<{ blockId: string; text: string } | undefined>(undefined);
  useEffect(() => {
    let current = true;
    latest.current = draft;
    unsaved.current = draft;
    saveDraft(draft).then(
      () => {
        if (unsaved.current === draft) unsaved.current = undefined;
        if (latest.current === draft && !typing.current) forgetUnsavedDraft();
        if (current) setSaveError(undefined);
      },
      (error: unknown) =>
        current && setSaveError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [draft]);

  useEffect(() => {
    const flush = () => {
      const pending = typing.current;
      if (pending) {
        const { blockId, text } = pending;
        keepUnsavedDraft(editDraft(latest.current, { type: 'setText', blockId, text }));
      } else if (unsaved.current && keepUnsavedDraft(unsaved.current)) {
        unsaved.current = undefined;
      }
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, []);

  /** Words typed in a paragraph's text field, not yet saved (undefined once saved or cancelled). */
  const noteTyping = useCallback((blockId: string, text: string | undefined) => {
    typing.current = text === undefined ? undefined : { blockId, text };
  }, []);

  // While the draft cannot be kept here, leaving the page would lose it: the browser asks first.
  useEffect(() => {
    if (saveError === undefined) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saveError]);

  return {
    draft,
    id,
    dispatch,
    built,
    builtNow: building === draft,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    saveError,
    noteTyping,
    romanizing,
  };
}
