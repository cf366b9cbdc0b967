import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkerReply, WorkerRequest } from '../../src/features/search/api/pagefind-protocol';
import { answers, fakeMatches } from '../support/fake-pagefind';

// The search worker (pagefind-worker.ts) run in Node, its `self` a stand-in
// that hands it the page's requests and keeps its replies.
const listeners: ((event: { data: unknown }) => void)[] = [];
const replies = new Map<number, (reply: WorkerReply) => void>();
let nextId = 0;

/** A request without its id, which `ask` gives it. */
type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** Hands the worker `request`, numbered here, and gives its reply. */
function ask(request: Request) {
  const id = nextId++;
  const reply = new Promise<WorkerReply>((resolve) => replies.set(id, resolve));
  for (const listener of listeners) listener({ data: { ...request, id } });
  return reply;
}

beforeAll(async () => {
  vi.stubGlobal('self', {
    addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
      if (type === 'message') listeners.push(listener);
    },
    postMessage: (reply: WorkerReply) => replies.get(reply.id)?.(reply),
    // The worker checks the site's answers for Pagefind's files; the stand-in fetches none.
    fetch: () => Promise.reject(new Error('No fetch in this test.')),
  });
  await import('../../src/features/search/api/pagefind-worker');
  const script = fileURLToPath(new URL('../support/fake-pagefind.ts', import.meta.url));
  expect(await ask({ type: 'start', script, options: {}, merges: [] })).toMatchObject({ ok: true });
});

afterAll(() => vi.unstubAllGlobals());

describe('the search worker', () => {
  const ids = Array.from({ length: 62 }, (_, index) => `en_${index}`);

  it("answers a result past those at hand with that result's data, though Pagefind's next answer to the same words differs", async () => {
    answers.push(fakeMatches(ids));
    expect(await ask({ type: 'search', search: 1, term: 'zq', options: {} })).toMatchObject({
      ok: true,
      value: { ids },
    });
    // Pagefind adds the words of every index chunk loaded since (another
    // search's) to its next search of the same words: more matches, in
    // another order.
    answers.push(fakeMatches(['en_new', ...ids].reverse()));
    const data = await Promise.all(
      [50, 55, 61].map((index) => ask({ type: 'data', search: 1, index })),
    );
    expect(data).toMatchObject([
      { ok: true, value: 'en_50' },
      { ok: true, value: 'en_55' },
      { ok: true, value: 'en_61' },
    ]);
    // The first ones are still at hand: no search again.
    expect(await ask({ type: 'data', search: 1, index: 3 })).toMatchObject({
      ok: true,
      value: 'en_3',
    });
  });
});
