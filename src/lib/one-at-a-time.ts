/**
 * Runs tasks one after the other, in the order they are asked for. A task
 * whose signal is aborted by its turn is not run at all (its promise rejects
 * with the signal's reason), so that tasks queued behind a slow one, and no
 * longer wanted by then, cost nothing.
 */
export function oneAtATime() {
  let running: Promise<unknown> = Promise.resolve();
  return function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const turn = running.then(() => {
      signal?.throwIfAborted();
      return task();
    });
    // The next task waits for this one to settle, whether it ran, failed or was skipped.
    running = turn.catch(() => undefined);
    return turn;
  };
}
