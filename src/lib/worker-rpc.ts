import type * as z from 'zod/mini';

/** What the calls need of a worker: a Worker, or a fake one in tests. */
export type RpcWorker = EventTarget & {
  postMessage: (message: unknown) => void;
  terminate: () => void;
};

/** A reply's outcome for the call it answers: its value, or why it failed. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: string };

/** Calls to a worker, each answered by the one reply that carries its id. */
export type WorkerRpc<Request, T> = {
  /** Posts `request` with a new `id`; settles with the reply of that id. */
  call: (request: Request) => Promise<T>;
  /** Ends the worker (once): every waiting call fails with `error`, and every later one at once. */
  stop: (error: Error) => void;
};

/**
 * Calls to `worker`, whose replies are read by `replySchema` and settled by
 * `settle`. A worker that answers what the page cannot read, whose reply
 * cannot be deserialized, or that fails (its script not loaded, an error
 * nothing caught) is ended: a call left waiting would wait for good, so
 * every call fails instead, and `onStop` is told. A reply for no waiting
 * call (one already failed, say) is ignored. `name` names the worker in
 * those errors ("the search worker").
 */
export function workerRpc<Request extends object, Reply extends { id: number }, T>(
  worker: RpcWorker,
  options: {
    name: string;
    replySchema: z.ZodMiniType<Reply>;
    settle: (reply: Reply) => Settled<T>;
    onStop?: (error: Error) => void;
  },
): WorkerRpc<Request, T> {
  const { name, replySchema, settle, onStop } = options;
  const pending = new Map<
    number,
    { resolve: (value: T) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;
  /** Why the worker stopped, once it has: it answers nothing more. */
  let stopped: Error | undefined;
  const stop = (error: Error) => {
    if (stopped) return;
    stopped = error;
    worker.terminate();
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    onStop?.(error);
  };
  const capital = name.charAt(0).toUpperCase() + name.slice(1);
  worker.addEventListener('message', (event) => {
    const reply = replySchema.safeParse('data' in event ? event.data : undefined);
    if (!reply.success) return stop(new Error(`${capital} answered what the page cannot read.`));
    const waiting = pending.get(reply.data.id);
    if (!waiting) return;
    pending.delete(reply.data.id);
    const settled = settle(reply.data);
    if (settled.ok) waiting.resolve(settled.value);
    else waiting.reject(new Error(settled.error));
  });
  worker.addEventListener('messageerror', () =>
    stop(new Error(`A reply of ${name} could not be read.`)),
  );
  // Handled here, not reported again as the page's own uncaught error.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    const message = 'message' in event && typeof event.message === 'string' ? event.message : '';
    stop(new Error(message || `${capital} failed.`));
  });
  return {
    call: (request) =>
      new Promise<T>((resolve, reject) => {
        if (stopped) return reject(stopped);
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ ...request, id });
      }),
    stop,
  };
}
