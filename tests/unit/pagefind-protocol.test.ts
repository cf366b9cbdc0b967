import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/features/search/api/pagefind-protocol';
import { workerReplySchema } from '../../src/features/search/api/pagefind-reply';

describe("Pagefind's answer to a search, read in the search worker", () => {
  it('gives each match its id, score and its own data', async () => {
    const page = { id: 'en_1a2b3c', score: 2.5, url: '/i/x', data: () => Promise.resolve('one') };
    const matches = matchesOf({ results: [page, { ...page, id: 'en_4d5e6f', score: 1 }] });
    expect(matches.map(({ id, score }) => [id, score])).toEqual([
      ['en_1a2b3c', 2.5],
      ['en_4d5e6f', 1],
    ]);
    await expect(matches[0]?.data()).resolves.toBe('one');
  });

  it('calls data on the match itself, as Pagefind writes it', async () => {
    const match = {
      id: 'en_1',
      score: 1,
      text: 'kept on the match',
      data() {
        return Promise.resolve(this.text);
      },
    };
    await expect(matchesOf({ results: [match] })[0]?.data()).resolves.toBe('kept on the match');
  });

  it('names what is wrong with an answer of another shape', () => {
    expect(() => matchesOf(undefined)).toThrow('Pagefind answered a search without results.');
    expect(() => matchesOf({ results: {} })).toThrow('without results');
    expect(() =>
      matchesOf({
        results: [
          { id: 'en_1', score: 1, data: () => 1 },
          { id: 2, score: 1 },
        ],
      }),
    ).toThrow("Pagefind's results[1] is not a match (id, score, data).");
  });
});

describe("a search worker's reply, read on the page", () => {
  it('reads an answer and a failure, each with the id of its request', () => {
    expect(workerReplySchema.parse({ id: 3, ok: true, value: { ids: [] } })).toEqual({
      id: 3,
      ok: true,
      value: { ids: [] },
    });
    expect(workerReplySchema.parse({ id: 4, ok: false, error: 'offline' })).toEqual({
      id: 4,
      ok: false,
      error: 'offline',
    });
  });

  it('refuses a reply that names no request or says neither', () => {
    for (const reply of [
      undefined,
      { ok: true, value: 1 },
      { id: '3', ok: true, value: 1 },
      { id: 3, ok: false },
      { id: 3, value: 1 },
    ])
      expect(workerReplySchema.safeParse(reply).success, JSON.stringify(reply)).toBe(false);
  });
});
