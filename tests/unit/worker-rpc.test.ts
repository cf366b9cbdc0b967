import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { workerRpc, type RpcWorker } from '../../src/lib/worker-rpc';

/** A worker that keeps what it is sent, and answers when the test says. */
class FakeWorker extends EventTarget implements RpcWorker {
  posted: unknown[] = [];
  terminated = 0;
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated++;
  }
  reply(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

/** An error event as a worker's is: cancelable, with its message (Node has no ErrorEvent). */
function errorEvent(message: string): Event {
  return Object.assign(new Event('error', { cancelable: true }), { message });
}

const replySchema = z.union([
  z.object({ id: z.number(), ok: z.literal(true), value: z.number() }),
  z.object({ id: z.number(), ok: z.literal(false), error: z.string() }),
]);

function start() {
  const worker = new FakeWorker();
  const stops: Error[] = [];
  const rpc = workerRpc<{ type: 'double'; n: number }, z.infer<typeof replySchema>, number>(
    worker,
    {
      name: 'the test worker',
      replySchema,
      settle: (reply) => reply,
      onStop: (error) => stops.push(error),
    },
  );
  return { worker, rpc, stops };
}

/** Whether `promise` has settled (after the microtasks queued so far). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('workerRpc: calls to a worker, each answered by the reply with its id', () => {
  it('posts each request with a new id, and settles each call by its own reply, in any order', async () => {
    const { worker, rpc } = start();
    const first = rpc.call({ type: 'double', n: 1 });
    const second = rpc.call({ type: 'double', n: 2 });
    expect(worker.posted).toEqual([
      { type: 'double', n: 1, id: 0 },
      { type: 'double', n: 2, id: 1 },
    ]);
    worker.reply({ id: 1, ok: true, value: 4 });
    worker.reply({ id: 0, ok: false, error: 'too small' });
    await expect(second).resolves.toBe(4);
    await expect(first).rejects.toThrow('too small');
    expect(worker.terminated).toBe(0);
  });

  it('ignores a reply for an id it is not waiting for, and goes on answering', async () => {
    const { worker, rpc, stops } = start();
    const call = rpc.call({ type: 'double', n: 3 });
    worker.reply({ id: 7, ok: true, value: 99 });
    expect(await settled(call)).toBe(false);
    worker.reply({ id: 0, ok: true, value: 6 });
    // The same id again: its call is no longer waiting.
    worker.reply({ id: 0, ok: true, value: 60 });
    await expect(call).resolves.toBe(6);
    const next = rpc.call({ type: 'double', n: 4 });
    worker.reply({ id: 1, ok: true, value: 8 });
    await expect(next).resolves.toBe(8);
    expect(worker.terminated).toBe(0);
    expect(stops).toEqual([]);
  });

  it('ends the worker when a reply cannot be read, failing every waiting and later call', async () => {
    const { worker, rpc, stops } = start();
    const call = rpc.call({ type: 'double', n: 1 });
    worker.reply({ id: 0, ok: 'yes' });
    await expect(call).rejects.toThrow('The test worker answered what the page cannot read.');
    await expect(rpc.call({ type: 'double', n: 2 })).rejects.toThrow('cannot read');
    expect(worker.posted).toHaveLength(1);
    expect(worker.terminated).toBe(1);
    expect(stops.map((error) => error.message)).toEqual([
      'The test worker answered what the page cannot read.',
    ]);
  });

  it('ends the worker on a messageerror (a reply that could not be deserialized)', async () => {
    const { worker, rpc, stops } = start();
    const calls = [rpc.call({ type: 'double', n: 1 }), rpc.call({ type: 'double', n: 2 })];
    worker.dispatchEvent(new Event('messageerror'));
    for (const call of calls)
      await expect(call).rejects.toThrow('A reply of the test worker could not be read.');
    await expect(rpc.call({ type: 'double', n: 3 })).rejects.toThrow('could not be read');
    expect(worker.terminated).toBe(1);
    expect(stops).toHaveLength(1);
  });

  it('ends the worker on an error, with its message, and keeps it from the page', async () => {
    const { worker, rpc, stops } = start();
    const call = rpc.call({ type: 'double', n: 1 });
    const event = errorEvent('Script failed to load');
    worker.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await expect(call).rejects.toThrow('Script failed to load');
    // A second failure changes nothing: it stopped once, for the first reason.
    worker.dispatchEvent(errorEvent('again'));
    worker.dispatchEvent(new Event('messageerror'));
    await expect(rpc.call({ type: 'double', n: 2 })).rejects.toThrow('Script failed to load');
    expect(worker.terminated).toBe(1);
    expect(stops.map((error) => error.message)).toEqual(['Script failed to load']);
  });

  it('names the worker when an error carries no message', async () => {
    const { worker, rpc } = start();
    const call = rpc.call({ type: 'double', n: 1 });
    worker.dispatchEvent(new Event('error', { cancelable: true }));
    await expect(call).rejects.toThrow('The test worker failed.');
  });

  it('stop: fails the waiting calls with its error, ignores replies after, ends the worker once', async () => {
    const { worker, rpc, stops } = start();
    const call = rpc.call({ type: 'double', n: 1 });
    rpc.stop(new Error('ended'));
    rpc.stop(new Error('ended again'));
    worker.reply({ id: 0, ok: true, value: 2 });
    await expect(call).rejects.toThrow('ended');
    await expect(rpc.call({ type: 'double', n: 2 })).rejects.toThrow('ended');
    expect(worker.terminated).toBe(1);
    expect(stops.map((error) => error.message)).toEqual(['ended']);
  });
});
