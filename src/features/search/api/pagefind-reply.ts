import * as z from 'zod/mini';

/**
 * A search worker's reply to one request (pagefind-worker.ts), as the page
 * reads it (pagefind-worker-client.ts): a reply the page cannot read answers
 * no call it knows of, and would leave that call waiting for good. In a file
 * of its own: the worker takes only its type (pagefind-protocol.ts), not zod.
 */
export const workerReplySchema = z.union([
  z.object({ id: z.number(), ok: z.literal(true), value: z.unknown() }),
  z.object({ id: z.number(), ok: z.literal(false), error: z.string() }),
]);

/** A reply as the page reads it. */
export type WorkerReply = z.infer<typeof workerReplySchema>;
