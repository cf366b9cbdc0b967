import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Draft } from '../../../interview/import/draft';
import { stopArticleImport } from '../api/article-import-client';
import type { Say, SourceResult } from '../lib/read-source';

/** The way a source came in: pasted text, a file, or the address of one. */
export type SourceKind = 'text' | 'file' | 'address';

/**
 * How long a read runs before the page says so: a short text is read in a
 * few tens of milliseconds, and a status shown and taken away at once would
 * only flicker.
 */
const SAY_AFTER_MS = 400;

/**
 * A read as the page shows it, under the way it came in: `running` until it
 * ends, `said` once it has run long enough to say so (with a way to stop
 * it), or `stopped`, with why.
 */
export type Reading =
  | { kind: SourceKind; state: 'running' | 'said'; what?: string }
  | { kind: SourceKind; state: 'stopped'; why: string };

/**
 * One read at a time of what the reader brings: a new one supersedes the one
 * running (ended: its answer would not be shown), and one can be stopped. The
 * importer runs in a worker, so the page is answering all the while.
 */
export function useSourceReading(onDraft: (draft: Draft) => void) {
  const [reading, setReading] = useState<Reading & { serial: number }>();
  const [error, setError] = useState<string>();
  /** The read running: to end it, and to know a later one has begun. */
  const current = useRef<{ serial: number; controller: AbortController; timer: number }>(undefined);
  const serials = useRef(0);

  const end = () => {
    const running = current.current;
    if (!running) return;
    current.current = undefined;
    window.clearTimeout(running.timer);
    running.controller.abort(new Error('Stopped.'));
  };

  // Left, the page ends the read it runs and the importer's worker.
  useEffect(
    () => () => {
      end();
      stopArticleImport();
    },
    [],
  );

  const read = async (
    kind: SourceKind,
    run: (signal: AbortSignal, say: Say) => Promise<SourceResult> | SourceResult,
  ) => {
    end();
    const serial = (serials.current += 1);
    const controller = new AbortController();
    const timer = window.setTimeout(
      () =>
        setReading((shown) =>
          shown?.serial === serial && shown.state === 'running'
            ? { ...shown, state: 'said' }
            : shown,
        ),
      SAY_AFTER_MS,
    );
    current.current = { serial, controller, timer };
    setReading({ serial, kind, state: 'running' });
    setError(undefined);
    // What the read is doing, where it says (a long saved page's extraction): said at once and
    // drawn before the read goes on, since the work that follows holds the page's thread in
    // steps of a second that the timer above would not get between.
    const say: Say = (what) =>
      flushSync(() =>
        setReading((shown) =>
          shown?.serial === serial && shown.state !== 'stopped'
            ? { serial, kind: shown.kind, state: 'said', what }
            : shown,
        ),
      );
    let result: SourceResult;
    try {
      result = await run(controller.signal, say);
    } catch (problem) {
      result = {
        ok: false,
        error: `This could not be read: ${problem instanceof Error ? problem.message : String(problem)}`,
      };
    }
    // Stopped or superseded: whatever it came to is not shown.
    if (controller.signal.aborted || current.current?.serial !== serial) return;
    current.current = undefined;
    window.clearTimeout(timer);
    setReading(undefined);
    if (result.ok) onDraft(result.draft);
    else setError(result.error);
  };

  /** Ends the read running, if any, saying `why` where it was started. */
  const stop = (why: string) => {
    const running = current.current;
    if (!running) return;
    end();
    setReading((shown) =>
      shown?.serial === running.serial
        ? { serial: running.serial, kind: shown.kind, state: 'stopped', why }
        : shown,
    );
  };

  const running = reading?.state === 'running' || reading?.state === 'said';
  return { reading, running, error, read, stop };
}
