import { stemmer as english } from '@orama/stemmers/english';
import { describe, expect, it } from 'vitest';
import {
  asRequest,
  interviewSearchHandler,
  type InterviewSearchReply,
} from '../../src/features/reader/api/interview-search-protocol';
import {
  buildSearchIndex,
  buildSearchUnits,
  hitsAt,
  matchOffsets,
  search,
} from '../../src/interview/search';
import { seedInterview } from '../support/seed';

const interview = seedInterview();
const units = buildSearchUnits(interview);
const texts = units.map((unit) => unit.text);
const QUERIES = ['energy', 'oil pipeline', 'the', 'kaz', 'wind turbines', 'nothing-like-this'];

function found(reply: InterviewSearchReply | undefined): Int32Array {
  if (reply?.status !== 'found') throw new Error(`not found: ${JSON.stringify(reply)}`);
  return reply.offsets;
}

describe('the interview search worker (its handler, without a worker)', () => {
  it('answers a query with the same hits as the page-side search, in every scope', async () => {
    const handle = interviewSearchHandler(() => Promise.resolve(english));
    await handle({ type: 'index', language: 'en', texts });
    const index = buildSearchIndex(units, english);
    let id = 0;
    for (const query of QUERIES) {
      const offsets = found(await handle({ type: 'search', id: id++, query }));
      for (const scope of ['all', 'questions', 'answers'] as const) {
        const even = (unit: { paragraph: number }) => unit.paragraph % 2 === 0;
        expect(hitsAt(units, offsets, { scope })).toEqual(search(index, query, { scope }));
        expect(hitsAt(units, offsets, { scope, include: even })).toEqual(
          search(index, query, { scope, include: even }),
        );
      }
    }
    expect(search(index, 'energy').length).toBeGreaterThan(0);
  });

  it('gives a match as its paragraph and where it is, three numbers a match', () => {
    const index = buildSearchIndex([{ text: 'Oil and gas.' }, { text: 'No. Oil!' }]);
    expect([...matchOffsets(index, 'oil')]).toEqual([0, 0, 3, 1, 4, 7]);
  });

  it('searches only the last of the queries that came while its index was being built', async () => {
    let stemmerLoaded: (stem: typeof english) => void = () => undefined;
    const handle = interviewSearchHandler(
      () => new Promise((resolve) => (stemmerLoaded = resolve)),
    );
    void handle({ type: 'index', language: 'en', texts });
    const replies = ['e', 'en', 'energy'].map((query, id) => handle({ type: 'search', id, query }));
    stemmerLoaded(english);
    const [first, second, last] = await Promise.all(replies);
    expect(first).toEqual({ id: 0, status: 'superseded' });
    expect(second).toEqual({ id: 1, status: 'superseded' });
    expect(found(last).length).toBeGreaterThan(0);
  });

  it('says why it could not search: no interview, or its stemmer failed to load', async () => {
    expect(
      await interviewSearchHandler(() => Promise.resolve(english))({
        type: 'search',
        id: 0,
        query: 'a',
      }),
    ).toMatchObject({ id: 0, status: 'failed' });
    const failing = interviewSearchHandler(() => Promise.reject(new Error('offline')));
    await failing({ type: 'index', language: 'en', texts });
    expect(await failing({ type: 'search', id: 3, query: 'a' })).toEqual({
      id: 3,
      status: 'failed',
      error: 'offline',
    });
  });

  it('reads only the requests it knows', () => {
    expect(asRequest({ type: 'search', id: 1, query: 'oil' })).toEqual({
      type: 'search',
      id: 1,
      query: 'oil',
    });
    expect(asRequest({ type: 'index', language: 'en', texts: ['a', 'b'] })).toEqual({
      type: 'index',
      language: 'en',
      texts: ['a', 'b'],
    });
    expect(asRequest({ type: 'index', language: 'en', texts: ['a', 2] })).toBeUndefined();
    expect(asRequest({ type: 'search', id: '1', query: 'oil' })).toBeUndefined();
    expect(asRequest(null)).toBeUndefined();
  });
});
