import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { retryDelay, shouldRetry } from '../../src/lib/query-client';
import { dataUrls, paths, routerBasename } from '../../src/config/paths';
import { interviewQueryOptions } from '../../src/features/reader/api/get-interview';
import { fetchJson } from '../../src/lib/fetch-json';
import { InvalidDataError, NetworkError, NotFoundError } from '../../src/lib/load-errors';
import { editJson } from '../support/json-edit';
import { seedJson } from '../support/seed';

function serve(body: string, init: ResponseInit = {}) {
  const fetchMock = vi.fn(() => Promise.resolve(new Response(body, init)));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = { headers: { 'content-type': 'application/json' } };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchJson', () => {
  it('returns parsed JSON', async () => {
    serve('{"a":1}', json);
    await expect(fetchJson('/x.json', 'X')).resolves.toEqual({ a: 1 });
  });

  it('treats 404, and the HTML a static host serves for unknown paths, as not found', async () => {
    serve('nope', { status: 404 });
    await expect(fetchJson('/x.json', 'X')).rejects.toBeInstanceOf(NotFoundError);
    serve('<!doctype html><div id="root">', { headers: { 'content-type': 'text/html' } });
    await expect(fetchJson('/x.json', 'X')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('treats server errors and unreachable servers as network errors', async () => {
    serve('oops', { status: 503 });
    await expect(fetchJson('/x.json', 'X')).rejects.toBeInstanceOf(NetworkError);
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchJson('/x.json', 'X')).rejects.toBeInstanceOf(NetworkError);
  });

  it('reports a body that is not JSON as invalid data', async () => {
    serve('{"a":', json);
    await expect(fetchJson('/x.json', 'X')).rejects.toBeInstanceOf(InvalidDataError);
  });
});

describe('retry policy', () => {
  it('retries server errors a few times, no answer once, and nothing else', () => {
    // No answer at all (a blip of a phone's network, or offline): tried once more, then the page
    // says so.
    expect(shouldRetry(0, new NetworkError('unreachable', true))).toBe(true);
    expect(shouldRetry(1, new NetworkError('unreachable', true))).toBe(false);
    expect(shouldRetry(0, new NetworkError('down'))).toBe(true);
    expect(shouldRetry(2, new NetworkError('down'))).toBe(true);
    expect(shouldRetry(3, new NetworkError('down'))).toBe(false);
    expect(shouldRetry(0, new NotFoundError('X'))).toBe(false);
    expect(shouldRetry(0, new InvalidDataError('/x.json', []))).toBe(false);
  });

  it('tries no answer again once, after about a second, unless the device says it is offline', () => {
    const unreachable = new NetworkError('unreachable', true);
    const delay = retryDelay(0, unreachable);
    expect(delay).toBeGreaterThanOrEqual(500);
    expect(delay).toBeLessThanOrEqual(1_500);
    // A server's error waits longer each time, as before: 1, 2 and 4 s.
    expect([0, 1, 2].map((n) => retryDelay(n, new NetworkError('down')))).toEqual([
      1_000, 2_000, 4_000,
    ]);
    vi.stubGlobal('navigator', { onLine: false });
    expect(shouldRetry(0, unreachable)).toBe(false);
  });
});

describe('the interview query', () => {
  const load = (id: string) =>
    new QueryClient().fetchQuery({ ...interviewQueryOptions(id), retry: false });

  it('returns validated data', async () => {
    serve(JSON.stringify(seedJson()), json);
    const interview = await load('viktor-maiko-2026');
    expect(interview.sections).toHaveLength(5);
  });

  it('rejects a file that breaks the format, with the problems and their paths', async () => {
    const doc = seedJson();
    editJson(doc, ['sections', 0, 'label'], 7);
    serve(JSON.stringify(doc), json);
    const error: unknown = await load('viktor-maiko-2026').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDataError);
    expect(error instanceof InvalidDataError && error.problems).toEqual([
      { path: '$.sections[0].label', message: 'must be a string, not a number' },
    ]);
  });

  it('rejects a file whose id is not its name', async () => {
    serve(JSON.stringify(seedJson()), json);
    await expect(load('another-interview')).rejects.toBeInstanceOf(InvalidDataError);
  });

  it('does not ask the server for an id that cannot name a file', async () => {
    const fetchMock = serve('{}', json);
    await expect(load('..%2Fsecret')).rejects.toBeInstanceOf(NotFoundError);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('paths', () => {
  it('builds the link contract', () => {
    expect(paths.library()).toBe('/');
    expect(paths.interview('viktor-maiko-2026')).toBe('/i/viktor-maiko-2026');
    expect(paths.section('viktor-maiko-2026', 'trade')).toBe('/i/viktor-maiko-2026/trade');
  });

  it('puts data and the router below the base path', () => {
    expect(dataUrls.librarySummary('/reader/')).toBe('/reader/library/index.json');
    expect(dataUrls.libraryShard('title', 3, '/')).toBe('/library/title/3.json');
    expect(dataUrls.interview('a-b', '/')).toBe('/interviews/a-b.json');
    expect(routerBasename('/reader/')).toBe('/reader');
    expect(routerBasename('/')).toBe('');
  });
});
